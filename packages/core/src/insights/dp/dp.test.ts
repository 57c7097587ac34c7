import { describe, expect, it } from 'vitest';
import { chiSquareSf } from '../stats/distributions.js';
import { canSpend, createLedger, ledgerSummary, PrivacyBudgetExceeded, spend } from './budget.js';
import { calibrate, noiseCounts, postProcess, rhoForEpsilonDelta, sampleNoise } from './mechanisms.js';
import { type RandomSource, seededRandomSource, uniformBigInt, uniformInt } from './random.js';
import { formatRational, rational, toNumber, toRational } from './rational.js';
import { bernoulliExpNeg, sampleDiscreteGaussian, sampleDiscreteLaplace } from './samplers.js';

/** Pearson's goodness of fit of samples against a pmf; bins with expected < 5 are pooled into the tails. */
function goodnessOfFit(
  samples: readonly number[],
  pmf: (z: number) => number,
): { statistic: number; df: number; p: number } {
  const n = samples.length;
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  // Central bins with expected ≥ 5; everything beyond pooled into two tails.
  let hi = 0;
  while (n * pmf(hi + 1) >= 5) hi++;
  const lo = -hi;
  let statistic = 0;
  let centralProbability = 0;
  let centralObserved = 0;
  for (let z = lo; z <= hi; z++) {
    const expected = n * pmf(z);
    const observed = counts.get(z) ?? 0;
    statistic += (observed - expected) ** 2 / expected;
    centralProbability += pmf(z);
    centralObserved += observed;
  }
  const tailExpected = n * (1 - centralProbability);
  const tailObserved = n - centralObserved;
  let df = hi - lo; // bins − 1
  if (tailExpected >= 5) {
    statistic += (tailObserved - tailExpected) ** 2 / tailExpected;
    df += 1;
  }
  return { statistic, df, p: chiSquareSf(statistic, df) };
}

function draw(n: number, sample: () => bigint): number[] {
  return Array.from({ length: n }, () => Number(sample()));
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
}

describe('exact rationals', () => {
  it('reads decimals as typed and adds them exactly', () => {
    expect(toRational(0.1)).toEqual(rational(1n, 10n));
    expect(toRational('1/3')).toEqual(rational(1n, 3n));
    expect(toRational('2e-3')).toEqual(rational(1n, 500n));
    expect(formatRational(rational(3n, 10n))).toBe('0.3');
    expect(formatRational(rational(1n, 3n))).toBe('1/3');
    expect(() => toRational(-1)).toThrow(RangeError);
    expect(() => toRational(Number.NaN)).toThrow(RangeError);
  });
});

describe('random integers from 32-bit words', () => {
  it('refuses a source that is not 32-bit integers (e.g. Math.random)', () => {
    const bad: RandomSource = () => 0.5;
    expect(() => uniformInt(bad, 6)).toThrow(RangeError);
  });

  it('draws uniformly in [0, n) without modulo bias', () => {
    const rng = seededRandomSource(1);
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[uniformInt(rng, 7)]!++;
    const statistic = counts.reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
    expect(chiSquareSf(statistic, 6)).toBeGreaterThan(0.001);
    const big = 3n * 2n ** 70n + 5n;
    for (let i = 0; i < 100; i++) {
      const x = uniformBigInt(rng, big);
      expect(x >= 0n && x < big).toBe(true);
    }
  });
});

describe('Bernoulli(exp(−γ))', () => {
  it.each([
    ['1/2', 0.5],
    ['23/10', 2.3],
  ])('is true with probability exp(−%s)', (gamma, g) => {
    const rng = seededRandomSource(42);
    const n = 40_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (bernoulliExpNeg(rng, toRational(gamma))) hits++;
    const p = Math.exp(-g);
    const z = (hits - n * p) / Math.sqrt(n * p * (1 - p));
    expect(Math.abs(z)).toBeLessThan(4);
  });
});

describe('discrete Laplace sampler', () => {
  // ε = 1/2, Δ = 1: scale b = 2, P[z] = (1 − q)/(1 + q) · q^|z| with q = e^(−1/2).
  const noise = calibrate({ mechanism: 'discrete_laplace', epsilon: 0.5 });
  const q = Math.exp(-0.5);
  const pmf = (z: number): number => ((1 - q) / (1 + q)) * q ** Math.abs(z);

  it('has scale Δ/ε exactly', () => {
    expect(noise.mechanism === 'discrete_laplace' && formatRational(noise.scale)).toBe('2');
  });

  it('matches the exact pmf (chi-square goodness of fit at a fixed seed)', () => {
    const rng = seededRandomSource(20260101);
    const xs = draw(60_000, () => sampleDiscreteLaplace(rng, rational(2n)));
    const fit = goodnessOfFit(xs, pmf);
    expect(fit.df).toBeGreaterThan(10);
    expect(fit.p).toBeGreaterThan(0.001);
  });

  it('is symmetric around zero', () => {
    const rng = seededRandomSource(5);
    const xs = draw(60_000, () => sampleDiscreteLaplace(rng, rational(2n)));
    const positive = xs.filter((x) => x > 0).length;
    const negative = xs.filter((x) => x < 0).length;
    const z = (positive - negative) / Math.sqrt(positive + negative);
    expect(Math.abs(z)).toBeLessThan(4);
    expect(Math.abs(mean(xs))).toBeLessThan(0.05);
  });

  it('has the variance 2q/(1 − q)²', () => {
    const rng = seededRandomSource(6);
    const xs = draw(60_000, () => sampleDiscreteLaplace(rng, rational(2n)));
    const exact = (2 * q) / (1 - q) ** 2;
    expect(noise.variance).toBeCloseTo(exact, 12);
    expect(Math.abs(variance(xs) / exact - 1)).toBeLessThan(0.03);
  });

  it('samples a non-integer scale (t/s) too', () => {
    const rng = seededRandomSource(8);
    const xs = draw(40_000, () => sampleDiscreteLaplace(rng, rational(5n, 2n)));
    const r = Math.exp(-2 / 5);
    expect(goodnessOfFit(xs, (z) => ((1 - r) / (1 + r)) * r ** Math.abs(z)).p).toBeGreaterThan(0.001);
  });
});

describe('discrete Gaussian sampler', () => {
  function exactPmf(sigma2: number): (z: number) => number {
    let norm = 0;
    for (let z = -2000; z <= 2000; z++) norm += Math.exp(-(z * z) / (2 * sigma2));
    return (z) => Math.exp(-(z * z) / (2 * sigma2)) / norm;
  }

  it.each([
    ['4', 4],
    ['9/4', 2.25],
    ['30', 30],
  ])(
    'matches the exact pmf for σ² = %s (chi-square at a fixed seed), symmetric, with the right variance',
    (s2, sigma2) => {
      const rng = seededRandomSource(77);
      const xs = draw(40_000, () => sampleDiscreteGaussian(rng, toRational(s2)));
      const pmf = exactPmf(sigma2);
      expect(goodnessOfFit(xs, pmf).p).toBeGreaterThan(0.001);
      let exactVariance = 0;
      for (let z = -2000; z <= 2000; z++) exactVariance += z * z * pmf(z);
      expect(exactVariance).toBeLessThanOrEqual(sigma2 + 1e-9);
      expect(Math.abs(variance(xs) / exactVariance - 1)).toBeLessThan(0.04);
      expect(Math.abs(mean(xs))).toBeLessThan(4 * Math.sqrt(sigma2 / xs.length));
    },
  );

  it('is calibrated from (ε, δ) through zCDP, conservatively', () => {
    const noise = calibrate({ mechanism: 'discrete_gaussian', epsilon: 1, delta: 1e-6 });
    if (noise.mechanism !== 'discrete_gaussian') throw new Error('unexpected mechanism');
    const rho = toNumber(noise.rho);
    // ρ-zCDP ⇒ (ρ + 2√(ρ ln(1/δ)), δ)-DP: must not exceed the ε asked for.
    expect(rho + 2 * Math.sqrt(rho * Math.log(1e6))).toBeLessThanOrEqual(1);
    expect(rho + 2 * Math.sqrt(rho * Math.log(1e6))).toBeGreaterThan(0.999999);
    expect(toNumber(noise.sigma2)).toBeCloseTo(1 / (2 * rho), 6);
    expect(toNumber(rhoForEpsilonDelta(toRational(1), toRational('0.000001')))).toBe(rho);
    expect(() => calibrate({ mechanism: 'discrete_gaussian', epsilon: 1, delta: 1 })).toThrow(RangeError);
  });

  it('takes ρ of zero-concentrated DP exactly: σ² = Δ²/(2ρ), and charges the ε it implies', () => {
    const noise = calibrate({ mechanism: 'discrete_gaussian', rho: '0.125', delta: '1e-6', sensitivity: 2 });
    if (noise.mechanism !== 'discrete_gaussian') throw new Error('unexpected mechanism');
    expect(formatRational(noise.sigma2)).toBe('16');
    const implied = 0.125 + 2 * Math.sqrt(0.125 * Math.log(1e6));
    expect(toNumber(noise.epsilon)).toBeGreaterThanOrEqual(implied);
    expect(toNumber(noise.epsilon)).toBeCloseTo(implied, 9);
  });
});

describe('post-processing', () => {
  it('clamps negatives to zero and rounds to a base', () => {
    expect(postProcess(-3)).toBe(0);
    expect(postProcess(12)).toBe(12);
    expect(postProcess(12, { roundTo: 5 })).toBe(10);
    expect(postProcess(13, { roundTo: 5 })).toBe(15);
  });

  it('noises every count of a table and never returns a negative', () => {
    const rng = seededRandomSource(3);
    const noise = calibrate({ mechanism: 'discrete_laplace', epsilon: 0.1 });
    const out = noiseCounts(rng, [0, 0, 1, 500], noise);
    expect(out).toHaveLength(4);
    expect(out.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    expect(Number.isInteger(sampleNoise(rng, noise))).toBe(true);
  });
});

describe('privacy budget ledger', () => {
  it('adds ε exactly: ten tables at 0.1 spend exactly 1, the eleventh is refused', () => {
    let ledger = createLedger({ epsilon: 1 });
    for (let i = 0; i < 10; i++) ledger = spend(ledger, { label: `table-${i}`, epsilon: 0.1 });
    expect(ledgerSummary(ledger).spentEpsilon).toBe('1');
    expect(ledgerSummary(ledger).remainingEpsilon).toBe('0');
    expect(canSpend(ledger, 0.1)).toBe(false);
    expect(() => spend(ledger, { label: 'one-too-many', epsilon: 0.1 })).toThrow(PrivacyBudgetExceeded);
    expect(ledger.charges).toHaveLength(10);
  });

  it('shows spent and remaining, and refuses a charge larger than what remains', () => {
    let ledger = createLedger({ epsilon: 2, delta: '1e-5' });
    ledger = spend(ledger, { label: 'official-counts', epsilon: 0.5 });
    ledger = spend(ledger, { label: 'bias', epsilon: 0.25, delta: '1e-6' });
    const summary = ledgerSummary(ledger);
    expect(summary).toMatchObject({
      budgetEpsilon: '2',
      spentEpsilon: '0.75',
      remainingEpsilon: '1.25',
      spentDelta: '0.000001',
      remainingDelta: '0.000009',
      spentShare: 0.375,
    });
    let error: unknown;
    try {
      spend(ledger, { label: 'too-much', epsilon: 1.5 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PrivacyBudgetExceeded);
    expect((error as PrivacyBudgetExceeded).remaining.epsilon).toBe('1.25');
    // δ is a budget too.
    expect(() => spend(ledger, { label: 'delta', epsilon: 0.1, delta: '1e-4' })).toThrow(
      PrivacyBudgetExceeded,
    );
    expect(() => spend(ledger, { label: 'nothing', epsilon: 0 })).toThrow(RangeError);
  });
});
