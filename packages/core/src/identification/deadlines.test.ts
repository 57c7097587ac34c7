import { describe, expect, it } from 'vitest';
import { GENERIC_COE_EU_PROFILE } from '../profiles/generic-coe-eu.js';
import type { WorkingCalendar } from '../profiles/schema.js';
import { UK_LIKE_PROFILE } from '../profiles/uk-like.js';
import { addWorkingDays, deadlineStatus, isWorkingDay, reasonableGroundsDue } from './deadlines.js';

const UK = UK_LIKE_PROFILE.calendar;
const due = (referredAt: string): string =>
  reasonableGroundsDue(new Date(referredAt), UK_LIKE_PROFILE).toISOString();

describe('reasonableGroundsDue (UK-like: 5 working days, Europe/London)', () => {
  it('gives a Friday-evening referral until the end of the next Friday', () => {
    expect(due('2026-01-16T18:00:00Z')).toBe('2026-01-23T23:59:59.999Z');
  });

  it('gives a Saturday referral the same deadline: counting starts on Monday', () => {
    expect(due('2026-01-17T11:00:00Z')).toBe('2026-01-23T23:59:59.999Z');
    expect(due('2026-01-18T23:00:00Z')).toBe('2026-01-23T23:59:59.999Z');
  });

  it('uses the local date: 23:30 UTC on a summer Thursday is already Friday in London', () => {
    expect(due('2026-07-09T23:30:00Z')).toBe('2026-07-17T22:59:59.999Z');
    expect(due('2026-07-09T22:30:00Z')).toBe('2026-07-16T22:59:59.999Z');
  });

  it('ends in summer time when the clocks go forward during the count', () => {
    // Thu 26 March 2026; clocks go forward on Sunday 29 March.
    expect(due('2026-03-26T10:00:00Z')).toBe('2026-04-02T22:59:59.999Z');
  });

  it('ends in winter time when the clocks go back during the count', () => {
    // Fri 23 October 2026; clocks go back on Sunday 25 October.
    expect(due('2026-10-23T16:00:00Z')).toBe('2026-10-30T23:59:59.999Z');
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(due('2026-03-27T18:00:00Z')).toBe('2026-04-07T22:59:59.999Z');
  });

  it('skips a bank holiday on a Monday', () => {
    // Spring bank holiday, Monday 25 May 2026.
    expect(due('2026-05-22T09:00:00Z')).toBe('2026-06-01T22:59:59.999Z');
  });

  it('crosses the year end, Christmas, the substitute Boxing Day and New Year', () => {
    // Wed 23 Dec 2026: Thu 24 (1), [25 Fri, 28 Mon holidays], 29 (2), 30 (3), 31 (4), [1 Jan], Mon 4 Jan (5).
    expect(due('2026-12-23T12:00:00Z')).toBe('2027-01-04T23:59:59.999Z');
    // 2025: Wed 24 Dec (day 0), [25, 26 Dec], Mon 29 (1), 30 (2), 31 (3), [1 Jan], Fri 2 Jan (4), Mon 5 Jan (5).
    expect(due('2025-12-24T12:00:00Z')).toBe('2026-01-05T23:59:59.999Z');
  });

  it('counts the generic profile in its own time zone, with no holidays', () => {
    // Brussels is UTC+1 in January; Friday 16 January.
    expect(reasonableGroundsDue(new Date('2026-01-16T12:00:00Z'), GENERIC_COE_EU_PROFILE).toISOString()).toBe(
      '2026-01-23T22:59:59.999Z',
    );
  });
});

describe('addWorkingDays', () => {
  it('with 0 days ends the start day if it is a working day, else the next working day', () => {
    expect(addWorkingDays(new Date('2026-01-14T08:00:00Z'), 0, UK).toISOString()).toBe(
      '2026-01-14T23:59:59.999Z',
    );
    expect(addWorkingDays(new Date('2026-01-17T08:00:00Z'), 0, UK).toISOString()).toBe(
      '2026-01-19T23:59:59.999Z',
    );
  });

  it('respects another weekend (Friday and Saturday)', () => {
    const calendar: WorkingCalendar = { timeZone: 'Asia/Amman', weekend: [5, 6], holidays: [] };
    // Thursday 15 January 2026 in Amman (UTC+3): Sun 18 (1) … Thu 22 (5).
    expect(addWorkingDays(new Date('2026-01-15T08:00:00Z'), 5, calendar).toISOString()).toBe(
      '2026-01-22T20:59:59.999Z',
    );
  });

  it('refuses a negative or fractional count and a calendar without working days', () => {
    expect(() => addWorkingDays(new Date(), -1, UK)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5, UK)).toThrow(RangeError);
    const never: WorkingCalendar = { timeZone: 'UTC', weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] };
    expect(() => addWorkingDays(new Date(), 1, never)).toThrow(RangeError);
  });

  it('knows working days', () => {
    expect(isWorkingDay('2026-12-28', UK)).toBe(false);
    expect(isWorkingDay('2026-12-29', UK)).toBe(true);
    expect(isWorkingDay('2026-12-26', UK)).toBe(false);
  });
});

describe('deadlineStatus', () => {
  const deadline = new Date('2026-01-23T23:59:59.999Z');

  it('is on track before the reminder window', () => {
    expect(deadlineStatus(deadline, new Date('2026-01-22T23:59:59.998Z'), 1)).toBe('on_track');
  });

  it('is due soon inside the reminder window, the deadline itself included', () => {
    expect(deadlineStatus(deadline, new Date('2026-01-22T23:59:59.999Z'), 1)).toBe('due_soon');
    expect(deadlineStatus(deadline, deadline, 1)).toBe('due_soon');
    expect(deadlineStatus(deadline, deadline, 0)).toBe('due_soon');
  });

  it('is overdue after the deadline', () => {
    expect(deadlineStatus(deadline, new Date('2026-01-24T00:00:00Z'), 1)).toBe('overdue');
  });
});
