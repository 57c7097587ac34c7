import { describe, expect, it } from 'vitest';
import {
  bestInterestsFindings,
  compensationFindings,
  durableSolutionFindings,
  legalAidFindings,
  missingEpisodeFindings,
  moneyCents,
  nonPunishmentFindings,
  residencePermitFindings,
} from './rules.js';
import type { CompensationClaimInput, DurableSolutionInput, ResidencePermitInput } from './shapes.js';
import {
  ZCompensationClaimInput,
  ZCooperationInput,
  ZDurableSolutionInput,
  ZMissingEpisodeInput,
} from './shapes.js';

const TODAY = '2026-06-15';
const codes = (found: readonly { path: string; code: string }[]) => found.map((f) => `${f.path}:${f.code}`);

describe('residence permits', () => {
  const base: ResidencePermitInput = {
    basis: 'victim_situation',
    appliedOn: '2026-03-01',
    status: 'pending',
    decidedOn: null,
    validUntil: null,
    rightToWork: false,
  };
  it('accepts a pending application and a grant valid until a later date', () => {
    expect(residencePermitFindings(base, TODAY)).toEqual([]);
    expect(
      residencePermitFindings(
        { ...base, status: 'granted', decidedOn: '2026-04-01', validUntil: '2027-04-01', rightToWork: true },
        TODAY,
      ),
    ).toEqual([]);
  });
  it('refuses a decision before the application, in the future, or missing when decided', () => {
    expect(
      codes(residencePermitFindings({ ...base, status: 'granted', decidedOn: '2026-02-01' }, TODAY)),
    ).toEqual(['decidedOn:date_before_start']);
    expect(
      codes(residencePermitFindings({ ...base, status: 'refused', decidedOn: '2026-07-01' }, TODAY)),
    ).toEqual(['decidedOn:date_in_future']);
    expect(codes(residencePermitFindings({ ...base, status: 'granted' }, TODAY))).toEqual([
      'decidedOn:required',
    ]);
    expect(codes(residencePermitFindings({ ...base, decidedOn: '2026-04-01' }, TODAY))).toEqual([
      'decidedOn:not_decided_yet',
    ]);
  });
  it('a validity date belongs to a grant and ends after the decision', () => {
    expect(codes(residencePermitFindings({ ...base, validUntil: '2027-01-01' }, TODAY))).toEqual([
      'validUntil:only_when_granted',
    ]);
    expect(
      codes(
        residencePermitFindings(
          { ...base, status: 'granted', decidedOn: '2026-04-01', validUntil: '2026-03-31' },
          TODAY,
        ),
      ),
    ).toEqual(['validUntil:date_before_start']);
  });
});

describe('legal aid', () => {
  it('a grant has its date, on or after the request; only a grant has one', () => {
    const base = { providerOrganisationId: null, requestedOn: '2026-05-01', grantedOn: null } as const;
    expect(legalAidFindings({ ...base, status: 'requested' }, TODAY)).toEqual([]);
    expect(legalAidFindings({ ...base, status: 'granted', grantedOn: '2026-05-02' }, TODAY)).toEqual([]);
    expect(codes(legalAidFindings({ ...base, status: 'granted' }, TODAY))).toEqual(['grantedOn:required']);
    expect(codes(legalAidFindings({ ...base, status: 'refused', grantedOn: '2026-05-02' }, TODAY))).toEqual([
      'grantedOn:only_when_granted',
    ]);
    expect(codes(legalAidFindings({ ...base, status: 'granted', grantedOn: '2026-04-30' }, TODAY))).toEqual([
      'grantedOn:date_before_start',
    ]);
  });
});

describe('compensation claims', () => {
  const base: CompensationClaimInput = {
    route: 'labour_tribunal',
    claimedOn: '2026-01-10',
    currency: 'EUR',
    amountClaimed: '12000',
    amountAwarded: null,
    amountPaid: null,
    status: 'pending',
    decidedOn: null,
  };
  const awarded = { ...base, status: 'awarded', decidedOn: '2026-05-01', amountAwarded: '8000.50' } as const;

  it('reads amounts as exact cents', () => {
    expect(moneyCents('8000.50')).toBe(800_050);
    expect(moneyCents('8000.5')).toBe(800_050);
    expect(moneyCents('0.07')).toBe(7);
    expect(moneyCents('12')).toBe(1200);
  });
  it('accepts a pending claim, an award, a part payment and a payment in full', () => {
    expect(compensationFindings(base, TODAY)).toEqual([]);
    expect(compensationFindings(awarded, TODAY)).toEqual([]);
    expect(compensationFindings({ ...awarded, status: 'partly_paid', amountPaid: '1000' }, TODAY)).toEqual(
      [],
    );
    expect(compensationFindings({ ...awarded, status: 'paid', amountPaid: '8000.50' }, TODAY)).toEqual([]);
  });
  it('accepts an award above the claim (interest, the court’s own assessment) and a claim without an amount', () => {
    expect(compensationFindings({ ...awarded, amountAwarded: '15000' }, TODAY)).toEqual([]);
    expect(compensationFindings({ ...awarded, amountClaimed: null }, TODAY)).toEqual([]);
  });
  it('refuses paying more than was awarded', () => {
    expect(
      codes(compensationFindings({ ...awarded, status: 'partly_paid', amountPaid: '8000.51' }, TODAY)),
    ).toEqual(['amountPaid:paid_above_awarded']);
  });
  it('keeps the status and the amounts consistent', () => {
    expect(codes(compensationFindings({ ...awarded, status: 'paid', amountPaid: '10' }, TODAY))).toEqual([
      'status:paid_in_part_only',
    ]);
    expect(
      codes(compensationFindings({ ...awarded, status: 'partly_paid', amountPaid: '8000.50' }, TODAY)),
    ).toEqual(['status:paid_in_full']);
    expect(codes(compensationFindings({ ...awarded, amountAwarded: null }, TODAY))).toEqual([
      'amountAwarded:required',
    ]);
    expect(codes(compensationFindings({ ...base, amountPaid: '5' }, TODAY))).toEqual([
      'amountPaid:not_paid_status',
    ]);
    expect(codes(compensationFindings({ ...awarded, status: 'paid' }, TODAY))).toEqual([
      'amountPaid:required',
    ]);
    expect(codes(compensationFindings({ ...base, status: 'refused' }, TODAY))).toEqual([
      'decidedOn:required',
    ]);
  });
  it('orders the dates', () => {
    expect(codes(compensationFindings({ ...awarded, decidedOn: '2025-12-31' }, TODAY))).toEqual([
      'decidedOn:date_before_start',
    ]);
    expect(codes(compensationFindings({ ...base, claimedOn: '2026-06-16' }, TODAY))).toEqual([
      'claimedOn:date_in_future',
    ]);
  });
  it('refuses malformed amounts and currencies before any rule runs', () => {
    expect(ZCompensationClaimInput.safeParse({ ...base, amountClaimed: '-5' }).success).toBe(false);
    expect(ZCompensationClaimInput.safeParse({ ...base, amountClaimed: '1.005' }).success).toBe(false);
    expect(ZCompensationClaimInput.safeParse({ ...base, currency: 'eur' }).success).toBe(false);
    expect(ZCompensationClaimInput.safeParse({ ...base, assistanceDependsOnIt: true }).success).toBe(false);
  });
});

describe('non-punishment, best interests and missing episodes', () => {
  it('orders the dates', () => {
    expect(
      nonPunishmentFindings(
        { offence: 'false_documents', linkedToTrafficking: true, outcome: 'discontinued', assessedOn: TODAY },
        TODAY,
      ),
    ).toEqual([]);
    expect(
      codes(
        bestInterestsFindings(
          { kind: 'determination', startedOn: '2026-05-01', completedOn: '2026-04-01' },
          TODAY,
        ),
      ),
    ).toEqual(['completedOn:date_before_start']);
    const now = new Date('2026-06-15T12:00:00Z');
    expect(missingEpisodeFindings({ wentMissingAt: '2026-06-01T20:00:00Z', foundAt: null }, now)).toEqual([]);
    expect(
      codes(
        missingEpisodeFindings(
          { wentMissingAt: '2026-06-01T20:00:00Z', foundAt: '2026-06-01T19:00:00Z' },
          now,
        ),
      ),
    ).toEqual(['foundAt:date_before_start']);
    expect(
      codes(missingEpisodeFindings({ wentMissingAt: '2026-06-16T20:00:00Z', foundAt: null }, now)),
    ).toEqual(['wentMissingAt:date_in_future']);
    expect(ZMissingEpisodeInput.safeParse({ wentMissingAt: 'yesterday', foundAt: null }).success).toBe(false);
  });
});

describe('durable solutions', () => {
  const ret: DurableSolutionInput = {
    kind: 'return',
    status: 'planned',
    decidedOn: '2026-06-01',
    country: 'MD',
  };
  const adult = { isChild: false, hasCompletedDetermination: false };
  const child = { isChild: true, hasCompletedDetermination: false };

  it('a child’s return needs a completed best-interests determination (CoE art. 16(7))', () => {
    expect(codes(durableSolutionFindings(ret, child, TODAY))).toEqual([
      'kind:child_return_needs_best_interests_determination',
    ]);
    expect(durableSolutionFindings(ret, { isChild: true, hasCompletedDetermination: true }, TODAY)).toEqual(
      [],
    );
    expect(durableSolutionFindings(ret, adult, TODAY)).toEqual([]);
    expect(durableSolutionFindings({ ...ret, status: 'abandoned' }, child, TODAY)).toEqual([]);
    expect(durableSolutionFindings({ ...ret, kind: 'integration', country: null }, child, TODAY)).toEqual([]);
  });
  it('a return or a relocation names the country', () => {
    expect(
      codes(durableSolutionFindings({ ...ret, kind: 'relocation', country: null }, adult, TODAY)),
    ).toEqual(['country:required']);
    expect(ZDurableSolutionInput.safeParse({ ...ret, country: 'XX' }).success).toBe(false);
  });
});

describe('cooperation', () => {
  it('is one status and nothing else: no field can tie it to help', () => {
    expect(ZCooperationInput.safeParse({ status: 'declines_contact' }).success).toBe(true);
    expect(ZCooperationInput.safeParse({ status: 'declines_contact', suspendAssistance: true }).success).toBe(
      false,
    );
    expect(ZCooperationInput.safeParse({ status: 'maybe' }).success).toBe(false);
  });
});
