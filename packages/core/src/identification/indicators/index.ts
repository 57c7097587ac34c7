import { ILO_EC_ADULT_LABOUR, ILO_EC_ADULT_SEXUAL } from './ilo-ec-adult.js';
import { ILO_EC_CHILD_LABOUR, ILO_EC_CHILD_SEXUAL } from './ilo-ec-child.js';
import { ILO_FORCED_LABOUR_11 } from './ilo-forced-labour.js';
import { DOMESTIC_SERVITUDE, FORCED_BEGGING, FORCED_CRIMINALITY } from './overlooked-labour.js';
import {
  FORCED_MARRIAGE,
  ONLINE_SEXUAL_EXPLOITATION_OF_CHILDREN,
  ORGAN_REMOVAL,
} from './overlooked-other.js';
import {
  type IndicatorSet,
  type QuestionKey,
  SCREENING_DIMENSIONS,
  type ScreenedPopulation,
  type SetExploitation,
} from './types.js';

export * from './ilo-ec-adult.js';
export * from './ilo-ec-child.js';
export * from './ilo-forced-labour.js';
export * from './overlooked-labour.js';
export * from './overlooked-other.js';
export * from './types.js';

/** Every shipped set, current versions. The order is the order questions are asked within a dimension. */
export const INDICATOR_SETS: readonly IndicatorSet[] = [
  ILO_EC_ADULT_LABOUR,
  ILO_EC_ADULT_SEXUAL,
  ILO_EC_CHILD_LABOUR,
  ILO_EC_CHILD_SEXUAL,
  ILO_FORCED_LABOUR_11,
  DOMESTIC_SERVITUDE,
  FORCED_BEGGING,
  FORCED_CRIMINALITY,
  ORGAN_REMOVAL,
  FORCED_MARRIAGE,
  ONLINE_SEXUAL_EXPLOITATION_OF_CHILDREN,
];

/** The overlooked-form sets, which the short screen must touch. */
export const OVERLOOKED_FORM_SET_IDS = [
  'domestic_servitude',
  'forced_begging',
  'forced_criminality',
  'organ_removal',
  'forced_marriage',
  'online_sexual_exploitation_of_children',
] as const;

export type IndicatorSetRef = { readonly id: string; readonly version: number };

export function indicatorSetRef(set: IndicatorSet): IndicatorSetRef {
  return { id: set.id, version: set.version };
}

export type ApplicableSetsOptions = {
  /** Narrow to one exploitation; sets for "any" exploitation always apply. Absent: all. */
  readonly exploitation?: Exclude<SetExploitation, 'any'>;
  readonly sets?: readonly IndicatorSet[];
};

/** The sets that apply to a person: their population's sets and the sets for everyone. */
export function applicableSets(
  population: ScreenedPopulation,
  options: ApplicableSetsOptions = {},
): readonly IndicatorSet[] {
  const sets = options.sets ?? INDICATOR_SETS;
  return sets.filter(
    (set) =>
      (set.population === population || set.population === 'any') &&
      (options.exploitation === undefined ||
        set.exploitation === 'any' ||
        set.exploitation === options.exploitation),
  );
}

/**
 * The questions of some sets, each once: grouped by dimension in ILO/EC order
 * (recruitment, then conditions, then control), in set order within a dimension.
 */
export function questionKeysOfSets(sets: readonly IndicatorSet[]): readonly QuestionKey[] {
  const keys = new Set<QuestionKey>();
  for (const dimension of SCREENING_DIMENSIONS) {
    for (const set of sets) {
      for (const item of set.indicators) {
        if (item.dimension === dimension) keys.add(item.questionKey);
      }
    }
  }
  return [...keys];
}
