import { describe, expect, it } from 'vitest';
import { SCREENING_LANGUAGES } from './index.js';
import { PERSON_FACING_KEYS, personFacingText } from './person-facing.js';

describe('person-facing texts', () => {
  it.each(SCREENING_LANGUAGES)('%s has every text, translated', (language) => {
    for (const key of PERSON_FACING_KEYS) {
      const text = personFacingText(key, language);
      expect(text.language).toBe(language);
      expect(text.translated).toBe(true);
      expect(text.text.trim().length, `${language} ${key}`).toBeGreaterThan(1);
      if (language !== 'en' && key !== 'progress') {
        expect(text.text, `${language} ${key}`).not.toBe(personFacingText(key, 'en').text);
      }
    }
  });

  it('puts the numbers into the progress line', () => {
    expect(personFacingText('progress', 'en', { current: 3, total: 17 }).text).toBe('Question 3 of 17');
    expect(personFacingText('progress', 'uk-UA', { current: 3, total: 17 }).text).toBe('Запитання 3 з 17');
  });

  it('writes Arabic right to left', () => {
    expect(personFacingText('handback_title', 'ar')).toMatchObject({ direction: 'rtl', language: 'ar' });
    expect(personFacingText('handback_title', 'tr')).toMatchObject({ direction: 'ltr', language: 'tr' });
  });

  it('falls back to English for a language without a catalogue', () => {
    expect(personFacingText('stop', 'ti')).toMatchObject({
      text: 'Stop and give the device back',
      language: 'en',
      translated: false,
    });
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(personFacingText('progress', 'en', { current: 1 }).text).toBe('Question 1 of {total}');
  });
});
