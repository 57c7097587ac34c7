import {
  ACTION_STATUSES,
  ASSISTANCE_REQUEST_SHAPES,
  NEED_DOMAINS,
  NEED_LEVELS,
  PLAN_AGREEMENTS,
  PLAN_REVIEW_STATES,
  RISK_LEVELS,
  URGENCIES,
} from '@opennrm/core';
import { z } from 'zod';

/**
 * Request and response shapes of the assistance module. Requests are the strict core
 * shapes (core assistance/shapes.ts): an unknown field — a "condition", a
 * "requiresCooperation" — is refused with a 400, and a test walks them all to prove
 * none of them asks about cooperation with criminal justice.
 */
export {
  ZActionStatusChange,
  ZAdvocateInput,
  ZNeedsAssessmentInput,
  ZRiskAssessmentInput,
  ZSupportPlanInput,
} from '@opennrm/core';

export const ASSISTANCE_REQUEST_SCHEMAS = ASSISTANCE_REQUEST_SHAPES;

// ---- parameters

export const ZCaseParams = z.strictObject({ id: z.uuid() });
export const ZAssessmentParams = z.strictObject({ id: z.uuid(), assessmentId: z.uuid() });
export const ZPlanParams = z.strictObject({ id: z.uuid(), planId: z.uuid() });
export const ZActionParams = z.strictObject({ id: z.uuid(), actionId: z.uuid() });
export const ZAdvocateParams = z.strictObject({ id: z.uuid(), advocateId: z.uuid() });

// ---- responses

const ZRef = z.object({ id: z.uuid(), name: z.string() });
const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZReviewState = z.enum(PLAN_REVIEW_STATES);

export const ZCreated = z.object({ id: z.uuid(), version: z.number().int() });

export const ZNeedsAssessment = z.object({
  id: z.uuid(),
  version: z.number().int(),
  current: z.boolean(),
  assessedAt: z.string(),
  assessedBy: ZRef,
  assessedByOrganisation: ZRef,
  domains: z.array(
    z.object({
      domain: z.enum(NEED_DOMAINS),
      assessed: z.boolean(),
      level: z.enum(NEED_LEVELS).nullable(),
      urgency: z.enum(URGENCIES).nullable(),
      notes: z.string().nullable(),
    }),
  ),
  priorities: z.string().nullable(),
  prioritiesLanguage: z.string().nullable(),
});

export const ZNeedsAssessmentList = z.object({
  current: ZNeedsAssessment.nullable(),
  versions: z.array(
    z.object({
      id: z.uuid(),
      version: z.number().int(),
      current: z.boolean(),
      assessedAt: z.string(),
      assessedByOrganisation: ZRef,
      domainsAssessed: z.number().int(),
      highNeeds: z.number().int(),
    }),
  ),
});

const ZRiskLevel = z.enum(RISK_LEVELS);

export const ZRiskAssessment = z.object({
  id: z.uuid(),
  version: z.number().int(),
  current: z.boolean(),
  traffickersRisk: ZRiskLevel,
  retraffickingRisk: ZRiskLevel,
  selfHarmRisk: ZRiskLevel,
  familyRisk: ZRiskLevel,
  overall: ZRiskLevel,
  safetyPlan: z.string().nullable(),
  reviewDueOn: ZDate.nullable(),
  reviewState: ZReviewState,
  assessedAt: z.string(),
  assessedBy: ZRef,
  assessedByOrganisation: ZRef,
});

export const ZRiskAssessmentList = z.object({
  current: ZRiskAssessment.nullable(),
  versions: z.array(
    z.object({
      id: z.uuid(),
      version: z.number().int(),
      current: z.boolean(),
      overall: ZRiskLevel,
      reviewDueOn: ZDate.nullable(),
      assessedAt: z.string(),
      assessedByOrganisation: ZRef,
    }),
  ),
});

/** The safety plan alone: what a shelter needs to keep the person safe, without the risks. */
export const ZSafetyPlan = z.object({
  safetyPlan: z
    .object({
      assessmentId: z.uuid(),
      version: z.number().int(),
      text: z.string().nullable(),
      reviewDueOn: ZDate.nullable(),
      assessedAt: z.string(),
      assessedByOrganisation: ZRef,
    })
    .nullable(),
});

const ZPlanAction = z.object({
  id: z.uuid(),
  position: z.number().int(),
  carriedFromId: z.uuid().nullable(),
  domain: z.enum(NEED_DOMAINS),
  description: z.string(),
  ownerOrganisation: ZRef.nullable(),
  ownerUser: ZRef.nullable(),
  service: ZRef.nullable(),
  dueOn: ZDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  completedOn: ZDate.nullable(),
  overdue: z.boolean(),
});

export const ZSupportPlan = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(['current', 'superseded']),
  goals: z.array(z.string()),
  actions: z.array(ZPlanAction),
  agreement: z.enum(PLAN_AGREEMENTS),
  agreementNote: z.string().nullable(),
  agreedOn: ZDate.nullable(),
  reviewDueOn: ZDate.nullable(),
  reviewState: ZReviewState,
  supersedesId: z.uuid().nullable(),
  supersededById: z.uuid().nullable(),
  createdAt: z.string(),
  createdBy: ZRef,
  createdByOrganisation: ZRef,
});

export const ZSupportPlanList = z.object({
  current: ZSupportPlan.nullable(),
  versions: z.array(
    z.object({
      id: z.uuid(),
      version: z.number().int(),
      status: z.enum(['current', 'superseded']),
      agreement: z.enum(PLAN_AGREEMENTS),
      reviewDueOn: ZDate.nullable(),
      createdAt: z.string(),
      createdByOrganisation: ZRef,
      actions: z.object({
        total: z.number().int(),
        open: z.number().int(),
        done: z.number().int(),
        overdue: z.number().int(),
      }),
    }),
  ),
});

export const ZPlanCreated = z.object({
  id: z.uuid(),
  version: z.number().int(),
  supersededId: z.uuid().nullable(),
  changes: z.object({
    carried: z.number().int(),
    added: z.number().int(),
    droppedOpen: z.number().int(),
    leftClosed: z.number().int(),
  }),
});

export const ZActionUpdated = z.object({
  id: z.uuid(),
  status: z.enum(ACTION_STATUSES),
  completedOn: ZDate.nullable(),
  overdue: z.boolean(),
});

export const ZAdvocate = z.object({
  id: z.uuid(),
  advocate: ZRef,
  organisation: ZRef,
  assignedAt: z.string(),
  assignedBy: ZRef,
  endedAt: z.string().nullable(),
});

export const ZAdvocateList = z.object({
  /** A child's case: a guardian represents the child, no advocate is assigned. */
  isChild: z.boolean(),
  items: z.array(ZAdvocate),
});
