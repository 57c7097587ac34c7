import { z } from 'zod';

/**
 * The domains of a needs assessment: the minimum services of CoE art. 12 and EU art. 11,
 * and what survivors' organisations add (family, debt, digital safety).
 */
export const NEED_DOMAINS = [
  'safety',
  'accommodation',
  'subsistence',
  'physical_health',
  'mental_health',
  'interpretation',
  'information_on_rights',
  'legal_assistance',
  'documents',
  'residence_asylum',
  'education',
  'employment',
  'family',
  'financial',
  'digital_safety',
] as const;
export type NeedDomain = (typeof NEED_DOMAINS)[number];
export const ZNeedDomain = z.enum(NEED_DOMAINS);

/** Level of need in a domain; 'none' is an answer, 'not_assessed' is the absence of one. */
export const NEED_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];
export const ZNeedLevel = z.enum(NEED_LEVELS);

export const URGENCIES = ['immediate', 'within_week', 'within_month', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const ZUrgency = z.enum(URGENCIES);

export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const ZRiskLevel = z.enum(RISK_LEVELS);

/** What the person said about their support plan: it is agreed with them, not for them. */
export const PLAN_AGREEMENTS = ['agreed', 'partly_agreed', 'disagreed', 'not_yet_discussed'] as const;
export type PlanAgreement = (typeof PLAN_AGREEMENTS)[number];
export const ZPlanAgreement = z.enum(PLAN_AGREEMENTS);

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ZActionStatus = z.enum(ACTION_STATUSES);
