import { randomUUID } from 'node:crypto';
import { type Actor, ageRangeInverted, type CapacityUpdate, type ServiceFields } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { problems } from '../http/problem.js';
import { type ServiceRow, serviceQuery } from './service-store.js';

type Audit = { readonly actor: Actor; readonly requestId: string };

function columns(fields: Partial<ServiceFields>) {
  return {
    ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
    ...(fields.name !== undefined ? { name: fields.name } : {}),
    ...(fields.description !== undefined ? { description: fields.description } : {}),
    ...(fields.regions !== undefined ? { regions: [...new Set(fields.regions)] } : {}),
    ...(fields.languages !== undefined ? { languages: [...new Set(fields.languages)] } : {}),
    ...(fields.genders !== undefined ? { genders: [...new Set(fields.genders)] } : {}),
    ...(fields.minAge !== undefined ? { min_age: fields.minAge } : {}),
    ...(fields.maxAge !== undefined ? { max_age: fields.maxAge } : {}),
    ...(fields.lgbtiSafe !== undefined ? { lgbti_safe: fields.lgbtiSafe } : {}),
    ...(fields.accessibility !== undefined ? { accessibility: [...new Set(fields.accessibility)] } : {}),
    ...(fields.acceptsWithoutStatus !== undefined
      ? { accepts_without_status: fields.acceptsWithoutStatus }
      : {}),
    ...(fields.openingHours !== undefined ? { opening_hours: fields.openingHours } : {}),
    ...(fields.contactPhone !== undefined ? { contact_phone: fields.contactPhone } : {}),
    ...(fields.contactEmail !== undefined ? { contact_email: fields.contactEmail } : {}),
  };
}

function checkAges(minAge: number | null, maxAge: number | null): void {
  if (ageRangeInverted(minAge, maxAge)) {
    throw problems.validation([
      { path: 'body.maxAge', message: 'The maximum age cannot be below the minimum age.' },
    ]);
  }
}

/** Adds a service of `organisationId` to the directory (the caller was authorised for it). */
export async function createService(
  db: Kysely<DB>,
  input: {
    readonly organisationId: string;
    readonly fields: Partial<ServiceFields> & Pick<ServiceFields, 'kind' | 'name'>;
  },
  audit: Audit,
): Promise<ServiceRow> {
  checkAges(input.fields.minAge ?? null, input.fields.maxAge ?? null);
  return db.transaction().execute(async (trx) => {
    const id = randomUUID();
    const now = new Date();
    await trx
      .insertInto('services')
      .values({
        id,
        organisation_id: input.organisationId,
        kind: input.fields.kind,
        name: input.fields.name,
        ...columns(input.fields),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: audit.actor.userId,
      actorOrgId: audit.actor.organisationId,
      action: 'service.create',
      resourceType: 'service',
      resourceId: id,
      outcome: 'success',
      requestId: audit.requestId,
      details: { organisationId: input.organisationId, kind: input.fields.kind },
    });
    return serviceQuery(trx).where('s.id', '=', id).executeTakeFirstOrThrow();
  });
}

/** Changes what the provider says about a service (not its capacity: see updateCapacity). */
export async function updateService(
  db: Kysely<DB>,
  current: ServiceRow,
  patch: Partial<ServiceFields> & { readonly active?: boolean | undefined },
  audit: Audit,
): Promise<ServiceRow> {
  checkAges(
    patch.minAge === undefined ? current.min_age : patch.minAge,
    patch.maxAge === undefined ? current.max_age : patch.maxAge,
  );
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('services')
      .set({
        ...columns(patch),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', current.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: audit.actor.userId,
      actorOrgId: audit.actor.organisationId,
      action: 'service.update',
      resourceType: 'service',
      resourceId: current.id,
      outcome: 'success',
      requestId: audit.requestId,
      details: { fields: Object.keys(patch).sort().join(',') },
    });
    return serviceQuery(trx).where('s.id', '=', current.id).executeTakeFirstOrThrow();
  });
}

/** Records the capacity the provider reports now, and keeps it in the capacity log. */
export async function updateCapacity(
  db: Kysely<DB>,
  current: ServiceRow,
  capacity: CapacityUpdate,
  audit: Audit,
): Promise<ServiceRow> {
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    await trx
      .updateTable('services')
      .set({
        capacity_total: capacity.capacityTotal,
        capacity_free: capacity.capacityFree,
        waiting_days: capacity.waitingDays,
        capacity_updated_at: now,
        updated_at: now,
      })
      .where('id', '=', current.id)
      .execute();
    await trx
      .insertInto('service_capacity_log')
      .values({
        id: randomUUID(),
        service_id: current.id,
        capacity_total: capacity.capacityTotal,
        capacity_free: capacity.capacityFree,
        waiting_days: capacity.waitingDays,
        updated_by_user_id: audit.actor.userId,
        updated_at: now,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: audit.actor.userId,
      actorOrgId: audit.actor.organisationId,
      action: 'service.capacity.update',
      resourceType: 'service',
      resourceId: current.id,
      outcome: 'success',
      requestId: audit.requestId,
      details: {
        free: capacity.capacityFree ?? undefined,
        total: capacity.capacityTotal ?? undefined,
        waitingDays: capacity.waitingDays ?? undefined,
      },
    });
    return serviceQuery(trx).where('s.id', '=', current.id).executeTakeFirstOrThrow();
  });
}
