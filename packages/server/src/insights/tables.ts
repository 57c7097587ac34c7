/**
 * Statistics tables, before and after protection. A measure builds `RawTable`s from
 * its SQL aggregates (pure shaping); `protect.ts` turns them into `StatTable`s with
 * small cells suppressed — the only form in which a table leaves the server.
 */

export const MEASURES = [
  'official_counts',
  'who_identifies',
  'bias',
  'conditionality',
  'timeliness',
  'remedies',
  'unmet_need',
  'children',
  'voices',
] as const;
export type MeasureId = (typeof MEASURES)[number];
/** A table belongs to a measure, or to the data-quality notes that go with all of them. */
export type TableSection = MeasureId | 'data_quality';

/**
 * - `count`: persons, cases or records about them. Suppressed when 1 … threshold−1, with
 *   complementary suppression against the table's totals. `partOf` names the count column
 *   this one is a part of (positive and negative decisions are parts of decisions), so
 *   that a part cannot be recovered from the whole and the other parts.
 * - `share`: numerator / denominator, two count columns of the same row (0 … 1).
 * - `days`, `amount`: a median, mean or sum over the persons counted in `basis`; hidden
 *   with that count, and when fewer than the threshold contribute.
 * - `expected`: a bias test's expected count, from the margins. Hidden below the
 *   threshold: an expected count is at most its row's total, so a small one could give
 *   a small total back.
 * - `residual`: a bias test's standardised residual for the count in `basis`; hidden with
 *   it (with the expected count it would give the count back).
 * - `capacity`: figures of the services directory (places, waiting days of a service);
 *   about services, not persons, so not suppressed.
 */
export type ColumnSpec =
  | { readonly id: string; readonly kind: 'count'; readonly partOf?: string }
  | { readonly id: string; readonly kind: 'share'; readonly numerator: string; readonly denominator: string }
  | { readonly id: string; readonly kind: 'days' | 'amount' | 'residual'; readonly basis: string }
  | { readonly id: string; readonly kind: 'expected' | 'capacity' };
export type ColumnKind = ColumnSpec['kind'];

/**
 * A test's reading of a row: a group identified less (or more) often than expected, a
 * group refused more often than others, or a shortfall the gap summary names.
 */
export type RowFlag = 'under_identified' | 'over_identified' | 'refused_more_often';

export type RawRow = {
  /** One value per dimension of the table (a vocabulary code, an organisation id, a bucket). */
  readonly key: readonly string[];
  /** One value per column; null where nothing can be computed (no persons, no data). */
  readonly values: readonly (number | null)[];
  readonly flag?: RowFlag | null;
};

/**
 * How the rows of a table add up, for complementary suppression:
 * - `list`: each person is in one row, so every count column's rows add up to the total;
 * - `cube`: the rows are every combination of the dimensions' values (a cross table); its
 *   margins are protected too, though only the inner cells are published;
 * - `overlapping`: a person may be in several rows (forms of exploitation, groups), so no
 *   row sum gives anything away and only the cells' own size matters.
 */
export type TableStructure = 'list' | 'cube' | 'overlapping';

/** A table whose rows are sums of another table's rows (sectors of organisations). */
export type Rollup = {
  /** Id of the finer table (same count columns). */
  readonly of: string;
  /** For each row key of this table, the row keys of the finer table it sums. */
  readonly members: Readonly<Record<string, readonly string[]>>;
};

/** A statistical test's coarse result: significance only, never a statistic a cell could be solved from. */
export type TestSummary = {
  readonly test: 'chi_square_independence' | 'chi_square_reference';
  readonly df: number;
  readonly alpha: number;
  readonly significant: boolean;
  /** Many expected counts below 5: read with care. */
  readonly sparse: boolean;
};

export type RawTable = {
  /** Stable id, `<measure>.<name>`: the export and release address of the table. */
  readonly id: string;
  readonly measure: TableSection;
  readonly dimensions: readonly string[];
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly RawRow[];
  /** The totals row (counts over all rows; a person counted once), or null when totals mean nothing. */
  readonly total: readonly (number | null)[] | null;
  /** Display names for keys that are not vocabulary codes (organisation names). */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Most count cells one person can change in this table (L1 sensitivity), for the noise
   * of a release: 1 when each person is in one row and one column.
   */
  readonly sensitivity: number;
  /** True when the module that feeds this table has recorded nothing yet. */
  readonly noData?: boolean;
  /** Default `list` when the rows add up to the total, else `overlapping`. */
  readonly structure?: TableStructure;
  readonly rollup?: Rollup;
  readonly test?: TestSummary;
};

/** What leaves the server (plain mutable arrays, the shape of the response schemas). */
export type StatCell = { value: number | null; suppressed: boolean };
export type StatRow = {
  key: string[];
  cells: StatCell[];
  flag: RowFlag | null;
};
export type StatTable = {
  id: string;
  measure: TableSection;
  dimensions: string[];
  columns: { id: string; kind: ColumnKind }[];
  rows: StatRow[];
  total: StatCell[] | null;
  labels: Record<string, string>;
  noData: boolean;
  test: TestSummary | null;
};

/** A share in 0 … 1 rounded to four places, or null without a denominator. */
export function share(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

/** Fills every share column of a row from its count columns (the rest stays as given). */
export function withShares(
  columns: readonly ColumnSpec[],
  values: readonly (number | null)[],
): (number | null)[] {
  const index = new Map(columns.map((column, i) => [column.id, i]));
  return columns.map((column, i) => {
    if (column.kind !== 'share') return values[i] ?? null;
    const n = index.get(column.numerator);
    const d = index.get(column.denominator);
    return share(n === undefined ? null : (values[n] ?? null), d === undefined ? null : (values[d] ?? null));
  });
}

/**
 * Count columns that are not the sum of other columns: a release noises these and derives
 * the wholes from them (decisions = positive + negative), so one person moves one leaf.
 */
export function leafCountColumns(columns: readonly ColumnSpec[]): number[] {
  const wholes = new Set(columns.flatMap((c) => (c.kind === 'count' && c.partOf ? [c.partOf] : [])));
  return columns.flatMap((c, i) => (c.kind === 'count' && !wholes.has(c.id) ? [i] : []));
}

/** Sum of a column over rows (counts only; nulls count as 0). */
export function columnSum(rows: readonly RawRow[], column: number): number {
  return rows.reduce((sum, row) => sum + (row.values[column] ?? 0), 0);
}

/**
 * A table from keyed rows: missing vocabulary values become rows of zeros so that a
 * category with nobody in it is visible (a zero is published; it identifies no one).
 */
export function tableFromCounts(input: {
  readonly id: string;
  readonly measure: TableSection;
  readonly dimension: string;
  readonly columns: readonly ColumnSpec[];
  readonly counts: ReadonlyMap<string, readonly (number | null)[]>;
  /** Every value to show, in order; keys found in `counts` but not here follow at the end. */
  readonly order?: readonly string[];
  readonly total?: readonly (number | null)[] | null;
  readonly labels?: Readonly<Record<string, string>>;
  readonly sensitivity?: number;
  readonly noData?: boolean;
  readonly structure?: TableStructure;
  readonly rollup?: Rollup;
}): RawTable {
  const width = input.columns.length;
  const keys = [...(input.order ?? [])];
  for (const key of input.counts.keys()) if (!keys.includes(key)) keys.push(key);
  const rows: RawRow[] = keys.map((key) => {
    const given = input.counts.get(key);
    const values = Array.from({ length: width }, (_, i) => {
      const column = input.columns[i];
      if (given) return given[i] ?? null;
      return column?.kind === 'count' ? 0 : null;
    });
    return { key: [key], values: withShares(input.columns, values) };
  });
  const total =
    input.total === undefined
      ? withShares(
          input.columns,
          input.columns.map((column, i) => (column.kind === 'count' ? columnSum(rows, i) : null)),
        )
      : input.total === null
        ? null
        : withShares(input.columns, input.total);
  return {
    id: input.id,
    measure: input.measure,
    dimensions: [input.dimension],
    columns: input.columns,
    rows,
    total,
    ...(input.labels ? { labels: input.labels } : {}),
    sensitivity: input.sensitivity ?? leafCountColumns(input.columns).length,
    ...(input.noData ? { noData: true } : {}),
    ...(input.structure ? { structure: input.structure } : {}),
    ...(input.rollup ? { rollup: input.rollup } : {}),
  };
}

/** The median of sorted or unsorted numbers (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}
