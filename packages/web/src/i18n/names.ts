import type { SupportedLocale } from '@opennrm/core';

/** A language's name in that language ("Українська"), from the browser's own data. */
export function languageEndonym(code: SupportedLocale | string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

const displayNames = new Map<string, Intl.DisplayNames>();

function cached(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
    displayNames.set(key, names);
  }
  return names;
}

/** A country's name in the reader's language from its ISO 3166 code. */
export function countryName(locale: string, code: string): string {
  try {
    return cached(locale, 'region').of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in the reader's language from its BCP-47 tag. */
export function languageName(locale: string, code: string): string {
  try {
    return cached(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}
