import { questionKeysOfSets } from './indicators/index.js';
import {
  answerOf,
  type IndicatorSet,
  type ScreenedPopulation,
  type ScreeningAnswers,
} from './indicators/types.js';
import { SAFETY_QUESTIONS } from './safety.js';
import type { DimensionReading, ElementReading, OverallReading, Reading } from './scoring.js';

export type ReadingsInput = {
  readonly population: ScreenedPopulation;
  readonly dimensions: readonly DimensionReading[];
  readonly elements: readonly ElementReading[];
  readonly overall: OverallReading;
  readonly sets: readonly IndicatorSet[];
  readonly answers: ScreeningAnswers;
};

const OVERALL_KEY: Readonly<Record<OverallReading, string>> = {
  strong_indication: 'screening.reading.overallStrongIndication',
  indication: 'screening.reading.overallIndication',
  insufficient: 'screening.reading.overallInsufficient',
};

/**
 * The reading of a screening as sentences for the interface (message ids and
 * parameters). Always starts by saying that this is a suggestion, not a decision.
 */
export function screeningReadings(input: ReadingsInput): readonly Reading[] {
  const readings: Reading[] = [{ key: 'screening.reading.suggestionOnly', params: {} }];
  for (const reading of input.dimensions) {
    if (reading.level === 'strong' || reading.level === 'medium') {
      readings.push({
        key:
          reading.level === 'strong'
            ? 'screening.reading.strongDimension'
            : 'screening.reading.mediumDimension',
        params: { dimension: reading.dimension, found: reading.found.length },
      });
    }
  }
  readings.push({ key: OVERALL_KEY[input.overall], params: {} });
  if (input.population === 'child')
    readings.push({ key: 'screening.reading.childMeansNotRequired', params: {} });
  if (input.overall === 'insufficient') {
    for (const element of input.elements) {
      if (element.level === 'not_known' || element.level === 'none') {
        readings.push({ key: 'screening.reading.elementMissing', params: { element: element.element } });
      }
    }
  }
  const keys = [
    ...SAFETY_QUESTIONS.map((question) => question.questionKey),
    ...questionKeysOfSets(input.sets),
  ];
  const declined = keys.filter((key) => answerOf(input.answers, key) === 'declined').length;
  const unsure = keys.filter((key) => answerOf(input.answers, key) === 'unsure').length;
  // "I don't want to answer" is a choice the person may make; it is never read as "no".
  if (declined > 0)
    readings.push({ key: 'screening.reading.declinedNotCountedAsNo', params: { count: declined } });
  if (unsure > 0) readings.push({ key: 'screening.reading.unsureAnswers', params: { count: unsure } });
  return readings;
}
