import type { ChildStatus } from '../persons/age.js';
import { applicableSets, type IndicatorSetRef, indicatorSetRef } from './indicators/index.js';
import {
  answerOf,
  type IndicatingAnswer,
  type IndicatorSet,
  type IndicatorStrength,
  type QuestionKey,
  SCREENING_DIMENSIONS,
  type ScreenedPopulation,
  type ScreeningAnswers,
  type ScreeningDimension,
  type SetExploitation,
} from './indicators/types.js';
import { type NextStep, nextSteps } from './next-steps.js';
import { screeningReadings } from './readings.js';
import { type UrgentFlag, urgentFlags } from './safety.js';
import { screenedPopulation } from './screens.js';
import { type SuggestedForm, suggestedForms } from './suggested-forms.js';

/**
 * Reading of one dimension under the ILO/EC combination rule:
 * - `strong`: at least one strong indicator, or at least two medium ones;
 * - `medium`: one medium indicator, or weak indicators only;
 * - `none`: questions of the dimension were answered and none showed an indicator;
 * - `not_known`: no question of the dimension got a yes or no ("declined", "unsure" or
 *   not asked): not the same as `none`, because "I don't want to answer" is never "no".
 */
export const DIMENSION_LEVELS = ['strong', 'medium', 'none', 'not_known'] as const;
export type DimensionLevel = (typeof DIMENSION_LEVELS)[number];

export type StrengthCounts = { readonly strong: number; readonly medium: number; readonly weak: number };

export type FoundIndicator = {
  readonly questionKey: QuestionKey;
  /** The strongest grading any applicable set gives this question in this dimension. */
  readonly strength: IndicatorStrength;
  /** "<set id>/<indicator id>" of every applicable indicator asked by this question here. */
  readonly indicatorIds: readonly string[];
};

export type DimensionReading = {
  readonly dimension: ScreeningDimension;
  readonly level: DimensionLevel;
  readonly found: readonly FoundIndicator[];
  readonly counts: StrengthCounts;
  /** Questions answered yes or no. */
  readonly answered: number;
  readonly unsure: number;
  readonly declined: number;
  /** Questions not asked yet. */
  readonly open: number;
};

/** The three elements the ILO/EC overall rule combines. */
export const SCREENING_ELEMENTS = ['recruitment', 'exploitation', 'coercion_or_vulnerability'] as const;
export type ScreeningElement = (typeof SCREENING_ELEMENTS)[number];

const ELEMENT_DIMENSIONS: Readonly<Record<ScreeningElement, readonly ScreeningDimension[]>> = {
  recruitment: ['deceptive_recruitment', 'coercive_recruitment', 'recruitment_abuse_of_vulnerability'],
  exploitation: ['exploitative_conditions'],
  coercion_or_vulnerability: ['coercion_at_destination', 'abuse_of_vulnerability_at_destination'],
};

export type ElementReading = {
  readonly element: ScreeningElement;
  /** `not_required`: coercion or vulnerability at destination for a child (means not required). */
  readonly level: DimensionLevel | 'not_required';
};

export const OVERALL_READINGS = ['strong_indication', 'indication', 'insufficient'] as const;
export type OverallReading = (typeof OVERALL_READINGS)[number];

/** A sentence for the interface, as a message id and its parameters: the web app translates it. */
export type Reading = {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
};

/**
 * What the screening suggests. A suggestion only: this type has no field that decides
 * anything about the person's status. The screener confirms or overrides it
 * (conclusion.ts); identification decisions are taken by the competent authority.
 */
export type ScreeningSuggestion = {
  readonly population: ScreenedPopulation;
  readonly sets: readonly IndicatorSetRef[];
  readonly dimensions: readonly DimensionReading[];
  readonly elements: readonly ElementReading[];
  readonly overall: OverallReading;
  readonly readings: readonly Reading[];
  readonly forms: readonly SuggestedForm[];
  readonly urgentFlags: readonly UrgentFlag[];
  readonly nextSteps: readonly NextStep[];
};

export type ScoreScreeningInput = {
  readonly answers: ScreeningAnswers;
  /** From core's `childStatus`; a child or presumed child is scored with the child lists. */
  readonly childStatus: ChildStatus;
  readonly exploitation?: Exclude<SetExploitation, 'any'>;
  readonly sets?: readonly IndicatorSet[];
};

const STRENGTH_RANK: Readonly<Record<IndicatorStrength, number>> = { strong: 3, medium: 2, weak: 1 };
const LEVEL_RANK: Readonly<Record<DimensionLevel, number>> = { strong: 3, medium: 2, none: 1, not_known: 0 };

/** The ILO/EC combination rule for one dimension (see DIMENSION_LEVELS). */
export function dimensionLevel(counts: StrengthCounts, answered: number): DimensionLevel {
  if (counts.strong >= 1 || counts.medium >= 2) return 'strong';
  if (counts.medium === 1 || counts.weak >= 1) return 'medium';
  return answered > 0 ? 'none' : 'not_known';
}

type DimensionQuestion = {
  strength: IndicatorStrength;
  indicatesWhen: IndicatingAnswer;
  indicatorIds: string[];
};

/** Questions per dimension; a question shared by several sets counts once, at its strongest. */
function questionsByDimension(
  sets: readonly IndicatorSet[],
): Map<ScreeningDimension, Map<QuestionKey, DimensionQuestion>> {
  const byDimension = new Map<ScreeningDimension, Map<QuestionKey, DimensionQuestion>>();
  for (const set of sets) {
    for (const item of set.indicators) {
      const questions = byDimension.get(item.dimension) ?? new Map<QuestionKey, DimensionQuestion>();
      byDimension.set(item.dimension, questions);
      const id = `${set.id}/${item.id}`;
      const known = questions.get(item.questionKey);
      if (known === undefined) {
        questions.set(item.questionKey, {
          strength: item.strength,
          indicatesWhen: item.indicatesWhen ?? 'yes',
          indicatorIds: [id],
        });
      } else {
        known.indicatorIds.push(id);
        if (STRENGTH_RANK[item.strength] > STRENGTH_RANK[known.strength]) known.strength = item.strength;
      }
    }
  }
  return byDimension;
}

function readDimension(
  dimension: ScreeningDimension,
  questions: ReadonlyMap<QuestionKey, DimensionQuestion>,
  answers: ScreeningAnswers,
): DimensionReading {
  const found: FoundIndicator[] = [];
  const counts = { strong: 0, medium: 0, weak: 0 };
  let answered = 0;
  let unsure = 0;
  let declined = 0;
  let open = 0;
  for (const [questionKey, question] of questions) {
    const answer = answerOf(answers, questionKey);
    if (answer === undefined) open += 1;
    else if (answer === 'declined') declined += 1;
    else if (answer === 'unsure') unsure += 1;
    else {
      answered += 1;
      if (answer === question.indicatesWhen) {
        counts[question.strength] += 1;
        found.push({ questionKey, strength: question.strength, indicatorIds: question.indicatorIds });
      }
    }
  }
  return {
    dimension,
    level: dimensionLevel(counts, answered),
    found,
    counts,
    answered,
    unsure,
    declined,
    open,
  };
}

function bestLevel(levels: readonly DimensionLevel[]): DimensionLevel {
  return levels.reduce<DimensionLevel>(
    (best, level) => (LEVEL_RANK[level] > LEVEL_RANK[best] ? level : best),
    'not_known',
  );
}

/**
 * The ILO/EC overall reading. Adult: recruitment (deceptive, coercive or by abuse of
 * vulnerability) + exploitative conditions + (coercion or abuse of vulnerability at
 * destination). Child: recruitment + exploitative conditions; the means are not
 * required (CoE art. 4(c), EU art. 2(5)). `strong_indication` when every required
 * element reads strong, `indication` when every one reads at least medium.
 */
export function overallReading(
  dimensions: readonly DimensionReading[],
  population: ScreenedPopulation,
): { readonly overall: OverallReading; readonly elements: readonly ElementReading[] } {
  const levelOf = (dimension: ScreeningDimension): DimensionLevel =>
    dimensions.find((reading) => reading.dimension === dimension)?.level ?? 'not_known';
  const elements: ElementReading[] = SCREENING_ELEMENTS.map((element) => ({
    element,
    level:
      population === 'child' && element === 'coercion_or_vulnerability'
        ? 'not_required'
        : bestLevel(ELEMENT_DIMENSIONS[element].map(levelOf)),
  }));
  const required = elements.filter((element) => element.level !== 'not_required');
  const overall: OverallReading = required.every((element) => element.level === 'strong')
    ? 'strong_indication'
    : required.every((element) => element.level === 'strong' || element.level === 'medium')
      ? 'indication'
      : 'insufficient';
  return { overall, elements };
}

/** Scores a screening's answers against the indicator sets that apply to the person. */
export function scoreScreening(input: ScoreScreeningInput): ScreeningSuggestion {
  const population = screenedPopulation(input.childStatus);
  const sets = applicableSets(population, { exploitation: input.exploitation, sets: input.sets });
  const byDimension = questionsByDimension(sets);
  const dimensions = SCREENING_DIMENSIONS.filter((dimension) => byDimension.has(dimension)).map((dimension) =>
    readDimension(dimension, byDimension.get(dimension) ?? new Map(), input.answers),
  );
  const { overall, elements } = overallReading(dimensions, population);
  const flags = urgentFlags(input.answers);
  const forms = suggestedForms(sets, dimensions);
  return {
    population,
    sets: sets.map(indicatorSetRef),
    dimensions,
    elements,
    overall,
    readings: screeningReadings({ population, dimensions, elements, overall, sets, answers: input.answers }),
    forms,
    urgentFlags: flags,
    nextSteps: nextSteps({
      childStatus: input.childStatus,
      dimensions,
      overall,
      urgentFlags: flags,
      sets,
      answers: input.answers,
    }),
  };
}
