import { determinedCells, type Relation } from './linear-audit.js';

export type { Relation } from './linear-audit.js';

/**
 * Small-cell suppression for every table that leaves the system (issue 5, "Publication
 * without exposing anyone").
 *
 * - Primary: a count from 1 to `threshold − 1` (default 5, so 1–4) is withheld. Margins
 *   (row, column and grand totals) are counts too and follow the same rule.
 * - Zero is NOT sensitive and is published. Choice made on purpose: a zero says that
 *   nobody was recorded in a group, it cannot single anybody out, and withholding every
 *   zero would hide the very gaps stock-taking exists to show (no man identified in
 *   sexual exploitation, no child in organ removal). Structural and sampling zeros are
 *   published alike.
 * - Complementary: a withheld cell must not be recoverable from the totals. Every
 *   relation (row, column, 1-D list and its total) that holds a withheld cell holds at
 *   least two, adding the smallest cells first (zero last, because withholding a zero
 *   protects little), iterated to a fixed point; then an exact linear audit
 *   (linear-audit.ts) looks for cells still determined by combining several relations
 *   (a "bridge" between two suppressed rectangles) and withholds more until none is.
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** Complementary candidates tried (each try is one exact audit) before taking the cheapest. */
const MAX_TRIALS = 4;

export type CellStatus = 'published' | 'primary' | 'complementary';

export type SuppressionOptions = {
  /** Counts from 1 to threshold − 1 are withheld; 1 or less withholds nothing. Default 5. */
  readonly threshold?: number;
};

export type SuppressedCell = {
  readonly value: number;
  readonly status: CellStatus;
};

/** What may be shown of a cell: its value when published, otherwise null. */
export function publishedValue(cell: SuppressedCell): number | null {
  return cell.status === 'published' ? cell.value : null;
}

export function isSuppressed(cell: SuppressedCell): boolean {
  return cell.status !== 'published';
}

function checkCount(value: number, where: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${where} must be a non-negative integer count`);
  }
}

function thresholdOf(options: SuppressionOptions): number {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isSafeInteger(threshold) || threshold < 0) {
    throw new RangeError('The suppression threshold must be a non-negative integer');
  }
  return threshold;
}

/**
 * Suppression over any set of cells linked by additive relations: tables that share
 * margins (a frequency table and a cross table with the same totals) are protected
 * together by passing all their cells and relations at once.
 */
export function suppressLinked(
  values: readonly number[],
  relations: readonly Relation[],
  options: SuppressionOptions = {},
): CellStatus[] {
  const threshold = thresholdOf(options);
  values.forEach((v, i) => {
    checkCount(v, `Cell ${i}`);
  });
  for (const relation of relations) {
    const sum = relation.parts.reduce((s, i) => s + (values[i] ?? Number.NaN), 0);
    if (sum !== values[relation.total]) throw new RangeError('A relation does not add up to its total');
  }

  const isTotal = new Set(relations.map((r) => r.total));
  const members = relations.map((r) => [...new Set([...r.parts, r.total])]);
  const relationsOf = values.map(() => [] as number[]);
  members.forEach((cells, r) => {
    for (const cell of cells) relationsOf[cell]?.push(r);
  });

  /** Cheapest first: non-zero before zero, smaller before larger, inner cells before totals. */
  const costKey = (cell: number): [number, number, number, number] => {
    const v = values[cell] as number;
    return [v === 0 ? 1 : 0, v, isTotal.has(cell) ? 1 : 0, cell];
  };
  const cheaper = (a: number, b: number): number => {
    const ka = costKey(a);
    const kb = costKey(b);
    for (let i = 0; i < ka.length; i++) {
      const d = (ka[i] as number) - (kb[i] as number);
      if (d !== 0) return d;
    }
    return 0;
  };

  const primary = new Set<number>();
  values.forEach((v, i) => {
    if (v >= 1 && v < threshold) primary.add(i);
  });

  /** Every relation with exactly one withheld cell gets its cheapest other cell withheld. */
  const closeLines = (suppressed: Set<number>): void => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const cells of members) {
        let withheld = 0;
        for (const cell of cells) if (suppressed.has(cell)) withheld++;
        if (withheld !== 1) continue;
        const open = cells.filter((cell) => !suppressed.has(cell)).sort(cheaper);
        const pick = open[0];
        if (pick === undefined) continue;
        suppressed.add(pick);
        changed = true;
      }
    }
  };

  const addedCost = (trial: ReadonlySet<number>, base: ReadonlySet<number>): [number, number] => {
    let zeros = 0;
    let sum = 0;
    for (const cell of trial) {
      if (base.has(cell)) continue;
      const v = values[cell] as number;
      if (v === 0) zeros++;
      sum += v;
    }
    return [zeros, sum];
  };

  let suppressed = new Set(primary);
  if (suppressed.size > 0) {
    for (;;) {
      closeLines(suppressed);
      const determined = determinedCells(relations, suppressed);
      if (determined.size === 0) break;
      const target = Math.min(...determined);
      const candidates = [...new Set((relationsOf[target] ?? []).flatMap((r) => members[r] ?? []))]
        .filter((cell) => !suppressed.has(cell))
        .sort(cheaper);
      let best: { trial: Set<number>; cost: [number, number] } | null = null;
      let cheapestTrial: Set<number> | null = null;
      // Candidates come cheapest first; try a few (each try is an audit) and take the first
      // that frees the target without withholding a zero.
      for (const candidate of candidates.slice(0, MAX_TRIALS)) {
        const trial = new Set(suppressed);
        trial.add(candidate);
        closeLines(trial);
        cheapestTrial ??= trial;
        if (determinedCells(relations, trial, target).has(target)) continue;
        const cost = addedCost(trial, suppressed);
        if (!best || cost[0] < best.cost[0] || (cost[0] === best.cost[0] && cost[1] < best.cost[1])) {
          best = { trial, cost };
        }
        if (cost[0] === 0) break;
      }
      if (best || cheapestTrial) {
        // Even when no single try frees the target, the cheapest one withholds at least one
        // more cell: the next round goes on from there, so this ends.
        suppressed = best?.trial ?? (cheapestTrial as Set<number>);
        continue;
      }
      const fallback = [...suppressed]
        .flatMap((cell) => (relationsOf[cell] ?? []).flatMap((r) => members[r] ?? []))
        .filter((cell) => !suppressed.has(cell))
        .sort(cheaper)[0];
      if (fallback === undefined) break;
      suppressed.add(fallback);
    }
  }

  return values.map((_, i) =>
    primary.has(i) ? 'primary' : suppressed.has(i) ? 'complementary' : 'published',
  );
}

/**
 * A table of any number of dimensions with all its margins, laid out as an array of
 * extents (n₁+1)×…×(n_k+1): index n_a on axis a is the total over that axis.
 */
export type SuppressedCube = {
  readonly shape: readonly number[];
  /** Row-major over the extended extents (every axis one longer for its total). */
  readonly cells: readonly SuppressedCell[];
  readonly threshold: number;
};

function extendedStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length).fill(1);
  for (let a = shape.length - 2; a >= 0; a--) {
    strides[a] = (strides[a + 1] as number) * ((shape[a + 1] as number) + 1);
  }
  return strides;
}

/** The cell of an extended cube at `index` (use shape[a] on axis a for the total). */
export function cubeCell(cube: SuppressedCube, index: readonly number[]): SuppressedCell {
  const strides = extendedStrides(cube.shape);
  const flat = index.reduce((sum, i, a) => sum + i * (strides[a] as number), 0);
  const cell = cube.cells[flat];
  if (!cell) throw new RangeError('Index outside the table');
  return cell;
}

/**
 * Suppression of a table of counts with every margin (1-D list + total, 2-D table with
 * row, column and grand totals, 3-D form × gender × age with all its 2-D and 1-D margins).
 * `values` holds the inner cells, row-major over `shape`.
 */
export function suppressCube(
  shape: readonly number[],
  values: readonly number[],
  options: SuppressionOptions = {},
): SuppressedCube {
  if (shape.length === 0 || shape.some((n) => !Number.isSafeInteger(n) || n < 1)) {
    throw new RangeError('A table needs at least one axis, each with at least one category');
  }
  const inner = shape.reduce((p, n) => p * n, 1);
  if (values.length !== inner) throw new RangeError(`Expected ${inner} cells, got ${values.length}`);
  values.forEach((v, i) => {
    checkCount(v, `Cell ${i}`);
  });

  const ext = shape.map((n) => n + 1);
  const strides = extendedStrides(shape);
  const size = ext.reduce((p, n) => p * n, 1);
  const full = new Array<number>(size).fill(0);
  const coords = (flat: number): number[] =>
    ext.map((_, a) => Math.floor(flat / (strides[a] as number)) % (ext[a] as number));

  // Each inner cell adds to every cell of the extended cube that "covers" it: itself
  // with any subset of its coordinates replaced by the total index.
  const innerStrides = new Array<number>(shape.length).fill(1);
  for (let a = shape.length - 2; a >= 0; a--)
    innerStrides[a] = (innerStrides[a + 1] as number) * (shape[a + 1] as number);
  for (let i = 0; i < inner; i++) {
    const v = values[i] as number;
    if (v === 0) continue;
    const c = shape.map((n, a) => Math.floor(i / (innerStrides[a] as number)) % n);
    for (let mask = 0; mask < 1 << shape.length; mask++) {
      let flat = 0;
      for (let a = 0; a < shape.length; a++) {
        const at = mask & (1 << a) ? (shape[a] as number) : (c[a] as number);
        flat += at * (strides[a] as number);
      }
      full[flat] = (full[flat] as number) + v;
    }
  }

  // One relation per line along each axis: its categories add up to its total.
  const relations: Relation[] = [];
  for (let flat = 0; flat < size; flat++) {
    const c = coords(flat);
    for (let a = 0; a < shape.length; a++) {
      if (c[a] !== shape[a]) continue;
      const parts: number[] = [];
      for (let k = 0; k < (shape[a] as number); k++)
        parts.push(flat - ((shape[a] as number) - k) * (strides[a] as number));
      relations.push({ parts, total: flat });
    }
  }

  const status = suppressLinked(full, relations, options);
  return {
    shape: [...shape],
    cells: full.map((value, i) => ({ value, status: status[i] as CellStatus })),
    threshold: thresholdOf(options),
  };
}

export type SuppressedList = {
  readonly cells: readonly SuppressedCell[];
  readonly total: SuppressedCell;
  readonly threshold: number;
};

/** A 1-D table (categories and their total). */
export function suppressList(values: readonly number[], options: SuppressionOptions = {}): SuppressedList {
  const cube = suppressCube([values.length], values, options);
  return {
    cells: cube.cells.slice(0, values.length),
    total: cube.cells[values.length] as SuppressedCell,
    threshold: cube.threshold,
  };
}

export type SuppressedTable = {
  readonly cells: readonly (readonly SuppressedCell[])[];
  readonly rowTotals: readonly SuppressedCell[];
  readonly columnTotals: readonly SuppressedCell[];
  readonly grandTotal: SuppressedCell;
  readonly threshold: number;
};

/** A 2-D table (rows × columns) with its row, column and grand totals. */
export function suppressTable(
  rows: readonly (readonly number[])[],
  options: SuppressionOptions = {},
): SuppressedTable {
  const r = rows.length;
  const c = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== c))
    throw new RangeError('Every row needs the same number of columns');
  const cube = suppressCube([r, c], rows.flat(), options);
  const at = (i: number, j: number): SuppressedCell => cube.cells[i * (c + 1) + j] as SuppressedCell;
  return {
    cells: rows.map((_, i) => Array.from({ length: c }, (_, j) => at(i, j))),
    rowTotals: rows.map((_, i) => at(i, c)),
    columnTotals: Array.from({ length: c }, (_, j) => at(r, j)),
    grandTotal: at(r, c),
    threshold: cube.threshold,
  };
}
