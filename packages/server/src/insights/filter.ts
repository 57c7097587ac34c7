import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { problems } from '../http/problem.js';
import { isReportLanguage, type ReportLanguage } from './messages/index.js';
import {
  defaultPeriod,
  type Granularity,
  type InsightsFilter,
  isoDay,
  periodProblem,
  wholeMonths,
} from './period.js';

/** The filter of a request: the period asked for (default: the last twelve months), checked. */
export function resolveFilter(
  query: {
    from?: string | undefined;
    to?: string | undefined;
    region?: string | undefined;
    granularity?: Granularity | undefined;
  },
  today: Date = new Date(),
): InsightsFilter {
  const fallback = defaultPeriod(today);
  const from = query.from ?? (query.to ? `${query.to.slice(0, 4)}-01-01` : fallback.from);
  const to = query.to ?? (query.from && query.from > fallback.to ? query.from : fallback.to);
  for (const [path, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const parsed = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || isoDay(parsed) !== day) {
      throw problems.validation([{ path, message: 'Not a real date' }]);
    }
  }
  // Statistics are kept by month: the period is widened to the whole months it touches.
  const months = wholeMonths({ from, to });
  const filter: InsightsFilter = {
    from: months.from,
    to: months.to,
    granularity: query.granularity ?? 'month',
    region: query.region ?? null,
  };
  const problem = periodProblem(filter);
  if (problem === 'from_after_to')
    throw problems.validation([{ path: 'from', message: 'The period starts after it ends' }]);
  if (problem === 'too_many_buckets') {
    throw problems.validation([
      { path: 'granularity', message: 'Too many periods: choose quarters or years' },
    ]);
  }
  return filter;
}

/** The language asked for, else the user's, else English. */
export async function resolveLanguage(
  db: Kysely<DB>,
  userId: string,
  asked: ReportLanguage | undefined,
): Promise<ReportLanguage> {
  if (asked) return asked;
  const user = await db.selectFrom('users').select('locale').where('id', '=', userId).executeTakeFirst();
  return isReportLanguage(user?.locale) ? user.locale : 'en';
}
