import { direction, type TextDirection } from '../../i18n/locales.js';
import type { QuestionKey } from '../indicators/types.js';
import type { ScreeningUiKey, ShortScreenCatalogue } from './catalogue.js';
import { EN_DESTINATION_QUESTIONS } from './en-destination.js';
import { EN_FORM_QUESTIONS } from './en-forms.js';
import { EN_RECRUITMENT_QUESTIONS } from './en-recruitment.js';
import { SHORT_SCREEN_AR } from './short-ar.js';
import { SHORT_SCREEN_ES } from './short-es.js';
import { SHORT_SCREEN_FR } from './short-fr.js';
import { SHORT_SCREEN_RO } from './short-ro.js';
import { SHORT_SCREEN_RU } from './short-ru.js';
import { SHORT_SCREEN_SQ } from './short-sq.js';
import { SHORT_SCREEN_TR } from './short-tr.js';
import { SHORT_SCREEN_UK } from './short-uk.js';
import { SHORT_SCREEN_VI } from './short-vi.js';

export { SCREENING_UI_KEYS, type ScreeningUiKey, type ShortScreenCatalogue } from './catalogue.js';

/** Languages the short screen is written in; the full screen is in English for now. */
export const SCREENING_LANGUAGES = ['en', 'uk', 'ru', 'ro', 'sq', 'ar', 'fr', 'es', 'tr', 'vi'] as const;
export type ScreeningLanguage = (typeof SCREENING_LANGUAGES)[number];

/** Every question in English: the full screen, and the fallback for any missing translation. */
export const EN_QUESTIONS: Readonly<Record<QuestionKey, string>> = {
  ...EN_DESTINATION_QUESTIONS,
  ...EN_RECRUITMENT_QUESTIONS,
  ...EN_FORM_QUESTIONS,
};

const EN_UI: Readonly<Record<ScreeningUiKey, string>> = {
  intro:
    'These questions help us understand your situation and what support you can get. You can choose not to answer any question, and you can stop at any time.',
  answer_yes: 'Yes',
  answer_no: 'No',
  answer_unsure: "I'm not sure",
  answer_declined: "I don't want to answer",
};

const TRANSLATIONS: Readonly<Record<Exclude<ScreeningLanguage, 'en'>, ShortScreenCatalogue>> = {
  uk: SHORT_SCREEN_UK,
  ru: SHORT_SCREEN_RU,
  ro: SHORT_SCREEN_RO,
  sq: SHORT_SCREEN_SQ,
  ar: SHORT_SCREEN_AR,
  fr: SHORT_SCREEN_FR,
  es: SHORT_SCREEN_ES,
  tr: SHORT_SCREEN_TR,
  vi: SHORT_SCREEN_VI,
};

export type ScreeningText = {
  readonly text: string;
  /** The language the text is in: set it as `lang` and pick the speech voice from it. */
  readonly language: ScreeningLanguage;
  readonly direction: TextDirection;
  /** False when the asked language has no text for this key and English is shown instead. */
  readonly translated: boolean;
};

/** The screening language for a BCP-47 tag ("uk-UA" → "uk"), or null when there is none. */
export function screeningLanguage(tag: string): ScreeningLanguage | null {
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return (SCREENING_LANGUAGES as readonly string[]).includes(language)
    ? (language as ScreeningLanguage)
    : null;
}

function lookUp(key: string, tag: string, english: string | undefined): ScreeningText | null {
  if (english === undefined) return null;
  const language = screeningLanguage(tag);
  const catalogue: Readonly<Record<string, string>> | undefined =
    language === null || language === 'en' ? undefined : TRANSLATIONS[language];
  const translation = catalogue !== undefined && Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  if (translation !== undefined && language !== null) {
    return { text: translation, language, direction: direction(language), translated: true };
  }
  return { text: english, language: 'en', direction: 'ltr', translated: language === 'en' };
}

/** The text of a question in the asked language, falling back to English; null for an unknown key. */
export function questionText(questionKey: QuestionKey, tag: string): ScreeningText | null {
  const english = Object.hasOwn(EN_QUESTIONS, questionKey) ? EN_QUESTIONS[questionKey] : undefined;
  return lookUp(questionKey, tag, english);
}

/** An interface text of person-facing screening (intro, answer buttons), falling back to English. */
export function screeningUiText(key: ScreeningUiKey, tag: string): ScreeningText {
  return (
    lookUp(key, tag, EN_UI[key]) ?? { text: EN_UI[key], language: 'en', direction: 'ltr', translated: false }
  );
}
