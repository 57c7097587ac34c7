import { z } from 'zod';

/**
 * Where a case stands on the NRM path (domain.md, "The four pillars and the case path").
 * Assistance may start at any stage and is never a reward for a decision: a stage
 * never gates a service.
 */
export const CASE_STAGES = [
  /** First contact: a professional is screening with indicators; nothing referred yet. */
  'screening',
  /** Referred into the NRM with the person's consent (or as a child, with the guardian). */
  'referred',
  /**
   * An adult did not consent to a referral with identifying data: counted, but holds no
   * personal data (UK "duty to notify"). Not a case about a person; kept so counts agree.
   */
  'anonymous_notification',
  /** Waiting for the preliminary ("reasonable grounds") decision; UK target 5 working days. */
  'awaiting_reasonable_grounds',
  /** Positive reasonable grounds: recovery and reflection period, at least 30 days (CoE art. 13). */
  'recovery_period',
  /** Recovery period over or waived; waiting for the formal ("conclusive grounds") decision. */
  'awaiting_conclusive_grounds',
  /** Formally identified as a victim of trafficking (positive conclusive decision). */
  'identified',
  /** Negative decision (reasonable or conclusive grounds); reconsideration or review may follow. */
  'not_identified',
  /** Working towards a durable solution: integration, voluntary return or relocation. */
  'durable_solution',
  /** Solution in place; support continues and the person's situation is followed up. */
  'follow_up',
  /** Closed, with reasons; data retention limits start to run. */
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const ZCaseStage = z.enum(CASE_STAGES);

export function isCaseStage(value: unknown): value is CaseStage {
  return typeof value === 'string' && (CASE_STAGES as readonly string[]).includes(value);
}
