import type { ShortScreenQuestionKey } from '../short-screen.js';

/** Interface texts of person-facing screening, translated with the short-screen questions. */
export const SCREENING_UI_KEYS = [
  'intro',
  'answer_yes',
  'answer_no',
  'answer_unsure',
  'answer_declined',
] as const;
export type ScreeningUiKey = (typeof SCREENING_UI_KEYS)[number];

/**
 * A translation of the short screen. A Record over the key union, so a translation that
 * misses a question fails to compile.
 */
export type ShortScreenCatalogue = Readonly<Record<ShortScreenQuestionKey | ScreeningUiKey, string>>;
