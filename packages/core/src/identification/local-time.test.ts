import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  endOfLocalDay,
  isValidLocalDate,
  isValidTimeZone,
  localDateOf,
  weekdayOf,
} from './local-time.js';

describe('localDateOf', () => {
  it('takes the date on the wall clock of the time zone, not UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(localDateOf(new Date('2026-06-30T23:30:00Z'), 'Europe/London')).toBe('2026-07-01');
    expect(localDateOf(new Date('2026-06-30T23:30:00Z'), 'UTC')).toBe('2026-06-30');
    // 23:30 UTC on 31 December is still 31 December in London (GMT), but 1 January in Kyiv.
    expect(localDateOf(new Date('2026-12-31T23:30:00Z'), 'Europe/London')).toBe('2026-12-31');
    expect(localDateOf(new Date('2026-12-31T23:30:00Z'), 'Europe/Kyiv')).toBe('2027-01-01');
  });
});

describe('endOfLocalDay', () => {
  it.each([
    ['2026-01-15', 'Europe/London', '2026-01-15T23:59:59.999Z'],
    ['2026-07-15', 'Europe/London', '2026-07-15T22:59:59.999Z'],
    // The day clocks go forward (23 hours) ends in summer time.
    ['2026-03-29', 'Europe/London', '2026-03-29T22:59:59.999Z'],
    // The day clocks go back (25 hours) ends in winter time.
    ['2026-10-25', 'Europe/London', '2026-10-25T23:59:59.999Z'],
    ['2025-03-30', 'Europe/London', '2025-03-30T22:59:59.999Z'],
    ['2025-10-26', 'Europe/London', '2025-10-26T23:59:59.999Z'],
    ['2026-01-01', 'Asia/Tokyo', '2026-01-01T14:59:59.999Z'],
    ['2026-01-01', 'America/Sao_Paulo', '2026-01-02T02:59:59.999Z'],
    ['2026-01-01', 'Pacific/Kiritimati', '2026-01-01T09:59:59.999Z'],
    ['2026-06-01', 'Asia/Kolkata', '2026-06-01T18:29:59.999Z'],
  ])('ends %s in %s at %s', (date, zone, expected) => {
    expect(endOfLocalDay(date, zone).toISOString()).toBe(expected);
  });

  it('takes the later instant when a zone repeats the last hour of the day (fall-back at midnight)', () => {
    // Santiago de Chile goes from 24:00 −03 back to 23:00 −04 at the end of Saturday 4 April 2026.
    expect(endOfLocalDay('2026-04-04', 'America/Santiago').toISOString()).toBe('2026-04-05T03:59:59.999Z');
    // …and skips from 00:00 to 01:00 on Sunday 6 September 2026: Saturday still ends at 23:59:59.999 −04.
    expect(endOfLocalDay('2026-09-05', 'America/Santiago').toISOString()).toBe('2026-09-06T03:59:59.999Z');
  });

  it('refuses a malformed date', () => {
    expect(() => endOfLocalDay('2026-1-5', 'UTC')).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2026-03-01', 30)).toBe('2026-03-31');
  });

  it('knows the day of the week', () => {
    expect(weekdayOf('2026-01-16')).toBe(5);
    expect(weekdayOf('2026-01-18')).toBe(0);
  });

  it('validates dates and time zones', () => {
    expect(isValidLocalDate('2026-02-28')).toBe(true);
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(isValidLocalDate('2026-13-01')).toBe(false);
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
  });
});
