import { z } from 'zod';
import { ZPersonLanguage } from '../i18n/locales.js';
import { isValidLocalDate } from '../identification/local-time.js';
import {
  ZActionStatus,
  ZNeedDomain,
  ZNeedLevel,
  ZPlanAgreement,
  ZRiskLevel,
  ZUrgency,
} from './vocabulary.js';

/**
 * What the assistance API accepts, shared by the server (validation) and the web app
 * (types). Every object is strict: a field that is not listed here — for instance one
 * that would make help depend on cooperating with the police — is refused with a 400,
 * never silently dropped (CoE art. 12(6), EU art. 11(3): assistance is unconditional).
 */

/** A calendar date, "YYYY-MM-DD". */
export const ZAssistanceDate = z.string().refine(isValidLocalDate, 'A date as YYYY-MM-DD');

/** Free text about the person: stored encrypted only. */
const ZFreeText = (max: number) => z.string().trim().min(1).max(max);

// ---- needs assessment

export const ZAssessedNeedInput = z.strictObject({
  domain: ZNeedDomain,
  level: ZNeedLevel,
  /** Required unless the level is 'none' (then it is 'routine'). */
  urgency: ZUrgency.optional(),
  notes: ZFreeText(5_000).nullable().optional(),
});
export type AssessedNeedInput = z.infer<typeof ZAssessedNeedInput>;

export const ZNeedsAssessmentInput = z.strictObject({
  /** One entry per domain assessed; a domain left out is "not assessed", said so explicitly. */
  needs: z.array(ZAssessedNeedInput).max(50),
  /** What matters most to the person, in their own words. */
  priorities: ZFreeText(10_000).nullable().optional(),
  /** The language the person said it in (required with the priorities). */
  prioritiesLanguage: ZPersonLanguage.nullable().optional(),
});
export type NeedsAssessmentInput = z.infer<typeof ZNeedsAssessmentInput>;

// ---- risk and safety assessment

export const ZRiskAssessmentInput = z.strictObject({
  traffickersRisk: ZRiskLevel,
  retraffickingRisk: ZRiskLevel,
  selfHarmRisk: ZRiskLevel,
  familyRisk: ZRiskLevel,
  safetyPlan: ZFreeText(10_000).nullable().optional(),
  /** When omitted, suggested from the overall risk (see `suggestedRiskReview`). */
  reviewDueOn: ZAssistanceDate.nullable().optional(),
});
export type RiskAssessmentInput = z.infer<typeof ZRiskAssessmentInput>;

// ---- individual support plan

export const ZPlanActionInput = z.strictObject({
  /** In a review: the action of the previous version this one continues. */
  carriedFromId: z.uuid().nullable().optional(),
  domain: ZNeedDomain,
  description: ZFreeText(2_000),
  ownerOrganisationId: z.uuid().nullable().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  /** A service of the directory, when one is chosen. */
  serviceId: z.uuid().nullable().optional(),
  dueOn: ZAssistanceDate.nullable().optional(),
  status: ZActionStatus.optional(),
  completedOn: ZAssistanceDate.nullable().optional(),
});
export type PlanActionInput = z.infer<typeof ZPlanActionInput>;

export const ZSupportPlanInput = z.strictObject({
  /** The current version this one reviews; absent for the first plan. A stale id is a 409. */
  supersedesId: z.uuid().nullable().optional(),
  goals: z.array(ZFreeText(2_000)).min(1).max(30),
  actions: z.array(ZPlanActionInput).max(100),
  reviewDueOn: ZAssistanceDate.nullable().optional(),
  /** The person's own view of the plan: it is agreed with them, not for them. */
  agreement: ZPlanAgreement,
  agreementNote: ZFreeText(5_000).nullable().optional(),
});
export type SupportPlanInput = z.infer<typeof ZSupportPlanInput>;

export const ZActionStatusChange = z.strictObject({
  status: ZActionStatus,
  /** Only with 'done'; today when omitted. */
  completedOn: ZAssistanceDate.nullable().optional(),
});
export type ActionStatusChange = z.infer<typeof ZActionStatusChange>;

// ---- independent advocate

export const ZAdvocateInput = z.strictObject({
  /** A staff member of an organisation on the case team. */
  userId: z.uuid(),
});
export type AdvocateInput = z.infer<typeof ZAdvocateInput>;

/** Every request shape of the assistance module (a test proves none asks about cooperation). */
export const ASSISTANCE_REQUEST_SHAPES = {
  ZNeedsAssessmentInput,
  ZRiskAssessmentInput,
  ZSupportPlanInput,
  ZActionStatusChange,
  ZAdvocateInput,
} as const;

/** A problem with one field, by path from the body ('actions.2.dueOn') and a stable code. */
export type AssistanceFieldProblem = { readonly path: string; readonly code: string };
