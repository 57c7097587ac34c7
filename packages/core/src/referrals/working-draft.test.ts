import { describe, expect, it } from 'vitest';
import { ZReferralSubmission } from './submission.js';
import {
  anonymousNotificationFromDraft,
  completeReferral,
  consentsFromAnswers,
  type ReferralWorkingDraft,
  ZReferralWorkingDraft,
} from './working-draft.js';

const at = new Date('2026-05-05T09:00:00Z');
const clientRef = '7d0c2a52-8a0e-4c8e-9d5e-3f4b5a6c7d8e';

/** Fictional data, made up for the test. */
const adultDraft: ReferralWorkingDraft = {
  person: {
    name: '  Test Person  ',
    birthYear: 1995,
    ageUncertain: false,
    reasonsToBelieveChild: false,
    gender: 'male',
    nationality: 'MD',
    preferredLanguage: 'ro',
    contact: '',
  },
  region: 'north',
  elements: { acts: ['recruitment'], means: ['deception'] },
  exploitationForms: ['forced_labour'],
  exploitationLocation: 'abroad',
  events: [{ kind: 'recruitment', country: 'MD', date: '2025-10' }],
  urgentNeeds: ['accommodation'],
  interpreterNeeded: true,
  narrative: 'A made-up account.',
  consent: {
    identificationReferral: 'given',
    providerOrgIds: ['0a3c1f6e-2b4d-4e5f-8a9b-1c2d3e4f5a6b'],
    optionalPurposes: [],
    language: 'ro',
    interpreterUsed: true,
    method: 'verbal',
    recordedAt: '2026-05-05T08:30:00.000Z',
  },
  step: 'check',
};

describe('ZReferralWorkingDraft', () => {
  it('accepts an empty draft and a half-typed one', () => {
    expect(ZReferralWorkingDraft.safeParse({}).success).toBe(true);
    expect(ZReferralWorkingDraft.safeParse({ person: { name: '' }, step: 'person' }).success).toBe(true);
  });

  it('refuses fields it does not know', () => {
    expect(ZReferralWorkingDraft.safeParse({ cooperatesWithPolice: true }).success).toBe(false);
  });
});

describe('completeReferral', () => {
  it('turns an adult’s draft with consent into a submission the server accepts', () => {
    const result = completeReferral(adultDraft, clientRef, at);
    if (!result.ok) throw new Error(`not complete: ${result.gaps.join()}`);
    const parsed = ZReferralSubmission.parse(result.submission);
    expect(parsed.person.name).toBe('Test Person');
    expect(parsed.person.contact).toBeNull();
    expect(parsed.elements).toEqual({
      acts: ['recruitment'],
      means: ['deception'],
      purposes: ['forced_labour'],
    });
    expect(parsed.consents.map((c) => [c.purpose, c.recipientOrgId])).toEqual([
      ['identification_referral', null],
      ['share_with_provider', '0a3c1f6e-2b4d-4e5f-8a9b-1c2d3e4f5a6b'],
    ]);
    expect(parsed.consents[0]?.givenAt.toISOString()).toBe('2026-05-05T08:30:00.000Z');
    expect(parsed.clientRef).toBe(clientRef);
  });

  it('records consent to inform law enforcement only when it was given, and apart', () => {
    const result = completeReferral(
      { ...adultDraft, consent: { ...adultDraft.consent, optionalPurposes: ['inform_law_enforcement'] } },
      clientRef,
      at,
    );
    expect(result.ok && result.submission.consents.map((c) => c.purpose)).toContain('inform_law_enforcement');
  });

  it('offers the anonymous path when an adult declines the referral', () => {
    const result = completeReferral(
      { ...adultDraft, consent: { ...adultDraft.consent, identificationReferral: 'declined' } },
      clientRef,
      at,
    );
    expect(result).toMatchObject({ ok: false, declined: true, gaps: ['identificationConsent'] });
    expect(result.path.route).toBe('anonymous_notification');
  });

  it('refers a presumed child without consent and without means', () => {
    const result = completeReferral(
      {
        ...adultDraft,
        person: { ...adultDraft.person, birthYear: null, ageUncertain: true, reasonsToBelieveChild: true },
        consent: {},
      },
      clientRef,
      at,
    );
    if (!result.ok) throw new Error(`not complete: ${result.gaps.join()}`);
    expect(result.path.childStatus).toBe('presumed_child');
    expect(result.submission.consents).toEqual([]);
    expect(result.submission.elements.means).toEqual([]);
  });

  it('names what is missing', () => {
    const result = completeReferral({ person: { birthYear: 1980 } }, clientRef, at);
    expect(result).toMatchObject({
      ok: false,
      declined: false,
      gaps: ['exploitationForms', 'identificationConsent', 'consentLanguage', 'consentMethod'],
    });
  });
});

describe('consentsFromAnswers', () => {
  it('records nothing until the language and method are known', () => {
    expect(consentsFromAnswers({ identificationReferral: 'given', method: 'verbal' }, at)).toEqual([]);
  });
});

describe('anonymousNotificationFromDraft', () => {
  it('keeps only gender, age band, nationality, forms and region', () => {
    const notification = anonymousNotificationFromDraft(adultDraft, at);
    expect(notification).toEqual({
      gender: 'male',
      ageBand: '30-38',
      nationality: 'MD',
      exploitationForms: ['forced_labour'],
      region: 'north',
    });
    expect(JSON.stringify(notification)).not.toContain('Test Person');
  });
});
