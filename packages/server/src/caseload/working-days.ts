import {
  addCalendarDays,
  addWorkingDays,
  endOfLocalDay,
  isWorkingDay,
  type LocalDate,
  localDateOf,
  type WorkingCalendar,
} from '@opennrm/core';

import { ANSWER_WORKING_DAYS } from '../jobs/assistance-notice-rules.js';

/**
 * Whole working days that have passed since `sentAt`: working days after the day it
 * was sent and before today (today is not over yet). Sent on a Monday, on Thursday two
 * have passed (Tuesday, Wednesday); on Friday three.
 */
export function workingDaysWaiting(sentAt: Date, now: Date, calendar: WorkingCalendar): number {
  const sent = localDateOf(sentAt, calendar.timeZone);
  const today = localDateOf(now, calendar.timeZone);
  let count = 0;
  // Bounded: a referral unanswered for years still ends the walk (one step per day).
  for (let date = addCalendarDays(sent, 1); date < today; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1;
  }
  return count;
}

/** Unanswered for longer than `days` working days: the end of the last of them has passed. */
export function isLate(
  sentAt: Date,
  now: Date,
  calendar: WorkingCalendar,
  days = ANSWER_WORKING_DAYS,
): boolean {
  return addWorkingDays(sentAt, days, calendar).getTime() < now.getTime();
}

/**
 * The latest instant a referral may have been sent at and be late at `now` — so that a
 * list can count late referrals in SQL (`sent_at <= cutoff`). Lateness depends only on
 * the local date it was sent, and later dates are never "more late", so the cutoff is the
 * end of the latest such date.
 */
export function lateCutoff(now: Date, calendar: WorkingCalendar, days = ANSWER_WORKING_DAYS): Date {
  let date: LocalDate = localDateOf(now, calendar.timeZone);
  const late = (d: LocalDate): boolean =>
    addWorkingDays(endOfLocalDay(d, calendar.timeZone), days, calendar).getTime() < now.getTime();
  // At most a few weeks back, even with a long run of holidays.
  for (let i = 0; i < 366 && !late(date); i++) date = addCalendarDays(date, -1);
  return endOfLocalDay(date, calendar.timeZone);
}
