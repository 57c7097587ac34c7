/**
 * Local calendar dates in an IANA time zone, with Intl only (no date library: this
 * runs in the browser too). A local date is a "YYYY-MM-DD" string; date arithmetic
 * on it is done on UTC midnights, where every day has 24 hours.
 */

export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type WallClock = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

/** True for a time zone this runtime knows ("Europe/London", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function wallClock(instantMs: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? Number.NaN,
    month: parts.month ?? Number.NaN,
    day: parts.day ?? Number.NaN,
    hour: parts.hour ?? Number.NaN,
    minute: parts.minute ?? Number.NaN,
    second: parts.second ?? Number.NaN,
  };
}

/** Local time minus UTC, in milliseconds, at an instant. */
function offsetAt(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const wall = wallClock(wholeSecond, timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - wholeSecond;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The local date of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = wallClock(instant.getTime(), timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month, 2)}-${pad(wall.day, 2)}`;
}

function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = LOCAL_DATE.exec(date);
  if (match === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** True for a real calendar date in "YYYY-MM-DD" form (not 2026-02-30). */
export function isValidLocalDate(date: string): boolean {
  const match = LOCAL_DATE.exec(date);
  if (match === null) return false;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return utc.toISOString().slice(0, 10) === date;
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Day of the week of a local date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The last millisecond of a local date (23:59:59.999 local time) as an instant. The
 * offset is looked up at that wall time, so a day of 23 or 25 hours (DST change) ends
 * at the right instant. Should a zone repeat that wall time (a fall-back at midnight),
 * the later instant is taken: a deadline is never cut short.
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const wallMs = Date.UTC(year, month - 1, day, 23, 59, 59, 999);
  const candidates = new Set<number>();
  for (const probe of [wallMs - 36e5 * 36, wallMs, wallMs + 36e5 * 36]) {
    const first = wallMs - offsetAt(probe, timeZone);
    candidates.add(first);
    candidates.add(wallMs - offsetAt(first, timeZone));
  }
  const matching = [...candidates].filter((instant) => instant + offsetAt(instant, timeZone) === wallMs);
  const chosen = matching.length > 0 ? Math.max(...matching) : wallMs - offsetAt(wallMs, timeZone);
  return new Date(chosen);
}
