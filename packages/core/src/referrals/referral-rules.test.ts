import { describe, expect, it } from 'vitest';
import { GENERIC_COE_EU_PROFILE } from '../profiles/generic-coe-eu.js';
import type { CountryProfile } from '../profiles/schema.js';
import type { ConsentGiven } from './consent.js';
import { duplicateMatchBasis } from './duplicates.js';
import {
  consentRecipientProblems,
  exploitationCountriesOf,
  providersSharedWith,
  reasonableGroundsDueAfterReferral,
  referralPath,
  stageAfterReferral,
} from './referral-rules.js';

const at = new Date('2026-03-04T10:00:00Z');
const ONE_STAGE: CountryProfile = {
  ...GENERIC_COE_EU_PROFILE,
  decisionStages: 1,
  outcomeCategories: { conclusiveGrounds: GENERIC_COE_EU_PROFILE.outcomeCategories.conclusiveGrounds },
};

const consent = (overrides: Partial<ConsentGiven> = {}): ConsentGiven => ({
  purpose: 'identification_referral',
  recipientOrgId: null,
  language: 'ro',
  interpreterUsed: false,
  method: 'verbal',
  givenAt: at,
  ...overrides,
});

describe('stage and deadline after a referral', () => {
  it('waits for reasonable grounds in a two-stage system, due 5 working days later', () => {
    expect(stageAfterReferral(GENERIC_COE_EU_PROFILE)).toBe('awaiting_reasonable_grounds');
    // Wednesday 4 March 2026 in Brussels: Thu, Fri, Mon, Tue, Wed → end of Wednesday 11 March.
    expect(reasonableGroundsDueAfterReferral(at, GENERIC_COE_EU_PROFILE)?.toISOString()).toBe(
      '2026-03-11T22:59:59.999Z',
    );
  });

  it('waits for the conclusive decision in a one-stage system, with no reasonable-grounds target', () => {
    expect(stageAfterReferral(ONE_STAGE)).toBe('awaiting_conclusive_grounds');
    expect(reasonableGroundsDueAfterReferral(at, ONE_STAGE)).toBeNull();
  });
});

describe('referralPath', () => {
  const adult = { birthYear: 1990, ageUncertain: false, reasonsToBelieveChild: false };

  it('refers a child without any consent', () => {
    expect(referralPath({ ...adult, birthYear: 2012 }, [], at)).toEqual({
      childStatus: 'child',
      route: 'referral',
    });
  });

  it('refers a person of uncertain age with reasons to believe a child as a presumed child', () => {
    expect(
      referralPath({ birthYear: null, ageUncertain: true, reasonsToBelieveChild: true }, [], at),
    ).toEqual({
      childStatus: 'presumed_child',
      route: 'referral',
    });
  });

  it('refers an adult who consented, and only notifies anonymously for one who did not', () => {
    expect(referralPath(adult, [consent()], at).route).toBe('referral');
    expect(referralPath(adult, [], at).route).toBe('anonymous_notification');
  });

  it('does not let a consent to inform law enforcement stand in for the referral consent', () => {
    expect(referralPath(adult, [consent({ purpose: 'inform_law_enforcement' })], at).route).toBe(
      'anonymous_notification',
    );
  });
});

describe('consentRecipientProblems', () => {
  const kinds: Record<string, 'shelter' | 'police' | 'competent_authority'> = {
    shelter: 'shelter',
    police: 'police',
    authority: 'competent_authority',
  };
  const context = { competentOrgId: 'authority', kindOf: (id: string) => kinds[id] };

  it('accepts each purpose going to its own kind of recipient', () => {
    expect(
      consentRecipientProblems(
        [
          consent({ recipientOrgId: 'authority' }),
          consent({ purpose: 'share_with_provider', recipientOrgId: 'shelter' }),
          consent({ purpose: 'inform_law_enforcement', recipientOrgId: 'police' }),
          consent({ purpose: 'inform_law_enforcement', recipientOrgId: null }),
        ],
        context,
      ),
    ).toEqual([]);
  });

  it('refuses sharing "with a provider" that is the police, and the other mix-ups', () => {
    expect(
      consentRecipientProblems(
        [
          consent({ purpose: 'share_with_provider', recipientOrgId: 'police' }),
          consent({ purpose: 'inform_law_enforcement', recipientOrgId: 'shelter' }),
          consent({ recipientOrgId: 'shelter' }),
          consent({ purpose: 'share_with_provider', recipientOrgId: 'nobody' }),
        ],
        context,
      ),
    ).toEqual([
      { index: 0, problem: 'not_a_provider' },
      { index: 1, problem: 'not_law_enforcement' },
      { index: 2, problem: 'not_the_competent_authority' },
      { index: 3, problem: 'unknown_recipient' },
    ]);
  });
});

describe('helpers', () => {
  it('lists the providers shared with and the countries of the events, once each', () => {
    expect(
      providersSharedWith([
        consent({ purpose: 'share_with_provider', recipientOrgId: 'a' }),
        consent({ purpose: 'share_with_provider', recipientOrgId: 'a' }),
        consent({ purpose: 'inform_law_enforcement', recipientOrgId: 'b' }),
      ]),
    ).toEqual(['a']);
    expect(
      exploitationCountriesOf([
        { kind: 'recruitment', country: 'MD', date: '2025' },
        { kind: 'transit', country: null, date: null },
        { kind: 'exploitation', country: 'AT', date: '2025-06' },
        { kind: 'exploitation', country: 'MD', date: null },
      ]),
    ).toEqual(['MD', 'AT']);
  });

  it('matches duplicates on name and birth date when known, on the name alone otherwise', () => {
    expect(duplicateMatchBasis({ nameIndex: 'n', nameAndBirthDateIndex: 'nd' })).toEqual({
      basis: 'name_and_birth_date',
      index: 'nd',
    });
    expect(duplicateMatchBasis({ nameIndex: 'n', nameAndBirthDateIndex: null })).toEqual({
      basis: 'name',
      index: 'n',
    });
    expect(duplicateMatchBasis({ nameIndex: null, nameAndBirthDateIndex: null })).toBeNull();
  });
});
