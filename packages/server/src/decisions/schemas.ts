import { DEADLINE_STATUSES, DECISION_STAGES, PANEL_ROLES, WITHHOLDING_GROUNDS } from '@opennrm/core';
import { z } from 'zod';
import { ZPage } from '../organisations/schemas.js';

/**
 * Request and response shapes of the decisions module. No request here has, or may
 * ever have, a field about the person's cooperation with law enforcement: a test
 * (decisions-no-police.test.ts) walks every request schema of these routes.
 */

/** Reasons, grounds and notes: free text about a person, stored encrypted only. */
const ZReasonText = z.string().trim().min(1, 'Reasons are required').max(20_000);
const ZOutcomeId = z.string().regex(/^[a-z][a-z0-9_]{0,62}[a-z0-9]$/, 'An outcome id of the profile');

// ---- requests ----

export const ZDecisionCreate = z.strictObject({
  stage: z.enum(DECISION_STAGES),
  outcome: ZOutcomeId,
  reasons: ZReasonText,
});
export type TDecisionCreate = z.infer<typeof ZDecisionCreate>;

export const ZExtensionCreate = z.strictObject({
  days: z.number().int().min(1).max(365),
  reason: ZReasonText,
});

/** CoE art. 13(3): public order or an improperly claimed status, nothing else. */
export const ZWithholdRequest = z.strictObject({
  ground: z.enum(WITHHOLDING_GROUNDS),
  reason: ZReasonText,
});

export const ZReconsiderationCreate = z.strictObject({
  grounds: ZReasonText,
});

export const ZReviewRequest = z.strictObject({
  panel: z
    .array(z.strictObject({ organisationId: z.uuid(), role: z.enum(PANEL_ROLES) }))
    .min(2)
    .max(12),
  notes: ZReasonText,
  outcome: z.enum(['upheld', 'overturned']),
  /** When overturned: the positive outcome of the new decision, if the stage has several. */
  newOutcome: ZOutcomeId.optional(),
});

export const ZInboxQuery = ZPage.extend({
  stage: z.enum(DECISION_STAGES).optional(),
  child: z.enum(['true', 'false']).optional(),
});

/** Every request schema of this module, for the test that no field asks about cooperation. */
export const DECISION_REQUEST_SCHEMAS = {
  ZDecisionCreate,
  ZExtensionCreate,
  ZWithholdRequest,
  ZReconsiderationCreate,
  ZReviewRequest,
  ZInboxQuery,
} as const;

// ---- responses ----

const ZRef = z.object({ id: z.uuid(), name: z.string() });
const ZDeadlineStatus = z.enum(DEADLINE_STATUSES);

export const ZInbox = z.object({
  items: z.array(
    z.object({
      caseId: z.uuid(),
      reference: z.string(),
      ageBand: z.string(),
      isChild: z.boolean(),
      gender: z.string(),
      nationality: z.string().nullable(),
      exploitationForms: z.array(z.string()),
      referredAt: z.string().nullable(),
      referringOrganisation: ZRef,
      decision: z.enum(DECISION_STAGES),
      dueAt: z.string().nullable(),
      deadline: ZDeadlineStatus.nullable(),
      possibleDuplicates: z.number().int(),
    }),
  ),
  counts: z.object({ total: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int() }),
  reviews: z.array(
    z.object({
      reconsiderationId: z.uuid(),
      caseId: z.uuid(),
      reference: z.string(),
      decisionStage: z.enum(DECISION_STAGES),
      requestedAt: z.string(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const ZOutcome = z.object({ id: z.string(), positive: z.boolean(), labelKey: z.string() });

export const ZDecisionView = z.object({
  id: z.uuid(),
  stage: z.enum(DECISION_STAGES),
  outcome: z.string(),
  positive: z.boolean(),
  standard: z.string(),
  reasons: z.string(),
  decidedBy: ZRef,
  decidedByOrganisation: ZRef,
  decidedAt: z.string(),
  dueAt: z.string().nullable(),
  supersedesId: z.uuid().nullable(),
  supersededById: z.uuid().nullable(),
  /** A negative decision in force with no open request: it may be reconsidered. */
  reconsiderable: z.boolean(),
});

export const ZRecoveryPeriodView = z.object({
  id: z.uuid(),
  decisionId: z.uuid().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  minimumDays: z.number().int(),
  extendedDays: z.number().int(),
  totalDays: z.number().int(),
  daysLeft: z.number().int(),
  status: z.enum(['running', 'ended', 'withheld']),
  noRemoval: z.boolean(),
  timeZone: z.string(),
  withheld: z
    .object({ ground: z.enum(WITHHOLDING_GROUNDS), reason: z.string(), at: z.string(), by: ZRef })
    .nullable(),
  extensions: z.array(
    z.object({
      id: z.uuid(),
      days: z.number().int(),
      reason: z.string(),
      grantedAt: z.string(),
      grantedBy: ZRef,
    }),
  ),
});

export const ZReconsiderationView = z.object({
  id: z.uuid(),
  decisionId: z.uuid(),
  requestedByOrganisation: ZRef,
  requestedAt: z.string(),
  grounds: z.string(),
  status: z.enum(['requested', 'upheld', 'overturned']),
  panel: z.array(z.object({ organisation: ZRef.extend({ kind: z.string() }), role: z.enum(PANEL_ROLES) })),
  reviewNotes: z.string().nullable(),
  reviewedBy: ZRef.nullable(),
  reviewedAt: z.string().nullable(),
  newDecisionId: z.uuid().nullable(),
  /** The reader may review it: a decision maker on the team who did not take the decision. */
  mayReview: z.boolean(),
});

export const ZCaseDecisions = z.object({
  caseId: z.uuid(),
  stage: z.string(),
  profile: z
    .object({
      id: z.string(),
      version: z.number().int(),
      name: z.string(),
      decisionStages: z.number().int(),
      recoveryPeriodDays: z.number().int(),
      outcomes: z.object({ reasonableGrounds: z.array(ZOutcome), conclusiveGrounds: z.array(ZOutcome) }),
    })
    .nullable(),
  due: z
    .object({
      stage: z.enum(DECISION_STAGES),
      dueAt: z.string().nullable(),
      deadline: ZDeadlineStatus.nullable(),
    })
    .nullable(),
  /** The reader's organisation is the competent authority here and the reader decides. */
  mayDecide: z.boolean(),
  decisions: z.array(ZDecisionView),
  recoveryPeriod: ZRecoveryPeriodView.nullable(),
  reconsiderations: z.array(ZReconsiderationView),
});

export const ZDecisionCreated = z.object({
  id: z.uuid(),
  stage: z.enum(DECISION_STAGES),
  outcome: z.string(),
  positive: z.boolean(),
  caseStage: z.string(),
  recoveryPeriodId: z.uuid().nullable(),
});

export const ZRecoveryPeriodChanged = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'ended', 'withheld']),
  endsAt: z.string(),
  caseStage: z.string(),
});

export const ZReconsiderationCreated = z.object({ id: z.uuid(), status: z.literal('requested') });

export const ZReviewed = z.object({
  id: z.uuid(),
  status: z.enum(['upheld', 'overturned']),
  newDecisionId: z.uuid().nullable(),
  caseStage: z.string(),
});
