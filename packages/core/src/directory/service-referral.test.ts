import { describe, expect, it } from 'vitest';
import type { Consent } from '../referrals/consent.js';
import {
  isOpenServiceReferral,
  SERVICE_REFERRAL_ACTIONS,
  serviceReferralActions,
  serviceReferralBasis,
  serviceReferralTransition,
  teamPurposeForServiceKind,
} from './service-referral.js';
import { SERVICE_KINDS, SERVICE_REFERRAL_STATUSES } from './vocabulary.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const SHELTER = 'shelter-org';

function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    purpose: 'share_with_provider',
    recipientOrgId: SHELTER,
    language: 'ro',
    interpreterUsed: false,
    method: 'verbal',
    givenAt: new Date(NOW.getTime() - 3_600_000),
    revokedAt: null,
    ...overrides,
  };
}

describe('service referral status machine', () => {
  it('lets the provider accept, start and end, in that order', () => {
    expect(serviceReferralTransition('sent', 'accept', 'provider')).toEqual({ ok: true, to: 'accepted' });
    expect(serviceReferralTransition('accepted', 'start', 'provider')).toEqual({ ok: true, to: 'started' });
    expect(serviceReferralTransition('started', 'end', 'provider')).toEqual({ ok: true, to: 'ended' });
  });

  it('lets the provider decline only what it has not accepted', () => {
    expect(serviceReferralTransition('sent', 'decline', 'provider')).toEqual({ ok: true, to: 'declined' });
    expect(serviceReferralTransition('accepted', 'decline', 'provider')).toEqual({
      ok: false,
      reason: 'not_from_status',
    });
  });

  it('lets only the sender withdraw, and only while nothing has started', () => {
    expect(serviceReferralTransition('sent', 'withdraw', 'sender')).toEqual({ ok: true, to: 'withdrawn' });
    expect(serviceReferralTransition('accepted', 'withdraw', 'sender')).toEqual({
      ok: true,
      to: 'withdrawn',
    });
    expect(serviceReferralTransition('started', 'withdraw', 'sender').ok).toBe(false);
    expect(serviceReferralTransition('sent', 'withdraw', 'provider')).toEqual({
      ok: false,
      reason: 'wrong_side',
    });
    expect(serviceReferralTransition('sent', 'accept', 'sender')).toEqual({
      ok: false,
      reason: 'wrong_side',
    });
  });

  it('ends with an outcome even when the person never arrived (accepted, not started)', () => {
    expect(serviceReferralTransition('accepted', 'end', 'provider')).toEqual({ ok: true, to: 'ended' });
    expect(serviceReferralTransition('sent', 'start', 'provider').ok).toBe(false);
  });

  it('allows nothing after a final status', () => {
    for (const status of ['declined', 'ended', 'withdrawn'] as const) {
      expect(isOpenServiceReferral(status)).toBe(false);
      for (const action of SERVICE_REFERRAL_ACTIONS) {
        expect(serviceReferralTransition(status, action, 'provider').ok).toBe(false);
        expect(serviceReferralTransition(status, action, 'sender').ok).toBe(false);
      }
    }
  });

  it('lists the actions each side may take now', () => {
    expect(serviceReferralActions('sent', 'provider')).toEqual(['accept', 'decline']);
    expect(serviceReferralActions('sent', 'sender')).toEqual(['withdraw']);
    expect(serviceReferralActions('accepted', 'provider')).toEqual(['start', 'end']);
    expect(serviceReferralActions('started', 'provider')).toEqual(['end']);
    expect(serviceReferralActions('started', 'sender')).toEqual([]);
    expect(SERVICE_REFERRAL_STATUSES.filter(isOpenServiceReferral)).toEqual(['sent', 'accepted', 'started']);
  });
});

describe('teamPurposeForServiceKind', () => {
  it('gives accommodation to shelters, health to care, legal aid to lawyers, assistance otherwise', () => {
    expect(teamPurposeForServiceKind('shelter')).toBe('accommodation');
    expect(teamPurposeForServiceKind('safe_house')).toBe('accommodation');
    expect(teamPurposeForServiceKind('medical')).toBe('health');
    expect(teamPurposeForServiceKind('psychological')).toBe('health');
    expect(teamPurposeForServiceKind('legal_aid')).toBe('legal_aid');
    const others = SERVICE_KINDS.filter(
      (kind) => !['shelter', 'safe_house', 'medical', 'psychological', 'legal_aid'].includes(kind),
    );
    expect(new Set(others.map(teamPurposeForServiceKind))).toEqual(new Set(['assistance']));
  });
});

describe('serviceReferralBasis', () => {
  it('allows an adult with consent in force to share with that provider', () => {
    const consents = [consent({ recipientOrgId: 'other' }), consent()];
    expect(serviceReferralBasis({ isChild: false, providerOrgId: SHELTER, consents, at: NOW })).toEqual({
      ok: true,
      basis: 'consent',
      consentIndex: 1,
    });
  });

  it('refuses an adult without consent, with consent to another provider, or a revoked one', () => {
    const refused = { ok: false, reason: 'consent_required' };
    const basis = (consents: Consent[]) =>
      serviceReferralBasis({ isChild: false, providerOrgId: SHELTER, consents, at: NOW });
    expect(basis([])).toEqual(refused);
    expect(basis([consent({ recipientOrgId: 'other' })])).toEqual(refused);
    expect(basis([consent({ revokedAt: new Date(NOW.getTime() - 60_000) })])).toEqual(refused);
    expect(basis([consent({ purpose: 'identification_referral', recipientOrgId: SHELTER })])).toEqual(
      refused,
    );
  });

  it('takes the child protection path for a child, naming a guardian’s consent when there is one', () => {
    expect(serviceReferralBasis({ isChild: true, providerOrgId: SHELTER, consents: [], at: NOW })).toEqual({
      ok: true,
      basis: 'child_protection',
      consentIndex: null,
    });
    expect(
      serviceReferralBasis({ isChild: true, providerOrgId: SHELTER, consents: [consent()], at: NOW }),
    ).toEqual({ ok: true, basis: 'child_protection', consentIndex: 0 });
  });
});
