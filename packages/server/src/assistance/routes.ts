import type { CaseSection } from '@opennrm/core';
import type { App } from '../http/app.js';
import { assignAdvocate, endAdvocate, listAdvocates } from './advocates.js';
import { authorizeCase } from './case-access.js';
import { readNeedsAssessment, readNeedsAssessments, recordNeedsAssessment } from './needs-assessments.js';
import { registerPlanRoutes } from './plan-routes.js';
import { readRiskAssessments, readSafetyPlan, recordRiskAssessment } from './risk-assessments.js';
import {
  ZAdvocate,
  ZAdvocateInput,
  ZAdvocateList,
  ZAdvocateParams,
  ZAssessmentParams,
  ZCaseParams,
  ZCreated,
  ZNeedsAssessment,
  ZNeedsAssessmentInput,
  ZNeedsAssessmentList,
  ZRiskAssessmentInput,
  ZRiskAssessmentList,
  ZSafetyPlan,
} from './schemas.js';

const tags = ['assistance'];

/** The parts of the case file each route needs (data minimisation by team purpose). */
const NEEDS: readonly CaseSection[] = ['needs'];
const RISK: readonly CaseSection[] = ['risk'];
/** A shelter keeps the person safe with the safety plan, without reading the risks behind it. */
const SAFETY_PLAN: readonly CaseSection[] = ['safety_plan', 'risk'];
/** Who advocates for the person is known to those who follow the plan or the identification. */
const ADVOCATE_READ: readonly CaseSection[] = ['support_plan', 'decisions'];
const ADVOCATE_WRITE: readonly CaseSection[] = ['support_plan'];

/**
 * Assistance (issue 4): needs assessment, risk and safety assessment, the individual
 * support plan and the independent advocate. Everything here works from first contact,
 * for every person: no route reads an identification decision or anything about
 * cooperation with criminal justice, and no request can carry a condition on it.
 */
export function registerAssistanceRoutes(app: App): void {
  const { database, keyring } = app.deps;
  const db = database.db;
  const deps = { db, keyring };

  // ---- needs assessment

  app.post(
    '/api/cases/:id/needs-assessments',
    {
      config: { policy: { kind: 'resource', resource: 'needs_assessment', action: 'create' } },
      schema: {
        tags,
        summary: 'Record a new version of the needs assessment, with the person’s own priorities',
        params: ZCaseParams,
        body: ZNeedsAssessmentInput,
        response: { 201: ZCreated },
      },
    },
    async (req, reply) => {
      const access = await authorizeCase(req, db, 'needs_assessment', 'create', req.params.id, NEEDS);
      return reply.code(201).send(await recordNeedsAssessment(deps, access, req.body, req.id));
    },
  );

  app.get(
    '/api/cases/:id/needs-assessments',
    {
      config: { policy: { kind: 'resource', resource: 'needs_assessment', action: 'read' } },
      schema: {
        tags,
        summary: 'The current needs assessment (every domain, assessed or not) and its versions (audited)',
        params: ZCaseParams,
        response: { 200: ZNeedsAssessmentList },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'needs_assessment', 'read', req.params.id, NEEDS);
      return readNeedsAssessments(deps, access, req.id);
    },
  );

  app.get(
    '/api/cases/:id/needs-assessments/:assessmentId',
    {
      config: { policy: { kind: 'resource', resource: 'needs_assessment', action: 'read' } },
      schema: {
        tags,
        summary: 'One version of the needs assessment (audited)',
        params: ZAssessmentParams,
        response: { 200: ZNeedsAssessment },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'needs_assessment', 'read', req.params.id, NEEDS);
      return readNeedsAssessment(deps, access, req.params.assessmentId, req.id);
    },
  );

  // ---- risk and safety assessment

  app.post(
    '/api/cases/:id/risk-assessments',
    {
      config: { policy: { kind: 'resource', resource: 'risk_assessment', action: 'create' } },
      schema: {
        tags,
        summary: 'Record a new version of the risk and safety assessment (overall = the highest risk)',
        params: ZCaseParams,
        body: ZRiskAssessmentInput,
        response: { 201: ZCreated },
      },
    },
    async (req, reply) => {
      const access = await authorizeCase(req, db, 'risk_assessment', 'create', req.params.id, RISK);
      return reply.code(201).send(await recordRiskAssessment(deps, access, req.body, req.id));
    },
  );

  app.get(
    '/api/cases/:id/risk-assessments',
    {
      config: { policy: { kind: 'resource', resource: 'risk_assessment', action: 'read' } },
      schema: {
        tags,
        summary: 'The current risk assessment with its safety plan, and its versions (audited)',
        params: ZCaseParams,
        response: { 200: ZRiskAssessmentList },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'risk_assessment', 'read', req.params.id, RISK);
      return readRiskAssessments(deps, access, req.id);
    },
  );

  app.get(
    '/api/cases/:id/risk-assessments/safety-plan',
    {
      config: { policy: { kind: 'resource', resource: 'risk_assessment', action: 'read' } },
      schema: {
        tags,
        summary: 'The current safety plan alone, without the risks (audited)',
        params: ZCaseParams,
        response: { 200: ZSafetyPlan },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'risk_assessment', 'read', req.params.id, SAFETY_PLAN);
      return readSafetyPlan(deps, access, req.id);
    },
  );

  // ---- individual support plan

  registerPlanRoutes(app);

  // ---- independent advocate (adults)

  app.get(
    '/api/cases/:id/advocates',
    {
      config: { policy: { kind: 'resource', resource: 'advocate', action: 'list' } },
      schema: {
        tags,
        summary: 'The person’s independent advocate, and earlier ones',
        params: ZCaseParams,
        response: { 200: ZAdvocateList },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'advocate', 'list', req.params.id, ADVOCATE_READ);
      return listAdvocates(db, access);
    },
  );

  app.post(
    '/api/cases/:id/advocates',
    {
      config: { policy: { kind: 'resource', resource: 'advocate', action: 'create' } },
      schema: {
        tags,
        summary: 'Assign an independent advocate to an adult (a child has a guardian)',
        params: ZCaseParams,
        body: ZAdvocateInput,
        response: { 201: ZAdvocate },
      },
    },
    async (req, reply) => {
      const access = await authorizeCase(req, db, 'advocate', 'create', req.params.id, ADVOCATE_WRITE);
      return reply.code(201).send(await assignAdvocate(db, access, req.body, req.id));
    },
  );

  app.delete(
    '/api/cases/:id/advocates/:advocateId',
    {
      config: { policy: { kind: 'resource', resource: 'advocate', action: 'update' } },
      schema: {
        tags,
        summary: 'End an advocate’s assignment (the record is kept)',
        params: ZAdvocateParams,
        response: { 200: ZAdvocate },
      },
    },
    async (req) => {
      const access = await authorizeCase(req, db, 'advocate', 'update', req.params.id, ADVOCATE_WRITE);
      return endAdvocate(db, access, req.params.advocateId, req.id);
    },
  );
}
