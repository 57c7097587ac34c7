import { deadlineStatus } from '@opennrm/core';
import { z } from 'zod';

/**
 * What a deadline notice says, as a code (the interface puts it into words):
 * - a reasonable-grounds decision is due soon (reminder) or overdue (escalation);
 * - a recovery and reflection period ends soon, or has ended (the conclusive decision is next).
 */
export const NOTICE_KINDS = [
  'reasonable_grounds_due_soon',
  'reasonable_grounds_overdue',
  'recovery_period_ending_soon',
  'recovery_period_ended',
  // Directory (issue 4): a service referral sent to the provider, and its answer to the sender.
  'service_referral_received',
  'service_referral_answered',
  // Assistance reminders and escalations of the sweep (assistance-notice-rules.ts).
  'plan_action_due_soon',
  'plan_action_overdue',
  'plan_review_due_soon',
  'plan_review_overdue',
  'plan_review_escalated',
  'service_referral_unanswered',
  'service_referral_escalated',
  'capacity_stale',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const ZNoticeKind = z.enum(NOTICE_KINDS);

/** A notice to write: ids and codes only, never anything about the person. */
export type NoticeDraft = {
  readonly organisationId: string;
  readonly kind: NoticeKind;
  /** Null for a notice about no case (a service's capacity). */
  readonly caseId: string | null;
  readonly dueAt: Date | null;
  /** One notice per kind, subject (referral or period) and organisation, however often the sweep runs. */
  readonly dedupeKey: string;
};

function notice(
  kind: NoticeKind,
  subjectId: string,
  organisationId: string,
  caseId: string,
  dueAt: Date | null,
): NoticeDraft {
  return { organisationId, kind, caseId, dueAt, dedupeKey: `${kind}:${subjectId}:${organisationId}` };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export type PendingReferral = {
  readonly referralId: string;
  readonly caseId: string;
  /** The organisation that takes the decision. */
  readonly competentOrgId: string;
  readonly dueAt: Date;
  /** From the profile version the case was referred under. */
  readonly reminderDaysBefore: number;
};

/**
 * A referral still waiting for its reasonable-grounds decision: a reminder to the
 * deciding organisation once the deadline is within the profile's reminder window;
 * once it has passed, an escalation to that organisation and to every national
 * coordinator organisation.
 */
export function referralNotices(
  referral: PendingReferral,
  now: Date,
  coordinatorOrgIds: readonly string[],
): NoticeDraft[] {
  const status = deadlineStatus(referral.dueAt, now, referral.reminderDaysBefore);
  const { referralId, caseId, dueAt } = referral;
  if (status === 'due_soon') {
    return [notice('reasonable_grounds_due_soon', referralId, referral.competentOrgId, caseId, dueAt)];
  }
  if (status === 'overdue') {
    return unique([referral.competentOrgId, ...coordinatorOrgIds]).map((organisationId) =>
      notice('reasonable_grounds_overdue', referralId, organisationId, caseId, dueAt),
    );
  }
  return [];
}

export type TrackedRecoveryPeriod = {
  readonly periodId: string;
  readonly caseId: string;
  /** 'running' or 'ended' (a withheld period gets no notice: it was decided by a person). */
  readonly status: string;
  readonly endsAt: Date;
  readonly reminderDaysBefore: number;
  /** The deciding organisation and the organisation leading the support. */
  readonly recipientOrgIds: readonly string[];
  /** When the conclusive decision is due after the period, if the profile sets a target. */
  readonly conclusiveDueAt: Date | null;
};

/**
 * A running period about to end: a reminder (the person's protection against removal
 * lasts until the conclusive decision, but support planning starts now). An ended
 * period whose case still waits for the conclusive decision: a notice that it is next.
 */
export function recoveryPeriodNotices(period: TrackedRecoveryPeriod, now: Date): NoticeDraft[] {
  const recipients = unique(period.recipientOrgIds);
  if (period.status === 'running') {
    const status = deadlineStatus(period.endsAt, now, period.reminderDaysBefore);
    if (status !== 'due_soon') return [];
    return recipients.map((organisationId) =>
      notice('recovery_period_ending_soon', period.periodId, organisationId, period.caseId, period.endsAt),
    );
  }
  if (period.status === 'ended') {
    return recipients.map((organisationId) =>
      notice('recovery_period_ended', period.periodId, organisationId, period.caseId, period.conclusiveDueAt),
    );
  }
  return [];
}
