import { addCalendarDays, recoveryPeriodDaysFor, weekdayOf } from '@opennrm/core';
import { localDate, recoveryEndsAt, startOfDay } from './clock.js';
import { DEMO_PROFILE } from './profile.js';
import type { Rng } from './random.js';
import type { CaseStage } from './vocabulary.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type DecisionEvent = { readonly at: Date; readonly positive: boolean };

export type ExtensionEvent = { readonly days: number; readonly grantedAt: Date };

/** The recovery and reflection period that a positive reasonable-grounds decision started. */
export type RecoveryPlan = {
  readonly startsAt: Date;
  /** The profile's period (never under 30 days), before extensions. */
  readonly minimumDays: number;
  /** Extensions granted by `now` (a planned one granted later is not there yet). */
  readonly extensions: readonly ExtensionEvent[];
  /** The end with every extension above, at the end of the local day. */
  readonly endsAt: Date;
  /** Withheld on public-order grounds (CoE art. 13(3)); the case then awaits the conclusive decision. */
  readonly withheldAt: Date | null;
};

export type Timeline = {
  /** The stage the case is in at `now`. */
  readonly stage: CaseStage;
  /** When each stage passed through was entered (first contact = screening). */
  readonly enteredAt: Readonly<Partial<Record<CaseStage, Date>>>;
  /** When the case was referred into the NRM; null while still being screened. */
  readonly referredAt: Date | null;
  readonly reasonableGrounds: DecisionEvent | null;
  readonly recovery: RecoveryPlan | null;
  readonly conclusiveGrounds: DecisionEvent | null;
  /**
   * The referrer or a provider asked to reconsider the negative decision; `reviewedAt` is
   * when the independent review upheld it (null while the request waits for its review).
   */
  readonly reconsideration: ReconsiderationEvent | null;
};

export type ReconsiderationEvent = { readonly requestedAt: Date; readonly reviewedAt: Date | null };

function isWorkingDay(date: string): boolean {
  return !DEMO_PROFILE.calendar.weekend.includes(weekdayOf(date));
}

/**
 * Decisions are taken in office hours: a time outside 08:30–17:00 local on a working day
 * moves to the next working morning or afternoon (the time within it drawn at random).
 */
export function inOfficeHours(rng: Rng, at: Date): Date {
  let date = localDate(at);
  const hour = (at.getTime() - startOfDay(date)) / HOUR_MS;
  if (isWorkingDay(date) && hour >= 8.5 && hour < 17) return at;
  if (!isWorkingDay(date) || hour >= 17) {
    do date = addCalendarDays(date, 1);
    while (!isWorkingDay(date));
  }
  return new Date(startOfDay(date) + (8.5 + rng.next() * 8.5) * HOUR_MS);
}

type Walk = {
  stage: CaseStage;
  enteredAt: Partial<Record<CaseStage, Date>>;
  referredAt: Date | null;
  reasonableGrounds: DecisionEvent | null;
  recovery: RecoveryPlan | null;
  conclusiveGrounds: DecisionEvent | null;
  reconsideration: ReconsiderationEvent | null;
};

function later(at: Date, days: number): Date {
  return new Date(Math.round(at.getTime() + days * DAY_MS));
}

/** Extensions planned for a period (CoE art. 13(1)): each granted in the last days before it would end. */
function planExtensions(rng: Rng, startsAt: Date, minimumDays: number): ExtensionEvent[] {
  const extensions: ExtensionEvent[] = [];
  if (!rng.chance(0.13)) return extensions;
  const count = rng.chance(0.2) ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const endsAt = recoveryEndsAt(startsAt, minimumDays, extensions);
    const days = rng.pick([14, 14, 30, 30, 30, 60]);
    const grantedAt = new Date(endsAt.getTime() - (1 + rng.next() * 9) * DAY_MS);
    extensions.push({ days, grantedAt });
  }
  return extensions;
}

/**
 * Walks one case along the NRM path with plausible waiting times, stopping at `now`:
 * recent cases are therefore mostly in the early stages, older ones further along.
 *
 * A referral puts the case straight into the queue for the reasonable-grounds decision
 * (two-stage profile). Most decisions come within the 5-working-day target; a backlog
 * keeps some waiting for weeks. A positive decision starts the recovery period of the
 * profile (30 days, sometimes extended); when it is over the case waits for the
 * conclusive decision, the longest wait of all, as in the UK NRM statistics.
 */
export function walkTimeline(rng: Rng, firstContact: Date, now: Date, isChild: boolean): Timeline {
  const walk: Walk = {
    stage: 'screening',
    enteredAt: { screening: firstContact },
    referredAt: null,
    reasonableGrounds: null,
    recovery: null,
    conclusiveGrounds: null,
    reconsideration: null,
  };
  const done = (): Timeline => ({ ...walk });
  /** Enters `stage` at `at` unless that is after `now`; false when the walk stops there. */
  const enter = (stage: CaseStage, at: Date): boolean => {
    if (at.getTime() > now.getTime()) return false;
    walk.stage = stage;
    walk.enteredAt[stage] = at;
    return true;
  };
  // About 8 % leave the process early (declined, contact lost, moved on) and the case closes
  // at the end of the step they were in: 0 screening, 1 awaiting RG, 2 recovery, 3 awaiting CG.
  const leavesAfter = rng.chance(0.08) ? rng.int(0, 3) : -1;
  /**
   * A negative decision: often contested (a request to reconsider it, reviewed by an
   * independent panel some weeks later, the case open until then); closed some months after.
   */
  const negative = (at: Date): Timeline => {
    if (!rng.chance(0.3)) {
      enter('closed', later(at, 30 + rng.exponential(120)));
      return done();
    }
    const requestedAt = inOfficeHours(rng, later(at, 5 + rng.exponential(10)));
    if (requestedAt.getTime() > now.getTime()) return done();
    const reviewedAt = inOfficeHours(rng, later(requestedAt, 20 + rng.exponential(15)));
    const reviewed = reviewedAt.getTime() <= now.getTime();
    walk.reconsideration = { requestedAt, reviewedAt: reviewed ? reviewedAt : null };
    if (reviewed) enter('closed', later(reviewedAt, 30 + rng.exponential(90)));
    return done();
  };

  // A few persons take weeks to decide whether they want to be referred at all.
  const referredAt = later(firstContact, 1 + rng.exponential(rng.chance(0.1) ? 40 : 5));
  if (leavesAfter === 0) {
    enter('closed', referredAt);
    return done();
  }
  if (!enter('referred', referredAt)) return done();
  walk.referredAt = referredAt;
  enter('awaiting_reasonable_grounds', referredAt);

  // Target 5 working days; most make it, a backlog keeps some waiting for weeks.
  const rgWait = rng.chance(0.85) ? 0.5 + rng.next() * 6.5 : 7 + rng.exponential(7);
  const rgAt = inOfficeHours(rng, later(referredAt, rgWait));
  if (leavesAfter === 1) {
    enter('closed', rgAt);
    return done();
  }
  const rgPositive = !rng.chance(isChild ? 0.03 : 0.06);
  if (rgAt.getTime() > now.getTime()) return done();
  walk.reasonableGrounds = { at: rgAt, positive: rgPositive };
  if (!rgPositive) {
    enter('not_identified', rgAt);
    return negative(rgAt);
  }

  // CoE art. 13: the recovery and reflection period starts with the positive decision.
  enter('recovery_period', rgAt);
  const minimumDays = recoveryPeriodDaysFor(DEMO_PROFILE);
  const planned = planExtensions(rng, rgAt, minimumDays);
  const endsAt = recoveryEndsAt(rgAt, minimumDays, planned);
  // An extension still to be granted after `now` is not there yet, nor is its time.
  const granted = planned.filter((e) => e.grantedAt.getTime() <= now.getTime());
  walk.recovery = {
    startsAt: rgAt,
    minimumDays,
    extensions: granted,
    endsAt: recoveryEndsAt(rgAt, minimumDays, granted),
    withheldAt: null,
  };
  if (leavesAfter === 2) {
    enter('closed', endsAt);
    return done();
  }
  if (!enter('awaiting_conclusive_grounds', endsAt)) return done();

  const cgAt = inOfficeHours(rng, later(endsAt, 14 + rng.exponential(60)));
  if (leavesAfter === 3) {
    enter('closed', cgAt);
    return done();
  }
  if (cgAt.getTime() > now.getTime()) return done();
  const cgPositive = rng.chance(isChild ? 0.92 : 0.88);
  walk.conclusiveGrounds = { at: cgAt, positive: cgPositive };
  if (!cgPositive) {
    enter('not_identified', cgAt);
    return negative(cgAt);
  }
  enter('identified', cgAt);
  const solution = later(cgAt, 14 + rng.exponential(45));
  if (!enter('durable_solution', solution)) return done();
  const followUp = later(solution, 60 + rng.exponential(150));
  if (!enter('follow_up', followUp)) return done();
  enter('closed', later(followUp, 90 + rng.exponential(200)));
  return done();
}

function keptRecovery(recovery: RecoveryPlan, closedAt: Date): RecoveryPlan {
  const extensions = recovery.extensions.filter((e) => e.grantedAt.getTime() < closedAt.getTime());
  return {
    ...recovery,
    extensions,
    endsAt: recoveryEndsAt(recovery.startsAt, recovery.minimumDays, extensions),
  };
}

/** A case that is over: closed, used when the same person is exploited again later. */
export function closeTimelineBefore(timeline: Timeline, closedAt: Date): Timeline {
  const keep = (at: Date | null | undefined): boolean => !!at && at.getTime() < closedAt.getTime();
  const enteredAt: Partial<Record<CaseStage, Date>> = {};
  for (const [stage, at] of Object.entries(timeline.enteredAt) as [CaseStage, Date][]) {
    if (keep(at)) enteredAt[stage] = at;
  }
  enteredAt.closed = closedAt;
  const recovery = timeline.recovery && keep(timeline.recovery.startsAt) ? timeline.recovery : null;
  return {
    stage: 'closed',
    enteredAt,
    referredAt: keep(timeline.referredAt) ? timeline.referredAt : null,
    reasonableGrounds: keep(timeline.reasonableGrounds?.at) ? timeline.reasonableGrounds : null,
    recovery: recovery ? keptRecovery(recovery, closedAt) : null,
    conclusiveGrounds: keep(timeline.conclusiveGrounds?.at) ? timeline.conclusiveGrounds : null,
    reconsideration:
      timeline.reconsideration && keep(timeline.reconsideration.requestedAt)
        ? {
            requestedAt: timeline.reconsideration.requestedAt,
            reviewedAt: keep(timeline.reconsideration.reviewedAt)
              ? timeline.reconsideration.reviewedAt
              : null,
          }
        : null,
  };
}

/**
 * The same case, still waiting for its reasonable-grounds decision at `now` (the
 * decision it would have had later is not taken yet), optionally referred a few days
 * earlier or later: used to give the decision maker's inbox its overdue and due-soon
 * items whatever the day the demo is seeded.
 */
export function holdForReasonableGrounds(timeline: Timeline, referredAtInstead?: Date): Timeline {
  const referredAt = referredAtInstead ?? timeline.referredAt;
  if (!referredAt) throw new Error('only a referred case waits for a decision');
  return {
    stage: 'awaiting_reasonable_grounds',
    enteredAt: {
      screening: timeline.enteredAt.screening,
      referred: referredAt,
      awaiting_reasonable_grounds: referredAt,
    },
    referredAt,
    reasonableGrounds: null,
    recovery: null,
    conclusiveGrounds: null,
    reconsideration: null,
  };
}

/**
 * The recovery period withheld at `at` on public-order grounds: the case waits for the
 * conclusive decision from then on; the "no removal" protection holds until it.
 */
export function withholdRecovery(timeline: Timeline, at: Date): Timeline {
  const { recovery } = timeline;
  if (!recovery) throw new Error('no recovery period to withhold');
  const enteredAt: Partial<Record<CaseStage, Date>> = {};
  for (const stage of ['screening', 'referred', 'awaiting_reasonable_grounds', 'recovery_period'] as const) {
    const entered = timeline.enteredAt[stage];
    if (entered) enteredAt[stage] = entered;
  }
  enteredAt.awaiting_conclusive_grounds = at;
  const extensions = recovery.extensions.filter((e) => e.grantedAt.getTime() < at.getTime());
  return {
    ...timeline,
    stage: 'awaiting_conclusive_grounds',
    enteredAt,
    recovery: {
      ...recovery,
      extensions,
      endsAt: recoveryEndsAt(recovery.startsAt, recovery.minimumDays, extensions),
      withheldAt: at,
    },
    conclusiveGrounds: null,
    reconsideration: null,
  };
}

/**
 * The negative conclusive decision overturned by the review of its reconsideration: the
 * person is identified from the review on (and the case did not close).
 */
export function overturnConclusive(timeline: Timeline): Timeline {
  const at = timeline.reconsideration?.reviewedAt;
  if (!at) throw new Error('only a reviewed decision can be overturned');
  const { closed: _closed, ...enteredAt } = timeline.enteredAt;
  return { ...timeline, stage: 'identified', enteredAt: { ...enteredAt, identified: at } };
}
