import type { CaseSection } from '@opennrm/core';
import type { App } from '../http/app.js';
import { updateActionStatus } from './action-status.js';
import { authorizeCase } from './case-access.js';
import { readSupportPlan, readSupportPlans } from './plan-view.js';
import {
  ZActionParams,
  ZActionStatusChange,
  ZActionUpdated,
  ZCaseParams,
  ZPlanCreated,
  ZPlanParams,
  ZSupportPlan,
  ZSupportPlanInput,
  ZSupportPlanList,
} from './schemas.js';
import { recordSupportPlan } from './support-plans.js';

const tags = ['assistance'];
const PLAN: readonly CaseSection[] = ['support_plan'];

/** The individual support plan: versions (a review is a new one), and action progress. */
export function registerPlanRoutes(app: App): void {
  const { database, keyring } = app.deps;
  const db = database.db;
  const deps = { db, keyring };

  app.post(
    '/api/cases/:id/support-plans',
    {
      config: { policy: { kind: 'resource', resource: 'support_plan', action: 'create' } },
      schema: {
        tags,
        summary: 'Write the first plan, or review it: a new version supersedes the current one (kept)',
        params: ZCaseParams,
        body: ZSupportPlanInput,
        response: { 201: ZPlanCreated },
      },
    },
    async (req, reply) => {
      const access = await authorizeCase(req, db, 'support_plan', 'create', req.params.id, PLAN);
      return reply.code(201).send(await recordSupportPlan(deps, access, req.body, req.id));
    },
  );

  app.get(
    '/api/cases/:id/support-plans',
    {
      config: { policy: { kind: 'resource', resource: 'support_plan', action: 'read' } },
      schema: {
        tags,
        summary: 'The current plan in full and every version in brief (audited)',
        params: ZCaseParams,
        response: { 200: ZSupportPlanList },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'support_plan', 'read', req.params.id, PLAN);
      return readSupportPlans(deps, access, req.id);
    },
  );

  app.get(
    '/api/cases/:id/support-plans/:planId',
    {
      config: { policy: { kind: 'resource', resource: 'support_plan', action: 'read' } },
      schema: {
        tags,
        summary: 'One version of the plan; a superseded one is read-only history (audited)',
        params: ZPlanParams,
        response: { 200: ZSupportPlan },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'support_plan', 'read', req.params.id, PLAN);
      return readSupportPlan(deps, access, req.params.planId, req.id);
    },
  );

  app.patch(
    '/api/cases/:id/support-plans/actions/:actionId',
    {
      config: { policy: { kind: 'resource', resource: 'support_plan', action: 'update' } },
      schema: {
        tags,
        summary: 'Move an action of the current plan on (done records the completion date)',
        params: ZActionParams,
        body: ZActionStatusChange,
        response: { 200: ZActionUpdated },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'support_plan', 'update', req.params.id, PLAN);
      return updateActionStatus(db, access, req.params.actionId, req.body, req.id);
    },
  );
}
