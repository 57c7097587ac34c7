/**
 * Corrections for testing many cells at once: with 80 cells tested at 5 %, four would be
 * flagged by chance alone. Both return adjusted p-values in the input order; a cell is
 * significant when its adjusted p-value is below α.
 *
 * - Holm (1979): controls the family-wise error rate (the chance of any false flag);
 *   uniformly more powerful than Bonferroni. The default: a national report should not
 *   name a gap that is not there.
 * - Benjamini–Hochberg (1995): controls the false discovery rate (the expected share of
 *   false flags among the flags); more flags, for exploration.
 */
export const MULTIPLE_TESTING_CORRECTIONS = ['holm', 'benjamini_hochberg', 'none'] as const;
export type MultipleTestingCorrection = (typeof MULTIPLE_TESTING_CORRECTIONS)[number];

export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(([p, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const [p, i] = order[rank] as readonly [number, number];
    running = Math.min(running, (m / (rank + 1)) * p);
    adjusted[i] = Math.min(1, running);
  }
  return adjusted;
}

export function adjustPValues(pValues: readonly number[], correction: MultipleTestingCorrection): number[] {
  switch (correction) {
    case 'holm':
      return holm(pValues);
    case 'benjamini_hochberg':
      return benjaminiHochberg(pValues);
    case 'none':
      return [...pValues];
    default: {
      const unreachable: never = correction;
      return unreachable;
    }
  }
}
