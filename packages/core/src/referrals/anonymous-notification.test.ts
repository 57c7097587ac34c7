import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_NOTIFICATION_FIELDS,
  toAnonymousNotification,
  ZAnonymousNotification,
} from './anonymous-notification.js';
import { type ReferralDraft, ZReferralDraft } from './referral-draft.js';

const at = new Date('2026-06-15T12:00:00Z');

/** Fictional data, made up for the test. */
const draft: ReferralDraft = {
  person: {
    name: 'Test Person',
    birthYear: 1996,
    ageUncertain: false,
    reasonsToBelieveChild: false,
    gender: 'female',
    nationality: 'MD',
    preferredLanguage: 'ro',
    contact: '+00 000 000',
  },
  region: 'north',
  elements: { acts: ['recruitment', 'transport'], means: ['deception'], purposes: ['forced_labour'] },
  exploitationForms: ['forced_labour', 'domestic_servitude'],
  exploitationLocation: 'both',
  events: [{ kind: 'recruitment', country: 'MD', date: '2025-11' }],
  urgentNeeds: ['accommodation'],
  interpreterNeeded: true,
  narrative: 'A made-up account for a test.',
  screeningId: '00000000-0000-4000-8000-000000000001',
};

describe('toAnonymousNotification', () => {
  it('keeps only gender, age band, nationality, forms of exploitation and region', () => {
    const notification = toAnonymousNotification(draft, at);
    expect(notification).toEqual({
      gender: 'female',
      ageBand: '27-29',
      nationality: 'MD',
      exploitationForms: ['forced_labour', 'domestic_servitude'],
      region: 'north',
    });
    expect(Object.keys(notification).sort()).toEqual([...ANONYMOUS_NOTIFICATION_FIELDS].sort());
  });

  it('drops anything identifying, even fields a future draft might add', () => {
    const wider = { ...draft, person: { ...draft.person, passportNumber: 'X0000000' }, caseNotes: 'secret' };
    const serialised = JSON.stringify(toAnonymousNotification(wider, at));
    for (const identifying of [
      'Test Person',
      '1996',
      '+00 000 000',
      'made-up account',
      'screening-1',
      'X0000000',
      'secret',
    ]) {
      expect(serialised).not.toContain(identifying);
    }
  });

  it('gives an unknown age band when the birth year is unknown', () => {
    const unknownAge = { ...draft, person: { ...draft.person, birthYear: null } };
    expect(toAnonymousNotification(unknownAge, at).ageBand).toBe('unknown');
  });
});

describe('ZAnonymousNotification', () => {
  it('refuses any field beyond the five allowed', () => {
    const notification = toAnonymousNotification(draft, at);
    expect(ZAnonymousNotification.safeParse(notification).success).toBe(true);
    expect(ZAnonymousNotification.safeParse({ ...notification, name: 'Test Person' }).success).toBe(false);
    expect(ZAnonymousNotification.safeParse({ ...notification, birthYear: 1996 }).success).toBe(false);
  });
});

describe('ZReferralDraft', () => {
  it('accepts the draft and refuses unknown fields', () => {
    expect(ZReferralDraft.safeParse(draft).success).toBe(true);
    expect(ZReferralDraft.safeParse({ ...draft, extra: 1 }).success).toBe(false);
    expect(
      ZReferralDraft.safeParse({ ...draft, events: [{ kind: 'transit', country: 'MD', date: '2025-13' }] })
        .success,
    ).toBe(false);
  });
});
