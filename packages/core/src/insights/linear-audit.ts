/**
 * Which unknown cells of a set of additive relations can be worked out exactly from the
 * published ones. Exact arithmetic, no rounding: a relation `parts = total` is the row
 * `Σ parts − total = 0`; restricted to the unknown cells (the known ones move to the
 * right-hand side) the system is brought to reduced row-echelon form, and an unknown is
 * determined exactly when the unit vector on it lies in the row space — that is, when its
 * pivot row has no other non-zero entry. This is the attacker who uses every linear
 * combination of the margins, not only lines with a single unknown.
 *
 * The unknowns split into independent groups (cells linked through shared relations);
 * each group is solved on its own, with small integers (fraction-free elimination and
 * division by the gcd of each row), switching to BigInt if an entry ever grows past 2^50.
 */
export type Relation = {
  /** Indices of the cells that add up to `total`. */
  readonly parts: readonly number[];
  /** Index of the cell holding their sum. */
  readonly total: number;
};

class Overflow extends Error {}
const LIMIT = 2 ** 50;

function gcdNumber(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function gcdBig(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

type Arithmetic<T> = {
  zero: T;
  from(n: number): T;
  isZero(v: T): boolean;
  isOne(v: T): boolean;
  negative(v: T): boolean;
  negate(v: T): T;
  combine(p: T, a: T, f: T, b: T): T;
  normalise(row: T[]): void;
};

const NUMBER: Arithmetic<number> = {
  zero: 0,
  from: (n) => n,
  isZero: (v) => v === 0,
  isOne: (v) => v === 1,
  negative: (v) => v < 0,
  negate: (v) => -v,
  combine: (p, a, f, b) => {
    const v = p * a - f * b;
    if (Math.abs(v) > LIMIT) throw new Overflow();
    return v;
  },
  normalise: (row) => {
    let g = 0;
    for (const v of row) if (v !== 0) g = gcdNumber(g, v);
    if (g > 1) for (let i = 0; i < row.length; i++) row[i] = (row[i] as number) / g;
  },
};

const BIG: Arithmetic<bigint> = {
  zero: 0n,
  from: (n) => BigInt(n),
  isZero: (v) => v === 0n,
  isOne: (v) => v === 1n,
  negative: (v) => v < 0n,
  negate: (v) => -v,
  combine: (p, a, f, b) => p * a - f * b,
  normalise: (row) => {
    let g = 0n;
    for (const v of row) if (v !== 0n) g = gcdBig(g, v);
    if (g > 1n) for (let i = 0; i < row.length; i++) row[i] = (row[i] as bigint) / g;
  },
};

/** Determined columns of an integer matrix (rows of coefficients), by Gauss–Jordan elimination. */
function determinedColumns<T>(
  input: readonly (readonly number[])[],
  width: number,
  ar: Arithmetic<T>,
): number[] {
  const rows = input.map((row) => row.map(ar.from));
  const pivots: number[] = [];
  let rank = 0;
  for (let j = 0; j < width && rank < rows.length; j++) {
    let found = -1;
    for (let i = rank; i < rows.length; i++) {
      if (!ar.isZero((rows[i] as T[])[j] as T)) {
        found = i;
        break;
      }
    }
    if (found < 0) continue;
    [rows[rank], rows[found]] = [rows[found] as T[], rows[rank] as T[]];
    const pivotRow = rows[rank] as T[];
    if (ar.negative(pivotRow[j] as T))
      for (let k = 0; k < width; k++) pivotRow[k] = ar.negate(pivotRow[k] as T);
    const p = pivotRow[j] as T;
    const unitPivot = ar.isOne(p);
    // The pivot row's non-zero columns: with a unit pivot only those change (row −= f·pivot),
    // which keeps elimination of these sparse ±1 systems fast.
    const nonZero: number[] = [];
    for (let k = 0; k < width; k++) if (!ar.isZero(pivotRow[k] as T)) nonZero.push(k);
    for (let i = 0; i < rows.length; i++) {
      if (i === rank) continue;
      const row = rows[i] as T[];
      const f = row[j] as T;
      if (ar.isZero(f)) continue;
      if (unitPivot) {
        for (const k of nonZero) row[k] = ar.combine(p, row[k] as T, f, pivotRow[k] as T);
      } else {
        for (let k = 0; k < width; k++) row[k] = ar.combine(p, row[k] as T, f, pivotRow[k] as T);
        ar.normalise(row);
      }
    }
    pivots.push(j);
    rank++;
  }
  const determined: number[] = [];
  for (let r = 0; r < rank; r++) {
    const row = rows[r] as T[];
    const j = pivots[r] as number;
    if (row.every((v, k) => k === j || ar.isZero(v))) determined.push(j);
  }
  return determined;
}

/**
 * The unknown cells (indices into the cell list) that the relations determine exactly,
 * given that every cell not in `unknown` is published. With `only`, just the group of
 * unknowns linked to that cell is examined.
 */
export function determinedCells(
  relations: readonly Relation[],
  unknown: ReadonlySet<number>,
  only?: number,
): Set<number> {
  // Rows restricted to the unknowns, as sparse maps cell → coefficient.
  const sparse: Map<number, number>[] = [];
  for (const relation of relations) {
    const row = new Map<number, number>();
    for (const part of relation.parts) if (unknown.has(part)) row.set(part, (row.get(part) ?? 0) + 1);
    if (unknown.has(relation.total)) row.set(relation.total, (row.get(relation.total) ?? 0) - 1);
    for (const [cell, v] of row) if (v === 0) row.delete(cell);
    if (row.size > 0) sparse.push(row);
  }

  // Union-find of unknowns that share a row.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as number;
    let at = x;
    while (at !== root) {
      const up = parent.get(at) as number;
      parent.set(at, root);
      at = up;
    }
    return root;
  };
  for (const cell of unknown) parent.set(cell, cell);
  for (const row of sparse) {
    const cells = [...row.keys()];
    for (let i = 1; i < cells.length; i++) parent.set(find(cells[i] as number), find(cells[0] as number));
  }

  const groups = new Map<number, { cells: number[]; rows: Map<number, number>[] }>();
  for (const cell of unknown) {
    const root = find(cell);
    const group = groups.get(root) ?? { cells: [], rows: [] };
    group.cells.push(cell);
    groups.set(root, group);
  }
  for (const row of sparse) {
    const first = row.keys().next().value as number;
    groups.get(find(first))?.rows.push(row);
  }

  const determined = new Set<number>();
  const onlyRoot = only !== undefined && unknown.has(only) ? find(only) : undefined;
  for (const [root, group] of groups) {
    if (onlyRoot !== undefined && root !== onlyRoot) continue;
    const cells = group.cells.sort((a, b) => a - b);
    if (group.rows.length === 0) continue;
    const column = new Map(cells.map((cell, i) => [cell, i]));
    const matrix = group.rows.map((row) => {
      const dense = new Array<number>(cells.length).fill(0);
      for (const [cell, v] of row) dense[column.get(cell) as number] = v;
      return dense;
    });
    let columns: number[];
    try {
      columns = determinedColumns(matrix, cells.length, NUMBER);
    } catch (error) {
      if (!(error instanceof Overflow)) throw error;
      columns = determinedColumns(matrix, cells.length, BIG);
    }
    for (const j of columns) determined.add(cells[j] as number);
  }
  return determined;
}
