import {
  fullScreen,
  NEXT_STEP_ACTIONS,
  SCREENING_ANSWERS,
  type ScreeningAnswers,
  scoreScreening,
  shortScreen,
} from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/identification/en.json';
import { orderedSteps } from './SuggestionView';
import { READING_MESSAGES } from './words';

/** Every reading and next step core produces for many answer patterns. */
function producedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const childStatus of ['adult', 'child', 'presumed_child', 'unknown'] as const) {
    for (const screen of [shortScreen('adult'), shortScreen('child'), fullScreen('adult')]) {
      for (const answer of SCREENING_ANSWERS) {
        for (const every of [1, 2, 3]) {
          const answers: Record<string, string> = {};
          screen.questionKeys.forEach((key, index) => {
            if (index % every === 0) answers[key] = answer;
          });
          const suggestion = scoreScreening({ answers: answers as ScreeningAnswers, childStatus });
          for (const reading of [...suggestion.readings, ...suggestion.nextSteps]) keys.add(reading.key);
        }
      }
      const none = scoreScreening({ answers: {}, childStatus });
      for (const reading of [...none.readings, ...none.nextSteps]) keys.add(reading.key);
    }
  }
  return keys;
}

describe('words for the suggestion', () => {
  it('has a message for every reading and next step core produces', () => {
    const produced = producedKeys();
    expect(produced.size).toBeGreaterThanOrEqual(12);
    expect([...produced].filter((key) => !Object.hasOwn(READING_MESSAGES, key))).toEqual([]);
  });

  it('maps only to messages of the English catalogue', () => {
    expect(Object.values(READING_MESSAGES).filter((id) => !Object.hasOwn(en, id))).toEqual([]);
  });

  it('orders the next steps with the urgent ones first', () => {
    const steps = [...NEXT_STEP_ACTIONS].reverse().map((action) => ({ action, key: action, params: {} }));
    expect(orderedSteps(steps).map((step) => step.action)).toEqual([...NEXT_STEP_ACTIONS]);
    expect(orderedSteps(steps)[0]?.action).toBe('urgent_safety');
  });
});
