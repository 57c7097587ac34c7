import { describe, expect, it } from 'vitest';
import { direction, negotiateLocale, PERSON_LANGUAGES, SUPPORTED_LOCALES } from './locales.js';

describe('locales', () => {
  it('writes Arabic, Persian, Urdu and Hebrew right to left', () => {
    for (const tag of ['ar', 'fa', 'ur', 'he', 'ar-EG', 'fa-AF', 'ps']) expect(direction(tag)).toBe('rtl');
    for (const tag of ['en', 'uk', 'ru', 'ro', 'ti', 'en-GB']) expect(direction(tag)).toBe('ltr');
  });

  it('lets a script subtag decide the direction', () => {
    expect(direction('pa-Arab')).toBe('rtl');
    expect(direction('az-Latn')).toBe('ltr');
  });

  it('picks the first supported language from a preference list, else English', () => {
    expect(negotiateLocale(['de-DE', 'uk-UA', 'ru'])).toBe('uk');
    expect(negotiateLocale(['AR'])).toBe('ar');
    expect(negotiateLocale(['de', 'fr'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });

  it('lets a person speak every interface language and more', () => {
    for (const locale of SUPPORTED_LOCALES) expect(PERSON_LANGUAGES).toContain(locale);
    expect(new Set(PERSON_LANGUAGES).size).toBe(PERSON_LANGUAGES.length);
    // well-formed BCP-47 (Intl throws otherwise); 'tl' is kept although CLDR prefers 'fil'
    for (const tag of PERSON_LANGUAGES) expect(Intl.getCanonicalLocales(tag)).toHaveLength(1);
  });
});
