import { addWorkingDays, endOfLocalDay, type LocalDate, type WorkingCalendar } from '@opennrm/core';
import type { NoticeDraft, NoticeKind } from './notice-rules.js';

/**
 * Reminders and escalations of assistance work (issue 4), as pure rules: what the sweep
 * writes as notices, to which organisation. Ids, codes and dates only.
 */

/** A plan action is "due soon" this many days before its due date (and on the day). */
export const ACTION_REMINDER_DAYS = 3;
/** A plan review is "due soon" this many days before its date. */
export const REVIEW_REMINDER_DAYS = 7;
/** A review overdue by this many days is escalated to the case's supervising organisation. */
export const REVIEW_ESCALATION_DAYS = 14;
/** A service referral gets an answer within this many working days (after the day it was sent). */
export const ANSWER_WORKING_DAYS = 3;
/** A provider updates its capacity at least this often (core directory/capacity.ts). */
export const CAPACITY_STALE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

function notice(
  kind: NoticeKind,
  subject: string,
  organisationId: string,
  caseId: string | null,
  dueAt: Date | null,
): NoticeDraft {
  return { organisationId, kind, caseId, dueAt, dedupeKey: `${kind}:${subject}:${organisationId}` };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const ms = (d: LocalDate) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / DAY_MS);
}

export type OpenPlanAction = {
  readonly actionId: string;
  readonly caseId: string;
  readonly dueOn: LocalDate;
  /** The organisation that owns the action; when none is named, the lead organisation does. */
  readonly ownerOrgId: string | null;
  readonly leadOrgId: string;
};

/**
 * An action still to do on a current plan: a reminder to its owner from
 * ACTION_REMINDER_DAYS before the due date, and an "overdue" notice once the date has
 * passed. A new due date (a review moved it) is a new subject, so it is reminded again.
 */
export function planActionNotices(action: OpenPlanAction, today: LocalDate, timeZone: string): NoticeDraft[] {
  const owner = action.ownerOrgId ?? action.leadOrgId;
  const left = daysBetween(today, action.dueOn);
  const dueAt = endOfLocalDay(action.dueOn, timeZone);
  const subject = `${action.actionId}:${action.dueOn}`;
  if (left < 0) return [notice('plan_action_overdue', subject, owner, action.caseId, dueAt)];
  if (left <= ACTION_REMINDER_DAYS)
    return [notice('plan_action_due_soon', subject, owner, action.caseId, dueAt)];
  return [];
}

export type PlanReview = {
  readonly planId: string;
  readonly caseId: string;
  readonly reviewDueOn: LocalDate;
  readonly leadOrgId: string;
  /**
   * Organisations that supervise the case: the lead (its case supervisors) and any
   * organisation on the team to coordinate it.
   */
  readonly supervisingOrgIds: readonly string[];
};

/**
 * A current plan's review: a reminder to the lead organisation REVIEW_REMINDER_DAYS
 * before, "overdue" once the date has passed, and after REVIEW_ESCALATION_DAYS overdue
 * an escalation to the supervising organisations (the plan is agreed with the person and
 * must not silently lapse).
 */
export function planReviewNotices(plan: PlanReview, today: LocalDate, timeZone: string): NoticeDraft[] {
  const left = daysBetween(today, plan.reviewDueOn);
  const dueAt = endOfLocalDay(plan.reviewDueOn, timeZone);
  const subject = `${plan.planId}:${plan.reviewDueOn}`;
  if (left > REVIEW_REMINDER_DAYS) return [];
  if (left >= 0) return [notice('plan_review_due_soon', subject, plan.leadOrgId, plan.caseId, dueAt)];
  const out = [notice('plan_review_overdue', subject, plan.leadOrgId, plan.caseId, dueAt)];
  if (-left >= REVIEW_ESCALATION_DAYS) {
    for (const org of new Set([plan.leadOrgId, ...plan.supervisingOrgIds])) {
      out.push(notice('plan_review_escalated', subject, org, plan.caseId, dueAt));
    }
  }
  return out;
}

export type UnansweredServiceReferral = {
  readonly referralId: string;
  readonly caseId: string;
  readonly providerOrgId: string;
  readonly senderOrgId: string;
  readonly sentAt: Date;
};

/**
 * A service referral still waiting for the provider's answer after ANSWER_WORKING_DAYS
 * working days: a reminder to the provider, and an escalation to the sender, who may
 * need to look for another service (the person should not wait in silence).
 */
export function serviceReferralNotices(
  referral: UnansweredServiceReferral,
  now: Date,
  calendar: WorkingCalendar,
): NoticeDraft[] {
  const dueAt = addWorkingDays(referral.sentAt, ANSWER_WORKING_DAYS, calendar);
  if (dueAt.getTime() >= now.getTime()) return [];
  const { referralId, caseId } = referral;
  return [
    notice('service_referral_unanswered', referralId, referral.providerOrgId, caseId, dueAt),
    ...(referral.senderOrgId === referral.providerOrgId
      ? []
      : [notice('service_referral_escalated', referralId, referral.senderOrgId, caseId, dueAt)]),
  ];
}

export type TrackedService = {
  readonly serviceId: string;
  readonly providerOrgId: string;
  /** When the provider last reported capacity (null: never). */
  readonly capacityUpdatedAt: Date | null;
  readonly createdAt: Date;
};

/**
 * A service whose capacity was not updated for more than CAPACITY_STALE_DAYS (or never,
 * counted from when it was listed): one reminder to the provider per stale spell — an
 * update starts a new spell.
 */
export function staleCapacityNotices(service: TrackedService, now: Date): NoticeDraft[] {
  const since = service.capacityUpdatedAt ?? service.createdAt;
  const days = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
  if (days <= CAPACITY_STALE_DAYS) return [];
  const subject = `${service.serviceId}:${since.toISOString()}`;
  return [notice('capacity_stale', subject, service.providerOrgId, null, null)];
}
