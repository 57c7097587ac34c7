import { z } from 'zod';

/** Languages the interface is fully translated into. English is the fallback. */
export const SUPPORTED_LOCALES = ['en', 'uk', 'ru', 'ro', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const ZSupportedLocale = z.enum(SUPPORTED_LOCALES);
export const DEFAULT_LOCALE: SupportedLocale = 'en';

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Languages written right to left (Arabic, Persian, Urdu, Hebrew, Pashto, Sorani, Yiddish, Dhivehi). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'fa',
  'ur',
  'he',
  'ps',
  'ckb',
  'yi',
  'dv',
  'sd',
  'ug',
]);
/** Scripts written right to left; a script subtag overrides the language default ("pa-Arab", "ku-Latn"). */
const RTL_SCRIPTS: ReadonlySet<string> = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm']);

export type TextDirection = 'ltr' | 'rtl';

/**
 * Writing direction of a BCP-47 tag. Done by hand rather than with
 * `Intl.Locale#getTextInfo`, which not every browser has.
 */
export function direction(locale: string): TextDirection {
  const [language = '', ...subtags] = locale.toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/**
 * The supported locale that best fits a list of preferred tags (e.g. `navigator.languages`
 * or Accept-Language, best first): an exact match, else the same language, else English.
 */
export function negotiateLocale(preferred: readonly string[]): SupportedLocale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (isSupportedLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

/**
 * Languages a person may speak, as BCP-47 tags: used for the preferred language, for
 * interpreters and for screening and letters in the person's language. Broader than
 * the interface languages on purpose: the interface may be English while the person
 * hears the questions in Tigrinya.
 */
export const PERSON_LANGUAGES = [
  // Europe
  'en',
  'uk',
  'ru',
  'ro',
  'bg',
  'pl',
  'hu',
  'cs',
  'sk',
  'lt',
  'lv',
  'et',
  'sq',
  'sr',
  'bs',
  'hr',
  'mk',
  'el',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'be',
  /** Romani (ISO 639-3), often missed in screening. */
  'rom',
  // Caucasus and Central Asia
  'ka',
  'hy',
  'az',
  'tr',
  'kk',
  'ky',
  'tg',
  'uz',
  'mn',
  // Middle East and South Asia
  'ar',
  'fa',
  /** Dari, written as Afghan Persian. */
  'fa-AF',
  'ps',
  'ku',
  'ur',
  'hi',
  'pa',
  'bn',
  'ne',
  'si',
  'ta',
  // East and South-East Asia
  'zh',
  'vi',
  /** Tagalog/Filipino: 'tl' as most interpreter registers write it (CLDR's canonical form is 'fil'). */
  'tl',
  'th',
  'km',
  'lo',
  'my',
  'id',
  // Africa
  'ti',
  'am',
  'om',
  'so',
  'sw',
  'ha',
  'yo',
  'ig',
  'tw',
  'wo',
  'ff',
  'kri',
  'ln',
] as const;
export type PersonLanguage = (typeof PERSON_LANGUAGES)[number];
export const ZPersonLanguage = z.enum(PERSON_LANGUAGES);

export function isPersonLanguage(value: unknown): value is PersonLanguage {
  return typeof value === 'string' && (PERSON_LANGUAGES as readonly string[]).includes(value);
}
