import { type ChiSquareResult, chiSquareOf } from './bias.js';
import { independenceCell, type PValueMethod } from './cell-tests.js';
import { adjustPValues, type MultipleTestingCorrection } from './multiple-testing.js';

/**
 * Are some groups refused more often? Decision outcomes (positive / negative) by one
 * grouping at a time — nationality, gender, age group, referring sector. A chi-square test
 * of independence of outcome and group over the 2 × k table, and for each group its
 * refusal rate against the overall rate, with the adjusted residual of its refused cell,
 * a two-sided p-value (exact hypergeometric for small expected counts) corrected for
 * testing every group (Holm by default). A group is flagged when it is refused more often
 * than overall and the corrected p-value is below α.
 */
export type OutcomeGroupInput = {
  readonly group: string;
  readonly positive: number;
  readonly negative: number;
};

export type OutcomeOptions = {
  readonly alpha?: number;
  readonly correction?: MultipleTestingCorrection;
};

export type OutcomeGroup = {
  readonly group: string;
  readonly decisions: number;
  readonly refused: number;
  /** Refused / decisions, or null with no decision. */
  readonly refusalRate: number | null;
  readonly expectedRefused: number;
  readonly residual: number;
  readonly pValue: number;
  readonly adjustedPValue: number;
  readonly method: PValueMethod;
  readonly refusedMoreOften: boolean;
  readonly refusedLessOften: boolean;
};

export type OutcomeResult = {
  readonly decisions: number;
  readonly refused: number;
  readonly overallRefusalRate: number | null;
  readonly alpha: number;
  readonly correction: MultipleTestingCorrection;
  readonly chiSquare: ChiSquareResult;
  readonly groups: readonly OutcomeGroup[];
};

export function refusalsByGroup(
  input: readonly OutcomeGroupInput[],
  options: OutcomeOptions = {},
): OutcomeResult {
  const alpha = options.alpha ?? 0.05;
  const correction = options.correction ?? 'holm';
  if (!(alpha > 0 && alpha < 1)) throw new RangeError('α must lie between 0 and 1');
  const merged = new Map<string, { positive: number; negative: number }>();
  for (const g of input) {
    for (const v of [g.positive, g.negative]) {
      if (!Number.isSafeInteger(v) || v < 0) throw new RangeError('Counts are non-negative integers');
    }
    const m = merged.get(g.group) ?? { positive: 0, negative: 0 };
    merged.set(g.group, { positive: m.positive + g.positive, negative: m.negative + g.negative });
  }
  const groups = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const decisions = groups.reduce((s, [, g]) => s + g.positive + g.negative, 0);
  const refused = groups.reduce((s, [, g]) => s + g.negative, 0);

  const raw = groups.map(([group, g]) => {
    const n = g.positive + g.negative;
    const test = independenceCell(g.negative, refused, n, decisions);
    return {
      group,
      decisions: n,
      refused: g.negative,
      refusalRate: n > 0 ? g.negative / n : null,
      expectedRefused: test.expected,
      residual: test.residual,
      pValue: test.pValue,
      method: test.method,
    };
  });
  const adjusted = adjustPValues(
    raw.map((g) => g.pValue),
    correction,
  );
  const cells = raw.flatMap((g) => [
    { observed: g.refused, expected: g.expectedRefused },
    {
      observed: g.decisions - g.refused,
      expected: decisions > 0 ? (g.decisions * (decisions - refused)) / decisions : 0,
    },
  ]);
  return {
    decisions,
    refused,
    overallRefusalRate: decisions > 0 ? refused / decisions : null,
    alpha,
    correction,
    chiSquare: chiSquareOf(cells, Math.max(0, groups.length - 1)),
    groups: raw.map((g, i) => {
      const adjustedPValue = adjusted[i] as number;
      return {
        ...g,
        adjustedPValue,
        refusedMoreOften: g.residual > 0 && adjustedPValue < alpha,
        refusedLessOften: g.residual < 0 && adjustedPValue < alpha,
      };
    }),
  };
}
