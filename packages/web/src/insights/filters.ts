/**
 * The dashboard's filters, kept in the URL so a view can be bookmarked and shared. Only
 * filters go there (period, granularity, region, breakdown): never anything about a
 * person. A preset period is stored by name so that "last 12 months" stays relative.
 */

export const PERIOD_PRESETS = ['last_12_months', 'this_year', 'last_year', 'last_3_years', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const DEFAULT_PRESET: Exclude<PeriodPreset, 'custom'> = 'last_3_years';
export const DEFAULT_GRANULARITY: Granularity = 'quarter';

/** The filter keys the URL carries. */
export const FILTER_KEYS = ['period', 'from', 'to', 'granularity', 'region'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type Filters = {
  readonly preset: PeriodPreset;
  /** Inclusive, 'YYYY-MM-DD'. */
  readonly from: string;
  /** Inclusive, 'YYYY-MM-DD'. */
  readonly to: string;
  readonly granularity: Granularity;
  /** A region code, or null for the whole country. */
  readonly region: string | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/;

/** A real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

/** The dates of a preset period, counted from `today` (UTC calendar days). */
export function presetRange(
  preset: Exclude<PeriodPreset, 'custom'>,
  today: Date,
): { from: string; to: string } {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const d = today.getUTCDate();
  switch (preset) {
    case 'last_12_months':
      return { from: iso(utc(y - 1, m, d + 1)), to: iso(today) };
    case 'this_year':
      return { from: `${y}-01-01`, to: iso(today) };
    case 'last_year':
      return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
    case 'last_3_years':
      return { from: iso(utc(y - 3, m, d + 1)), to: iso(today) };
    default: {
      const unreachable: never = preset;
      throw new Error(`Unknown period preset ${String(unreachable)}`);
    }
  }
}

function isPreset(value: string | null): value is PeriodPreset {
  return (PERIOD_PRESETS as readonly (string | null)[]).includes(value);
}

function isGranularity(value: string | null): value is Granularity {
  return (GRANULARITIES as readonly (string | null)[]).includes(value);
}

/**
 * The filters a URL asks for; anything unreadable falls back to the defaults, so a
 * hand-edited or stale link still opens a sensible view.
 */
export function readFilters(params: Readonly<Record<FilterKey, string | null>>, today: Date): Filters {
  const granularity = isGranularity(params.granularity) ? params.granularity : DEFAULT_GRANULARITY;
  const region = params.region && REGION.test(params.region) ? params.region : null;
  const from = params.from;
  const to = params.to;
  if ((params.period === 'custom' || params.period === null) && isIsoDate(from) && isIsoDate(to)) {
    const [start, end] = from <= to ? [from, to] : [to, from];
    return { preset: 'custom', from: start, to: end, granularity, region };
  }
  const preset: Exclude<PeriodPreset, 'custom'> =
    isPreset(params.period) && params.period !== 'custom' ? params.period : DEFAULT_PRESET;
  return { preset, ...presetRange(preset, today), granularity, region };
}

/** The URL parameters for a set of filters: defaults are left out to keep links short. */
export function filterParams(filters: Filters): Record<FilterKey, string | null> {
  const custom = filters.preset === 'custom';
  return {
    period: custom ? 'custom' : filters.preset === DEFAULT_PRESET ? null : filters.preset,
    from: custom ? filters.from : null,
    to: custom ? filters.to : null,
    granularity: filters.granularity === DEFAULT_GRANULARITY ? null : filters.granularity,
    region: filters.region,
  };
}

/** The query string the API takes for a set of filters. */
export function apiQuery(filters: Filters): Record<string, string> {
  const query: Record<string, string> = {
    from: filters.from,
    to: filters.to,
    granularity: filters.granularity,
  };
  if (filters.region) query.region = filters.region;
  return query;
}

/** The same filters as a search string for a link ("?period=…"), defaults left out. */
export function filterSearch(filters: Filters, extra: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterParams(filters))) if (value) params.set(key, value);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text.length > 0 ? `?${text}` : '';
}
