import { addCalendarDays, weekdayOf } from '@opennrm/core';
import { endOfDay, localDate, reasonableGroundsDueAt, startOfDay } from './clock.js';
import type { CasePlan } from './plan.js';
import { DEMO_PROFILE } from './profile.js';
import type { Rng } from './random.js';
import { holdForReasonableGrounds, inOfficeHours, overturnConclusive, withholdRecovery } from './timeline.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** What the decision maker's inbox must show whatever the day the demo is seeded. */
export const QUEUE_TARGETS = {
  /** Past the reasonable-grounds target. */
  overdue: 4,
  /** Due at each of the next two deadlines (today's and the next working day's end, on a weekday). */
  duePerNextDeadline: 2,
  children: 3,
} as const;

/** The next `count` deadline instants after `now`: ends of working days in the profile's calendar. */
export function nextDeadlines(now: Date, count: number): Date[] {
  const out: Date[] = [];
  let date = localDate(now);
  for (let i = 0; out.length < count && i < 30; i++, date = addCalendarDays(date, 1)) {
    if (DEMO_PROFILE.calendar.weekend.includes(weekdayOf(date))) continue;
    const end = endOfDay(date);
    if (end > now.getTime()) out.push(new Date(end));
  }
  return out;
}

function rgDue(plan: CasePlan): number {
  const referredAt = plan.timeline.referredAt;
  return referredAt ? reasonableGroundsDueAt(referredAt).getTime() : Number.NaN;
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Makes sure the competent authority's inbox has what a demo needs, on any day: a few
 * overdue reasonable-grounds decisions, a few due at each of the next two deadlines,
 * and a few children. A case already decided is "held" (its decision not taken yet)
 * when the natural flow does not give enough. Returns how many cases were held.
 */
export function shapeDecisionQueue(rng: Rng, plans: CasePlan[], now: Date): number {
  const waiting = (): CasePlan[] => plans.filter((p) => p.timeline.stage === 'awaiting_reasonable_grounds');
  // Referred within the last weeks, on a current case, and decided (or left) since:
  // holding it (no decision yet, still in the process) tells a consistent story.
  const holdable = plans.filter(
    (p) =>
      !p.superseded &&
      p.timeline.referredAt !== null &&
      p.timeline.referredAt.getTime() > now.getTime() - 30 * DAY_MS,
  );
  let held = 0;
  const top = (matches: (p: CasePlan) => boolean, target: number): void => {
    let have = waiting().filter(matches).length;
    for (const plan of shuffled(rng, holdable.filter(matches))) {
      if (have >= target) return;
      if (plan.timeline.stage === 'awaiting_reasonable_grounds') continue;
      plan.timeline = holdForReasonableGrounds(plan.timeline);
      have++;
      held++;
    }
  };
  top((p) => rgDue(p) < now.getTime(), QUEUE_TARGETS.overdue);
  for (const deadline of nextDeadlines(now, 2)) {
    const matches = (p: CasePlan): boolean => rgDue(p) === deadline.getTime();
    top(matches, QUEUE_TARGETS.duePerNextDeadline);
    // Too few referrals on the days that lead to this deadline: a few recent cases that were
    // decided since are referred on such a day instead (a few days earlier or later).
    let have = waiting().filter(matches).length;
    const days = referralDaysFor(deadline, now);
    for (const plan of shuffled(rng, holdable)) {
      if (have >= QUEUE_TARGETS.duePerNextDeadline || days.length === 0) break;
      const referredAt = plan.timeline.referredAt;
      if (!referredAt || plan.timeline.stage === 'awaiting_reasonable_grounds') continue;
      const day = rng.pick(days);
      const at = Math.min(now.getTime(), startOfDay(day) + (8.5 + rng.next() * 9) * HOUR_MS);
      if (at < plan.firstContact.getTime() + 3 * HOUR_MS || Math.abs(at - referredAt.getTime()) > 6 * DAY_MS)
        continue;
      plan.timeline = holdForReasonableGrounds(plan.timeline, new Date(at));
      if (!matches(plan)) throw new Error('a referral moved to a day that does not lead to its deadline');
      have++;
      held++;
    }
  }
  top((p) => p.isChild, QUEUE_TARGETS.children);
  return held;
}

/** Local dates, up to `now`, on which a referral is due at `deadline`. */
function referralDaysFor(deadline: Date, now: Date): string[] {
  const days: string[] = [];
  let date = localDate(deadline);
  for (let i = 0; i < 14; i++, date = addCalendarDays(date, -1)) {
    const start = startOfDay(date);
    if (start > now.getTime()) continue;
    const due = reasonableGroundsDueAt(new Date(start + 12 * HOUR_MS));
    if (due.getTime() === deadline.getTime()) days.push(date);
  }
  return days;
}

/**
 * One recovery period withheld on public-order grounds (CoE art. 13(3)), a few weeks ago,
 * so that the demo shows what withholding looks like. Returns the case, if any fitted.
 */
export function plantWithholding(rng: Rng, plans: readonly CasePlan[], now: Date): CasePlan | null {
  const candidates = plans.filter((p) => {
    const recovery = p.timeline.recovery;
    return (
      !p.superseded &&
      !p.isChild &&
      recovery !== null &&
      p.timeline.conclusiveGrounds === null &&
      (p.timeline.stage === 'recovery_period' || p.timeline.stage === 'awaiting_conclusive_grounds') &&
      recovery.startsAt.getTime() > now.getTime() - 70 * DAY_MS &&
      recovery.startsAt.getTime() < now.getTime() - 12 * DAY_MS
    );
  });
  for (const plan of shuffled(rng, candidates)) {
    const recovery = plan.timeline.recovery;
    if (!recovery) continue;
    const at = inOfficeHours(rng, new Date(recovery.startsAt.getTime() + (4 + rng.next() * 6) * DAY_MS));
    if (at.getTime() >= Math.min(now.getTime(), recovery.endsAt.getTime())) continue;
    plan.timeline = withholdRecovery(plan.timeline, at);
    return plan;
  }
  return null;
}

/**
 * One negative conclusive decision, reconsidered on request and overturned by an
 * independent multi-agency review some weeks ago. Returns the case, if any fitted.
 */
export function plantOverturn(rng: Rng, plans: readonly CasePlan[], now: Date): CasePlan | null {
  const candidates = plans.filter((p) => {
    const reviewedAt = p.timeline.reconsideration?.reviewedAt;
    return (
      !p.superseded &&
      p.timeline.conclusiveGrounds?.positive === false &&
      reviewedAt != null &&
      reviewedAt.getTime() < now.getTime() - 7 * DAY_MS
    );
  });
  const plan = shuffled(rng, candidates)[0];
  if (!plan) return null;
  plan.overturned = true;
  plan.timeline = overturnConclusive(plan.timeline);
  return plan;
}
