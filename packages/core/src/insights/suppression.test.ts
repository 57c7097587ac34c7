import { describe, expect, it } from 'vitest';
import { seededRandomSource, uniformInt } from './dp/random.js';
import { determinedCells } from './linear-audit.js';
import {
  type CellStatus,
  cubeCell,
  publishedValue,
  type SuppressedTable,
  suppressCube,
  suppressLinked,
  suppressList,
  suppressTable,
} from './suppression.js';

/** The table as an attacker sees it: extended (R+1)×(C+1), null where withheld. */
function published(table: SuppressedTable): (number | null)[][] {
  return [
    ...table.cells.map((row, i) => [...row.map(publishedValue), publishedValue(table.rowTotals[i]!)]),
    [...table.columnTotals.map(publishedValue), publishedValue(table.grandTotal)],
  ];
}

/**
 * Attacker 1: repeatedly solve every line (row or column of the extended table) that has
 * a single unknown, using what earlier steps recovered. Returns what it recovered.
 */
function singleUnknownAttack(grid: (number | null)[][]): Map<string, number> {
  const g = grid.map((row) => [...row]);
  const recovered = new Map<string, number>();
  const rows = g.length;
  const cols = g[0]!.length;
  const lines: [number, number][][] = [];
  for (let i = 0; i < rows; i++)
    lines.push(Array.from({ length: cols }, (_, j) => [i, j] as [number, number]));
  for (let j = 0; j < cols; j++)
    lines.push(Array.from({ length: rows }, (_, i) => [i, j] as [number, number]));
  let progress = true;
  while (progress) {
    progress = false;
    for (const line of lines) {
      const unknown = line.filter(([i, j]) => g[i]![j] === null);
      if (unknown.length !== 1) continue;
      const [ui, uj] = unknown[0]!;
      const last = line[line.length - 1]!;
      const totalKnown = g[last[0]]![last[1]]!;
      const partsKnown = line.slice(0, -1).reduce((s, [i, j]) => s + (g[i]![j] ?? 0), 0);
      // The unknown is either a part (total − other parts) or the total (sum of parts).
      const isTotal = ui === last[0] && uj === last[1];
      const value = isTotal ? partsKnown : totalKnown - partsKnown;
      g[ui]![uj] = value;
      recovered.set(`${ui},${uj}`, value);
      progress = true;
    }
  }
  return recovered;
}

/**
 * Attacker 2 (small tables only): every filling of the withheld cells with non-negative
 * integers that agrees with what is published; returns the set of values each withheld
 * cell can take. A cell with a single feasible value is disclosed. Depth-first search
 * that fills forced cells (the last unknown of a line) and branches on the others.
 */
function feasibleValues(grid: (number | null)[][], bound: number): Map<string, Set<number>> {
  const rows = grid.length;
  const cols = grid[0]!.length;
  const unknown: [number, number][] = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) if (grid[i]![j] === null) unknown.push([i, j]);
  const seen = new Map<string, Set<number>>(unknown.map(([i, j]) => [`${i},${j}`, new Set<number>()]));
  const lines: [number, number][][] = [];
  for (let i = 0; i < rows; i++)
    lines.push(Array.from({ length: cols }, (_, j) => [i, j] as [number, number]));
  for (let j = 0; j < cols; j++)
    lines.push(Array.from({ length: rows }, (_, i) => [i, j] as [number, number]));

  const search = (g: (number | null)[][]): void => {
    // Propagate: a line with one open cell fixes it; a complete line must add up.
    for (;;) {
      let forced = false;
      for (const line of lines) {
        const open = line.filter(([i, j]) => g[i]![j] === null);
        const last = line[line.length - 1]!;
        const parts = line.slice(0, -1);
        if (open.length === 0) {
          const sum = parts.reduce((s, [i, j]) => s + g[i]![j]!, 0);
          if (sum !== g[last[0]]![last[1]]) return;
          continue;
        }
        if (open.length !== 1) continue;
        const [oi, oj] = open[0]!;
        const known = parts.reduce((s, [i, j]) => s + (g[i]![j] ?? 0), 0);
        const value = oi === last[0] && oj === last[1] ? known : g[last[0]]![last[1]]! - known;
        if (value < 0) return;
        g[oi]![oj] = value;
        forced = true;
      }
      if (!forced) break;
    }
    const next = unknown.find(([i, j]) => g[i]![j] === null);
    if (!next) {
      for (const [i, j] of unknown) seen.get(`${i},${j}`)!.add(g[i]![j]!);
      return;
    }
    for (let v = 0; v <= bound; v++) {
      const copy = g.map((row) => [...row]);
      copy[next[0]]![next[1]] = v;
      search(copy);
    }
  };
  search(grid.map((row) => [...row]));
  return seen;
}

function statuses(table: SuppressedTable): CellStatus[][] {
  return [
    ...table.cells.map((row, i) => [...row.map((c) => c.status), table.rowTotals[i]!.status]),
    [...table.columnTotals.map((c) => c.status), table.grandTotal.status],
  ];
}

describe('primary suppression', () => {
  it('withholds counts from 1 to threshold − 1 and publishes zeros and larger counts', () => {
    const list = suppressList([0, 1, 4, 5, 30, 40]);
    expect(list.cells.map((c) => c.value)).toEqual([0, 1, 4, 5, 30, 40]);
    expect(list.cells.map((c) => c.status)).toEqual([
      'published',
      'primary',
      'primary',
      'published',
      'published',
      'published',
    ]);
    expect(list.total).toEqual({ value: 80, status: 'published' });
  });

  it('takes a configurable threshold, and a threshold of 1 withholds nothing', () => {
    expect(suppressList([3, 9, 20], { threshold: 10 }).cells.map((c) => c.status)).toEqual([
      'primary',
      'primary',
      'published',
    ]);
    expect(suppressList([1, 2, 20], { threshold: 1 }).cells.every((c) => c.status === 'published')).toBe(
      true,
    );
  });

  it('treats a small margin as a small count', () => {
    const table = suppressTable([
      [2, 1],
      [40, 50],
    ]);
    expect(table.rowTotals[0]!.status).toBe('primary');
    expect(publishedValue(table.rowTotals[0]!)).toBeNull();
  });

  it('refuses counts that are not non-negative integers', () => {
    expect(() => suppressList([1.5, 2])).toThrow(RangeError);
    expect(() => suppressList([-1, 2])).toThrow(RangeError);
  });
});

describe('complementary suppression', () => {
  it('withholds the smallest other cell of a 1-D list so the total does not give the cell away', () => {
    const list = suppressList([3, 12, 7, 40]);
    expect(list.cells.map((c) => c.status)).toEqual(['primary', 'published', 'complementary', 'published']);
    expect(list.total.status).toBe('published');
  });

  it('prefers a non-zero cell to a zero when it must withhold a second cell', () => {
    const list = suppressList([2, 0, 9, 50]);
    expect(list.cells.map((c) => c.status)).toEqual(['primary', 'published', 'complementary', 'published']);
  });

  it('builds a rectangle in a 2-D table: two cells in each touched row and column', () => {
    const table = suppressTable([
      [20, 3, 15],
      [18, 30, 9],
      [25, 40, 60],
    ]);
    const s = statuses(table);
    expect(s[0]![1]).toBe('primary');
    for (const line of [...s, ...s[0]!.map((_, j) => s.map((row) => row[j]!))]) {
      const withheld = line.filter((x) => x !== 'published').length;
      expect(withheld === 0 || withheld >= 2).toBe(true);
    }
    // The cheapest rectangle: (0,1) 3, (0,2) 15, (1,1) 30, (1,2) 9 → row 0 takes 15, column 1 …
    expect(singleUnknownAttack(published(table)).size).toBe(0);
  });

  it('protects a 3-D table with all its 2-D and 1-D margins', () => {
    const shape = [3, 2, 2];
    const values = [12, 7, 2, 30, 9, 14, 20, 11, 1, 0, 6, 22];
    const cube = suppressCube(shape, values);
    expect(cubeCell(cube, [0, 1, 0]).status).toBe('primary');
    expect(cubeCell(cube, [2, 0, 0]).status).toBe('primary');
    expect(cubeCell(cube, [3, 2, 2]).value).toBe(values.reduce((a, b) => a + b, 0));
    const unknown = new Set(cube.cells.flatMap((c, i) => (c.status === 'published' ? [] : [i])));
    // Rebuild the relations the way an attacker would and check nothing is determined.
    const ext = shape.map((n) => n + 1);
    const flat = (c: number[]): number => (c[0]! * ext[1]! + c[1]!) * ext[2]! + c[2]!;
    const relations = [];
    for (let a = 0; a < 3; a++) {
      for (let x = 0; x < ext[(a + 1) % 3]!; x++) {
        for (let y = 0; y < ext[(a + 2) % 3]!; y++) {
          const at = (k: number): number => {
            const c = [0, 0, 0];
            c[a] = k;
            c[(a + 1) % 3] = x;
            c[(a + 2) % 3] = y;
            return flat(c);
          };
          relations.push({ parts: Array.from({ length: shape[a]! }, (_, k) => at(k)), total: at(shape[a]!) });
        }
      }
    }
    expect(determinedCells(relations, unknown).size).toBe(0);
  });

  it('withstands the single-unknown attack on many random tables', () => {
    const rng = seededRandomSource(20260501);
    for (let n = 0; n < 200; n++) {
      const r = 2 + uniformInt(rng, 4);
      const c = 2 + uniformInt(rng, 4);
      const rows = Array.from({ length: r }, () =>
        Array.from({ length: c }, () =>
          uniformInt(rng, 3) === 0 ? uniformInt(rng, 5) : uniformInt(rng, 60),
        ),
      );
      const table = suppressTable(rows);
      const grid = published(table);
      expect(singleUnknownAttack(grid), JSON.stringify(rows)).toEqual(new Map());
    }
  });

  it('leaves every withheld cell of small tables with at least two possible values (exhaustive attacker)', () => {
    const rng = seededRandomSource(7);
    let tried = 0;
    for (let n = 0; n < 60; n++) {
      const rows = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => uniformInt(rng, 10)));
      const table = suppressTable(rows);
      const grid = published(table);
      const withheld = grid.flat().filter((v) => v === null).length;
      if (withheld === 0 || withheld > 9) continue;
      tried++;
      for (const [cell, values] of feasibleValues(grid, 30)) {
        expect(values.size, `${JSON.stringify(rows)} cell ${cell}`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(tried).toBeGreaterThan(10);
  });

  it('protects linked tables that share a total', () => {
    // Two lists sharing the grand total (cell 6): gender (0,1 → 6) and age (2..5 → 6).
    const values = [30, 3, 10, 11, 2, 10, 33];
    const status = suppressLinked(values, [
      { parts: [0, 1], total: 6 },
      { parts: [2, 3, 4, 5], total: 6 },
    ]);
    expect(status[1]).toBe('primary');
    expect(status[0]).not.toBe('published'); // the only other gender cell, or the total
    expect(status[4]).toBe('primary');
    const unknown = new Set(status.flatMap((s, i) => (s === 'published' ? [] : [i])));
    expect(
      determinedCells(
        [
          { parts: [0, 1], total: 6 },
          { parts: [2, 3, 4, 5], total: 6 },
        ],
        unknown,
      ).size,
    ).toBe(0);
  });
});

describe('exact linear audit', () => {
  /** Relations of an R×C table with margins, cells numbered row-major over (R+1)×(C+1). */
  function tableRelations(r: number, c: number) {
    const at = (i: number, j: number): number => i * (c + 1) + j;
    return [
      ...Array.from({ length: r + 1 }, (_, i) => ({
        parts: Array.from({ length: c }, (_, j) => at(i, j)),
        total: at(i, c),
      })),
      ...Array.from({ length: c + 1 }, (_, j) => ({
        parts: Array.from({ length: r }, (_, i) => at(i, j)),
        total: at(r, j),
      })),
    ];
  }

  it('finds a cell that every line hides but two rectangles joined by it give away (a bridge)', () => {
    const at = (i: number, j: number): number => i * 5 + j;
    // Two withheld rectangles, rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3, joined by
    // (1, 2): every row and column holds at least two withheld cells, yet rows 0 + 1 minus
    // columns 0 + 1 leave (1, 2) alone.
    const unknown = new Set([
      at(0, 0),
      at(0, 1),
      at(1, 0),
      at(1, 1),
      at(2, 2),
      at(2, 3),
      at(3, 2),
      at(3, 3),
      at(1, 2),
    ]);
    expect([...determinedCells(tableRelations(4, 4), unknown)]).toEqual([at(1, 2)]);
    unknown.delete(at(1, 2));
    expect(determinedCells(tableRelations(4, 4), unknown).size).toBe(0);
  });

  it('leaves no suppressed cell determined by any combination of margins in random tables', () => {
    const rng = seededRandomSource(99);
    for (let n = 0; n < 100; n++) {
      const r = 2 + uniformInt(rng, 5);
      const c = 2 + uniformInt(rng, 5);
      const rows = Array.from({ length: r }, () =>
        Array.from({ length: c }, () =>
          uniformInt(rng, 2) === 0 ? uniformInt(rng, 6) : uniformInt(rng, 40),
        ),
      );
      const table = suppressTable(rows);
      const flat = published(table).flat();
      const unknown = new Set(flat.flatMap((v, i) => (v === null ? [i] : [])));
      expect(determinedCells(tableRelations(r, c), unknown).size, JSON.stringify(rows)).toBe(0);
    }
  });
});
