import { answerOf, type QuestionKey, type ScreeningAnswers } from './indicators/types.js';

/**
 * Urgent safety needs asked first in every screen. They are not trafficking
 * indicators: they decide whether the worker must act on safety before anything else.
 */
export const URGENT_FLAGS = ['in_danger_now', 'injured', 'no_safe_place_tonight'] as const;
export type UrgentFlag = (typeof URGENT_FLAGS)[number];

export type SafetyQuestion = {
  readonly questionKey: QuestionKey;
  readonly flag: UrgentFlag;
  /** The answer that raises the flag ("Do you have a safe place tonight?" → "no"). */
  readonly urgentWhen: 'yes' | 'no';
};

export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
  { questionKey: 'safety_in_danger_now', flag: 'in_danger_now', urgentWhen: 'yes' },
  { questionKey: 'safety_injured', flag: 'injured', urgentWhen: 'yes' },
  { questionKey: 'safety_place_tonight', flag: 'no_safe_place_tonight', urgentWhen: 'no' },
];

/**
 * The urgent flags the answers raise. "declined" and "unsure" raise none: declining is
 * never read as an answer either way, and the worker asks about safety in person.
 */
export function urgentFlags(answers: ScreeningAnswers): readonly UrgentFlag[] {
  return SAFETY_QUESTIONS.filter(
    (question) => answerOf(answers, question.questionKey) === question.urgentWhen,
  ).map((question) => question.flag);
}
