import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { type InsightsFilter, periodBounds } from './period.js';

/** What every measure query needs: a handle and the filter, with the period as instants. */
export type MeasureContext = {
  readonly db: Kysely<DB>;
  readonly filter: InsightsFilter;
  readonly start: Date;
  readonly end: Date;
};

export function measureContext(db: Kysely<DB>, filter: InsightsFilter): MeasureContext {
  const { start, end } = periodBounds(filter);
  return { db, filter, start, end };
}

/** `column` falls in the period: [start, end). */
export function within(ctx: MeasureContext, column: string): RawBuilder<boolean> {
  const ref = sql.ref(column);
  return sql<boolean>`(${ref} >= ${ctx.start} and ${ref} < ${ctx.end})`;
}

/** A `date` column falls in the period (both ends included). */
export function withinDays(ctx: MeasureContext, column: string): RawBuilder<boolean> {
  const ref = sql.ref(column);
  return sql<boolean>`(${ref} >= ${ctx.filter.from}::date and ${ref} <= ${ctx.filter.to}::date)`;
}

/** The region filter on `column`, or true without one. */
export function regionIs(ctx: MeasureContext, column = 'f.region'): RawBuilder<boolean> {
  return ctx.filter.region === null
    ? sql<boolean>`true`
    : sql<boolean>`${sql.ref(column)} = ${ctx.filter.region}`;
}

/** The bucket (first day, 'YYYY-MM-DD') of an instant column, in UTC. */
export function bucketOf(ctx: MeasureContext, column: string): RawBuilder<string> {
  return sql<string>`to_char(date_trunc(${sql.lit(ctx.filter.granularity)}, ${sql.ref(column)} at time zone 'UTC'), 'YYYY-MM-DD')`;
}

/** Days between two instants, as a float (for medians). */
export function daysBetween(from: string, to: string): RawBuilder<number> {
  return sql<number>`(extract(epoch from (${sql.ref(to)} - ${sql.ref(from)})) / 86400.0)`;
}

/** Median of a float expression over the rows of a group, rounded to tenths; null for none. */
export function medianOf(
  expression: RawBuilder<number>,
  filter?: RawBuilder<boolean>,
): RawBuilder<number | null> {
  const agg = sql`percentile_cont(0.5) within group (order by ${expression})`;
  return filter
    ? sql<number | null>`round((${agg} filter (where ${filter}))::numeric, 1)::float8`
    : sql<number | null>`round((${agg})::numeric, 1)::float8`;
}

/** A count with a filter, as int (int8 differs by driver). */
export function countWhere(condition: RawBuilder<boolean>): RawBuilder<number> {
  return sql<number>`(count(*) filter (where ${condition}))::int`;
}

/** A dimension of a grouping-sets query: its name and its SQL (columns and literals only, no bound values). */
export type Dimension = { readonly name: string; readonly expr: RawBuilder<unknown> };

/**
 * The `dim`/`value` select list and the GROUP BY GROUPING SETS clause for one scan that
 * counts by several dimensions at once (plus the grand total, dim ''). Expressions must
 * carry no bound values: PostgreSQL matches them by their text.
 */
export function groupingSets(dims: readonly Dimension[]): {
  select: RawBuilder<unknown>;
  groupBy: RawBuilder<unknown>;
} {
  const dimCase = sql.join(
    dims.map((d) => sql`when grouping(${d.expr}) = 0 then ${sql.lit(d.name)}`),
    sql` `,
  );
  const valueCase = sql.join(
    dims.map((d) => sql`when grouping(${d.expr}) = 0 then (${d.expr})::text`),
    sql` `,
  );
  return {
    select: sql`case ${dimCase} else '' end as dim, case ${valueCase} end as value`,
    groupBy: sql`group by grouping sets ((), ${sql.join(dims.map((d) => sql`(${d.expr})`))})`,
  };
}

/** A row of a grouping-sets query: which dimension it groups by ('' for the grand total). */
export type GroupedRow = { readonly dim: string; readonly value: string | null } & Readonly<
  Record<string, number | string | null>
>;

/**
 * Rows of one dimension of a grouping-sets result with their key (null → 'unknown'). A
 * list, not a map: a null and a recorded 'unknown' are two rows with one key.
 */
export function rowsOf<T extends GroupedRow>(rows: readonly T[], dim: string): [string, T][] {
  return rows.filter((row) => row.dim === dim).map((row) => [row.value ?? 'unknown', row]);
}

/** Adds `n` to column `index` of the row `key` (a new row of `width` zeros when absent). */
export function addTo(
  counts: Map<string, number[]>,
  key: string,
  index: number,
  n: number,
  width: number,
): void {
  const row = counts.get(key) ?? Array.from({ length: width }, () => 0);
  row[index] = (row[index] ?? 0) + n;
  counts.set(key, row);
}

/** A number from a driver value (int, float, numeric string, null → 0). */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** A number or null from a driver value. */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** Grouped rows from per-dimension counters: `fields` names each counter used (index → column). */
export function groupedFrom(
  dims: readonly { dim: string; values: ReadonlyMap<string, readonly number[]> }[],
  fields: Readonly<Record<string, number>>,
): GroupedRow[] {
  const out: GroupedRow[] = [];
  for (const { dim, values } of dims) {
    for (const [value, n] of values) {
      const row: Record<string, number | string | null> = { dim, value: dim === '' ? null : value };
      for (const [name, index] of Object.entries(fields)) row[name] = n[index] ?? 0;
      out.push(row as GroupedRow);
    }
  }
  return out;
}
