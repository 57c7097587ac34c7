import type { FastifyRequest } from 'fastify';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import type { App } from '../http/app.js';
import { assignCaseWorker } from './assign-case-worker.js';
import { listCapacityAlerts, providerInbox } from './capacity-alerts.js';
import { type CaseloadContext, caseloadContext, withoutJit } from './context.js';
import { listMyCases } from './my-cases.js';
import { listOverdueActions } from './overdue-actions.js';
import { registerOwnDataRoute } from './own-data-route.js';
import { listReviewsDue } from './reviews-due.js';
import {
  ZCapacityAlerts,
  ZCapacityAlertsQuery,
  ZCaseIdParams,
  ZCaseWorkerChange,
  ZCaseWorkerView,
  ZMyCases,
  ZMyCasesQuery,
  ZOverdueActions,
  ZOverdueActionsQuery,
  ZReviewsDue,
  ZReviewsDueQuery,
  ZTeamCaseload,
  ZTeamQuery,
} from './schemas.js';
import { teamCaseload } from './team.js';

const tags = ['caseload'];
const LIST = { policy: { kind: 'resource', resource: 'caseload', action: 'list' } } as const;

/** Routes of the caseload module: work lists (no personal data), the team view, reassignment, own-data copies. */
export function registerCaseloadRoutes(app: App): void {
  const { database } = app.deps;

  /** A caseload is always one's own organisation's: the instance check says so through the shared evaluator. */
  async function ownCaseload(req: FastifyRequest, action: 'list' | 'read'): Promise<CaseloadContext> {
    const actor = requireActor(req);
    await authorizeInstance(req, 'caseload', action, new Set(['own_organisation']), {
      id: actor.organisationId,
    });
    return caseloadContext(database.db, actor);
  }

  app.get(
    '/api/caseload/me',
    {
      config: LIST,
      schema: {
        tags,
        summary: 'My cases with their next action, overdue actions, plan review and last activity',
        querystring: ZMyCasesQuery,
        response: { 200: ZMyCases },
      },
    },
    async (req) => {
      const ctx = await ownCaseload(req, 'list');
      const result = await withoutJit(database.db, (trx) => listMyCases(trx, ctx, req.query));
      return { ...result, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    '/api/caseload/overdue-actions',
    {
      config: LIST,
      schema: {
        tags,
        summary: 'Overdue actions of current support plans on my (or my organisation’s) cases, oldest first',
        querystring: ZOverdueActionsQuery,
        response: { 200: ZOverdueActions },
      },
    },
    async (req) => {
      const ctx = await ownCaseload(req, 'list');
      const result = await withoutJit(database.db, (trx) => listOverdueActions(trx, ctx, req.query));
      return { ...result, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    '/api/caseload/reviews-due',
    {
      config: LIST,
      schema: {
        tags,
        summary: 'Support plan and risk assessment reviews due within 14 days or overdue',
        querystring: ZReviewsDueQuery,
        response: { 200: ZReviewsDue },
      },
    },
    async (req) => {
      const ctx = await ownCaseload(req, 'list');
      const result = await withoutJit(database.db, (trx) => listReviewsDue(trx, ctx, req.query));
      return { ...result, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    '/api/caseload/capacity-alerts',
    {
      config: LIST,
      schema: {
        tags,
        summary:
          'Full or stale services my cases use or need, and service referrals to my organisation waiting for an answer',
        querystring: ZCapacityAlertsQuery,
        response: { 200: ZCapacityAlerts },
      },
    },
    async (req) => {
      const ctx = await ownCaseload(req, 'list');
      // One after the other: PGlite is one session, and a transaction holds it.
      const result = await withoutJit(database.db, (trx) => listCapacityAlerts(trx, ctx, req.query));
      const inbox = await providerInbox(database.db, ctx);
      return { ...result, page: req.query.page, pageSize: req.query.pageSize, inbox };
    },
  );

  app.get(
    '/api/caseload/team',
    {
      config: { policy: { kind: 'resource', resource: 'caseload', action: 'read' } },
      schema: {
        tags,
        summary:
          'Supervisor view: open cases, overdue actions and reviews due per case worker of my organisation',
        querystring: ZTeamQuery,
        response: { 200: ZTeamCaseload },
      },
    },
    async (req) => {
      const ctx = await ownCaseload(req, 'read');
      const result = await withoutJit(database.db, (trx) => teamCaseload(trx, ctx, req.query));
      return { ...result, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.patch(
    '/api/cases/:id/case-worker',
    {
      config: { policy: { kind: 'resource', resource: 'caseload', action: 'manage' } },
      schema: {
        tags,
        summary: 'Name (or clear) the case worker of a case my organisation leads (supervisors; audited)',
        params: ZCaseIdParams,
        body: ZCaseWorkerChange,
        response: { 200: ZCaseWorkerView },
      },
    },
    async (req) => assignCaseWorker(app, req, req.params.id, req.body.userId),
  );

  registerOwnDataRoute(app);
}
