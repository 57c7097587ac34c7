import { isAssistanceProviderKind, isOrganisationKind, type Relationship } from '@opennrm/core';
import { sql } from 'kysely';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { createService, updateCapacity, updateService } from './save-service.js';
import {
  ZCapacityUpdate,
  ZService,
  ZServiceCreate,
  ZServiceDetail,
  ZServiceList,
  ZServicePatch,
  ZServiceQuery,
} from './schemas.js';
import {
  type ServiceRow,
  STALE_CAPACITY_DAYS,
  serviceQuery,
  serviceRelationships,
  serviceView,
} from './service-store.js';

const tags = ['directory'];

const asList = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];

/** The services directory: no personal data; providers keep their own services and capacity current. */
export function registerServiceRoutes(app: App): void {
  const { database } = app.deps;

  async function serviceOr404(id: string): Promise<ServiceRow> {
    const row = await serviceQuery(database.db).where('s.id', '=', id).executeTakeFirst();
    if (!row) throw problems.notFound('service');
    return row;
  }

  app.get(
    '/api/services',
    {
      config: { policy: { kind: 'resource', resource: 'service', action: 'list' } },
      schema: {
        tags,
        summary: 'The services directory, filtered by kind, region, language, eligibility and free capacity',
        querystring: ZServiceQuery,
        response: { 200: ZServiceList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'service', 'list', new Set(['any']), { id: 'directory' });
      const query = req.query;
      const { page, pageSize } = query;
      let q = serviceQuery(database.db);
      if (query.includeInactive !== 'true') q = q.where('s.active', '=', true);
      const kinds = asList(query.kind);
      if (kinds.length > 0) q = q.where('s.kind', 'in', [...kinds]);
      if (query.organisationId) q = q.where('s.organisation_id', '=', query.organisationId);
      if (query.q) {
        const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = q.where((eb) => eb.or([eb('s.name', 'ilike', pattern), eb('o.name', 'ilike', pattern)]));
      }
      if (query.region) {
        const region = query.region;
        q = q.where(
          (eb) =>
            sql<boolean>`(cardinality(${eb.ref('s.regions')}) = 0 or ${eb.ref('s.regions')} && ${sql.val([region, 'national'])}::text[])`,
        );
      }
      if (query.language) q = q.where(sql<boolean>`${query.language} = any(s.languages)`);
      if (query.gender)
        q = q.where(sql<boolean>`(cardinality(s.genders) = 0 or ${query.gender} = any(s.genders))`);
      if (query.age !== undefined) {
        const age = query.age;
        q = q
          .where((eb) => eb.or([eb('s.min_age', 'is', null), eb('s.min_age', '<=', age)]))
          .where((eb) => eb.or([eb('s.max_age', 'is', null), eb('s.max_age', '>=', age)]));
      }
      const accessibility = asList(query.accessibility);
      if (accessibility.length > 0)
        q = q.where(sql<boolean>`s.accessibility @> ${sql.val([...accessibility])}::text[]`);
      if (query.lgbtiSafe) q = q.where('s.lgbti_safe', '=', query.lgbtiSafe === 'true');
      if (query.acceptsWithoutStatus)
        q = q.where('s.accepts_without_status', '=', query.acceptsWithoutStatus === 'true');
      if (query.hasFreeCapacity === 'true')
        q = q.where((eb) =>
          eb.or([
            eb('s.capacity_free', '>', 0),
            eb.and([eb('s.capacity_free', 'is', null), eb('s.waiting_days', '=', 0)]),
          ]),
        );
      if (query.hasFreeCapacity === 'false')
        q = q.where((eb) =>
          eb.or([
            eb('s.capacity_free', '=', 0),
            eb.and([
              eb('s.capacity_free', 'is', null),
              eb('s.waiting_days', 'is not', null),
              eb('s.waiting_days', '>', 0),
            ]),
          ]),
        );
      const total = await q
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      const rows = await q
        .orderBy('s.name')
        .orderBy('s.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const now = new Date();
      return {
        items: rows.map((row) => serviceView(row, actor, now)),
        total: total.n,
        page,
        pageSize,
        staleAfterDays: STALE_CAPACITY_DAYS,
      };
    },
  );

  app.get(
    '/api/services/:id',
    {
      config: { policy: { kind: 'resource', resource: 'service', action: 'read' } },
      schema: {
        tags,
        summary: 'One service, with its recent capacity reports',
        params: ZIdParams,
        response: { 200: ZServiceDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await serviceOr404(req.params.id);
      await authorizeInstance(req, 'service', 'read', new Set(['any']), { id: row.id });
      const log = await database.db
        .selectFrom('service_capacity_log')
        .select(['capacity_total', 'capacity_free', 'waiting_days', 'updated_at'])
        .where('service_id', '=', row.id)
        .orderBy('updated_at', 'desc')
        .limit(10)
        .execute();
      return {
        ...serviceView(row, actor, new Date()),
        capacityLog: log.map((entry) => ({
          total: entry.capacity_total,
          free: entry.capacity_free,
          waitingDays: entry.waiting_days,
          updatedAt: new Date(entry.updated_at).toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/services',
    {
      config: { policy: { kind: 'resource', resource: 'service', action: 'create' } },
      schema: {
        tags,
        summary: 'Add a service of my organisation (a system administrator: of any provider)',
        body: ZServiceCreate,
        response: { 201: ZService },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { organisationId = actor.organisationId, ...fields } = req.body;
      await authorizeInstance(req, 'service', 'create', serviceRelationships(actor, organisationId), {
        id: organisationId,
      });
      const provider = await database.db
        .selectFrom('organisations')
        .select(['kind', 'active'])
        .where('id', '=', organisationId)
        .executeTakeFirst();
      if (!provider?.active) {
        throw problems.validation([
          { path: 'body.organisationId', message: 'No active organisation has this id.' },
        ]);
      }
      // Law enforcement, immigration or a court never appear as a provider of assistance.
      if (!isOrganisationKind(provider.kind) || !isAssistanceProviderKind(provider.kind)) {
        throw problems.validation([
          {
            path: 'body.organisationId',
            message: 'Only organisations that provide assistance offer services.',
          },
        ]);
      }
      const row = await createService(database.db, { organisationId, fields }, { actor, requestId: req.id });
      return reply.code(201).send(serviceView(row, actor, new Date()));
    },
  );

  app.patch(
    '/api/services/:id',
    {
      config: { policy: { kind: 'resource', resource: 'service', action: 'update' } },
      schema: {
        tags,
        summary:
          'Change a service of my organisation (eligibility, languages, accessibility, contact; or withdraw it)',
        params: ZIdParams,
        body: ZServicePatch,
        response: { 200: ZService },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await serviceOr404(req.params.id);
      await authorizeInstance(req, 'service', 'update', serviceRelationships(actor, row.organisation_id), {
        id: row.id,
      });
      const updated = await updateService(database.db, row, req.body, { actor, requestId: req.id });
      return serviceView(updated, actor, new Date());
    },
  );

  app.put(
    '/api/services/:id/capacity',
    {
      config: { policy: { kind: 'resource', resource: 'service', action: 'update' } },
      schema: {
        tags,
        summary:
          'Report the capacity of a service of my organisation now (free and total places, waiting days)',
        params: ZIdParams,
        body: ZCapacityUpdate,
        response: { 200: ZService },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await serviceOr404(req.params.id);
      const relationships: Set<Relationship> = serviceRelationships(actor, row.organisation_id);
      await authorizeInstance(req, 'service', 'update', relationships, { id: row.id });
      const updated = await updateCapacity(database.db, row, req.body, { actor, requestId: req.id });
      return serviceView(updated, actor, new Date());
    },
  );
}
