import { shortScreen, ZScreeningDraft } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import {
  conclusionErrors,
  draftScreen,
  draftSuggestion,
  emptyScreeningDraft,
  finishDraft,
  isFinished,
  isStarted,
  newScreeningDraft,
  parseBirthYear,
  personFacingAnswer,
  personFacingStep,
  personFacingStop,
  reopenDraft,
  submissionBody,
  withAnswer,
} from './draft';

const now = new Date('2026-05-04T10:00:00Z');
const DRAFT_ID = '0b7e6a52-3c1d-4f7e-9a51-2d8c4e6f1a23';
const adult = newScreeningDraft(
  {
    mode: 'person_facing',
    language: 'uk',
    birthYear: 1990,
    ageUncertain: false,
    reasonsToBelieveChild: false,
  },
  now,
);

describe('a new short-screen draft', () => {
  it('starts with no answers, at the first question, and fits the draft schema the server checks', () => {
    expect(adult).toMatchObject({
      depth: 'short',
      mode: 'person_facing',
      language: 'uk',
      answers: {},
      position: 0,
    });
    expect(isStarted(adult)).toBe(true);
    expect(isStarted(emptyScreeningDraft())).toBe(false);
    expect(ZScreeningDraft.safeParse(adult).success).toBe(true);
  });

  it('uses the child lists for a presumed child', () => {
    const presumed = newScreeningDraft(
      { mode: 'worker', language: 'ar', birthYear: null, ageUncertain: true, reasonsToBelieveChild: true },
      now,
    );
    expect(draftScreen(presumed).population).toBe('child');
    expect(draftScreen(presumed).questionKeys).toContain('osec_images');
    expect(draftScreen(adult).questionKeys).not.toContain('osec_images');
    const steps = draftSuggestion(presumed).nextSteps.map((step) => step.action);
    expect(steps).toContain('child_protection_now');
  });
});

describe('person-facing steps', () => {
  const keys = shortScreen('adult').questionKeys;

  it('shows the intro, then one question at a time in screen order, then the hand-back screen', () => {
    expect(personFacingStep(0, keys, false)).toEqual({ kind: 'intro' });
    expect(personFacingStep(0, keys, true)).toEqual({
      kind: 'question',
      key: keys[0],
      index: 0,
      total: keys.length,
    });
    let draft = adult;
    for (const key of keys.slice(0, 3)) draft = personFacingAnswer(draft, keys, key, 'declined');
    expect(personFacingStep(draft.position ?? 0, keys, true)).toMatchObject({
      kind: 'question',
      key: keys[3],
      index: 3,
    });
    expect(personFacingStep(keys.length, keys, true)).toEqual({ kind: 'handback' });
  });

  it('never moves back to an earlier question', () => {
    const ahead = { ...adult, position: 5 };
    const answered = personFacingAnswer(ahead, keys, keys[1] ?? '', 'yes');
    expect(answered.position).toBe(5);
    expect(answered.answers[keys[1] ?? '']).toBe('yes');
  });

  it('keeps "I don\'t want to answer" as its own answer, never as "no"', () => {
    const key = keys[0] ?? '';
    expect(personFacingAnswer(adult, keys, key, 'declined').answers).toEqual({ [key]: 'declined' });
  });

  it('stops at the hand-back screen with the rest unanswered', () => {
    const stopped = personFacingStop(withAnswer(adult, 'cd_debt', 'yes'), keys);
    expect(personFacingStep(stopped.position ?? 0, keys, true)).toEqual({ kind: 'handback' });
    expect(stopped.answers).toEqual({ cd_debt: 'yes' });
  });
});

describe('the conclusion', () => {
  it('needs nothing to agree with the suggestion', () => {
    expect(conclusionErrors({ kind: 'confirm' }, 'indication')).toEqual({});
  });

  it('needs another reading and a reason to conclude differently', () => {
    expect(conclusionErrors({ kind: 'override', concluded: null, reason: ' ' }, 'indication')).toEqual({
      concluded: 'required',
      reason: 'required',
    });
    expect(
      conclusionErrors(
        { kind: 'override', concluded: 'indication', reason: 'Seen at the site' },
        'indication',
      ),
    ).toEqual({ concluded: 'same_as_suggested' });
    expect(
      conclusionErrors(
        { kind: 'override', concluded: 'insufficient', reason: 'Seen at the site' },
        'indication',
      ),
    ).toEqual({});
  });

  it('marks the draft finished, and reopening it takes the mark away', () => {
    const finished = finishDraft(
      adult,
      { kind: 'override', concluded: 'indication', reason: '  Seen  ' },
      now,
    );
    expect(isFinished(finished)).toBe(true);
    expect(finished.conclusion).toEqual({ concluded: 'indication', reason: 'Seen' });
    expect(ZScreeningDraft.safeParse(finished).success).toBe(true);
    expect(isFinished(reopenDraft(finished))).toBe(false);
    expect(reopenDraft(finished).conclusion).toEqual(finished.conclusion);
  });
});

describe('submissionBody', () => {
  it('sends the draft id as the client reference with the answers and the conclusion', () => {
    const finished = finishDraft(withAnswer(adult, 'cd_debt', 'yes'), { kind: 'confirm' }, now);
    expect(submissionBody(DRAFT_ID, finished)).toEqual({
      clientRef: DRAFT_ID,
      depth: 'short',
      mode: 'person_facing',
      language: 'uk',
      person: { birthYear: 1990, ageUncertain: false, reasonsToBelieveChild: false, gender: null },
      answers: { cd_debt: 'yes' },
      conclusion: { concluded: null, reason: null },
      startedAt: '2026-05-04T10:00:00.000Z',
    });
  });
});

describe('parseBirthYear', () => {
  it('reads empty as not known and accepts a plausible year', () => {
    expect(parseBirthYear('', now)).toEqual({ ok: true, value: null });
    expect(parseBirthYear(' 2009 ', now)).toEqual({ ok: true, value: 2009 });
  });

  it('refuses what is not a four-digit year up to this one', () => {
    for (const text of ['98', '19x8', '1850', '2031', '-1990'])
      expect(parseBirthYear(text, now).ok).toBe(false);
  });
});
