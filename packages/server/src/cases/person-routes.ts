import { ageBand, PERSON_FIELD_SECTION } from '@opennrm/core';
import { sql } from 'kysely';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams, ZPage } from '../organisations/schemas.js';
import { openPersonIdentity, PERSON_IDENTITY_FIELDS, type PersonIdentity } from './person-store.js';
import { personRelationships, personSections } from './relationships.js';
import { ZAccessLog, ZPersonView } from './schemas.js';
import { migrationStatusOf, specialNeedsOf } from './special-needs.js';

const tags = ['persons'];

export function registerPersonRoutes(app: App): void {
  const { database, keyring } = app.deps;

  app.get(
    '/api/persons/:id',
    {
      config: { policy: { kind: 'resource', resource: 'person', action: 'read' } },
      schema: {
        tags,
        summary: 'Personal details of a person (every read is audited)',
        params: ZIdParams,
        response: { 200: ZPersonView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await database.db
        .selectFrom('persons')
        .selectAll()
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!row) throw problems.notFound('person');
      // A refusal is audited by authorizeInstance on its own, outside any transaction.
      const decision = await authorizeInstance(
        req,
        'person',
        'read',
        await personRelationships(database.db, actor, row.id),
        {
          id: row.id,
          hideExistence: true,
          subjectPersonId: row.id,
        },
      );
      // Minimum necessary twice over: the role rule's hidden fields, and the sections the
      // organisation's purposes on the person's cases show (core cases/minimisation.ts).
      const sections = await personSections(database.db, actor, row.id);
      const hidden = new Set(decision.hiddenFields);
      for (const field of PERSON_IDENTITY_FIELDS)
        if (!sections.has(PERSON_FIELD_SECTION[field])) hidden.add(field);
      const visible = PERSON_IDENTITY_FIELDS.filter((f) => !hidden.has(f));
      // Decryption and its audit entry in one transaction: no read without its trace.
      return database.db.transaction().execute(async (trx) => {
        const identity: Partial<PersonIdentity> = await openPersonIdentity(trx, keyring, row, visible);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'person.read',
          resourceType: 'person',
          resourceId: row.id,
          subjectPersonId: row.id,
          outcome: 'success',
          requestId: req.id,
          details: { fields: visible.length, rule: decision.ruleId },
        });
        const needs = sections.has('special_needs') ? specialNeedsOf(row) : null;
        return {
          id: row.id,
          ...identity,
          gender: row.gender,
          birthYear: row.birth_year,
          ageUncertain: row.age_uncertain,
          ageBand: ageBand(row.birth_year, new Date()),
          nationality: row.nationality,
          languages: row.languages,
          preferredLanguage: row.preferred_language,
          ...(sections.has('demographics') ? { migrationStatus: migrationStatusOf(row) } : {}),
          ...(needs ?? {}),
          hiddenFields: [...hidden].filter((f) => (PERSON_IDENTITY_FIELDS as readonly string[]).includes(f)),
        };
      });
    },
  );

  app.get(
    '/api/persons/:id/access-log',
    {
      config: { policy: { kind: 'resource', resource: 'person', action: 'read' } },
      schema: {
        tags,
        summary: 'Who accessed this person’s data',
        params: ZIdParams,
        querystring: ZPage,
        response: { 200: ZAccessLog },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const exists = await database.db
        .selectFrom('persons')
        .select('id')
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!exists) throw problems.notFound('person');
      await authorizeInstance(
        req,
        'person',
        'read',
        await personRelationships(database.db, actor, exists.id),
        {
          id: exists.id,
          hideExistence: true,
          subjectPersonId: exists.id,
        },
      );
      const { page, pageSize } = req.query;
      const base = database.db.selectFrom('audit_log as a').where('a.subject_person_id', '=', exists.id);
      const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .leftJoin('organisations as o', 'o.id', 'a.actor_org_id')
        .select(['a.at', 'a.action', 'a.purpose', 'a.outcome', 'o.id as org_id', 'o.name as org_name'])
        .orderBy('a.seq', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          at: new Date(r.at).toISOString(),
          actorOrganisation: r.org_id && r.org_name ? { id: r.org_id, name: r.org_name } : null,
          action: r.action,
          purpose: r.purpose,
          outcome: r.outcome,
        })),
        total: total.n,
        page,
        pageSize,
      };
    },
  );
}
