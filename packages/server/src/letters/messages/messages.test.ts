import { SCREENING_LANGUAGES } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { letterLanguage, writer } from '../compose.js';
import { LETTERS_EN } from './en.js';
import { LETTER_CATALOGUES, type LetterMessageKey } from './index.js';

const KEYS = Object.keys(LETTERS_EN) as LetterMessageKey[];
// The same word in English and the translation, checked by hand.
const SAME_AS_ENGLISH: Readonly<Record<string, readonly LetterMessageKey[]>> = {
  fr: ['contact_label'],
  ro: ['contact_label'],
};

/** Placeholder names a text uses, plural ones included: `{org}`, `{days, plural, …}`. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-z_]+)(?:\}|, plural,)/g)].map((m) => m[1] ?? ''))].sort();
}

const strip = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

describe('letter catalogues', () => {
  it('has a catalogue for each of the ten short-screen languages', () => {
    expect(Object.keys(LETTER_CATALOGUES).sort()).toEqual([...SCREENING_LANGUAGES].sort());
  });

  it.each(SCREENING_LANGUAGES.filter((l) => l !== 'en'))(
    '%s: every key, the same placeholders, translated',
    (lang) => {
      const catalogue = LETTER_CATALOGUES[lang];
      expect(Object.keys(catalogue).sort()).toEqual([...KEYS].sort());
      for (const key of KEYS) {
        const text = catalogue[key];
        expect(text.trim().length, `${lang}.${key}`).toBeGreaterThan(0);
        expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(LETTERS_EN[key]));
        if (!SAME_AS_ENGLISH[lang]?.includes(key)) expect(text, `${lang}.${key}`).not.toBe(LETTERS_EN[key]);
      }
    },
  );

  it('never writes blaming words about the person', () => {
    for (const [lang, catalogue] of Object.entries(LETTER_CATALOGUES)) {
      for (const text of Object.values(catalogue)) {
        expect(text, lang).not.toMatch(/\b(illegal|subject|claims?)\b/i);
      }
    }
  });
});

describe('writer', () => {
  it('chooses the plural form of the language', () => {
    expect(strip(writer('uk', 'UTC').t('right_recovery', { days: 30 }))).toContain('щонайменше 30 днів');
    expect(strip(writer('uk', 'UTC').t('right_recovery', { days: 31 }))).toContain('щонайменше 31 день');
    expect(strip(writer('uk', 'UTC').t('right_recovery', { days: 32 }))).toContain('щонайменше 32 дні');
    expect(strip(writer('ru', 'UTC').t('right_recovery', { days: 45 }))).toContain('не менее 45 дней');
    expect(strip(writer('ro', 'UTC').t('right_recovery', { days: 30 }))).toContain('cel puțin 30 de zile');
    expect(strip(writer('ro', 'UTC').t('right_recovery', { days: 19 }))).toContain('cel puțin 19 zile');
    expect(strip(writer('ar', 'UTC').t('right_recovery', { days: 30 }))).toContain('لا تقل عن 30 يومًا');
    expect(strip(writer('ar', 'UTC').t('right_recovery', { days: 3 }))).toContain('لا تقل عن 3 أيام');
    expect(strip(writer('en', 'UTC').t('rc_next_rg', { authority: 'A', days: 1, date: 'D' }))).toContain(
      'within 1 working day, by D.',
    );
  });

  it('isolates every inserted value so that it keeps its own direction', () => {
    expect(writer('ar', 'UTC').t('closing', { org: 'Hope NGO' })).toContain('\u2068Hope NGO\u2069');
  });

  it('does not end a sentence with two full stops after a date that has its own', () => {
    const text = strip(
      writer('uk', 'Europe/Kyiv').t('rc_next_rg', {
        authority: 'A',
        days: 5,
        date: writer('uk', 'Europe/Kyiv').date(new Date('2026-03-09T12:00:00Z')),
      }),
    );
    expect(text).toMatch(/9 березня 2026 р\.$/);
  });

  it('writes dates in the language and the case’s time zone', () => {
    // 23:30 UTC on 9 March is already 10 March in Kyiv.
    const late = new Date('2026-03-09T23:30:00Z');
    expect(writer('en', 'Europe/Kyiv').date(late)).toBe('10 March 2026');
    expect(writer('en', 'Europe/London').date(late)).toBe('9 March 2026');
    expect(writer('fr', 'Europe/Paris').date(late)).toBe('10 mars 2026');
  });

  it('says whom to ask when an organisation has no contact details', () => {
    const w = writer('en', 'UTC');
    expect(w.contact({ name: 'X', email: null, phone: ' ' })).toBe(LETTERS_EN.contact_none);
    expect(strip(w.contact({ name: 'X', email: 'a@b.example', phone: '+1 2' }))).toBe('a@b.example  ·  +1 2');
  });
});

describe('letterLanguage', () => {
  it('takes the language asked for, else the preferred one, else English', () => {
    expect(letterLanguage('fr', 'uk')).toBe('fr');
    expect(letterLanguage(undefined, 'uk')).toBe('uk');
    expect(letterLanguage(undefined, 'vi-VN')).toBe('vi');
    expect(letterLanguage(undefined, 'ti')).toBe('en');
    expect(letterLanguage(undefined, null)).toBe('en');
  });
});
