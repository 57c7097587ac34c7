import { type CalibratedNoise, noiseCounts, type RandomSource } from '@opennrm/core';
import { type ColumnSpec, leafCountColumns, type RawRow, type RawTable, withShares } from './tables.js';

/**
 * Differential privacy for a release (pure; randomness injected). Only the leaf counts
 * of a table are noised — one person moves one leaf per row they are in — each
 * independently with F1's calibrated discrete mechanism; negative results become 0
 * (post-processing). Everything else is derived from the noised leaves: a whole is the
 * sum of its parts, a list's totals the sum of its rows, a share the ratio of two
 * noised counts. Figures not made of counts (medians, amounts, expected counts, test
 * flags) are computed from the exact data and would escape the guarantee: they are
 * left out of a release.
 */

/** Columns whose values a release keeps (noised counts and the shares made of them). */
export function releasedColumn(column: ColumnSpec): boolean {
  return column.kind === 'count' || column.kind === 'share';
}

/** Values of a row's whole columns filled from their parts (wholes of wholes too). */
function deriveWholes(columns: readonly ColumnSpec[], values: (number | null)[]): (number | null)[] {
  const index = new Map(columns.map((c, i) => [c.id, i]));
  const parts = new Map<number, number[]>();
  columns.forEach((c, i) => {
    if (c.kind !== 'count' || !c.partOf) return;
    const whole = index.get(c.partOf);
    if (whole !== undefined) parts.set(whole, [...(parts.get(whole) ?? []), i]);
  });
  const out = [...values];
  const resolve = (i: number, depth: number): number | null => {
    const own = parts.get(i);
    if (!own || depth > columns.length) return out[i] ?? null;
    let sum = 0;
    for (const p of own) sum += resolve(p, depth + 1) ?? 0;
    out[i] = sum;
    return sum;
  };
  for (const whole of parts.keys()) resolve(whole, 0);
  return out;
}

/** One table with noise added to its leaf counts and everything else derived or left out. */
export function noiseTable(table: RawTable, rng: RandomSource, noise: CalibratedNoise): RawTable {
  const leaves = leafCountColumns(table.columns);
  const rows: RawRow[] = table.rows.map((row) => {
    const values: (number | null)[] = table.columns.map(() => null);
    const exact = leaves.map((i) => row.values[i] ?? 0);
    const noised = noiseCounts(rng, exact, noise);
    leaves.forEach((i, k) => {
      values[i] = row.values[i] === null ? null : (noised[k] as number);
    });
    return { key: row.key, values: withShares(table.columns, deriveWholes(table.columns, values)) };
  });
  // A list's totals are its rows' sums; other totals (persons, not rows) would need noise of their own: left out.
  const list = (table.structure ?? (table.total ? 'list' : 'overlapping')) === 'list' && table.total !== null;
  const total = list
    ? withShares(
        table.columns,
        table.columns.map((column, i) =>
          column.kind === 'count' ? rows.reduce((sum, row) => sum + (row.values[i] ?? 0), 0) : null,
        ),
      )
    : null;
  const { test: _test, ...rest } = table;
  return { ...rest, rows, total };
}
