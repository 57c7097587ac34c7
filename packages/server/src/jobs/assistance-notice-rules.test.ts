import { GENERIC_COE_EU_PROFILE } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import {
  ACTION_REMINDER_DAYS,
  daysBetween,
  planActionNotices,
  planReviewNotices,
  REVIEW_ESCALATION_DAYS,
  serviceReferralNotices,
  staleCapacityNotices,
} from './assistance-notice-rules.js';

const TZ = 'Europe/Vienna';
const today = '2026-03-10'; // a Tuesday
const lead = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const shelter = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const coordinator = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const caseId = '22222222-2222-4222-8222-222222222222';
const action = {
  actionId: '11111111-1111-4111-8111-111111111111',
  caseId,
  ownerOrgId: shelter,
  leadOrgId: lead,
};

describe('daysBetween', () => {
  it('counts calendar days either way, across months', () => {
    expect(daysBetween('2026-03-10', '2026-03-13')).toBe(3);
    expect(daysBetween('2026-03-10', '2026-02-28')).toBe(-10);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1); // a DST change in Europe
  });
});

describe('planActionNotices', () => {
  it('says nothing while the due date is further than the reminder window', () => {
    expect(planActionNotices({ ...action, dueOn: '2026-03-14' }, today, TZ)).toEqual([]);
  });

  it('reminds the owning organisation within the window, the due day included', () => {
    for (const dueOn of ['2026-03-13', '2026-03-10']) {
      const [n, ...rest] = planActionNotices({ ...action, dueOn }, today, TZ);
      expect(rest).toEqual([]);
      expect(n).toMatchObject({ kind: 'plan_action_due_soon', organisationId: shelter, caseId });
      expect(n?.dedupeKey).toBe(`plan_action_due_soon:${action.actionId}:${dueOn}:${shelter}`);
    }
    expect(ACTION_REMINDER_DAYS).toBe(3);
  });

  it('says an action is overdue the day after its due date, to the lead when nobody owns it', () => {
    const [n] = planActionNotices({ ...action, ownerOrgId: null, dueOn: '2026-03-09' }, today, TZ);
    expect(n).toMatchObject({ kind: 'plan_action_overdue', organisationId: lead });
    // Due at the end of the due day, in the country's time zone.
    expect(n?.dueAt?.toISOString()).toBe('2026-03-09T22:59:59.999Z');
  });

  it('reminds again when a review moves the due date (a new subject)', () => {
    const before = planActionNotices({ ...action, dueOn: '2026-03-09' }, today, TZ);
    const after = planActionNotices({ ...action, dueOn: '2026-03-11' }, today, TZ);
    expect(before[0]?.dedupeKey).not.toBe(after[0]?.dedupeKey);
  });
});

describe('planReviewNotices', () => {
  const plan = {
    planId: '33333333-3333-4333-8333-333333333333',
    caseId,
    leadOrgId: lead,
    supervisingOrgIds: [coordinator, lead],
  };

  it('reminds the lead organisation a week before, and says nothing earlier', () => {
    expect(planReviewNotices({ ...plan, reviewDueOn: '2026-03-18' }, today, TZ)).toEqual([]);
    expect(planReviewNotices({ ...plan, reviewDueOn: '2026-03-17' }, today, TZ).map((n) => n.kind)).toEqual([
      'plan_review_due_soon',
    ]);
  });

  it('says a review is overdue to the lead only, until it is overdue for the escalation period', () => {
    const notices = planReviewNotices({ ...plan, reviewDueOn: '2026-02-25' }, today, TZ);
    expect(notices.map((n) => [n.kind, n.organisationId])).toEqual([['plan_review_overdue', lead]]);
  });

  it('escalates once per supervising organisation after the escalation period', () => {
    const due = '2026-02-24';
    expect(daysBetween(due, today)).toBe(REVIEW_ESCALATION_DAYS);
    const notices = planReviewNotices({ ...plan, reviewDueOn: due }, today, TZ);
    expect(notices.map((n) => [n.kind, n.organisationId])).toEqual([
      ['plan_review_overdue', lead],
      ['plan_review_escalated', lead],
      ['plan_review_escalated', coordinator],
    ]);
    expect(new Set(notices.map((n) => n.dedupeKey)).size).toBe(3);
  });
});

describe('serviceReferralNotices', () => {
  const calendar = GENERIC_COE_EU_PROFILE.calendar;
  const referral = {
    referralId: '44444444-4444-4444-8444-444444444444',
    caseId,
    providerOrgId: shelter,
    senderOrgId: lead,
    // Monday 2 March 2026, 10:00 in Brussels.
    sentAt: new Date('2026-03-02T09:00:00Z'),
  };

  it('waits three whole working days after the day it was sent', () => {
    // End of Thursday 5 March is the answer target.
    expect(serviceReferralNotices(referral, new Date('2026-03-05T20:00:00Z'), calendar)).toEqual([]);
  });

  it('then reminds the provider and escalates to the sender', () => {
    const notices = serviceReferralNotices(referral, new Date('2026-03-06T08:00:00Z'), calendar);
    expect(notices.map((n) => [n.kind, n.organisationId])).toEqual([
      ['service_referral_unanswered', shelter],
      ['service_referral_escalated', lead],
    ]);
    expect(notices[0]?.dueAt?.toISOString()).toBe('2026-03-05T22:59:59.999Z');
  });

  it('skips weekends: sent on a Friday, the answer is due by the end of Wednesday', () => {
    const friday = { ...referral, sentAt: new Date('2026-03-06T15:00:00Z') };
    expect(serviceReferralNotices(friday, new Date('2026-03-11T20:00:00Z'), calendar)).toEqual([]);
    expect(serviceReferralNotices(friday, new Date('2026-03-12T08:00:00Z'), calendar)).toHaveLength(2);
  });

  it('does not escalate to itself when the provider referred to its own service', () => {
    const own = { ...referral, senderOrgId: shelter };
    expect(
      serviceReferralNotices(own, new Date('2026-03-20T08:00:00Z'), calendar).map((n) => n.kind),
    ).toEqual(['service_referral_unanswered']);
  });
});

describe('staleCapacityNotices', () => {
  const service = {
    serviceId: '55555555-5555-4555-8555-555555555555',
    providerOrgId: shelter,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  };
  const now = new Date('2026-03-10T09:00:00Z');

  it('leaves a capacity updated within the last seven days alone', () => {
    expect(
      staleCapacityNotices({ ...service, capacityUpdatedAt: new Date('2026-03-03T09:00:01Z') }, now),
    ).toEqual([]);
  });

  it('reminds the provider once per stale spell, with no case', () => {
    const updated = new Date('2026-03-02T09:00:00Z');
    const [n] = staleCapacityNotices({ ...service, capacityUpdatedAt: updated }, now);
    expect(n).toMatchObject({ kind: 'capacity_stale', organisationId: shelter, caseId: null, dueAt: null });
    const later = staleCapacityNotices(
      { ...service, capacityUpdatedAt: updated },
      new Date('2026-03-20T09:00:00Z'),
    );
    expect(later[0]?.dedupeKey).toBe(n?.dedupeKey);
    const newSpell = staleCapacityNotices(
      { ...service, capacityUpdatedAt: new Date('2026-03-05T09:00:00Z') },
      new Date('2026-03-20T09:00:00Z'),
    );
    expect(newSpell[0]?.dedupeKey).not.toBe(n?.dedupeKey);
  });

  it('counts a service that never reported capacity from when it was listed', () => {
    expect(staleCapacityNotices({ ...service, capacityUpdatedAt: null }, now)).toHaveLength(1);
    expect(
      staleCapacityNotices(
        { ...service, capacityUpdatedAt: null, createdAt: new Date('2026-03-09T00:00:00Z') },
        now,
      ),
    ).toEqual([]);
  });
});
