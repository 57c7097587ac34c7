import { describe, expect, it } from 'vitest';
import { CHILD_STATUSES } from '../persons/age.js';
import {
  type Consent,
  isConsentInForce,
  mayRefer,
  mayShareWith,
  revokeConsent,
  ZConsent,
} from './consent.js';

const givenAt = new Date('2026-02-02T10:00:00Z');
const before = new Date('2026-02-02T09:59:59Z');
const later = new Date('2026-02-10T10:00:00Z');

function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    purpose: 'identification_referral',
    recipientOrgId: null,
    language: 'uk',
    interpreterUsed: true,
    method: 'verbal',
    givenAt,
    revokedAt: null,
    ...overrides,
  };
}

const provider = consent({ purpose: 'share_with_provider', recipientOrgId: 'org-shelter' });
const police = consent({ purpose: 'inform_law_enforcement' });

describe('ZConsent', () => {
  it('parses a consent from JSON, recording language, interpreter and method', () => {
    const parsed = ZConsent.parse({
      purpose: 'share_with_provider',
      recipientOrgId: 'org-shelter',
      language: 'ro',
      interpreterUsed: false,
      method: 'signed',
      givenAt: '2026-02-02T10:00:00Z',
      revokedAt: null,
    });
    expect(parsed.givenAt).toEqual(givenAt);
    expect(parsed.method).toBe('signed');
  });

  it('refuses sharing with a provider that is not named, and a revocation before the consent', () => {
    expect(ZConsent.safeParse({ ...provider, recipientOrgId: null }).success).toBe(false);
    expect(ZConsent.safeParse({ ...provider, revokedAt: before }).success).toBe(false);
    expect(ZConsent.safeParse({ ...provider, method: 'implied' }).success).toBe(false);
  });
});

describe('mayRefer', () => {
  it('refers an adult who consented to an identification referral', () => {
    expect(mayRefer({ childStatus: 'adult' }, [consent()], later)).toBe('referral');
  });

  it('notifies anonymously for an adult without that consent, even with other consents', () => {
    expect(mayRefer({ childStatus: 'adult' }, [], later)).toBe('anonymous_notification');
    expect(mayRefer({ childStatus: 'adult' }, [provider, police], later)).toBe('anonymous_notification');
    expect(mayRefer({ childStatus: 'unknown' }, [], later)).toBe('anonymous_notification');
  });

  it('refers a child or presumed child without consent', () => {
    expect(mayRefer({ childStatus: 'child' }, [], later)).toBe('referral');
    expect(mayRefer({ childStatus: 'presumed_child' }, [], later)).toBe('referral');
  });

  it('stops referring once the consent is revoked, and not before it was given', () => {
    const revoked = revokeConsent(consent(), later);
    expect(mayRefer({ childStatus: 'adult' }, [revoked], new Date('2026-02-05T00:00:00Z'))).toBe('referral');
    expect(mayRefer({ childStatus: 'adult' }, [revoked], later)).toBe('anonymous_notification');
    expect(mayRefer({ childStatus: 'adult' }, [consent()], before)).toBe('anonymous_notification');
  });
});

describe('mayShareWith', () => {
  it('shares only with the named provider, for that purpose', () => {
    expect(mayShareWith([provider], 'share_with_provider', 'org-shelter', later)).toBe(true);
    expect(mayShareWith([provider], 'share_with_provider', 'org-other', later)).toBe(false);
    expect(mayShareWith([provider], 'identification_referral', 'org-shelter', later)).toBe(false);
  });

  it('lets a referral consent without a named recipient cover the competent authority', () => {
    expect(mayShareWith([consent()], 'identification_referral', 'org-authority', later)).toBe(true);
  });

  it('respects a revocation from its time on, not before', () => {
    const revokedAt = new Date('2026-02-05T12:00:00Z');
    const revoked = revokeConsent(provider, revokedAt);
    expect(
      mayShareWith([revoked], 'share_with_provider', 'org-shelter', new Date('2026-02-05T11:59:59Z')),
    ).toBe(true);
    expect(mayShareWith([revoked], 'share_with_provider', 'org-shelter', revokedAt)).toBe(false);
    expect(mayShareWith([revoked], 'share_with_provider', 'org-shelter', later)).toBe(false);
  });
});

describe('revokeConsent', () => {
  it('keeps the first revocation and refuses one before the consent', () => {
    const first = revokeConsent(provider, later);
    expect(revokeConsent(first, new Date('2026-03-01T00:00:00Z')).revokedAt).toEqual(later);
    expect(() => revokeConsent(provider, before)).toThrow(RangeError);
    expect(isConsentInForce(first, later)).toBe(false);
  });
});

describe('informing law enforcement is separate and never required', () => {
  const others: readonly (readonly Consent[])[] = [[], [consent()], [provider], [consent(), provider]];

  it.each(CHILD_STATUSES)('changes nothing about mayRefer for a person who is %s', (childStatus) => {
    for (const base of others) {
      const without = mayRefer({ childStatus }, base, later);
      expect(mayRefer({ childStatus }, [...base, police], later)).toBe(without);
      expect(mayRefer({ childStatus }, [...base, revokeConsent(police, givenAt)], later)).toBe(without);
    }
  });

  it('changes nothing about sharing with the authority or a provider', () => {
    for (const base of others) {
      for (const [purpose, recipient] of [
        ['identification_referral', 'org-authority'],
        ['share_with_provider', 'org-shelter'],
      ] as const) {
        expect(mayShareWith([...base, police], purpose, recipient, later)).toBe(
          mayShareWith(base, purpose, recipient, later),
        );
      }
    }
  });

  it('does not let a law-enforcement consent stand in for a referral consent', () => {
    expect(mayShareWith([police], 'identification_referral', 'org-authority', later)).toBe(false);
  });
});
