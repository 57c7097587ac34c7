import type { ChildStatus } from '../persons/age.js';
import {
  type ApplicableSetsOptions,
  applicableSets,
  type IndicatorSetRef,
  indicatorSetRef,
  questionKeysOfSets,
} from './indicators/index.js';
import {
  answerOf,
  type QuestionKey,
  type ScreenedPopulation,
  type ScreeningAnswers,
} from './indicators/types.js';
import { SAFETY_QUESTIONS } from './safety.js';
import { SHORT_SCREEN_QUESTION_KEYS, SHORT_SCREEN_VERSION } from './short-screen.js';

export const SCREEN_DEPTHS = ['short', 'full'] as const;
export type ScreenDepth = (typeof SCREEN_DEPTHS)[number];

/** A screen is an ordered list of questions for one person, with the set versions it draws on. */
export type Screen = {
  readonly depth: ScreenDepth;
  readonly population: ScreenedPopulation;
  /** Version of the short-screen question list (the full screen's content is given by `sets`). */
  readonly shortScreenVersion: number;
  readonly sets: readonly IndicatorSetRef[];
  readonly questionKeys: readonly QuestionKey[];
};

/** A child or a presumed child is screened with the child lists (CoE art. 10(3)). */
export function screenedPopulation(status: ChildStatus): ScreenedPopulation {
  return status === 'child' || status === 'presumed_child' ? 'child' : 'adult';
}

const SAFETY_KEYS: readonly QuestionKey[] = SAFETY_QUESTIONS.map((question) => question.questionKey);

/** The short screen (first contact) for a person of this population. */
export function shortScreen(population: ScreenedPopulation, options: ApplicableSetsOptions = {}): Screen {
  const sets = applicableSets(population, options);
  const inSets = new Set(questionKeysOfSets(sets));
  const questionKeys = SHORT_SCREEN_QUESTION_KEYS.filter(
    (key) => SAFETY_KEYS.includes(key) || inSets.has(key),
  );
  return {
    depth: 'short',
    population,
    shortScreenVersion: SHORT_SCREEN_VERSION,
    sets: sets.map(indicatorSetRef),
    questionKeys,
  };
}

/** The full screen: the safety questions, then every question of the applicable sets, each once. */
export function fullScreen(population: ScreenedPopulation, options: ApplicableSetsOptions = {}): Screen {
  const sets = applicableSets(population, options);
  const questionKeys = [...new Set([...SAFETY_KEYS, ...questionKeysOfSets(sets)])];
  return {
    depth: 'full',
    population,
    shortScreenVersion: SHORT_SCREEN_VERSION,
    sets: sets.map(indicatorSetRef),
    questionKeys,
  };
}

/**
 * The questions still to ask, in order. Any answer counts as answered, "declined" and
 * "unsure" included: a person who said "I don't want to answer" is not asked again.
 */
export function nextQuestions(screen: Screen, answers: ScreeningAnswers): readonly QuestionKey[] {
  return screen.questionKeys.filter((key) => answerOf(answers, key) === undefined);
}

export type ScreenProgress = { readonly answered: number; readonly total: number };

export function screenProgress(screen: Screen, answers: ScreeningAnswers): ScreenProgress {
  const total = screen.questionKeys.length;
  return { answered: total - nextQuestions(screen, answers).length, total };
}
