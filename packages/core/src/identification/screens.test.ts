import { describe, expect, it } from 'vitest';
import { applicableSets, OVERLOOKED_FORM_SET_IDS } from './indicators/index.js';
import { SCREENING_DIMENSIONS, type ScreeningAnswers } from './indicators/types.js';
import { SAFETY_QUESTIONS } from './safety.js';
import { fullScreen, nextQuestions, screenedPopulation, screenProgress, shortScreen } from './screens.js';

const POPULATIONS = ['adult', 'child'] as const;

describe('shortScreen', () => {
  it.each(POPULATIONS)('has about fifteen questions for a %s, safety first', (population) => {
    const screen = shortScreen(population);
    expect(screen.questionKeys.length).toBeGreaterThanOrEqual(13);
    expect(screen.questionKeys.length).toBeLessThanOrEqual(18);
    expect(screen.questionKeys.slice(0, 3)).toEqual(SAFETY_QUESTIONS.map((question) => question.questionKey));
    expect(new Set(screen.questionKeys).size).toBe(screen.questionKeys.length);
  });

  it.each(POPULATIONS)('touches all six dimensions for a %s', (population) => {
    const keys = new Set(shortScreen(population).questionKeys);
    for (const dimension of SCREENING_DIMENSIONS) {
      const touched = applicableSets(population).some((set) =>
        set.indicators.some((item) => item.dimension === dimension && keys.has(item.questionKey)),
      );
      expect(touched, dimension).toBe(true);
    }
  });

  it.each(POPULATIONS)(
    'asks at least one question of every overlooked form that applies to a %s',
    (population) => {
      const keys = new Set(shortScreen(population).questionKeys);
      const sets = applicableSets(population).filter((set) =>
        (OVERLOOKED_FORM_SET_IDS as readonly string[]).includes(set.id),
      );
      expect(sets.length).toBeGreaterThanOrEqual(5);
      for (const set of sets) {
        expect(
          set.indicators.some((item) => keys.has(item.questionKey)),
          set.id,
        ).toBe(true);
      }
    },
  );

  it('asks a child, not an adult, about online sexual exploitation of children', () => {
    expect(shortScreen('child').questionKeys).toContain('osec_images');
    expect(shortScreen('adult').questionKeys).not.toContain('osec_images');
  });

  it('records the versions of the sets it draws on', () => {
    const screen = shortScreen('adult');
    expect(screen.sets).toContainEqual({ id: 'ilo_ec_adult_labour', version: 1 });
    expect(screen.shortScreenVersion).toBe(1);
  });
});

describe('fullScreen', () => {
  it.each(POPULATIONS)('contains every short-screen question for a %s, each once', (population) => {
    const full = fullScreen(population);
    for (const key of shortScreen(population).questionKeys) expect(full.questionKeys).toContain(key);
    expect(new Set(full.questionKeys).size).toBe(full.questionKeys.length);
  });

  it('holds every question of the applicable sets', () => {
    const full = new Set(fullScreen('adult').questionKeys);
    for (const set of applicableSets('adult')) {
      for (const item of set.indicators) expect(full.has(item.questionKey), item.questionKey).toBe(true);
    }
  });

  it('can be narrowed to one exploitation', () => {
    const labour = fullScreen('adult', { exploitation: 'labour' }).questionKeys;
    expect(labour).toContain('cd_forced_tasks');
    expect(labour).not.toContain('dr_prostitution_conditions');
  });
});

describe('nextQuestions', () => {
  it('never returns a question already answered, whatever the answer', () => {
    const screen = shortScreen('adult');
    const answers: ScreeningAnswers = {
      safety_in_danger_now: 'no',
      safety_injured: 'declined',
      safety_place_tonight: 'unsure',
      cd_free_to_leave: 'yes',
    };
    const next = nextQuestions(screen, answers);
    for (const key of Object.keys(answers)) expect(next).not.toContain(key);
    expect(next[0]).toBe('dr_job_different');
    expect(next.length).toBe(screen.questionKeys.length - 4);
  });

  it('does not re-ask in the full screen what the short screen asked', () => {
    const short = shortScreen('adult');
    const answers: ScreeningAnswers = Object.fromEntries(
      short.questionKeys.map((key) => [key, 'no' as const]),
    );
    const next = nextQuestions(fullScreen('adult'), answers);
    for (const key of short.questionKeys) expect(next).not.toContain(key);
    expect(next.length).toBe(fullScreen('adult').questionKeys.length - short.questionKeys.length);
  });

  it('is empty once everything was answered, and ignores inherited object keys', () => {
    const screen = shortScreen('child');
    const answers: ScreeningAnswers = Object.fromEntries(
      screen.questionKeys.map((key) => [key, 'declined' as const]),
    );
    expect(nextQuestions(screen, answers)).toEqual([]);
    expect(screenProgress(screen, answers)).toEqual({
      answered: screen.questionKeys.length,
      total: screen.questionKeys.length,
    });
    expect(screenProgress(screen, {})).toEqual({ answered: 0, total: screen.questionKeys.length });
  });
});

describe('screenedPopulation', () => {
  it('screens a child and a presumed child with the child lists', () => {
    expect(screenedPopulation('child')).toBe('child');
    expect(screenedPopulation('presumed_child')).toBe('child');
    expect(screenedPopulation('adult')).toBe('adult');
    expect(screenedPopulation('unknown')).toBe('adult');
  });
});
