import { themeOf } from '../narratives/compose.js';
import type { Rng } from '../random.js';
import type { ExploitationForm } from '../vocabulary.js';
import { EN, RO, VI } from './en-ro-vi.js';
import type { CaseTexts } from './types.js';
import { AR, RU, UK } from './uk-ru-ar.js';

/** The same languages as the case narratives; a case in any other language gets English. */
const TEXTS: Readonly<Record<string, CaseTexts>> = { en: EN, ro: RO, vi: VI, uk: UK, ru: RU, ar: AR };

export const CASE_TEXT_LANGUAGES: readonly string[] = Object.keys(TEXTS);

export function caseTexts(language: string): CaseTexts {
  return TEXTS[language] ?? EN;
}

export type TextKey = Exclude<keyof CaseTexts, 'forms'>;

/** One text of `key` (a random variant when there are several), placeholders filled in. */
export function writeText(
  rng: Rng,
  language: string,
  key: TextKey,
  fill: { readonly forms?: readonly ExploitationForm[]; readonly org?: string } = {},
): string {
  const texts = caseTexts(language);
  const entry = texts[key];
  const template = typeof entry === 'string' ? entry : rng.pick(entry);
  const main = fill.forms?.find((form) => form !== 'unknown' && form !== 'other') ?? fill.forms?.[0];
  return template
    .replace('{form}', texts.forms[main ? themeOf(main) : 'general'])
    .replace('{org}', fill.org ?? '');
}
