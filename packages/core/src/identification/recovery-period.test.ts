import { describe, expect, it } from 'vitest';
import {
  mayWithholdRecoveryPeriod,
  type RecoveryPeriod,
  recoveryPeriodEnd,
  recoveryPeriodStatus,
  ZRecoveryExtension,
  ZRecoveryWithholding,
} from './recovery-period.js';

const LONDON = 'Europe/London';

describe('recoveryPeriodEnd', () => {
  it('counts calendar days from the local start date, ending at the end of the last day', () => {
    // 1 March + 30 days = 31 March, which is in summer time.
    expect(recoveryPeriodEnd(new Date('2026-03-01T10:00:00Z'), 30, [], LONDON).toISOString()).toBe(
      '2026-03-31T22:59:59.999Z',
    );
  });

  it('crosses the clocks going back', () => {
    expect(recoveryPeriodEnd(new Date('2026-10-01T10:00:00Z'), 45, [], LONDON).toISOString()).toBe(
      '2026-11-15T23:59:59.999Z',
    );
  });

  it('starts on the local date: 23:30 UTC on 30 June is 1 July in London', () => {
    expect(recoveryPeriodEnd(new Date('2026-06-30T23:30:00Z'), 30, [], LONDON).toISOString()).toBe(
      '2026-07-31T22:59:59.999Z',
    );
  });

  it('adds every extension and crosses the year end', () => {
    expect(
      recoveryPeriodEnd(
        new Date('2026-11-20T12:00:00Z'),
        30,
        [{ days: 14 }, { days: 7 }],
        LONDON,
      ).toISOString(),
    ).toBe('2027-01-10T23:59:59.999Z');
  });

  it('refuses a period under 30 days (CoE art. 13) and an empty extension', () => {
    expect(() => recoveryPeriodEnd(new Date(), 29, [], LONDON)).toThrow(RangeError);
    expect(() => recoveryPeriodEnd(new Date(), 30, [{ days: 0 }], LONDON)).toThrow(RangeError);
  });
});

describe('extensions and withholding', () => {
  const base = { grantedAt: '2026-04-01T10:00:00Z', grantedBy: 'user-1', days: 14 };

  it('requires a reason for an extension', () => {
    expect(ZRecoveryExtension.safeParse({ ...base, reason: 'Medical treatment continues.' }).success).toBe(
      true,
    );
    expect(ZRecoveryExtension.safeParse({ ...base, reason: '  ' }).success).toBe(false);
    expect(ZRecoveryExtension.safeParse(base).success).toBe(false);
  });

  it('allows withholding only on public order or improperly claimed status, with a reason (CoE art. 13(3))', () => {
    const withholding = { decidedAt: '2026-04-01T10:00:00Z', decidedBy: 'user-1', reason: 'Stated grounds.' };
    expect(ZRecoveryWithholding.safeParse({ ...withholding, grounds: 'public_order' }).success).toBe(true);
    expect(
      ZRecoveryWithholding.safeParse({ ...withholding, grounds: 'improperly_claimed_status' }).success,
    ).toBe(true);
    expect(
      ZRecoveryWithholding.safeParse({ ...withholding, grounds: 'no_cooperation_with_police' }).success,
    ).toBe(false);
    expect(
      ZRecoveryWithholding.safeParse({ ...withholding, grounds: 'public_order', reason: '' }).success,
    ).toBe(false);
    expect(mayWithholdRecoveryPeriod('public_order', 'Stated grounds.')).toBe(true);
    expect(mayWithholdRecoveryPeriod('public_order', ' ')).toBe(false);
    expect(mayWithholdRecoveryPeriod('public_order', undefined)).toBe(false);
    expect(mayWithholdRecoveryPeriod('refused_to_testify', 'x')).toBe(false);
  });
});

describe('recoveryPeriodStatus', () => {
  const period: RecoveryPeriod = {
    startedAt: new Date('2026-03-01T10:00:00Z'),
    days: 30,
    extensions: [],
    withheld: null,
  };

  it('runs until the end of the last day, then ends', () => {
    expect(recoveryPeriodStatus(period, new Date('2026-03-31T22:59:59.999Z'), LONDON).status).toBe('running');
    expect(recoveryPeriodStatus(period, new Date('2026-03-31T23:00:00Z'), LONDON).status).toBe('ended');
  });

  it('is withheld only from the withholding decision on', () => {
    const withheld: RecoveryPeriod = {
      ...period,
      withheld: {
        grounds: 'public_order',
        reason: 'Stated grounds.',
        decidedAt: new Date('2026-03-10T12:00:00Z'),
        decidedBy: 'user-1',
      },
    };
    expect(recoveryPeriodStatus(withheld, new Date('2026-03-09T12:00:00Z'), LONDON).status).toBe('running');
    expect(recoveryPeriodStatus(withheld, new Date('2026-03-10T12:00:00Z'), LONDON).status).toBe('withheld');
  });
});
