import {
  binomialCdf,
  binomialSf,
  type Hypergeometric,
  hypergeometricCdf,
  hypergeometricSf,
  normalTwoSided,
} from './distributions.js';

/**
 * Below this expected count a cell's p-value is exact (hypergeometric given the margins,
 * or binomial against a reference share); above it, the normal approximation of the
 * adjusted residual is accurate enough and cheap.
 */
export const EXACT_BELOW_EXPECTED = 20;

export type PValueMethod = 'normal' | 'exact_hypergeometric' | 'exact_binomial';

/** Two-sided p-value by doubling the smaller tail (capped at 1). */
function twoSided(lower: number, upper: number): number {
  return Math.min(1, 2 * Math.min(lower, upper));
}

/** A cell of a two-way table under independence of its margins. */
export function independenceCell(
  observed: number,
  rowTotal: number,
  columnTotal: number,
  total: number,
): { expected: number; residual: number; pValue: number; method: PValueMethod } {
  const expected = total === 0 ? 0 : (rowTotal * columnTotal) / total;
  const variance = expected * (1 - rowTotal / total) * (1 - columnTotal / total);
  const residual = variance > 0 ? (observed - expected) / Math.sqrt(variance) : 0;
  if (variance <= 0) return { expected, residual, pValue: 1, method: 'normal' };
  if (expected < EXACT_BELOW_EXPECTED) {
    const h: Hypergeometric = { population: total, successes: rowTotal, draws: columnTotal };
    return {
      expected,
      residual,
      pValue: twoSided(hypergeometricCdf(observed, h), hypergeometricSf(observed, h)),
      method: 'exact_hypergeometric',
    };
  }
  return { expected, residual, pValue: normalTwoSided(residual), method: 'normal' };
}

/** A cell against a reference share p of the total (multinomial goodness of fit). */
export function referenceCell(
  observed: number,
  share: number,
  total: number,
): { expected: number; residual: number | null; pValue: number; method: PValueMethod } {
  const expected = total * share;
  const variance = total * share * (1 - share);
  if (share <= 0) {
    // Nobody expected here: any observation is surprising, none is under-identification.
    return {
      expected: 0,
      residual: observed > 0 ? null : 0,
      pValue: observed > 0 ? 0 : 1,
      method: 'exact_binomial',
    };
  }
  const residual = variance > 0 ? (observed - expected) / Math.sqrt(variance) : 0;
  if (variance <= 0)
    return { expected, residual, pValue: observed === expected ? 1 : 0, method: 'exact_binomial' };
  if (expected < EXACT_BELOW_EXPECTED) {
    return {
      expected,
      residual,
      pValue: twoSided(binomialCdf(observed, total, share), binomialSf(observed, total, share)),
      method: 'exact_binomial',
    };
  }
  return { expected, residual, pValue: normalTwoSided(residual), method: 'normal' };
}
