import { type CellStatus, type Relation, suppressCube, suppressLinked } from '@opennrm/core';
import type { ColumnSpec, RawTable, StatCell, StatRow, StatTable, TableStructure } from './tables.js';

/**
 * The one door out: every table the server returns, exports, releases or prints goes
 * through `protectTables`, which applies small-cell suppression (helper F1's
 * `suppressLinked` / `suppressCube` in core) with complementary suppression:
 * - within a table, the rows of each count column add up to its total (`list`), the
 *   parts of a row to their whole (positive + negative = decisions), a cross table to
 *   all its margins (`cube`);
 * - across tables, a coarse table and the finer one it sums (sectors of organisations,
 *   citizenship groups of nationalities) are protected together, so that a withheld
 *   organisation cannot be worked out from its sector.
 * Derived cells follow the counts they come from (see `ColumnSpec`).
 */

export type ProtectOptions = { readonly threshold: number };

type CellRef = { readonly table: number; readonly row: number; readonly column: number };

/** The row index used for a table's totals row. */
const TOTAL = -1;

function structureOf(table: RawTable): TableStructure {
  return table.structure ?? (table.total ? 'list' : 'overlapping');
}

function isCount(column: ColumnSpec): column is Extract<ColumnSpec, { kind: 'count' }> {
  return column.kind === 'count';
}

/** A count cell's value: a non-negative integer, or null when there is none. */
function countValue(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError('A count must be a non-negative integer');
  return value;
}

/**
 * What a count cell counts, independent of the table it sits in: its column id and its
 * dimension values (a totals row has none). Two cells with the same meaning and value
 * — the presumed total in every breakdown, the presumed count of a sector in two tables —
 * are linked, so that a cell withheld in one table is never published in another.
 */
function meaningOf(table: RawTable, row: number, column: ColumnSpec): string {
  const key = row === TOTAL ? [] : (table.rows[row]?.key ?? []);
  const pairs = table.dimensions
    .map((dim, i) => [dim, key[i] ?? ''] as const)
    // A row for everybody ('all', the group of all persons) means what the totals mean.
    .filter(([dim, value]) => dim !== 'all' && value !== 'all')
    .map(([dim, value]) => `${dim}=${value}`)
    .sort();
  return `${column.id}|${pairs.join(',')}`;
}

/** Tables protected together: linked by rollups or by a cell they share; cross tables alone. */
function protectionGroups(tables: readonly RawTable[]): number[][] {
  const parent = tables.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  const byId = new Map(tables.map((table, i) => [table.id, i]));
  const seen = new Map<string, number>();
  tables.forEach((table, t) => {
    const other = table.rollup ? byId.get(table.rollup.of) : undefined;
    if (other !== undefined) union(t, other);
    if (structureOf(table) === 'cube') return;
    const rows = [...table.rows.keys(), ...(table.total ? [TOTAL] : [])];
    for (const row of rows) {
      for (const column of table.columns) {
        if (!isCount(column)) continue;
        const meaning = meaningOf(table, row, column);
        const first = seen.get(meaning);
        if (first === undefined) seen.set(meaning, t);
        else union(t, first);
      }
    }
  });
  const groups = new Map<number, number[]>();
  tables.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}

/** Suppression status of every count cell of a group of linked tables. */
function suppressGroup(
  tables: readonly RawTable[],
  members: readonly number[],
  threshold: number,
): Map<string, CellStatus> {
  const values: number[] = [];
  const index = new Map<string, number>();
  const keyOf = (ref: CellRef): string => `${ref.table}:${ref.row}:${ref.column}`;
  const cellOf = (ref: CellRef): number | undefined => index.get(keyOf(ref));
  const rowValues = (table: RawTable, row: number): readonly (number | null)[] | null =>
    row === TOTAL ? table.total : (table.rows[row]?.values ?? null);

  for (const t of members) {
    const table = tables[t] as RawTable;
    const rows = [...table.rows.keys(), ...(table.total ? [TOTAL] : [])];
    for (const row of rows) {
      const vals = rowValues(table, row);
      table.columns.forEach((column, c) => {
        if (!isCount(column)) return;
        const v = countValue(vals?.[c]);
        if (v === null) return;
        index.set(keyOf({ table: t, row, column: c }), values.length);
        values.push(v);
      });
    }
  }

  const relations: Relation[] = [];
  const addRelation = (parts: (number | undefined)[], total: number | undefined): void => {
    if (total === undefined || parts.length === 0 || parts.some((p) => p === undefined)) return;
    const cells = parts as number[];
    const sum = cells.reduce((s, p) => s + (values[p] as number), 0);
    // Rows that do not add up (a person in several rows) give no relation.
    if (sum === values[total]) relations.push({ parts: cells, total });
  };

  for (const t of members) {
    const table = tables[t] as RawTable;
    const columnIndex = new Map(table.columns.map((column, c) => [column.id, c]));
    // Rows add up to the totals row.
    if (structureOf(table) === 'list' && table.total) {
      table.columns.forEach((column, c) => {
        if (!isCount(column)) return;
        addRelation(
          table.rows.map((_, r) => cellOf({ table: t, row: r, column: c })),
          cellOf({ table: t, row: TOTAL, column: c }),
        );
      });
    }
    // Parts of a row add up to their whole.
    const wholes = new Map<number, number[]>();
    table.columns.forEach((column, c) => {
      if (!isCount(column) || !column.partOf) return;
      const whole = columnIndex.get(column.partOf);
      if (whole !== undefined) wholes.set(whole, [...(wholes.get(whole) ?? []), c]);
    });
    for (const row of [...table.rows.keys(), ...(table.total ? [TOTAL] : [])]) {
      for (const [whole, parts] of wholes) {
        addRelation(
          parts.map((c) => cellOf({ table: t, row, column: c })),
          cellOf({ table: t, row, column: whole }),
        );
      }
    }
    // A coarse table's rows are sums of the finer table's rows.
    if (table.rollup) {
      const finer = members.find((m) => tables[m]?.id === table.rollup?.of);
      const fine = finer === undefined ? undefined : tables[finer];
      if (finer !== undefined && fine) {
        const fineRow = new Map(fine.rows.map((row, r) => [row.key.join('\u0000'), r]));
        const fineColumn = new Map(fine.columns.map((column, c) => [column.id, c]));
        table.rows.forEach((row, r) => {
          const keys = table.rollup?.members[row.key.join('\u0000')] ?? [];
          table.columns.forEach((column, c) => {
            const fc = fineColumn.get(column.id);
            if (!isCount(column) || fc === undefined) return;
            addRelation(
              keys.map((k) => {
                const fr = fineRow.get(k);
                return fr === undefined ? undefined : cellOf({ table: finer, row: fr, column: fc });
              }),
              cellOf({ table: t, row: r, column: c }),
            );
          });
        });
      }
    }
  }

  // The same figure in two tables: linked (a relation of one part).
  const byMeaning = new Map<string, number>();
  for (const t of members) {
    const table = tables[t] as RawTable;
    if (structureOf(table) === 'cube') continue;
    for (const row of [...table.rows.keys(), ...(table.total ? [TOTAL] : [])]) {
      table.columns.forEach((column, c) => {
        if (!isCount(column)) return;
        const cell = cellOf({ table: t, row, column: c });
        if (cell === undefined) return;
        const meaning = meaningOf(table, row, column);
        const first = byMeaning.get(meaning);
        if (first === undefined) byMeaning.set(meaning, cell);
        else addRelation([cell], first);
      });
    }
  }

  const status = suppressLinked(values, relations, { threshold });
  const out = new Map<string, CellStatus>();
  for (const [key, i] of index) out.set(key, status[i] as CellStatus);
  return out;
}

/**
 * A cross table: its count column is protected with every margin (F1's `suppressCube`);
 * the rows must be every combination of the dimensions' values.
 */
function suppressCrossTable(table: RawTable, t: number, threshold: number): Map<string, CellStatus> {
  const out = new Map<string, CellStatus>();
  const axes = table.dimensions.map((_, a) => [...new Set(table.rows.map((row) => row.key[a] ?? ''))]);
  const shape = axes.map((values) => values.length);
  const strides = shape.map((_, a) => shape.slice(a + 1).reduce((p, n) => p * n, 1));
  const position = new Map<string, number>();
  for (const [r, row] of table.rows.entries()) {
    const flat = row.key.reduce(
      (sum, value, a) => sum + (axes[a]?.indexOf(value) ?? 0) * (strides[a] ?? 1),
      0,
    );
    position.set(String(r), flat);
  }
  const inner = shape.reduce((p, n) => p * n, 1);
  const complete = table.rows.length === inner && new Set(position.values()).size === inner;
  table.columns.forEach((column, c) => {
    if (!isCount(column)) return;
    const cells = table.rows.map((row) => countValue(row.values[c]));
    if (!complete || cells.some((v) => v === null)) {
      // Not a full cross table: protect the cells one by one (no margins are published).
      cells.forEach((v, r) => {
        if (v !== null) out.set(`${t}:${r}:${c}`, v >= 1 && v < threshold ? 'primary' : 'published');
      });
      return;
    }
    const flatValues = new Array<number>(inner).fill(0);
    table.rows.forEach((_, r) => {
      flatValues[position.get(String(r)) as number] = cells[r] as number;
    });
    const cube = suppressCube(shape, flatValues, { threshold });
    // The published cube has every axis one longer (its total); map inner cells back.
    const extStrides = shape.map((_, a) => shape.slice(a + 1).reduce((p, n) => p * (n + 1), 1));
    table.rows.forEach((_, r) => {
      const flat = position.get(String(r)) as number;
      const coords = shape.map((n, a) => Math.floor(flat / (strides[a] as number)) % n);
      const ext = coords.reduce((sum, i, a) => sum + i * (extStrides[a] as number), 0);
      out.set(`${t}:${r}:${c}`, cube.cells[ext]?.status ?? 'primary');
    });
    const total = countValue(table.total?.[c]);
    if (total !== null) {
      const grand = shape.reduce((sum, n, a) => sum + n * (extStrides[a] as number), 0);
      // The grand total of the cube when the table's total is that sum; else on its own.
      out.set(
        `${t}:${TOTAL}:${c}`,
        cube.cells[grand]?.value === total
          ? (cube.cells[grand]?.status ?? 'primary')
          : total >= 1 && total < threshold
            ? 'primary'
            : 'published',
      );
    }
  });
  return out;
}

function publishedRow(
  table: RawTable,
  t: number,
  row: number,
  values: readonly (number | null)[],
  status: ReadonlyMap<string, CellStatus>,
  threshold: number,
): StatCell[] {
  const columnIndex = new Map(table.columns.map((column, c) => [column.id, c]));
  const valueAt = (c: number | undefined): number | null => (c === undefined ? null : (values[c] ?? null));
  const hidden = (c: number | undefined): boolean => {
    if (c === undefined) return true;
    const known = status.get(`${t}:${row}:${c}`);
    if (known) return known !== 'published';
    // A count no relation covered: at least the primary rule.
    const v = valueAt(c);
    return v !== null && v >= 1 && v < threshold;
  };
  return table.columns.map((column, c): StatCell => {
    const value = values[c] ?? null;
    switch (column.kind) {
      case 'count': {
        const suppressed = value !== null && hidden(c);
        return { value: suppressed ? null : value, suppressed };
      }
      case 'share': {
        const n = columnIndex.get(column.numerator);
        const d = columnIndex.get(column.denominator);
        const suppressed = value !== null && (hidden(n) || hidden(d));
        return { value: suppressed ? null : value, suppressed };
      }
      case 'days':
      case 'amount': {
        const b = columnIndex.get(column.basis);
        const basis = valueAt(b);
        const suppressed = value !== null && (hidden(b) || basis === null || basis < threshold);
        return { value: suppressed ? null : value, suppressed };
      }
      case 'residual': {
        const b = columnIndex.get(column.basis);
        const suppressed = value !== null && hidden(b);
        return { value: suppressed ? null : value, suppressed };
      }
      case 'expected': {
        const suppressed = value !== null && value > 0 && value < threshold;
        return { value: suppressed ? null : value, suppressed };
      }
      case 'capacity':
        return { value, suppressed: false };
      default: {
        const never: never = column;
        throw new Error(`unknown column ${JSON.stringify(never)}`);
      }
    }
  });
}

/** Small-cell suppression of a set of tables; the only form in which tables leave the server. */
export function protectTables(tables: readonly RawTable[], options: ProtectOptions): StatTable[] {
  const status = new Map<string, CellStatus>();
  for (const group of protectionGroups(tables)) {
    const cubes = group.filter((t) => structureOf(tables[t] as RawTable) === 'cube');
    const others = group.filter((t) => structureOf(tables[t] as RawTable) !== 'cube');
    for (const t of cubes) {
      for (const [key, value] of suppressCrossTable(tables[t] as RawTable, t, options.threshold)) {
        status.set(key, value);
      }
    }
    if (others.length > 0) {
      for (const [key, value] of suppressGroup(tables, others, options.threshold)) status.set(key, value);
    }
  }
  return tables.map((table, t): StatTable => {
    const rows: StatRow[] = table.rows.map((row, r) => ({
      key: [...row.key],
      cells: publishedRow(table, t, r, row.values, status, options.threshold),
      flag: row.flag ?? null,
    }));
    return {
      id: table.id,
      measure: table.measure,
      dimensions: [...table.dimensions],
      columns: table.columns.map((column) => ({ id: column.id, kind: column.kind })),
      rows,
      total: table.total ? publishedRow(table, t, TOTAL, table.total, status, options.threshold) : null,
      labels: { ...(table.labels ?? {}) },
      noData: table.noData ?? false,
      test: table.test ?? null,
    };
  });
}
