import type { CountryProfile, WorkingCalendar } from '../profiles/schema.js';
import { addCalendarDays, endOfLocalDay, type LocalDate, localDateOf, weekdayOf } from './local-time.js';

/**
 * Deadline convention, used for every deadline in the NRM:
 * - days are counted in the profile's time zone, on local calendar dates;
 * - the day on which the clock starts (the referral's local date) is day 0 and never
 *   counts, whatever the hour: a referral at 18:00 on a Friday and one on the Saturday
 *   both have Monday as their first working day;
 * - a deadline falls at the END of its last day, 23:59:59.999 local time, returned as
 *   the corresponding instant (a UTC Date). "Within 5 working days" thus means "by the
 *   end of the fifth working day after the day of referral".
 */

export function isWorkingDay(date: LocalDate, calendar: WorkingCalendar): boolean {
  return !calendar.weekend.includes(weekdayOf(date)) && !calendar.holidays.includes(date);
}

/**
 * The end of the `days`-th working day after the local date of `start`. With 0 days:
 * the end of the start day if it is a working day, else of the next working day.
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('Working days must be a whole number ≥ 0');
  if (new Set(calendar.weekend).size >= 7) throw new RangeError('A calendar needs at least one working day');
  let date = localDateOf(start, calendar.timeZone);
  if (days === 0) {
    while (!isWorkingDay(date, calendar)) date = addCalendarDays(date, 1);
    return endOfLocalDay(date, calendar.timeZone);
  }
  let counted = 0;
  while (counted < days) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return endOfLocalDay(date, calendar.timeZone);
}

/** When the reasonable-grounds decision is due (UK target: 5 working days from referral). */
export function reasonableGroundsDue(referredAt: Date, profile: CountryProfile): Date {
  return addWorkingDays(referredAt, profile.reasonableGroundsDeadlineWorkingDays, profile.calendar);
}

export const DEADLINE_STATUSES = ['on_track', 'due_soon', 'overdue'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * - `overdue`: `now` is after the deadline;
 * - `due_soon`: within `reminderDaysBefore` × 24 hours before it (the deadline itself
 *   included), the window in which the reminder goes out;
 * - `on_track` otherwise.
 */
export function deadlineStatus(due: Date, now: Date, reminderDaysBefore: number): DeadlineStatus {
  if (now.getTime() > due.getTime()) return 'overdue';
  if (now.getTime() >= due.getTime() - reminderDaysBefore * DAY_MS) return 'due_soon';
  return 'on_track';
}
