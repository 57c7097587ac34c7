/**
 * The period a statistic covers: from one date to another (both included, UTC days),
 * cut into months, quarters or years for trends. Pure.
 */

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export type Period = {
  /** First day, 'YYYY-MM-DD'. */
  readonly from: string;
  /** Last day, included, 'YYYY-MM-DD'. */
  readonly to: string;
  readonly granularity: Granularity;
};

/** The filter of every measure: a period and, optionally, one region. */
export type InsightsFilter = Period & { readonly region: string | null };

const DAY_MS = 86_400_000;
/** A trend of more than this many buckets would be unreadable (and a heavy query). */
export const MAX_BUCKETS = 240;

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Instants bounding the period: [start, end) where `end` is the day after `to`. */
export function periodBounds(period: Pick<Period, 'from' | 'to'>): { start: Date; end: Date } {
  return { start: utcDate(period.from), end: new Date(utcDate(period.to).getTime() + DAY_MS) };
}

/** The default period: the twelve months up to and including this one. */
export function defaultPeriod(today: Date): { from: string; to: string } {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));
  return { from: isoDay(from), to: isoDay(to) };
}

/** The first day of the bucket that holds `day`. */
export function bucketStart(day: Date, granularity: Granularity): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  switch (granularity) {
    case 'month':
      return new Date(Date.UTC(year, month, 1));
    case 'quarter':
      return new Date(Date.UTC(year, month - (month % 3), 1));
    case 'year':
      return new Date(Date.UTC(year, 0, 1));
    default: {
      const never: never = granularity;
      throw new Error(`unknown granularity ${String(never)}`);
    }
  }
}

function nextBucket(start: Date, granularity: Granularity): Date {
  const step = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + step, 1));
}

/** Every bucket the period touches, as the first day of each ('YYYY-MM-DD'), in order. */
export function periodBuckets(period: Period): string[] {
  const { start, end } = periodBounds(period);
  const out: string[] = [];
  for (let b = bucketStart(start, period.granularity); b < end; b = nextBucket(b, period.granularity)) {
    out.push(isoDay(b));
    if (out.length > MAX_BUCKETS) break;
  }
  return out;
}

/** A bucket's name as people write it: 2026-03, 2026-Q1, 2026. */
export function bucketLabel(bucket: string, granularity: Granularity): string {
  const year = bucket.slice(0, 4);
  const month = Number(bucket.slice(5, 7));
  switch (granularity) {
    case 'month':
      return bucket.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'year':
      return year;
    default: {
      const never: never = granularity;
      throw new Error(`unknown granularity ${String(never)}`);
    }
  }
}

export type PeriodProblem = 'from_after_to' | 'too_many_buckets';

/** Why a period cannot be computed, or null when it can. */
export function periodProblem(period: Period): PeriodProblem | null {
  if (period.from > period.to) return 'from_after_to';
  if (periodBuckets(period).length > MAX_BUCKETS) return 'too_many_buckets';
  return null;
}

/** True when the period starts on a first and ends on a last day of a month. */
export function isMonthAligned(period: Pick<Period, 'from' | 'to'>): boolean {
  const next = new Date(utcDate(period.to).getTime() + DAY_MS);
  return period.from.endsWith('-01') && next.getUTCDate() === 1;
}

/**
 * The whole months a period touches: from the first of its first month to the last day of
 * its last. Statistics are kept by month (the rollup), so a period is widened to months.
 */
export function wholeMonths(period: Pick<Period, 'from' | 'to'>): { from: string; to: string } {
  const from = utcDate(period.from);
  const to = utcDate(period.to);
  const first = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  const last = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 0));
  return { from: isoDay(first), to: isoDay(last) };
}
