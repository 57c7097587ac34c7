import { describe, expect, it } from 'vitest';
import { SHORT_SCREEN_QUESTION_KEYS } from '../short-screen.js';
import {
  EN_QUESTIONS,
  questionText,
  SCREENING_LANGUAGES,
  SCREENING_UI_KEYS,
  screeningLanguage,
  screeningUiText,
} from './index.js';

describe('short-screen translations', () => {
  it.each(SCREENING_LANGUAGES)('%s has every short-screen question, as a question', (language) => {
    for (const key of SHORT_SCREEN_QUESTION_KEYS) {
      const text = questionText(key, language);
      expect(text?.translated, `${language} ${key}`).toBe(true);
      expect(text?.language).toBe(language);
      expect(text?.text.trim().length).toBeGreaterThan(5);
      expect(text?.text, `${language} ${key}`).toMatch(/[?؟]$/);
      if (language !== 'en') expect(text?.text, `${language} ${key}`).not.toBe(EN_QUESTIONS[key]);
    }
  });

  it.each(SCREENING_LANGUAGES)(
    '%s has the intro and the four answers, "I don\'t want to answer" included',
    (language) => {
      for (const key of SCREENING_UI_KEYS) {
        const text = screeningUiText(key, language);
        expect(text.translated, `${language} ${key}`).toBe(true);
        expect(text.text.length).toBeGreaterThan(0);
      }
      expect(screeningUiText('answer_declined', language).text).not.toBe(
        screeningUiText('answer_no', language).text,
      );
    },
  );

  it('writes Arabic right to left and the others left to right', () => {
    expect(questionText('cd_free_to_leave', 'ar')?.direction).toBe('rtl');
    expect(questionText('cd_free_to_leave', 'uk')?.direction).toBe('ltr');
    expect(screeningUiText('intro', 'ar').direction).toBe('rtl');
  });

  it('matches a regional tag to its language', () => {
    expect(screeningLanguage('uk-UA')).toBe('uk');
    expect(screeningLanguage('pt-BR')).toBeNull();
    expect(questionText('cd_debt', 'es-419')?.language).toBe('es');
  });
});

describe('fallback to English', () => {
  it('shows a full-screen question in English, flagged untranslated, for another language', () => {
    const text = questionText('ec_wage_manipulation', 'uk');
    expect(text).toEqual({
      text: EN_QUESTIONS.ec_wage_manipulation,
      language: 'en',
      direction: 'ltr',
      translated: false,
    });
  });

  it('falls back to English for a language without a catalogue', () => {
    const text = questionText('cd_debt', 'ti');
    expect(text?.language).toBe('en');
    expect(text?.translated).toBe(false);
    expect(screeningUiText('answer_declined', 'ti')).toMatchObject({
      text: "I don't want to answer",
      translated: false,
    });
  });

  it('counts English full-screen texts as translated in English', () => {
    expect(questionText('ec_wage_manipulation', 'en')?.translated).toBe(true);
  });

  it('returns null for an unknown question key', () => {
    expect(questionText('no_such_question', 'en')).toBeNull();
    expect(questionText('constructor', 'en')).toBeNull();
  });
});
