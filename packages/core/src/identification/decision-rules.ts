import type { CaseStage } from '../cases/stage.js';
import type { OrganisationKind } from '../organisations/kinds.js';
import {
  type CountryProfile,
  DECISION_STAGES,
  type DecisionStage,
  MINIMUM_RECOVERY_PERIOD_DAYS,
  type OutcomeCategory,
} from '../profiles/schema.js';
import { mayDecideUnder, outcomesFor } from '../profiles/select.js';
import { addCalendarDays, endOfLocalDay, localDateOf } from './local-time.js';

/**
 * The rules of the identification decisions (domain.md, "Identification"): which
 * decision is due, who may take it, what it does to the case, and the reconsideration
 * of negative decisions by an independent multi-agency review.
 *
 * Nothing here takes, or could take, the person's cooperation with law enforcement
 * into account: identification is independent of it (CoE art. 10, EU art. 11(3)).
 */

/**
 * The standard of proof each stage applies, fixed by the stage and recorded with every
 * decision: reasonable grounds = "I suspect but cannot prove"; conclusive grounds =
 * "on the balance of probabilities".
 */
export const DECISION_STANDARDS = {
  reasonable_grounds: 'reasonable_grounds_to_believe',
  conclusive_grounds: 'balance_of_probabilities',
} as const satisfies Record<DecisionStage, string>;
export type DecisionStandard = (typeof DECISION_STANDARDS)[DecisionStage];

export function isDecisionStage(value: unknown): value is DecisionStage {
  return typeof value === 'string' && (DECISION_STAGES as readonly string[]).includes(value);
}

export function standardFor(stage: DecisionStage): DecisionStandard {
  return DECISION_STANDARDS[stage];
}

/** The decision a case at this stage waits for under its profile, or null when none is due. */
export function decisionDue(caseStage: CaseStage, profile: CountryProfile): DecisionStage | null {
  switch (caseStage) {
    case 'awaiting_reasonable_grounds':
      return profile.decisionStages === 2 ? 'reasonable_grounds' : 'conclusive_grounds';
    case 'awaiting_conclusive_grounds':
      return 'conclusive_grounds';
    default:
      return null;
  }
}

/** The stage a decision moves the case to. */
export function stageAfterDecision(stage: DecisionStage, positive: boolean): CaseStage {
  if (!positive) return 'not_identified';
  // CoE art. 10(2) and 13(1): a positive reasonable-grounds decision starts the recovery period.
  return stage === 'reasonable_grounds' ? 'recovery_period' : 'identified';
}

export type DecisionRefusal =
  /** The profile has no such stage (a one-stage profile has no reasonable-grounds decision). */
  | 'stage_not_in_profile'
  /** The outcome is not one of the profile's categories for this stage. */
  | 'outcome_not_in_profile'
  /** The recovery and reflection period still runs: the conclusive decision comes after it. */
  | 'recovery_period_running'
  /** The case does not wait for this decision (not referred, already decided, …). */
  | 'not_awaiting_this_decision';

export type DecisionCheck =
  | {
      readonly ok: true;
      readonly category: OutcomeCategory;
      readonly standard: DecisionStandard;
      readonly nextStage: CaseStage;
      readonly startsRecoveryPeriod: boolean;
    }
  | { readonly ok: false; readonly refusal: DecisionRefusal };

/**
 * Whether a decision of `stage` with `outcome` may be recorded on a case at `caseStage`.
 * Order: the reasonable-grounds decision while the case awaits it; the conclusive one
 * once the recovery period is over (ended by time, or withheld under CoE art. 13(3)),
 * or straight after referral under a one-stage profile. The period is not cut short at
 * anyone's request: it protects the person, and a waiver is exactly what a controlling
 * trafficker would press for.
 */
export function checkDecision(input: {
  readonly caseStage: CaseStage;
  readonly stage: DecisionStage;
  readonly outcome: string;
  readonly profile: CountryProfile;
}): DecisionCheck {
  const { caseStage, stage, outcome, profile } = input;
  const outcomes = outcomesFor(profile, stage);
  if (outcomes.length === 0) return { ok: false, refusal: 'stage_not_in_profile' };
  const category = outcomes.find((item) => item.id === outcome);
  if (category === undefined) return { ok: false, refusal: 'outcome_not_in_profile' };
  if (decisionDue(caseStage, profile) !== stage) {
    const running = caseStage === 'recovery_period' && stage === 'conclusive_grounds';
    return { ok: false, refusal: running ? 'recovery_period_running' : 'not_awaiting_this_decision' };
  }
  return {
    ok: true,
    category,
    standard: standardFor(stage),
    nextStage: stageAfterDecision(stage, category.positive),
    startsRecoveryPeriod: stage === 'reasonable_grounds' && category.positive,
  };
}

/**
 * Who may decide on a case: an organisation of a deciding kind under the case's profile,
 * on the case team as its competent authority (purpose `identification`).
 */
export function mayDecideCase(input: {
  readonly profile: CountryProfile;
  readonly organisationKind: OrganisationKind;
  readonly teamPurposes: readonly string[];
}): boolean {
  return (
    input.teamPurposes.includes('identification') && mayDecideUnder(input.profile, input.organisationKind)
  );
}

/** CoE art. 13(1): the country's period, never below 30 days whatever a profile says. */
export function recoveryPeriodDaysFor(profile: CountryProfile): number {
  return Math.max(profile.recoveryPeriodDays, MINIMUM_RECOVERY_PERIOD_DAYS);
}

/**
 * Days left of a recovery period that ends at `endsAt`: whole local days after today
 * up to and including the last day (0 on the last day itself, and once it is over).
 * The start day is day 0, as in deadlines.ts: on it, all of a 30-day period is left.
 */
export function recoveryDaysLeft(endsAt: Date, now: Date, timeZone: string): number {
  if (now.getTime() > endsAt.getTime()) return 0;
  const today = localDateOf(now, timeZone);
  const last = localDateOf(endsAt, timeZone);
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return Math.max(0, days);
}

/**
 * The target for the conclusive decision: `conclusiveAfterRecoveryDays` calendar days
 * after the recovery period ended (or was withheld), at the end of that local day.
 * Null when the profile sets no target, or when there was no period (one-stage profile).
 */
export function conclusiveGroundsDue(periodOverAt: Date | null, profile: CountryProfile): Date | null {
  if (periodOverAt === null || profile.conclusiveAfterRecoveryDays === undefined) return null;
  const timeZone = profile.calendar.timeZone;
  return endOfLocalDay(
    addCalendarDays(localDateOf(periodOverAt, timeZone), profile.conclusiveAfterRecoveryDays),
    timeZone,
  );
}

export type RecoveryChangeRefusal = 'period_withheld' | 'period_over' | 'identification_completed';

/**
 * Whether the recovery period may be extended or withheld now.
 * - Extend: while it runs, or after it ended by time as long as the conclusive
 *   decision is still to come (the person's recovery may need more time: CoE art. 13(1)).
 * - Withhold: only while it runs (CoE art. 13(3)); grounds are checked by
 *   `mayWithholdRecoveryPeriod`.
 */
export function recoveryChangeRefusal(
  action: 'extend' | 'withhold',
  status: 'running' | 'ended' | 'withheld',
  caseStage: CaseStage,
): RecoveryChangeRefusal | null {
  if (status === 'withheld') return 'period_withheld';
  if (caseStage !== 'recovery_period' && caseStage !== 'awaiting_conclusive_grounds') {
    return 'identification_completed';
  }
  if (status === 'ended' && action === 'withhold') return 'period_over';
  return null;
}

// ---- reconsideration and independent review ----

export type ReconsiderationRefusal =
  | 'decision_positive'
  | 'decision_superseded'
  | 'reconsideration_open'
  | 'reviewer_made_decision';

/** Only a negative decision still in force may be reconsidered, one request at a time. */
export function reconsiderationRefusal(input: {
  readonly positive: boolean;
  readonly superseded: boolean;
  readonly openReconsideration: boolean;
}): ReconsiderationRefusal | null {
  if (input.positive) return 'decision_positive';
  if (input.superseded) return 'decision_superseded';
  if (input.openReconsideration) return 'reconsideration_open';
  return null;
}

/** An independent review: the person who took the decision never reviews it. */
export function mayReview(reviewerUserId: string, decidedByUserId: string): boolean {
  return reviewerUserId !== decidedByUserId;
}

export const PANEL_ROLES = ['chair', 'member'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

export type PanelMember = {
  readonly organisationId: string;
  readonly kind: OrganisationKind;
  readonly role: PanelRole;
};

export type PanelProblem = 'duplicate_organisation' | 'too_few_organisations' | 'single_kind' | 'chairs';

/**
 * A multi-agency review panel (domain.md: "Negative conclusive decisions get an
 * independent multi-agency review"): at least two organisations, of at least two
 * different kinds, each listed once, with at most one chair.
 */
export function panelProblem(panel: readonly PanelMember[]): PanelProblem | null {
  const organisations = new Set(panel.map((member) => member.organisationId));
  if (organisations.size !== panel.length) return 'duplicate_organisation';
  if (organisations.size < 2) return 'too_few_organisations';
  if (new Set(panel.map((member) => member.kind)).size < 2) return 'single_kind';
  if (panel.filter((member) => member.role === 'chair').length > 1) return 'chairs';
  return null;
}

/**
 * The outcome of the decision that replaces an overturned negative one: the positive
 * category asked for, or the only positive category of the stage when none is named.
 * Null when none fits (a negative id, an unknown id, or a choice among several).
 */
export function overturnOutcome(
  profile: CountryProfile,
  stage: DecisionStage,
  requested: string | undefined,
): OutcomeCategory | null {
  const positives = outcomesFor(profile, stage).filter((item) => item.positive);
  if (requested === undefined) return positives.length === 1 ? (positives[0] ?? null) : null;
  return positives.find((item) => item.id === requested) ?? null;
}
