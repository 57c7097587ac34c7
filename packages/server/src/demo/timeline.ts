import type { Rng } from './random.js';
import type { CaseStage } from './vocabulary.js';

const DAY_MS = 86_400_000;

export type Timeline = {
  /** The stage the case is in at `now`. */
  readonly stage: CaseStage;
  /** When each stage passed through was entered (first contact = screening). */
  readonly enteredAt: Readonly<Partial<Record<CaseStage, Date>>>;
};

type Step = { readonly stage: CaseStage; readonly days: number };

/**
 * Walks one case along the NRM path with plausible waiting times, stopping at `now`: recent
 * cases are therefore mostly in the early stages, older ones further along. The long wait for
 * a conclusive decision mirrors the backlogs reported in UK NRM statistics.
 */
function plannedPath(rng: Rng, isChild: boolean): Step[] {
  const steps: Step[] = [
    // A few persons take weeks to decide whether they want to be referred at all.
    { stage: 'screening', days: 1 + rng.exponential(rng.chance(0.1) ? 40 : 5) },
    { stage: 'referred', days: 0.5 + rng.exponential(4) },
    // The target is 5 working days (UK); backlogs make it weeks.
    { stage: 'awaiting_reasonable_grounds', days: 2 + rng.exponential(25) },
    // CoE art. 13: a recovery and reflection period of at least 30 days (here 45, UK practice).
    { stage: 'recovery_period', days: 45 + rng.exponential(15) },
    { stage: 'awaiting_conclusive_grounds', days: 30 + rng.exponential(180) },
  ];

  // About 8 % leave the process early (declined, contact lost, moved on) and the case closes.
  if (rng.chance(0.08)) {
    const leaveAfter = rng.int(0, steps.length - 1);
    return [...steps.slice(0, leaveAfter + 1), { stage: 'closed', days: Number.POSITIVE_INFINITY }];
  }

  const positive = rng.chance(isChild ? 0.9 : 0.85);
  if (!positive) {
    // Some negative decisions stay open (reconsideration, review); the rest close.
    const reconsidered = rng.chance(0.3);
    return [
      ...steps,
      { stage: 'not_identified', days: reconsidered ? Number.POSITIVE_INFINITY : 30 + rng.exponential(120) },
      { stage: 'closed', days: Number.POSITIVE_INFINITY },
    ];
  }
  return [
    ...steps,
    { stage: 'identified', days: 14 + rng.exponential(45) },
    { stage: 'durable_solution', days: 60 + rng.exponential(150) },
    { stage: 'follow_up', days: 90 + rng.exponential(200) },
    { stage: 'closed', days: Number.POSITIVE_INFINITY },
  ];
}

export function walkTimeline(rng: Rng, firstContact: Date, now: Date, isChild: boolean): Timeline {
  const enteredAt: Partial<Record<CaseStage, Date>> = {};
  let at = firstContact.getTime();
  for (const step of plannedPath(rng, isChild)) {
    enteredAt[step.stage] = new Date(at);
    const leaves = at + step.days * DAY_MS;
    if (!Number.isFinite(leaves) || leaves > now.getTime()) return { stage: step.stage, enteredAt };
    at = Math.round(leaves);
  }
  // Unreachable: every path ends with a stage that lasts for ever.
  throw new Error('timeline without a final stage');
}

/** A case that is over: closed, used when the same person is exploited again later. */
export function closeTimelineBefore(timeline: Timeline, closedAt: Date): Timeline {
  return { stage: 'closed', enteredAt: { ...timeline.enteredAt, closed: closedAt } };
}
