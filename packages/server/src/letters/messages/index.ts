import type { ScreeningLanguage } from '@opennrm/core';
import { LETTERS_AR } from './ar.js';
import type { LetterCatalogue } from './catalogue.js';
import { LETTERS_EN } from './en.js';
import { LETTERS_ES } from './es.js';
import { LETTERS_FR } from './fr.js';
import { LETTERS_RO } from './ro.js';
import { LETTERS_RU } from './ru.js';
import { LETTERS_SQ } from './sq.js';
import { LETTERS_TR } from './tr.js';
import { LETTERS_UK } from './uk.js';
import { LETTERS_VI } from './vi.js';

export type { LetterCatalogue, LetterMessageKey } from './catalogue.js';

/** Letter texts per language; each translation is complete (the type refuses a missing key). */
export const LETTER_CATALOGUES: Readonly<Record<ScreeningLanguage, LetterCatalogue>> = {
  en: LETTERS_EN,
  uk: LETTERS_UK,
  ru: LETTERS_RU,
  ro: LETTERS_RO,
  sq: LETTERS_SQ,
  ar: LETTERS_AR,
  fr: LETTERS_FR,
  es: LETTERS_ES,
  tr: LETTERS_TR,
  vi: LETTERS_VI,
};

export function letterCatalogue(language: ScreeningLanguage): LetterCatalogue {
  return LETTER_CATALOGUES[language];
}
