import { describe, expect, it } from 'vitest';
import { isLate, lateCutoff, workingDaysWaiting } from './working-days.js';

const calendar = { timeZone: 'Europe/Brussels', weekend: [0, 6], holidays: ['2026-03-04'] };
// Monday 2 March 2026, 10:00 in Brussels.
const monday = new Date('2026-03-02T09:00:00Z');

describe('workingDaysWaiting', () => {
  it('counts whole working days after the day of sending, today not included', () => {
    expect(workingDaysWaiting(monday, new Date('2026-03-02T16:00:00Z'), calendar)).toBe(0);
    expect(workingDaysWaiting(monday, new Date('2026-03-03T16:00:00Z'), calendar)).toBe(0);
    // Tuesday done; Wednesday 4 March is a holiday.
    expect(workingDaysWaiting(monday, new Date('2026-03-05T16:00:00Z'), calendar)).toBe(1);
    expect(workingDaysWaiting(monday, new Date('2026-03-09T08:00:00Z'), calendar)).toBe(3);
  });
});

describe('isLate and lateCutoff', () => {
  it('agree: a referral is late exactly when it was sent at or before the cutoff', () => {
    const nows = [
      new Date('2026-03-05T16:00:00Z'),
      new Date('2026-03-06T23:30:00Z'),
      new Date('2026-03-09T08:00:00Z'),
      new Date('2026-03-10T12:00:00Z'),
    ];
    for (const now of nows) {
      const cutoff = lateCutoff(now, calendar);
      for (let hours = 0; hours < 24 * 12; hours += 5) {
        const sentAt = new Date(new Date('2026-02-25T00:00:00Z').getTime() + hours * 3_600_000);
        if (sentAt > now) continue;
        expect(isLate(sentAt, now, calendar), `${sentAt.toISOString()} at ${now.toISOString()}`).toBe(
          sentAt.getTime() <= cutoff.getTime(),
        );
      }
    }
  });

  it('makes a Monday referral late after the end of its third working day (a holiday skipped)', () => {
    // Tuesday, (holiday), Thursday, Friday: due by the end of Friday 6 March.
    expect(isLate(monday, new Date('2026-03-06T22:00:00Z'), calendar)).toBe(false);
    expect(isLate(monday, new Date('2026-03-07T08:00:00Z'), calendar)).toBe(true);
  });
});
