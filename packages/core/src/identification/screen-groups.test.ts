import { describe, expect, it } from 'vitest';
import { applicableSets } from './indicators/index.js';
import { SAFETY_QUESTIONS } from './safety.js';
import {
  answersOutsideScreen,
  groupQuestions,
  QUESTION_GROUPS,
  screeningChildStatus,
  screeningScreen,
  screenOf,
} from './screen-groups.js';
import { ZScreeningDraft } from './screening-draft.js';
import { fullScreen, shortScreen } from './screens.js';

const at = new Date('2026-05-04T10:00:00Z');

describe('groupQuestions', () => {
  it.each(['short', 'full'] as const)('shows every %s-screen question exactly once', (depth) => {
    for (const population of ['adult', 'child'] as const) {
      const screen = screenOf(depth, population);
      const shown = groupQuestions(screen).flatMap((group) => group.questionKeys);
      expect(shown.toSorted()).toEqual([...screen.questionKeys].toSorted());
      expect(new Set(shown).size).toBe(shown.length);
    }
  });

  it('puts the safety questions first, then the dimensions in ILO/EC order', () => {
    const groups = groupQuestions(fullScreen('adult'));
    expect(groups[0]).toEqual({
      group: 'safety',
      questionKeys: SAFETY_QUESTIONS.map((question) => question.questionKey),
    });
    const order = groups.map((group) => QUESTION_GROUPS.indexOf(group.group));
    expect(order).toEqual([...order].toSorted((a, b) => a - b));
    expect(groups.map((group) => group.group)).toContain('coercion_at_destination');
  });

  it('files a question under a dimension that one of its indicators names', () => {
    const screen = shortScreen('adult');
    const sets = applicableSets('adult');
    for (const { group, questionKeys } of groupQuestions(screen)) {
      if (group === 'safety') continue;
      for (const key of questionKeys) {
        const dimensions = sets.flatMap((set) =>
          set.indicators.filter((item) => item.questionKey === key).map((item) => item.dimension),
        );
        expect(dimensions, key).toContain(group);
      }
    }
  });

  it('groups the documents question of the short screen under coercion at destination', () => {
    const groups = groupQuestions(shortScreen('adult'));
    const coercion = groups.find((group) => group.group === 'coercion_at_destination');
    expect(coercion?.questionKeys).toContain('cd_documents_kept');
  });
});

describe('answersOutsideScreen', () => {
  it('accepts answers to questions of the screen', () => {
    expect(
      answersOutsideScreen(shortScreen('adult'), { cd_debt: 'yes', safety_injured: 'declined' }),
    ).toEqual([]);
  });

  it('names answers to questions the screen does not ask', () => {
    expect(
      answersOutsideScreen(shortScreen('adult'), { cd_debt: 'yes', osec_images: 'no', made_up: 'yes' }),
    ).toEqual(['osec_images', 'made_up']);
  });

  it('accepts a full-screen question only on the full screen', () => {
    const answers = { ec_wage_manipulation: 'yes' } as const;
    expect(answersOutsideScreen(shortScreen('adult'), answers)).toEqual(['ec_wage_manipulation']);
    expect(answersOutsideScreen(fullScreen('adult'), answers)).toEqual([]);
  });
});

describe('screeningChildStatus', () => {
  it('reads nothing known as unknown, screened with the adult lists', () => {
    expect(screeningChildStatus(undefined, at)).toBe('unknown');
    expect(screeningScreen('short', 'unknown').population).toBe('adult');
  });

  it('presumes a child when there are reasons to believe one and no birth year', () => {
    expect(screeningChildStatus({ reasonsToBelieveChild: true }, at)).toBe('presumed_child');
    expect(screeningScreen('short', 'presumed_child').population).toBe('child');
  });

  it('reads a birth year under eighteen as a child', () => {
    expect(screeningChildStatus({ birthYear: 2012 }, at)).toBe('child');
    expect(screeningChildStatus({ birthYear: 1990, reasonsToBelieveChild: true }, at)).toBe('adult');
    expect(
      screeningChildStatus({ birthYear: 2007, ageUncertain: true, reasonsToBelieveChild: true }, at),
    ).toBe('presumed_child');
  });
});

describe('ZScreeningDraft', () => {
  it('keeps when the screener finished, for submission once online', () => {
    const draft = ZScreeningDraft.parse({
      depth: 'short',
      mode: 'worker',
      language: 'uk',
      answers: { cd_debt: 'yes' },
      conclusion: { concluded: null, reason: null },
      finishedAt: '2026-05-04T10:00:00.000Z',
    });
    expect(draft.finishedAt).toBe('2026-05-04T10:00:00.000Z');
    expect(ZScreeningDraft.safeParse({ ...draft, finishedAt: 'yesterday' }).success).toBe(false);
  });
});
