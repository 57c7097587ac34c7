import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_ANSWERS, ZScreeningDraft } from './screening-draft.js';

const started = {
  depth: 'short',
  mode: 'person_facing',
  language: 'uk',
  answers: { safety_in_danger_now: 'no', dr_job_different: 'declined' },
};

describe('ZScreeningDraft', () => {
  it('accepts an unfinished screening: shape, not completeness', () => {
    expect(ZScreeningDraft.safeParse(started).success).toBe(true);
    expect(ZScreeningDraft.safeParse({ ...started, answers: {} }).success).toBe(true);
    expect(
      ZScreeningDraft.safeParse({
        ...started,
        person: { birthYear: null, reasonsToBelieveChild: true },
        position: 2,
        conclusion: { concluded: null, reason: null },
        startedAt: '2026-03-02T09:15:00.000+02:00',
      }).success,
    ).toBe(true);
  });

  it('refuses values a screening cannot hold', () => {
    expect(ZScreeningDraft.safeParse({ ...started, language: 'de' }).success).toBe(false);
    expect(ZScreeningDraft.safeParse({ ...started, mode: 'kiosk' }).success).toBe(false);
    expect(ZScreeningDraft.safeParse({ ...started, answers: { dr_job_different: 'maybe' } }).success).toBe(
      false,
    );
    expect(ZScreeningDraft.safeParse({ ...started, answers: { 'Not A Key': 'yes' } }).success).toBe(false);
    expect(ZScreeningDraft.safeParse({ ...started, startedAt: 'yesterday' }).success).toBe(false);
  });

  it('refuses fields it does not know, such as one about the police', () => {
    expect(ZScreeningDraft.safeParse({ ...started, cooperatesWithPolice: false }).success).toBe(false);
    expect(
      ZScreeningDraft.safeParse({ ...started, person: { birthYear: 1990, name: 'Test Person' } }).success,
    ).toBe(false);
  });

  it('caps the number of answers', () => {
    const answers = Object.fromEntries(
      Array.from({ length: MAX_DRAFT_ANSWERS + 1 }, (_, index) => [`q_${index}`, 'yes']),
    );
    expect(ZScreeningDraft.safeParse({ ...started, answers }).success).toBe(false);
  });

  it('round-trips through JSON unchanged', () => {
    const parsed = ZScreeningDraft.parse({ ...started, startedAt: '2026-03-02T09:15:00.000Z' });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });
});
