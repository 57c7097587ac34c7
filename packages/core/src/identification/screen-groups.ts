import { type ChildStatus, childStatus } from '../persons/age.js';
import { applicableSets } from './indicators/index.js';
import {
  answerOf,
  type IndicatorSet,
  type QuestionKey,
  SCREENING_DIMENSIONS,
  type ScreenedPopulation,
  type ScreeningAnswers,
  type ScreeningDimension,
} from './indicators/types.js';
import { SAFETY_QUESTIONS } from './safety.js';
import { fullScreen, type Screen, type ScreenDepth, screenedPopulation, shortScreen } from './screens.js';

/** Where a question is shown in a worker's form: the safety block first, then the six dimensions. */
export const QUESTION_GROUPS = ['safety', ...SCREENING_DIMENSIONS] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export type GroupedQuestions = {
  readonly group: QuestionGroup;
  readonly questionKeys: readonly QuestionKey[];
};

/** The screen of a depth for a population (every set that applies, no narrowing). */
export function screenOf(depth: ScreenDepth, population: ScreenedPopulation): Screen {
  return depth === 'short' ? shortScreen(population) : fullScreen(population);
}

/** The indicator sets a screen draws on, as data (its `sets` are references). */
function setsOf(screen: Screen): readonly IndicatorSet[] {
  const ids = new Set(screen.sets.map((ref) => ref.id));
  return applicableSets(screen.population).filter((set) => ids.has(set.id));
}

/**
 * The questions of a screen grouped for a form: the safety questions, then each
 * dimension in ILO/EC order. A question filed under several dimensions (by different
 * lists) is shown once, in the first of them, so nobody is asked the same thing twice.
 * Screen order is kept within a group; empty groups are left out.
 */
export function groupQuestions(screen: Screen): readonly GroupedQuestions[] {
  const sets = setsOf(screen);
  const safety = new Set<QuestionKey>(SAFETY_QUESTIONS.map((question) => question.questionKey));
  const groupOf = new Map<QuestionKey, QuestionGroup>();
  for (const key of screen.questionKeys) {
    if (safety.has(key)) {
      groupOf.set(key, 'safety');
      continue;
    }
    const dimension = SCREENING_DIMENSIONS.find((candidate: ScreeningDimension) =>
      sets.some((set) =>
        set.indicators.some((item) => item.dimension === candidate && item.questionKey === key),
      ),
    );
    if (dimension !== undefined) groupOf.set(key, dimension);
  }
  return QUESTION_GROUPS.map((group) => ({
    group,
    questionKeys: screen.questionKeys.filter((key) => groupOf.get(key) === group),
  })).filter((grouped) => grouped.questionKeys.length > 0);
}

/** Answers to questions the screen does not ask (refused when a screening is saved). */
export function answersOutsideScreen(screen: Screen, answers: ScreeningAnswers): readonly QuestionKey[] {
  const asked = new Set(screen.questionKeys);
  return Object.keys(answers).filter((key) => !asked.has(key) && answerOf(answers, key) !== undefined);
}

/** What a screening knows about the person's age; every field may be unknown. */
export type ScreeningPersonAge = {
  readonly birthYear?: number | null | undefined;
  readonly ageUncertain?: boolean | undefined;
  readonly reasonsToBelieveChild?: boolean | undefined;
};

/**
 * The child status a screening works with. Nothing known reads as `unknown` (screened
 * with the adult lists), unless there are reasons to believe a child: then the
 * presumption of childhood applies (CoE art. 10(3)).
 */
export function screeningChildStatus(person: ScreeningPersonAge | null | undefined, at: Date): ChildStatus {
  return childStatus(
    {
      birthYear: person?.birthYear ?? null,
      ageUncertain: person?.ageUncertain ?? false,
      reasonsToBelieveChild: person?.reasonsToBelieveChild ?? false,
    },
    at,
  );
}

/** The screen a screening of this depth asks a person of this child status. */
export function screeningScreen(depth: ScreenDepth, status: ChildStatus): Screen {
  return screenOf(depth, screenedPopulation(status));
}
