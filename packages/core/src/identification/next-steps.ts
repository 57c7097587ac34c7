import type { ChildStatus } from '../persons/age.js';
import { questionKeysOfSets } from './indicators/index.js';
import { answerOf, type IndicatorSet, type ScreeningAnswers } from './indicators/types.js';
import type { UrgentFlag } from './safety.js';
import type { DimensionReading, OverallReading, Reading } from './scoring.js';

/**
 * What the worker should do next, most urgent first:
 * - `urgent_safety`: the person is in danger now, hurt, or has no safe place tonight;
 * - `child_protection_now`: the person is or is presumed a child (CoE art. 10(3)-(4));
 * - `refer`: there is an indication to refer to the identification authority;
 * - `continue_screening`: questions are still open (the full screen later);
 * - `offer_support`: always: assistance starts at first contact and does not wait for
 *   an indication or a decision (CoE art. 12, EU art. 11).
 */
export const NEXT_STEP_ACTIONS = [
  'urgent_safety',
  'child_protection_now',
  'refer',
  'continue_screening',
  'offer_support',
] as const;
export type NextStepAction = (typeof NEXT_STEP_ACTIONS)[number];

export type NextStep = Reading & { readonly action: NextStepAction };

export type NextStepsInput = {
  readonly childStatus: ChildStatus;
  readonly dimensions: readonly DimensionReading[];
  readonly overall: OverallReading;
  readonly urgentFlags: readonly UrgentFlag[];
  readonly sets: readonly IndicatorSet[];
  readonly answers: ScreeningAnswers;
};

/**
 * Referral is suggested on any indication: an overall indication, one dimension read
 * as strong (e.g. documents kept and debt bondage before recruitment was asked
 * about), or, for a child, any indicator at all: the means are not required for a
 * child and the threshold to protect is low.
 */
export function shouldSuggestReferral(
  input: Omit<NextStepsInput, 'urgentFlags' | 'sets' | 'answers'>,
): boolean {
  const isChild = input.childStatus === 'child' || input.childStatus === 'presumed_child';
  return (
    input.overall !== 'insufficient' ||
    input.dimensions.some((reading) => reading.level === 'strong') ||
    (isChild && input.dimensions.some((reading) => reading.found.length > 0))
  );
}

export function nextSteps(input: NextStepsInput): readonly NextStep[] {
  const steps: NextStep[] = [];
  if (input.urgentFlags.length > 0) {
    steps.push({
      action: 'urgent_safety',
      key: 'screening.next.urgentSafety',
      params: { count: input.urgentFlags.length },
    });
  }
  if (input.childStatus === 'child' || input.childStatus === 'presumed_child') {
    steps.push({
      action: 'child_protection_now',
      key: 'screening.next.childProtectionNow',
      params: { presumed: input.childStatus === 'presumed_child' ? 'yes' : 'no' },
    });
  }
  if (shouldSuggestReferral(input)) {
    steps.push({ action: 'refer', key: 'screening.next.refer', params: { overall: input.overall } });
  }
  const open = questionKeysOfSets(input.sets).filter(
    (key) => answerOf(input.answers, key) === undefined,
  ).length;
  if (open > 0) {
    steps.push({ action: 'continue_screening', key: 'screening.next.continueScreening', params: { open } });
  }
  steps.push({ action: 'offer_support', key: 'screening.next.offerSupport', params: {} });
  return steps;
}
