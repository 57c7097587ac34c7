import type { LETTERS_EN } from './en.js';

export type LetterMessageKey = keyof typeof LETTERS_EN;
/** A complete translation: every key of the English source, nothing else. */
export type LetterCatalogue = Readonly<Record<LetterMessageKey, string>>;
