import {
  addCalendarDays,
  endOfLocalDay,
  type LocalDate,
  localDateOf,
  reasonableGroundsDue,
  recoveryPeriodEnd,
} from '@opennrm/core';
import { DEMO_PROFILE } from './profile.js';

/**
 * Core's deadline rules in the profile's time zone, remembered per local date: the
 * generator asks for the same few hundred dates thousands of times, and each answer
 * costs a round of Intl time-zone look-ups. Every value still comes from core.
 */
const TIME_ZONE = DEMO_PROFILE.calendar.timeZone;
const HOUR_MS = 3_600_000;
const hours = new Map<number, LocalDate>();
const ends = new Map<LocalDate, number>();
const reasonableGrounds = new Map<LocalDate, Date>();
const periods = new Map<string, Date>();

const DAY_MS = 24 * HOUR_MS;
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
/** The zone's offset from UTC per UTC day, or null on a day it changes (daylight saving). */
const offsets = new Map<number, number | null>();

function offsetAt(ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(new Date(ms))) parts[part.type] = Number(part.value);
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - (ms - (ms % 1000));
}

/**
 * The local date of an instant. The generator asks for tens of thousands of instants:
 * the zone's offset is worked out once per UTC day (the answer is then plain arithmetic);
 * on a day the offset changes, core decides, remembered per UTC hour.
 */
export function localDate(at: Date): LocalDate {
  const day = Math.floor(at.getTime() / DAY_MS);
  let offset = offsets.get(day);
  if (offset === undefined) {
    const first = offsetAt(day * DAY_MS);
    offset = first === offsetAt((day + 1) * DAY_MS - 1000) ? first : null;
    offsets.set(day, offset);
  }
  if (offset !== null) return new Date(at.getTime() + offset).toISOString().slice(0, 10);
  const hour = Math.floor(at.getTime() / HOUR_MS);
  const known = hours.get(hour);
  if (known !== undefined) return known;
  const first = localDateOf(new Date(hour * HOUR_MS), TIME_ZONE);
  const last = localDateOf(new Date((hour + 1) * HOUR_MS - 1), TIME_ZONE);
  if (first === last) {
    hours.set(hour, first);
    return first;
  }
  return localDateOf(at, TIME_ZONE);
}

/** The last millisecond of a local date, as an instant. */
export function endOfDay(date: LocalDate): number {
  let end = ends.get(date);
  if (end === undefined) {
    end = endOfLocalDay(date, TIME_ZONE).getTime();
    ends.set(date, end);
  }
  return end;
}

/** The first millisecond of a local date, as an instant. */
export function startOfDay(date: LocalDate): number {
  return endOfDay(addCalendarDays(date, -1)) + 1;
}

/** Core `reasonableGroundsDue`, which depends only on the local date of the referral. */
export function reasonableGroundsDueAt(referredAt: Date): Date {
  const date = localDate(referredAt);
  let due = reasonableGrounds.get(date);
  if (due === undefined) {
    due = reasonableGroundsDue(referredAt, DEMO_PROFILE);
    reasonableGrounds.set(date, due);
  }
  return due;
}

/** Core `recoveryPeriodEnd`, which depends only on the local start date and the total of days. */
export function recoveryEndsAt(startsAt: Date, days: number, extensions: readonly { days: number }[]): Date {
  const key = `${localDate(startsAt)}|${days}|${extensions.map((e) => e.days).join(',')}`;
  let end = periods.get(key);
  if (end === undefined) {
    end = recoveryPeriodEnd(startsAt, days, extensions, TIME_ZONE);
    periods.set(key, end);
  }
  return end;
}
