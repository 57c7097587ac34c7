import type { ColumnKind, StatCell, StatTable } from './types';

/**
 * What a chart draws from a statistics table, and the one-sentence reading of it. Pure:
 * the words (labels, numbers) are filled in by the component.
 *
 * - One dimension over time (`bucket`): lines, one per charted column.
 * - One other dimension: horizontal bars, one bar per charted column.
 * - Two dimensions: bars of the first count column, the dimension with fewer values as
 *   the series (gender in gender × form).
 * - More dimensions: no chart; the table says it all.
 *
 * Charted columns: the first days column (a table about time is about the days), else
 * the count columns (at most four), else the first share, amount or capacity column. A suppressed cell is null: no bar is drawn, it is never drawn as 0.
 */

export const TIME_DIMENSIONS: ReadonlySet<string> = new Set(['bucket', 'period']);
/**
 * Dimensions whose values are an open list (countries, organisations): their chart shows
 * the largest few, largest first; the table keeps every row. Vocabulary dimensions keep
 * their own order and every value, zeros included: a form nobody is identified for is
 * the finding.
 */
export const OPEN_DIMENSIONS: ReadonlySet<string> = new Set([
  'nationality',
  'registering_org',
  'organisation_kind',
  'country',
  'currency',
]);
export const TOP_CATEGORIES = 10;
const MAX_SERIES = 4;
const MAX_CROSS_SERIES = 8;

export type ChartKind = 'bars' | 'lines' | 'none';

export type ChartSeries = {
  readonly key: string;
  /** Where the series' name comes from: a column of the table, or a value of its second dimension. */
  readonly source: { readonly column: string } | { readonly dimension: string; readonly value: string };
};

export type ChartPoint = {
  /** The category's code (value of the first dimension). */
  readonly code: string;
  /** One value per series, in series order; null where suppressed or missing. */
  readonly values: readonly (number | null)[];
  /** Per series, whether the value is suppressed (rather than not computed). */
  readonly suppressed: readonly boolean[];
};

export type ChartModel = {
  readonly kind: ChartKind;
  readonly dimension: string | null;
  readonly valueKind: ColumnKind;
  readonly series: readonly ChartSeries[];
  readonly points: readonly ChartPoint[];
  /** Suppressed values among those charted. */
  readonly suppressedCount: number;
  /** The table's published total of each series, when it has one (for shares). */
  readonly seriesTotals: readonly (number | null)[];
  /** When the chart shows only the largest categories: how many the table has. */
  readonly truncatedFrom: number | null;
};

function chartedColumns(table: StatTable): number[] {
  // A table that measures time (days to a decision, to assistance) is about the days.
  const days = table.columns.findIndex((column) => column.kind === 'days');
  const hasDays =
    days >= 0 && table.rows.some((row) => row.cells[days]?.value != null || row.cells[days]?.suppressed);
  if (hasDays) return [days];
  const counts = table.columns.flatMap((column, i) => (column.kind === 'count' ? [i] : []));
  if (counts.length > 0) return counts.slice(0, MAX_SERIES);
  const other = table.columns.findIndex(
    (column) =>
      column.kind === 'share' ||
      column.kind === 'days' ||
      column.kind === 'amount' ||
      column.kind === 'capacity',
  );
  return other >= 0 ? [other] : [];
}

function publishedOf(cell: StatCell | undefined): number | null {
  return cell && !cell.suppressed ? cell.value : null;
}

export function chartModel(table: StatTable): ChartModel {
  const none: ChartModel = {
    kind: 'none',
    dimension: table.dimensions[0] ?? null,
    valueKind: 'count',
    series: [],
    points: [],
    suppressedCount: 0,
    seriesTotals: [],
    truncatedFrom: null,
  };
  if (table.noData || table.rows.length === 0) return none;
  const first = table.dimensions[0];
  if (first === undefined) return none;

  if (table.dimensions.length === 1) {
    const columns = chartedColumns(table);
    if (columns.length === 0) return none;
    const valueKind = table.columns[columns[0] ?? 0]?.kind ?? 'count';
    const all = table.rows.map((row) => ({
      code: row.key[0] ?? '',
      values: columns.map((i) => publishedOf(row.cells[i])),
      suppressed: columns.map((i) => row.cells[i]?.suppressed === true),
    }));
    const open = OPEN_DIMENSIONS.has(first) && all.length > TOP_CATEGORIES;
    const points = open
      ? [...all].sort((a, b) => (b.values[0] ?? -1) - (a.values[0] ?? -1)).slice(0, TOP_CATEGORIES)
      : all;
    return {
      kind: TIME_DIMENSIONS.has(first) ? 'lines' : 'bars',
      dimension: first,
      valueKind,
      series: columns.map((i) => ({ key: `s${i}`, source: { column: table.columns[i]?.id ?? '' } })),
      points,
      suppressedCount: points.reduce((n, p) => n + p.suppressed.filter(Boolean).length, 0),
      seriesTotals: columns.map((i) => (table.total ? publishedOf(table.total[i]) : null)),
      truncatedFrom: open ? all.length : null,
    };
  }

  if (table.dimensions.length === 2) {
    const column = table.columns.findIndex((c) => c.kind === 'count');
    if (column < 0) return none;
    const values = (d: number): string[] => [...new Set(table.rows.map((row) => row.key[d] ?? ''))];
    const a = values(0);
    const b = values(1);
    // The dimension with fewer values becomes the series (legend), unless it is time.
    const seriesDim = TIME_DIMENSIONS.has(table.dimensions[1] ?? '') || a.length >= b.length ? 1 : 0;
    const categoryDim = 1 - seriesDim;
    const categories = seriesDim === 1 ? a : b;
    const seriesValues = (seriesDim === 1 ? b : a).slice(0, MAX_CROSS_SERIES);
    const seriesName = table.dimensions[seriesDim] ?? '';
    const byKey = new Map(
      table.rows.map((row) => [`${row.key[categoryDim]}\u0000${row.key[seriesDim]}`, row]),
    );
    const points = categories.map((code) => {
      const cells = seriesValues.map((s) => byKey.get(`${code}\u0000${s}`)?.cells[column]);
      return {
        code,
        values: cells.map(publishedOf),
        suppressed: cells.map((cell) => cell?.suppressed === true),
      };
    });
    return {
      kind: TIME_DIMENSIONS.has(table.dimensions[categoryDim] ?? '') ? 'lines' : 'bars',
      dimension: table.dimensions[categoryDim] ?? null,
      valueKind: 'count',
      series: seriesValues.map((value, i) => ({ key: `s${i}`, source: { dimension: seriesName, value } })),
      points,
      suppressedCount: points.reduce((n, p) => n + p.suppressed.filter(Boolean).length, 0),
      seriesTotals: seriesValues.map(() => null),
      truncatedFrom: null,
    };
  }
  return none;
}

/** The reading of a chart, as a message id and its values (codes, not yet words). */
export type ChartReading =
  | { readonly kind: 'no_data' }
  | { readonly kind: 'all_suppressed' }
  | { readonly kind: 'all_zero' }
  | {
      readonly kind: 'largest';
      readonly category: string;
      readonly series: number;
      readonly value: number;
      /** Share of the published total of that series, when the values are counts. */
      readonly share: number | null;
      readonly categories: number;
    }
  | {
      readonly kind: 'trend';
      readonly series: number;
      readonly firstCategory: string;
      readonly firstValue: number;
      readonly lastCategory: string;
      readonly lastValue: number;
      readonly peakCategory: string;
      readonly peakValue: number;
    };

/** One plain sentence a reader should take from the chart. */
export function chartReading(model: ChartModel): ChartReading {
  if (model.points.length === 0 || model.series.length === 0) return { kind: 'no_data' };
  const published = model.points.flatMap((point) =>
    point.values.flatMap((value, series) => (value === null ? [] : [{ point, series, value }])),
  );
  if (published.length === 0) {
    return model.suppressedCount > 0 ? { kind: 'all_suppressed' } : { kind: 'no_data' };
  }
  if (published.every((entry) => entry.value === 0)) return { kind: 'all_zero' };

  if (model.kind === 'lines') {
    // The first series with values: its first and last published values and its peak.
    const series = published[0]?.series ?? 0;
    const line = published.filter((entry) => entry.series === series);
    const firstEntry = line[0];
    const lastEntry = line[line.length - 1];
    if (firstEntry && lastEntry) {
      const peak = line.reduce((best, entry) => (entry.value > best.value ? entry : best), firstEntry);
      return {
        kind: 'trend',
        series,
        firstCategory: firstEntry.point.code,
        firstValue: firstEntry.value,
        lastCategory: lastEntry.point.code,
        lastValue: lastEntry.value,
        peakCategory: peak.point.code,
        peakValue: peak.value,
      };
    }
  }

  const largest = published.reduce((best, entry) => (entry.value > best.value ? entry : best));
  // A share only against the table's own total: the published cells alone would miss the
  // suppressed ones and overstate it.
  const seriesTotal = model.seriesTotals[largest.series] ?? null;
  return {
    kind: 'largest',
    category: largest.point.code,
    series: largest.series,
    value: largest.value,
    share:
      model.valueKind === 'count' && seriesTotal !== null && seriesTotal > 0
        ? largest.value / seriesTotal
        : null,
    categories: model.points.length,
  };
}
