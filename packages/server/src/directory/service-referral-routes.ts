import type { Relationship, ServiceReferralAction, ServiceReferralSide } from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { authorizeInstance, listScopes, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import { caseRelationships, visibleSections } from '../cases/relationships.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { auditRefusal } from '../referrals/referral-routes.js';
import { type ActionInput, actOnServiceReferral } from './act-on-service-referral.js';
import { authorizeCaseWork } from './case-context.js';
import {
  ZCaseParams,
  ZCaseServiceReferrals,
  ZDecline,
  ZEnd,
  ZNoBody,
  ZServiceReferral,
  ZServiceReferralCreate,
  ZServiceReferralList,
  ZServiceReferralQuery,
} from './schemas.js';
import { sendServiceReferral } from './send-service-referral.js';
import {
  openKey,
  type ServiceReferralRow,
  serviceReferralQuery,
  serviceReferralView,
} from './service-referral-store.js';

const tags = ['service referrals'];

const asList = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];

/** Open work first (sent, then accepted, then started), newest first within each. */
const STATUS_ORDER = sql<number>`case r.status when 'sent' then 0 when 'accepted' then 1 when 'started' then 2 else 3 end`;

/**
 * Service referrals (issue 4): the case team sends a person's needs to a provider with
 * the person's consent (a child: through child protection); the provider's inbox shows
 * what it needs — groups, needs and the message, never the narrative or a name — and the
 * provider accepts, declines, starts and ends; the sender may withdraw.
 */
export function registerServiceReferralRoutes(app: App): void {
  const { database, keyring } = app.deps;

  /** The referral and how the actor stands to it: its provider, and/or the case team that sees referrals. */
  async function standing(req: FastifyRequest, id: string) {
    const actor = requireActor(req);
    const row = await serviceReferralQuery(database.db, actor.organisationId)
      .where('r.id', '=', id)
      .executeTakeFirst();
    if (!row) throw problems.notFound('service_referral');
    const relationships = new Set<Relationship>();
    if (row.provider_org_id === actor.organisationId) relationships.add('own_organisation');
    const onCase = await caseRelationships(database.db, actor, row.case_id);
    if (
      onCase.has('case_team') &&
      (await visibleSections(database.db, actor, row.case_id)).has('service_referrals')
    )
      relationships.add('case_team');
    return { actor, row, relationships };
  }

  async function readOne(req: FastifyRequest, row: ServiceReferralRow, ruleId: string) {
    const actor = requireActor(req);
    return database.db.transaction().execute(async (trx) => {
      const key = await openKey(trx, keyring, row.data_key_id);
      const view = serviceReferralView(row, key, actor);
      await appendAudit(trx, {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        action: 'service_referral.read',
        resourceType: 'service_referral',
        resourceId: row.id,
        subjectPersonId: row.person_id,
        outcome: 'success',
        requestId: req.id,
        details: { caseId: row.case_id, rule: ruleId },
      });
      return view;
    });
  }

  app.post(
    '/api/cases/:id/service-referrals',
    {
      config: { policy: { kind: 'resource', resource: 'service_referral', action: 'create' } },
      schema: {
        tags,
        summary: 'Send a service referral to a provider (an adult: with consent to share with that provider)',
        params: ZCaseParams,
        body: ZServiceReferralCreate,
        response: { 201: ZServiceReferral },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const item = await authorizeCaseWork(req, database.db, req.params.id, 'service_referral', 'create', [
        'service_referrals',
      ]);
      const outcome = await sendServiceReferral(
        database.db,
        keyring,
        actor,
        item,
        {
          serviceId: req.body.serviceId,
          needDomain: req.body.needDomain,
          planActionId: req.body.planActionId ?? null,
          message: req.body.message ?? null,
        },
        req.id,
      );
      if (outcome.kind === 'refused') {
        await auditRefusal(req, actor, {
          action: 'service_referral.create',
          resourceType: 'service_referral',
          resourceId: item.id,
          reason: outcome.reason,
        });
        throw outcome.problem;
      }
      return reply.code(201).send(outcome.referral);
    },
  );

  app.get(
    '/api/cases/:id/service-referrals',
    {
      config: { policy: { kind: 'resource', resource: 'service_referral', action: 'list' } },
      schema: {
        tags,
        summary: 'The service referrals of a case, newest first',
        params: ZCaseParams,
        response: { 200: ZCaseServiceReferrals },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const item = await authorizeCaseWork(req, database.db, req.params.id, 'service_referral', 'list', [
        'service_referrals',
      ]);
      const rows = await serviceReferralQuery(database.db, actor.organisationId)
        .where('r.case_id', '=', item.id)
        .orderBy('r.sent_at', 'desc')
        .orderBy('r.id')
        .execute();
      return database.db.transaction().execute(async (trx) => {
        const key = await openKey(trx, keyring, item.data_key_id);
        const items = rows.map((row) => serviceReferralView(row, key, actor));
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'service_referral.list',
          resourceType: 'case',
          resourceId: item.id,
          subjectPersonId: item.person_id,
          outcome: 'success',
          requestId: req.id,
          details: { count: items.length },
        });
        return { items };
      });
    },
  );

  app.get(
    '/api/service-referrals/inbox',
    {
      config: { policy: { kind: 'resource', resource: 'service_referral', action: 'list' } },
      schema: {
        tags,
        summary: 'Service referrals sent to my organisation (what the provider needs, never the narrative)',
        querystring: ZServiceReferralQuery,
        response: { 200: ZServiceReferralList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const scopes = listScopes(actor, 'service_referral');
      const { page, pageSize } = req.query;
      // The inbox is the provider's own work list, whatever wider scope a role may hold.
      if (!scopes.includes('own_organisation') && !scopes.includes('any'))
        return { items: [], total: 0, page, pageSize };
      const statuses = asList(req.query.status);
      let q = serviceReferralQuery(database.db, actor.organisationId).where(
        'r.provider_org_id',
        '=',
        actor.organisationId,
      );
      if (statuses.length > 0) q = q.where('r.status', 'in', [...statuses]);
      const total = await q
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      const rows = await q
        .orderBy(STATUS_ORDER)
        .orderBy('r.sent_at', 'desc')
        .orderBy('r.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const items = await database.db.transaction().execute(async (trx) => {
        const views = [];
        for (const row of rows) {
          const key = await openKey(trx, keyring, row.data_key_id);
          views.push(serviceReferralView(row, key, actor));
          await appendAudit(trx, {
            actorKind: 'user',
            actorUserId: actor.userId,
            actorOrgId: actor.organisationId,
            action: 'service_referral.inbox.read',
            resourceType: 'service_referral',
            resourceId: row.id,
            subjectPersonId: row.person_id,
            outcome: 'success',
            requestId: req.id,
          });
        }
        return views;
      });
      return { items, total: total.n, page, pageSize };
    },
  );

  app.get(
    '/api/service-referrals/:id',
    {
      config: { policy: { kind: 'resource', resource: 'service_referral', action: 'read' } },
      schema: {
        tags,
        summary: 'One service referral (its provider, or the case team)',
        params: ZIdParams,
        response: { 200: ZServiceReferral },
      },
    },
    async (req) => {
      const { row, relationships } = await standing(req, req.params.id);
      const decision = await authorizeInstance(req, 'service_referral', 'read', relationships, {
        id: row.id,
        hideExistence: true,
        subjectPersonId: row.person_id,
      });
      return readOne(req, row, decision.ruleId);
    },
  );

  /** A step by one side: refused as "not found" to whoever cannot see the referral, as forbidden otherwise. */
  async function act(req: FastifyRequest, id: string, side: ServiceReferralSide, step: ActionInput) {
    const { actor, row, relationships } = await standing(req, id);
    const needed: Relationship = side === 'provider' ? 'own_organisation' : 'case_team';
    const held = new Set<Relationship>(relationships.has(needed) ? [needed] : []);
    const visible = relationships.size > 0;
    await authorizeInstance(req, 'service_referral', 'update', held, {
      id: row.id,
      hideExistence: !visible,
      subjectPersonId: row.person_id,
    });
    if (side === 'sender' && row.sent_by_org_id !== actor.organisationId) {
      await auditRefusal(req, actor, {
        action: `service_referral.${step.action}`,
        resourceType: 'service_referral',
        resourceId: row.id,
        reason: 'not_the_sender',
      });
      throw problems.forbidden('Only the organisation that sent a service referral can withdraw it.');
    }
    return actOnServiceReferral(database.db, keyring, actor, { id: row.id, side, step }, req.id);
  }

  const simple: readonly { action: ServiceReferralAction & ('accept' | 'start'); summary: string }[] = [
    {
      action: 'accept',
      summary: 'Accept a service referral: my organisation joins the case team for this service',
    },
    { action: 'start', summary: 'Record that the service has started' },
  ];
  for (const { action, summary } of simple) {
    app.post(
      `/api/service-referrals/:id/${action}`,
      {
        config: { policy: { kind: 'resource', resource: 'service_referral', action: 'update' } },
        schema: { tags, summary, params: ZIdParams, body: ZNoBody, response: { 200: ZServiceReferral } },
      },
      async (req) => act(req, req.params.id, 'provider', { action }),
    );
  }

  app.post(
    '/api/service-referrals/:id/decline',
    {
      config: { policy: { kind: 'resource', resource: 'service_referral', action: 'update' } },
      schema: {
        tags,
        summary: 'Decline a service referral with a reason (capacity is counted as a capacity gap)',
        params: ZIdParams,
        body: ZDecline,
        response: { 200: ZServiceReferral },
      },
    },
    async (req) =>
      act(req, req.params.id, 'provider', {
        action: 'decline',
        reason: req.body.reason,
        note: req.body.note ?? null,
      }),
  );

  app.post(
    '/api/service-referrals/:id/end',
    {
      config: { policy: { kind: 'resource', resource: 'service_referral', action: 'update' } },
      schema: {
        tags,
        summary: 'End the service, with its outcome',
        params: ZIdParams,
        body: ZEnd,
        response: { 200: ZServiceReferral },
      },
    },
    async (req) => act(req, req.params.id, 'provider', { action: 'end', outcome: req.body.outcome }),
  );

  app.post(
    '/api/service-referrals/:id/withdraw',
    {
      config: { policy: { kind: 'resource', resource: 'service_referral', action: 'update' } },
      schema: {
        tags,
        summary: 'Withdraw a service referral my organisation sent (before the service started)',
        params: ZIdParams,
        body: ZNoBody,
        response: { 200: ZServiceReferral },
      },
    },
    async (req) => act(req, req.params.id, 'sender', { action: 'withdraw' }),
  );
}
