import { independenceCell, type PValueMethod, referenceCell } from './cell-tests.js';
import { chiSquareSf } from './distributions.js';
import { adjustPValues, type MultipleTestingCorrection } from './multiple-testing.js';

/**
 * Is a form of exploitation identified less often for some group than the system's own
 * totals (or a reference distribution) lead one to expect? Known biases (domain.md):
 * women identified mostly for sexual exploitation and men for labour; domestic
 * servitude, organ removal, forced begging and forced criminality rarely identified.
 *
 * Two models:
 * - `independence` (default): the form of exploitation is independent of the group
 *   (gender × age group). Expected count E = n_form · n_group / N. Residuals are
 *   Haberman's adjusted residuals (O − E)/√(E(1 − n_form/N)(1 − n_group/N)), standard
 *   normal under the model; the exact p-value for small E is hypergeometric given the
 *   margins (Fisher).
 * - `reference`: expected shares of every (form, gender, age group) cell from elsewhere
 *   (e.g. global estimates); E = N · share, residual (O − E)/√(N·share·(1 − share)), exact
 *   p-value binomial for small E.
 *
 * Counts are (case, form) pairs: a case with two forms counts in two rows, so the tests
 * are approximate for multi-form cases; they flag where to look, not a proof.
 * p-values are two-sided and corrected for testing every cell (Holm by default); a cell is
 * under-identified when its residual is negative and its corrected p-value is below α.
 */
export type BiasCellInput = {
  readonly form: string;
  readonly gender: string;
  readonly ageGroup: string;
  readonly observed: number;
};

export type ReferenceShare = {
  readonly form: string;
  readonly gender: string;
  readonly ageGroup: string;
  /** Any non-negative weight; shares are normalised to sum to 1. */
  readonly share: number;
};

export type BiasOptions = {
  readonly reference?: readonly ReferenceShare[];
  /** Significance level after correction. Default 0.05. */
  readonly alpha?: number;
  readonly correction?: MultipleTestingCorrection;
};

export type Direction = 'under' | 'over' | 'as_expected';

export type BiasCell = {
  readonly form: string;
  readonly gender: string;
  readonly ageGroup: string;
  readonly observed: number;
  readonly expected: number;
  /** Adjusted (standardised) residual; null when nothing was expected yet some were observed. */
  readonly residual: number | null;
  readonly pValue: number;
  readonly adjustedPValue: number;
  readonly method: PValueMethod;
  readonly direction: Direction;
  readonly underIdentified: boolean;
  readonly overIdentified: boolean;
};

export type ChiSquareResult = {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  /** Cochran's rule broken (an expected count below 1, or more than 20 % below 5): read with care. */
  readonly sparse: boolean;
};

export type BiasResult = {
  readonly model: 'independence' | 'reference';
  readonly total: number;
  readonly alpha: number;
  readonly correction: MultipleTestingCorrection;
  readonly chiSquare: ChiSquareResult;
  readonly cells: readonly BiasCell[];
  /** Flagged cells, most under-identified first. */
  readonly underIdentified: readonly BiasCell[];
};

const key = (form: string, gender: string, ageGroup: string): string =>
  JSON.stringify([form, gender, ageGroup]);

function checkCount(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError('Observed counts are non-negative integers');
}

export function chiSquareOf(
  cells: readonly { observed: number; expected: number }[],
  df: number,
): ChiSquareResult {
  let statistic = 0;
  let small = 0;
  let tiny = false;
  for (const { observed, expected } of cells) {
    if (expected > 0) statistic += (observed - expected) ** 2 / expected;
    if (expected < 5) small++;
    if (expected < 1) tiny = true;
  }
  return {
    statistic,
    df,
    pValue: df > 0 ? chiSquareSf(statistic, df) : 1,
    sparse: tiny || small > 0.2 * cells.length,
  };
}

function direction(residual: number | null, observed: number, expected: number): Direction {
  const r = residual ?? (observed > expected ? Number.POSITIVE_INFINITY : 0);
  return r < 0 ? 'under' : r > 0 ? 'over' : 'as_expected';
}

export function identificationBias(input: readonly BiasCellInput[], options: BiasOptions = {}): BiasResult {
  const alpha = options.alpha ?? 0.05;
  const correction = options.correction ?? 'holm';
  if (!(alpha > 0 && alpha < 1)) throw new RangeError('α must lie between 0 and 1');
  const observed = new Map<string, number>();
  for (const cell of input) {
    checkCount(cell.observed);
    const k = key(cell.form, cell.gender, cell.ageGroup);
    observed.set(k, (observed.get(k) ?? 0) + cell.observed);
  }
  const total = [...observed.values()].reduce((a, b) => a + b, 0);

  type Raw = Omit<BiasCell, 'adjustedPValue' | 'underIdentified' | 'overIdentified' | 'direction'>;
  const raw: Raw[] = [];
  let df: number;
  let model: BiasResult['model'];

  if (options.reference) {
    model = 'reference';
    const weights = new Map<string, number>();
    for (const r of options.reference) {
      if (!(r.share >= 0)) throw new RangeError('Reference shares are non-negative');
      const k = key(r.form, r.gender, r.ageGroup);
      weights.set(k, (weights.get(k) ?? 0) + r.share);
    }
    const sum = [...weights.values()].reduce((a, b) => a + b, 0);
    if (!(sum > 0)) throw new RangeError('The reference distribution is empty');
    const keys = [...new Set([...weights.keys(), ...observed.keys()])].sort();
    for (const k of keys) {
      const [form, gender, ageGroup] = JSON.parse(k) as [string, string, string];
      const o = observed.get(k) ?? 0;
      const test = referenceCell(o, (weights.get(k) ?? 0) / sum, total);
      raw.push({ form, gender, ageGroup, observed: o, ...test });
    }
    df = keys.length - 1;
  } else {
    model = 'independence';
    const forms = [...new Set(input.map((c) => c.form))].sort();
    const groups = [...new Set(input.map((c) => JSON.stringify([c.gender, c.ageGroup])))].sort();
    const rowTotal = new Map<string, number>();
    const columnTotal = new Map<string, number>();
    for (const [k, o] of observed) {
      const [form, gender, ageGroup] = JSON.parse(k) as [string, string, string];
      const group = JSON.stringify([gender, ageGroup]);
      rowTotal.set(form, (rowTotal.get(form) ?? 0) + o);
      columnTotal.set(group, (columnTotal.get(group) ?? 0) + o);
    }
    for (const form of forms) {
      for (const group of groups) {
        const [gender, ageGroup] = JSON.parse(group) as [string, string];
        const o = observed.get(key(form, gender, ageGroup)) ?? 0;
        const test = independenceCell(o, rowTotal.get(form) ?? 0, columnTotal.get(group) ?? 0, total);
        raw.push({ form, gender, ageGroup, observed: o, ...test });
      }
    }
    df = Math.max(0, (forms.length - 1) * (groups.length - 1));
  }

  const adjusted = adjustPValues(
    raw.map((c) => c.pValue),
    correction,
  );
  const cells: BiasCell[] = raw.map((c, i) => {
    const adjustedPValue = adjusted[i] as number;
    const dir = direction(c.residual, c.observed, c.expected);
    return {
      ...c,
      adjustedPValue,
      direction: dir,
      underIdentified: dir === 'under' && adjustedPValue < alpha,
      overIdentified: dir === 'over' && adjustedPValue < alpha,
    };
  });
  return {
    model,
    total,
    alpha,
    correction,
    chiSquare: chiSquareOf(cells, df),
    cells,
    underIdentified: cells
      .filter((c) => c.underIdentified)
      .sort((a, b) => (a.residual ?? 0) - (b.residual ?? 0)),
  };
}
