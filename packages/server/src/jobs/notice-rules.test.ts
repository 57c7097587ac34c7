import { describe, expect, it } from 'vitest';
import { sweepCron } from './deadline-jobs.js';
import { recoveryPeriodNotices, referralNotices } from './notice-rules.js';

const HOUR = 3_600_000;
const now = new Date('2026-03-10T09:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
const referral = {
  referralId: '11111111-1111-4111-8111-111111111111',
  caseId: '22222222-2222-4222-8222-222222222222',
  competentOrgId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  reminderDaysBefore: 1,
};
const coordinator = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

describe('referralNotices', () => {
  it('says nothing while the deadline is further away than the reminder window', () => {
    expect(referralNotices({ ...referral, dueAt: at(25) }, now, [coordinator])).toEqual([]);
  });

  it('reminds the deciding organisation only, within the window and at the deadline itself', () => {
    for (const dueAt of [at(24), at(1), now]) {
      expect(referralNotices({ ...referral, dueAt }, now, [coordinator])).toEqual([
        {
          organisationId: referral.competentOrgId,
          kind: 'reasonable_grounds_due_soon',
          caseId: referral.caseId,
          dueAt,
          dedupeKey: `reasonable_grounds_due_soon:${referral.referralId}:${referral.competentOrgId}`,
        },
      ]);
    }
  });

  it('escalates an overdue decision to the deciding organisation and each national coordinator', () => {
    const notices = referralNotices({ ...referral, dueAt: at(-1) }, now, [coordinator]);
    expect(notices.map((n) => [n.kind, n.organisationId])).toEqual([
      ['reasonable_grounds_overdue', referral.competentOrgId],
      ['reasonable_grounds_overdue', coordinator],
    ]);
    expect(new Set(notices.map((n) => n.dedupeKey)).size).toBe(2);
  });

  it('escalates once when the deciding organisation is itself the coordinator', () => {
    const notices = referralNotices({ ...referral, dueAt: at(-1) }, now, [referral.competentOrgId]);
    expect(notices).toHaveLength(1);
  });

  it('follows the reminder window of the profile version the case started with', () => {
    expect(referralNotices({ ...referral, reminderDaysBefore: 3, dueAt: at(70) }, now, [])).toHaveLength(1);
    expect(referralNotices({ ...referral, reminderDaysBefore: 0, dueAt: at(1) }, now, [])).toEqual([]);
  });
});

describe('recoveryPeriodNotices', () => {
  const period = {
    periodId: '33333333-3333-4333-8333-333333333333',
    caseId: referral.caseId,
    reminderDaysBefore: 1,
    recipientOrgIds: [
      referral.competentOrgId,
      'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
      referral.competentOrgId,
    ],
    conclusiveDueAt: null,
  };

  it('tells each recipient once that a running period ends soon', () => {
    const notices = recoveryPeriodNotices({ ...period, status: 'running', endsAt: at(12) }, now);
    expect(notices.map((n) => n.kind)).toEqual([
      'recovery_period_ending_soon',
      'recovery_period_ending_soon',
    ]);
    expect(notices.map((n) => n.dueAt)).toEqual([at(12), at(12)]);
  });

  it('says nothing for a running period far from its end, or a withheld one', () => {
    expect(recoveryPeriodNotices({ ...period, status: 'running', endsAt: at(72) }, now)).toEqual([]);
    expect(recoveryPeriodNotices({ ...period, status: 'withheld', endsAt: at(-72) }, now)).toEqual([]);
  });

  it('says an ended period is over, with the conclusive decision target as the due date', () => {
    const conclusiveDueAt = at(24 * 30);
    const notices = recoveryPeriodNotices(
      { ...period, status: 'ended', endsAt: at(-1), conclusiveDueAt },
      now,
    );
    expect(notices.map((n) => [n.kind, n.dueAt])).toEqual([
      ['recovery_period_ended', conclusiveDueAt],
      ['recovery_period_ended', conclusiveDueAt],
    ]);
  });
});

describe('sweepCron', () => {
  it('runs every few minutes, or hourly', () => {
    expect(sweepCron(5)).toBe('*/5 * * * *');
    expect(sweepCron(60)).toBe('0 * * * *');
    expect(() => sweepCron(0)).toThrow(RangeError);
    expect(() => sweepCron(61)).toThrow(RangeError);
  });
});
