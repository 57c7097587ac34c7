import { describe, expect, it } from 'vitest';
import { INSIGHTS_EN } from './en.js';
import { INSIGHTS_CATALOGUES, REPORT_LANGUAGES, words } from './index.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{([a-zA-Z_]+)\}/g)].map((m) => m[1] as string).sort();

describe('report catalogues', () => {
  it('translate every key into every interface language, with the same placeholders', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = INSIGHTS_CATALOGUES[language];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(INSIGHTS_EN).sort());
      for (const [key, english] of Object.entries(INSIGHTS_EN)) {
        const text = catalogue[key as keyof typeof INSIGHTS_EN];
        expect(text.trim().length, `${language} ${key}`).toBeGreaterThan(0);
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it('are real translations, not copies of the English', () => {
    for (const language of REPORT_LANGUAGES.filter((l) => l !== 'en')) {
      const same = Object.entries(INSIGHTS_EN).filter(
        ([key, english]) => INSIGHTS_CATALOGUES[language][key as keyof typeof INSIGHTS_EN] === english,
      );
      // Only codes and names shared across languages may stay as they are.
      expect(same.length, `${language}: ${same.map(([k]) => k).join(', ')}`).toBeLessThan(5);
    }
  });

  it('fill placeholders, isolate values in right-to-left text and name countries', () => {
    expect(words('en').text('report.footer', { page: 2, pages: 9 })).toBe(
      'National stock-taking report · page 2 of 9',
    );
    expect(words('ar').text('report.footer', { page: 2, pages: 9 })).toContain('\u20682\u2069');
    expect(words('ar').direction).toBe('rtl');
    expect(words('en').value('nationality', 'UA')).toBe('Ukraine');
    expect(words('uk').value('gender', 'female')).toBe('Жінки та дівчата');
    expect(words('ro').value('registering_org', 'x1', { x1: 'Open Doors' })).toBe('Open Doors');
  });
});
