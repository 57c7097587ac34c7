import {
  type Actor,
  authorize,
  capacityFreshness,
  isServiceKind,
  type MatchService,
  type Relationship,
  STALE_CAPACITY_DAYS,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { ServiceView } from './schemas.js';

export type Handle = Kysely<DB> | Transaction<DB>;

const iso = (value: Date | string): string => new Date(value).toISOString();

/** Services with their provider; filter and page on top of it. */
export function serviceQuery(db: Handle) {
  return db
    .selectFrom('services as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .selectAll('s')
    .select(['o.name as organisation_name', 'o.kind as organisation_kind']);
}
export type ServiceRow = Awaited<ReturnType<ReturnType<typeof serviceQuery>['executeTakeFirstOrThrow']>>;

/** How the actor stands to a service: its provider's staff hold `own_organisation`. */
export function serviceRelationships(actor: Actor, organisationId: string): Set<Relationship> {
  return new Set<Relationship>(organisationId === actor.organisationId ? ['own_organisation'] : []);
}

export function serviceView(row: ServiceRow, actor: Actor, now: Date): ServiceView {
  const updatedAt = row.capacity_updated_at ? new Date(row.capacity_updated_at) : null;
  const freshness = capacityFreshness(updatedAt, now);
  // Rows are written only through the validated routes; an unknown kind would be a bug.
  if (!isServiceKind(row.kind)) throw new Error('stored service has an unknown kind');
  return {
    id: row.id,
    organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
    kind: row.kind,
    name: row.name,
    description: row.description,
    regions: row.regions,
    languages: row.languages,
    genders: row.genders,
    minAge: row.min_age,
    maxAge: row.max_age,
    lgbtiSafe: row.lgbti_safe,
    accessibility: row.accessibility,
    acceptsWithoutStatus: row.accepts_without_status,
    openingHours: row.opening_hours,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    capacity: {
      total: row.capacity_total,
      free: row.capacity_free,
      waitingDays: row.waiting_days,
      updatedAt: updatedAt ? updatedAt.toISOString() : null,
      freshness: freshness.state,
      daysAgo: freshness.state === 'never' ? null : freshness.daysAgo,
    },
    active: row.active,
    updatedAt: iso(row.updated_at),
    canEdit: authorize(actor, 'service', 'update', serviceRelationships(actor, row.organisation_id)).allowed,
  };
}

/** A service as the matching rules see it. */
export function matchService(row: ServiceRow): MatchService | null {
  if (!isServiceKind(row.kind)) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    regions: row.regions,
    languages: row.languages,
    genders: row.genders,
    minAge: row.min_age,
    maxAge: row.max_age,
    lgbtiSafe: row.lgbti_safe,
    accessibility: row.accessibility,
    acceptsWithoutStatus: row.accepts_without_status,
    capacityFree: row.capacity_free,
    capacityTotal: row.capacity_total,
    waitingDays: row.waiting_days,
    capacityUpdatedAt: row.capacity_updated_at ? new Date(row.capacity_updated_at) : null,
    active: row.active,
  };
}

export { STALE_CAPACITY_DAYS };
