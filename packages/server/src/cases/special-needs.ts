import {
  type Actor,
  applySpecialNeeds,
  can,
  DISABILITY_TYPES,
  type DisabilityType,
  MIGRATION_STATUSES,
  type MigrationStatus,
  type SpecialNeedsPatch,
  VULNERABILITIES,
  type Vulnerability,
  ZSpecialNeedsPatch,
} from '@opennrm/core';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { PersonRow } from '../db/schema.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { ZSpecialNeedsView } from './case-file-schemas.js';
import { personRelationships, personSections } from './relationships.js';

const isMigrationStatus = (v: string | null): v is MigrationStatus =>
  v !== null && (MIGRATION_STATUSES as readonly string[]).includes(v);
const isVulnerability = (v: string): v is Vulnerability => (VULNERABILITIES as readonly string[]).includes(v);
const isDisability = (v: string): v is DisabilityType => (DISABILITY_TYPES as readonly string[]).includes(v);

export function migrationStatusOf(row: Pick<PersonRow, 'migration_status'>): MigrationStatus | null {
  return isMigrationStatus(row.migration_status) ? row.migration_status : null;
}

/** The special-needs part of a person (plain, non-identifying on its own). */
export function specialNeedsOf(row: Pick<PersonRow, 'vulnerabilities' | 'disabilities' | 'dependants'>): {
  vulnerabilities: Vulnerability[];
  disabilities: DisabilityType[];
  dependants: number | null;
} {
  return {
    vulnerabilities: row.vulnerabilities.filter(isVulnerability),
    disabilities: row.disabilities.filter(isDisability),
    dependants: row.dependants,
  };
}

/** Which section each field of the patch belongs to: a member changes only what it sees. */
function sectionsNeeded(patch: SpecialNeedsPatch): ('demographics' | 'special_needs')[] {
  const out = new Set<'demographics' | 'special_needs'>();
  if (
    patch.migrationStatus !== undefined ||
    patch.languages !== undefined ||
    patch.preferredLanguage !== undefined
  )
    out.add('demographics');
  if (
    patch.vulnerabilities !== undefined ||
    patch.disabilities !== undefined ||
    patch.dependants !== undefined
  )
    out.add('special_needs');
  return [...out];
}

export function registerSpecialNeedsRoutes(app: App): void {
  const db = app.deps.database.db;

  app.patch(
    '/api/persons/:id/special-needs',
    {
      config: { policy: { kind: 'resource', resource: 'person', action: 'update' } },
      schema: {
        tags: ['persons'],
        summary:
          'Record the person’s migration status, vulnerabilities, disabilities, dependants and languages',
        params: ZIdParams,
        body: ZSpecialNeedsPatch,
        response: { 200: ZSpecialNeedsView },
      },
    },
    async (req) => {
      const actor: Actor = requireActor(req);
      const exists = await db
        .selectFrom('persons')
        .select('id')
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!exists) throw problems.notFound('person');
      const relationships = await personRelationships(db, actor, exists.id);
      await authorizeInstance(req, 'person', 'update', relationships, {
        id: exists.id,
        hideExistence: !can(actor, 'person', 'read', relationships),
        subjectPersonId: exists.id,
      });
      const sections = await personSections(db, actor, exists.id);
      const needed = sectionsNeeded(req.body);
      if (!needed.every((s) => sections.has(s))) {
        await appendAudit(db, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'person.update',
          resourceType: 'person',
          resourceId: exists.id,
          subjectPersonId: exists.id,
          outcome: 'denied',
          requestId: req.id,
          details: { reason: 'section_hidden' },
        });
        throw problems.notFound('person');
      }
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('persons')
          .select([
            'migration_status',
            'vulnerabilities',
            'disabilities',
            'dependants',
            'languages',
            'preferred_language',
          ])
          .where('id', '=', exists.id)
          .forUpdate()
          .executeTakeFirstOrThrow();
        const next = applySpecialNeeds(
          {
            migrationStatus: row.migration_status,
            vulnerabilities: row.vulnerabilities,
            disabilities: row.disabilities,
            dependants: row.dependants,
            languages: row.languages,
            preferredLanguage: row.preferred_language,
          },
          req.body,
        );
        await trx
          .updateTable('persons')
          .set({
            migration_status: next.migrationStatus,
            vulnerabilities: next.vulnerabilities,
            disabilities: next.disabilities,
            dependants: next.dependants,
            languages: next.languages,
            preferred_language: next.preferredLanguage,
            updated_at: new Date(),
          })
          .where('id', '=', exists.id)
          .execute();
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'person.special_needs.update',
          resourceType: 'person',
          resourceId: exists.id,
          subjectPersonId: exists.id,
          outcome: 'success',
          requestId: req.id,
          // Which fields changed, never their values.
          details: { fields: Object.keys(req.body).sort().join(',') },
        });
        return {
          migrationStatus: migrationStatusOf({ migration_status: next.migrationStatus }),
          ...specialNeedsOf(next),
          languages: next.languages,
          preferredLanguage: next.preferredLanguage,
        };
      });
    },
  );
}
