import { ZCaseStage, ZNeedDomain } from '@opennrm/core';
import { z } from 'zod';
import { ZPage } from '../organisations/schemas.js';

/**
 * The caseload: work lists of a case worker and of a supervisor. Ids, codes, dates and
 * counts only — no personal data and no free text, so a list never needs a decryption
 * or an audit entry per row (opening a case does).
 */

const ZDate = z.iso.date();
const ZRef = z.object({ id: z.uuid(), name: z.string() });

/**
 * Whose cases: `mine` (I am the named case worker) or `team` (every case my
 * organisation is on the team of). Left out: `mine` when I have named cases, else `team`.
 */
export const ZCaseloadScope = z.enum(['mine', 'team']);
export type CaseloadScope = z.infer<typeof ZCaseloadScope>;

/** Filters shared by the work lists. The search is on the case reference only (never a name). */
const ZCaseFilters = ZPage.extend({
  scope: ZCaseloadScope.optional(),
  stage: ZCaseStage.optional(),
  child: z.enum(['true', 'false']).optional(),
  q: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9-]*$/, 'A case reference: letters, digits and hyphens')
    .optional(),
});

export const CASE_SORTS = [
  'next_action',
  'overdue',
  'review_due',
  'last_activity',
  'reference',
  'first_contact_desc',
  'first_contact_asc',
] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export const ZMyCasesQuery = ZCaseFilters.extend({
  /** Only cases with at least one overdue plan action. */
  overdue: z.enum(['true']).optional(),
  /** Supervisors balancing the team: the cases of one worker, or those without one. */
  worker: z.union([z.uuid(), z.literal('none')]).optional(),
  status: z.enum(['open', 'closed', 'all']).default('open'),
  sort: z.enum(CASE_SORTS).default('next_action'),
});
export type MyCasesQuery = z.infer<typeof ZMyCasesQuery>;

export const ZCaseloadCase = z.object({
  id: z.uuid(),
  reference: z.string(),
  stage: z.string(),
  isChild: z.boolean(),
  region: z.string(),
  leadOrganisation: ZRef,
  /** The named case worker, when they work for the caller's organisation. */
  caseWorker: ZRef.nullable(),
  /** Someone is named, in another organisation (the lead). */
  caseWorkerElsewhere: z.boolean(),
  firstContactAt: z.iso.datetime(),
  closed: z.boolean(),
  /** Whether the caller's organisation sees the support plan of this case (its purpose). */
  planVisible: z.boolean(),
  /** Earliest due date of a plan action still to do (an overdue one when there is one). */
  nextActionDueOn: ZDate.nullable(),
  overdueActions: z.number().int(),
  planReviewDueOn: ZDate.nullable(),
  /** The latest change seen on the case: the case, its plan, assessments, notes, service referrals. */
  lastActivityAt: z.iso.datetime(),
});
export type CaseloadCase = z.infer<typeof ZCaseloadCase>;

export const ZMyCases = z.object({
  scope: ZCaseloadScope,
  items: z.array(ZCaseloadCase),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZOverdueActionsQuery = ZCaseFilters.extend({
  /** Actions my organisation (or I) own, rather than every action on the cases. */
  owner: z.enum(['me', 'organisation']).optional(),
  domain: ZNeedDomain.optional(),
});

export const ZOverdueAction = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  stage: z.string(),
  isChild: z.boolean(),
  domain: z.string(),
  status: z.string(),
  dueOn: ZDate,
  daysOverdue: z.number().int(),
  ownerOrganisation: ZRef.nullable(),
  ownerUser: ZRef.nullable(),
  serviceId: z.uuid().nullable(),
});
export const ZOverdueActions = z.object({
  scope: ZCaseloadScope,
  items: z.array(ZOverdueAction),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const REVIEW_KINDS = ['support_plan', 'risk_assessment'] as const;
export const ZReviewsDueQuery = ZCaseFilters.extend({
  kind: z.enum(REVIEW_KINDS).optional(),
  overdue: z.enum(['true']).optional(),
});
export const ZReviewDue = z.object({
  kind: z.enum(REVIEW_KINDS),
  /** The plan version or the risk assessment to review. */
  id: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  stage: z.string(),
  isChild: z.boolean(),
  dueOn: ZDate,
  /** Days from today to the review date: negative once it has passed. */
  daysUntil: z.number().int(),
});
export const ZReviewsDue = z.object({
  scope: ZCaseloadScope,
  items: z.array(ZReviewDue),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZCapacityAlertsQuery = ZPage.extend({
  scope: ZCaseloadScope.optional(),
  reason: z.enum(['full', 'stale']).optional(),
});
export const ZCapacityAlert = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  organisation: ZRef,
  capacityTotal: z.number().int().nullable(),
  capacityFree: z.number().int().nullable(),
  waitingDays: z.number().int().nullable(),
  capacityUpdatedAt: z.iso.datetime().nullable(),
  /** No free place by the provider's own report. */
  full: z.boolean(),
  /** Not updated for more than the stale period (or never). */
  stale: z.boolean(),
  /** My cases whose plan or service referrals use this service. */
  casesUsing: z.number().int(),
  /** My cases with an open need this kind of service answers. */
  casesNeeding: z.number().int(),
});
export const ZWaitingReferral = z.object({
  id: z.uuid(),
  service: ZRef,
  needDomain: z.string(),
  senderOrganisation: ZRef,
  sentAt: z.iso.datetime(),
  workingDaysWaiting: z.number().int(),
  /** Unanswered for longer than the answer target (3 working days). */
  late: z.boolean(),
});
export const ZCapacityAlerts = z.object({
  scope: ZCaseloadScope,
  items: z.array(ZCapacityAlert),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Service referrals to my organisation waiting for an answer (null: my role does not answer them). */
  inbox: z
    .object({
      waiting: z.number().int(),
      late: z.number().int(),
      /** The oldest few; the provider inbox (directory) lists them all. */
      oldest: z.array(ZWaitingReferral),
    })
    .nullable(),
});

export const ZTeamQuery = ZPage.extend({
  sort: z.enum(['name', 'open_cases', 'overdue', 'reviews']).default('name'),
});
const ZCounts = z.object({
  openCases: z.number().int(),
  overdueActions: z.number().int(),
  reviewsDue: z.number().int(),
});
export const ZTeamCaseload = z.object({
  items: z.array(ZCounts.extend({ user: ZRef, roles: z.array(z.string()) })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Open cases my organisation leads with no named case worker. */
  unassigned: ZCounts,
});

export const ZCaseIdParams = z.object({ id: z.uuid() });
export const ZCaseWorkerChange = z.strictObject({
  /** A case worker or supervisor of the caller's organisation; null to name nobody. */
  userId: z.uuid().nullable(),
});
export const ZCaseWorkerView = z.object({
  caseId: z.uuid(),
  caseWorker: ZRef.nullable(),
});
