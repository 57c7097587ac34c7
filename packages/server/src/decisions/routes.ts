import { authorizeInstance, listScopes, requireActor } from '../access/authorize.js';
import { caseRelationships, requireSection } from '../cases/relationships.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { type DecisionCase, loadDecisionCase } from './case-context.js';
import { extendRecoveryPeriod, withholdRecoveryPeriod } from './change-recovery-period.js';
import { decide } from './decide.js';
import { readCaseDecisions } from './decision-view.js';
import { readInbox } from './inbox.js';
import { requestReconsideration, reviewReconsideration } from './reconsider.js';
import {
  ZCaseDecisions,
  ZDecisionCreate,
  ZDecisionCreated,
  ZExtensionCreate,
  ZInbox,
  ZInboxQuery,
  ZReconsiderationCreate,
  ZReconsiderationCreated,
  ZRecoveryPeriodChanged,
  ZReviewed,
  ZReviewRequest,
  ZWithholdRequest,
} from './schemas.js';
import { settleRecoveryPeriods } from './settle-recovery-periods.js';

const tags = ['decisions'];

/**
 * Identification decisions (issue 3): the competent authority's inbox, reasonable- and
 * conclusive-grounds decisions, the recovery and reflection period, reconsideration
 * and its independent review. Routes parse, authorize through the shared policy and
 * call the use case; refusals to see a case answer "not found".
 */
export function registerDecisionRoutes(app: App): void {
  const { database, keyring } = app.deps;
  const deps = { db: database.db, keyring };

  /** The case, or 404; its relationships to the actor are resolved for the policy. */
  async function caseOr404(caseId: string): Promise<DecisionCase> {
    const item = await loadDecisionCase(database.db, caseId);
    if (!item) throw problems.notFound('case');
    return item;
  }

  app.get(
    '/api/decisions/inbox',
    {
      config: { policy: { kind: 'resource', resource: 'decision', action: 'list' } },
      schema: {
        tags,
        summary: 'Cases referred to my authority that wait for a decision (no names)',
        querystring: ZInboxQuery,
        response: { 200: ZInbox },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const scopes = listScopes(actor, 'decision');
      const { page, pageSize } = req.query;
      if (!scopes.includes('case_team') && !scopes.includes('any')) {
        return {
          items: [],
          counts: { total: 0, overdue: 0, dueSoon: 0 },
          reviews: [],
          total: 0,
          page,
          pageSize,
        };
      }
      await settleRecoveryPeriods(database.db, new Date(), { organisationId: actor.organisationId });
      return readInbox(database.db, actor, req.query);
    },
  );

  app.get(
    '/api/cases/:id/decisions',
    {
      config: { policy: { kind: 'resource', resource: 'decision', action: 'read' } },
      schema: {
        tags,
        summary: 'A case’s decisions, recovery period and reconsiderations (every read is audited)',
        params: ZIdParams,
        response: { 200: ZCaseDecisions },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const found = await caseOr404(req.params.id);
      const relationships = await caseRelationships(database.db, actor, found.id);
      await authorizeInstance(req, 'decision', 'read', relationships, {
        id: found.id,
        hideExistence: true,
        subjectPersonId: found.personId,
      });
      await requireSection(req, found.id, 'decisions', {
        resource: 'decision',
        action: 'read',
        subjectPersonId: found.personId,
      });
      // The clock may have run out since the last sweep: settle before showing the stage.
      await settleRecoveryPeriods(database.db, new Date(), { caseId: found.id });
      const item = await caseOr404(found.id);
      return readCaseDecisions(deps, actor, relationships, item, req.id);
    },
  );

  app.post(
    '/api/cases/:id/decisions',
    {
      config: { policy: { kind: 'resource', resource: 'decision', action: 'create' } },
      schema: {
        tags,
        summary: 'Record a reasonable- or conclusive-grounds decision',
        params: ZIdParams,
        body: ZDecisionCreate,
        response: { 201: ZDecisionCreated },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const item = await caseOr404(req.params.id);
      await authorizeInstance(
        req,
        'decision',
        'create',
        await caseRelationships(database.db, actor, item.id),
        {
          id: item.id,
          hideExistence: true,
          subjectPersonId: item.personId,
        },
      );
      const recorded = await decide(deps, actor, item, req.body, req.id);
      return reply.code(201).send({
        id: recorded.id,
        stage: req.body.stage,
        outcome: recorded.outcome,
        positive: recorded.positive,
        caseStage: recorded.caseStage,
        recoveryPeriodId: recorded.recoveryPeriodId,
      });
    },
  );

  /** A recovery period and its case, authorized for `decision:update` on that case. */
  async function periodCase(
    req: Parameters<typeof authorizeInstance>[0],
    periodId: string,
  ): Promise<DecisionCase> {
    const actor = requireActor(req);
    const period = await database.db
      .selectFrom('recovery_periods')
      .select(['id', 'case_id'])
      .where('id', '=', periodId)
      .executeTakeFirst();
    if (!period) throw problems.notFound('recovery period');
    const found = await caseOr404(period.case_id);
    await authorizeInstance(
      req,
      'decision',
      'update',
      await caseRelationships(database.db, actor, found.id),
      {
        id: period.id,
        hideExistence: true,
        subjectPersonId: found.personId,
      },
    );
    await settleRecoveryPeriods(database.db, new Date(), { caseId: found.id });
    return caseOr404(found.id);
  }

  const periodResponse = (changed: {
    id: string;
    status: 'running' | 'ended' | 'withheld';
    endsAt: Date;
    caseStage: string;
  }) => ({
    id: changed.id,
    status: changed.status,
    endsAt: changed.endsAt.toISOString(),
    caseStage: changed.caseStage,
  });

  app.post(
    '/api/recovery-periods/:id/extensions',
    {
      config: { policy: { kind: 'resource', resource: 'decision', action: 'update' } },
      schema: {
        tags,
        summary: 'Extend the recovery and reflection period, with reasons',
        params: ZIdParams,
        body: ZExtensionCreate,
        response: { 201: ZRecoveryPeriodChanged },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const item = await periodCase(req, req.params.id);
      const changed = await extendRecoveryPeriod(deps, actor, item, req.params.id, req.body, req.id);
      return reply.code(201).send(periodResponse(changed));
    },
  );

  app.post(
    '/api/recovery-periods/:id/withhold',
    {
      config: { policy: { kind: 'resource', resource: 'decision', action: 'update' } },
      schema: {
        tags,
        summary: 'Withhold the recovery period (public order or improperly claimed status only)',
        params: ZIdParams,
        body: ZWithholdRequest,
        response: { 200: ZRecoveryPeriodChanged },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const item = await periodCase(req, req.params.id);
      return periodResponse(await withholdRecoveryPeriod(deps, actor, item, req.params.id, req.body, req.id));
    },
  );

  /** A decision and its case, authorized for `action` on reconsiderations of that case. */
  async function decisionCase(
    req: Parameters<typeof authorizeInstance>[0],
    decisionId: string,
    action: 'create' | 'update',
    target: string,
  ) {
    const actor = requireActor(req);
    const decision = await database.db
      .selectFrom('decisions')
      .select(['id', 'case_id', 'stage', 'positive', 'decided_by_user_id'])
      .where('id', '=', decisionId)
      .executeTakeFirst();
    if (!decision) throw problems.notFound('decision');
    const item = await caseOr404(decision.case_id);
    await authorizeInstance(
      req,
      'reconsideration',
      action,
      await caseRelationships(database.db, actor, item.id),
      {
        id: target,
        hideExistence: true,
        subjectPersonId: item.personId,
      },
    );
    return { decision, item };
  }

  app.post(
    '/api/decisions/:id/reconsiderations',
    {
      config: { policy: { kind: 'resource', resource: 'reconsideration', action: 'create' } },
      schema: {
        tags,
        summary: 'Ask for a negative decision to be reconsidered',
        params: ZIdParams,
        body: ZReconsiderationCreate,
        response: { 201: ZReconsiderationCreated },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { decision, item } = await decisionCase(req, req.params.id, 'create', req.params.id);
      const created = await requestReconsideration(deps, actor, item, decision, req.body.grounds, req.id);
      return reply.code(201).send({ id: created.id, status: 'requested' as const });
    },
  );

  app.post(
    '/api/reconsiderations/:id/review',
    {
      config: { policy: { kind: 'resource', resource: 'reconsideration', action: 'update' } },
      schema: {
        tags,
        summary: 'Record the independent multi-agency review of a reconsideration',
        params: ZIdParams,
        body: ZReviewRequest,
        response: { 200: ZReviewed },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await database.db
        .selectFrom('reconsiderations')
        .select(['id', 'decision_id'])
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!row) throw problems.notFound('reconsideration');
      const { decision, item } = await decisionCase(req, row.decision_id, 'update', row.id);
      const reviewed = await reviewReconsideration(deps, actor, item, row.id, decision, req.body, req.id);
      return {
        id: row.id,
        status: req.body.outcome,
        newDecisionId: reviewed.newDecisionId,
        caseStage: reviewed.caseStage,
      };
    },
  );
}
