import type { RowFlag, StatCell, StatTable } from './types';

/**
 * The form × gender (× age group) table of the bias measure, pivoted for reading: one
 * grid per age group, forms down, genders across, each cell with its count and flag.
 * Pure.
 */

export type CrossCell = {
  readonly observed: StatCell;
  readonly expected: number | null;
  readonly flag: RowFlag | null;
};

export type CrossGrid = {
  /** The age group of this grid, or null when the table has no third dimension. */
  readonly group: string | null;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cell: (row: string, column: string) => CrossCell | undefined;
  /** Every count of the grid is zero (nobody in this age group): not worth a grid. */
  readonly empty: boolean;
};

export type FlaggedCell = {
  readonly key: readonly string[];
  readonly flag: RowFlag;
  readonly observed: StatCell;
  readonly expected: number | null;
};

function column(table: StatTable, id: string, kind: string): number {
  const byId = table.columns.findIndex((c) => c.id === id);
  return byId >= 0 ? byId : table.columns.findIndex((c) => c.kind === kind);
}

export function crossGrids(table: StatTable): CrossGrid[] {
  if (table.dimensions.length < 2) return [];
  const observedAt = column(table, 'observed', 'count');
  const expectedAt = column(table, 'expected', 'expected');
  const distinct = (d: number): string[] => [...new Set(table.rows.map((row) => row.key[d] ?? ''))];
  const rows = distinct(0);
  const columns = distinct(1);
  const groups: (string | null)[] = table.dimensions.length > 2 ? distinct(2) : [null];
  return groups.map((group) => {
    const cells = new Map<string, CrossCell>();
    for (const row of table.rows) {
      if (group !== null && row.key[2] !== group) continue;
      cells.set(`${row.key[0]}\u0000${row.key[1]}`, {
        observed: row.cells[observedAt] ?? { value: null, suppressed: false },
        expected: expectedAt >= 0 ? (row.cells[expectedAt]?.value ?? null) : null,
        flag: row.flag,
      });
    }
    const empty = [...cells.values()].every((cell) => !cell.observed.suppressed && !cell.observed.value);
    return {
      group,
      rows,
      columns,
      cell: (row: string, col: string) => cells.get(`${row}\u0000${col}`),
      empty,
    };
  });
}

/** Cells flagged by the test, under-identified first, then by the shortfall against expectation. */
export function flaggedCells(table: StatTable): FlaggedCell[] {
  const observedAt = column(table, 'observed', 'count');
  const expectedAt = column(table, 'expected', 'expected');
  const shortfall = (cell: FlaggedCell): number =>
    (cell.expected ?? 0) - (cell.observed.suppressed ? 0 : (cell.observed.value ?? 0));
  return table.rows
    .flatMap((row) =>
      row.flag === null
        ? []
        : [
            {
              key: row.key,
              flag: row.flag,
              observed: row.cells[observedAt] ?? { value: null, suppressed: false },
              expected: expectedAt >= 0 ? (row.cells[expectedAt]?.value ?? null) : null,
            },
          ],
    )
    .sort((a, b) => {
      const under = Number(b.flag === 'under_identified') - Number(a.flag === 'under_identified');
      return under !== 0 ? under : shortfall(b) - shortfall(a);
    });
}
