import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { Organisation } from '../db/schema.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import {
  ZIdParams,
  ZOrganisation,
  ZOrganisationInput,
  ZOrganisationList,
  ZOrganisationPatch,
  ZOrganisationQuery,
} from './schemas.js';

const tags = ['organisations'];

function view(o: Organisation & { user_count: number }) {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    country: o.country,
    region: o.region,
    active: o.active,
    contactEmail: o.contact_email,
    contactPhone: o.contact_phone,
    userCount: Number(o.user_count),
  };
}

export function registerOrganisationCrudRoutes(app: App): void {
  const { database } = app.deps;
  const withCount = () =>
    database.db
      .selectFrom('organisations as o')
      .selectAll('o')
      .select(
        sql<number>`(select count(*)::int from users u where u.organisation_id = o.id)`.as('user_count'),
      );

  app.get(
    '/api/organisations',
    {
      config: { policy: { kind: 'resource', resource: 'organisation', action: 'list' } },
      schema: {
        tags,
        summary: 'Organisations in the national system',
        querystring: ZOrganisationQuery,
        response: { 200: ZOrganisationList },
      },
    },
    async (req) => {
      const { page, pageSize, kind, region, q } = req.query;
      let query = database.db.selectFrom('organisations as o');
      if (kind) query = query.where('o.kind', '=', kind);
      if (region) query = query.where('o.region', '=', region);
      if (q) query = query.where(sql<boolean>`o.name ilike ${`%${q.replace(/[%_\\]/g, '\\$&')}%`}`);
      const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      const ids = await query
        .select('o.id')
        .orderBy('o.name')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const rows = ids.length
        ? await withCount()
            .where(
              'o.id',
              'in',
              ids.map((r) => r.id),
            )
            .orderBy('o.name')
            .execute()
        : [];
      return { items: rows.map(view), total: total.n, page, pageSize };
    },
  );

  app.get(
    '/api/organisations/:id',
    {
      config: { policy: { kind: 'resource', resource: 'organisation', action: 'read' } },
      schema: { tags, summary: 'One organisation', params: ZIdParams, response: { 200: ZOrganisation } },
    },
    async (req) => {
      const row = await withCount().where('o.id', '=', req.params.id).executeTakeFirst();
      if (!row) throw problems.notFound('organisation');
      return view(row);
    },
  );

  app.post(
    '/api/organisations',
    {
      config: { policy: { kind: 'resource', resource: 'organisation', action: 'create' } },
      schema: {
        tags,
        summary: 'Add an organisation (system admin)',
        body: ZOrganisationInput,
        response: { 201: ZOrganisation },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'organisation', 'create', new Set(['any']), { id: 'new' });
      const id = randomUUID();
      const b = req.body;
      await database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('organisations')
          .values({
            id,
            name: b.name,
            kind: b.kind,
            country: b.country,
            region: b.region,
            contact_email: b.contactEmail ?? null,
            contact_phone: b.contactPhone ?? null,
          })
          .execute();
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'organisation.create',
          resourceType: 'organisation',
          resourceId: id,
          outcome: 'success',
          requestId: req.id,
        });
      });
      const row = await withCount().where('o.id', '=', id).executeTakeFirstOrThrow();
      return reply.code(201).send(view(row));
    },
  );

  app.patch(
    '/api/organisations/:id',
    {
      config: { policy: { kind: 'resource', resource: 'organisation', action: 'update' } },
      schema: {
        tags,
        summary: 'Change an organisation',
        params: ZIdParams,
        body: ZOrganisationPatch,
        response: { 200: ZOrganisation },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const existing = await database.db
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!existing) throw problems.notFound('organisation');
      const relationships = new Set(
        actor.organisationId === existing.id ? (['own_organisation'] as const) : [],
      );
      await authorizeInstance(req, 'organisation', 'update', relationships, { id: existing.id });
      const b = req.body;
      await database.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('organisations')
          .set({
            ...(b.name !== undefined ? { name: b.name } : {}),
            ...(b.kind !== undefined ? { kind: b.kind } : {}),
            ...(b.country !== undefined ? { country: b.country } : {}),
            ...(b.region !== undefined ? { region: b.region } : {}),
            ...(b.contactEmail !== undefined ? { contact_email: b.contactEmail } : {}),
            ...(b.contactPhone !== undefined ? { contact_phone: b.contactPhone } : {}),
            ...(b.active !== undefined ? { active: b.active } : {}),
            updated_at: new Date(),
          })
          .where('id', '=', existing.id)
          .execute();
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'organisation.update',
          resourceType: 'organisation',
          resourceId: existing.id,
          outcome: 'success',
          requestId: req.id,
          details: { fields: Object.keys(b).join(',') },
        });
      });
      return view(await withCount().where('o.id', '=', existing.id).executeTakeFirstOrThrow());
    },
  );
}
