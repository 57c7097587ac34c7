/**
 * Distribution functions for the bias and outcome tests, in double precision. Accuracy
 * targets (checked in distributions.test.ts against published values): about 1e-14
 * relative for lnΓ, 1e-13 absolute for the regularised gamma functions and the normal
 * and chi-square tails.
 */

// Lanczos approximation, g = 7, n = 9 (Numerical Recipes 3rd ed. §6.1; Godfrey's coefficients).
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.9189385332046728; // ½ ln(2π)

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError('lnGamma needs x > 0');
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

function gammaSeries(a: number, x: number): number {
  // P(a, x) = e^{−x} x^a / Γ(a+1) · Σ x^n / ((a+1)…(a+n))
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

function gammaContinuedFraction(a: number, x: number): number {
  // Q(a, x) by the continued fraction of Legendre, evaluated with the modified Lentz method.
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

/** Regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a). */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError('regularizedGammaP needs a > 0 and x ≥ 0');
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far tail. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError('regularizedGammaQ needs a > 0 and x ≥ 0');
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

/** Standard normal CDF Φ(z), through erfc(u) = Q(½, u²). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const tail = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z < 0 ? tail : 1 - tail;
}

/** Upper tail 1 − Φ(z), accurate far out in the tail. */
export function normalSf(z: number): number {
  return normalCdf(-z);
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|). */
export function normalTwoSided(z: number): number {
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}

/** Survival function of the chi-square distribution: P(X ≥ x) with `df` degrees of freedom. */
export function chiSquareSf(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError('The chi-square distribution needs df > 0');
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/** ln C(n, k). */
export function lnChoose(n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  if (k === 0 || k === n) return 0;
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/**
 * Sums a unimodal pmf from `from` in direction `step` until the terms no longer matter.
 * Starting at the observed value and walking away from the mode, terms only shrink.
 */
function tailSum(logPmf: (k: number) => number, from: number, to: number, step: 1 | -1): number {
  let sum = 0;
  let k = from;
  for (;;) {
    const term = Math.exp(logPmf(k));
    sum += term;
    if (k === to) break;
    // Terms decrease geometrically once past the mode; stop when negligible.
    if (term < sum * 1e-17 && term > 0) {
      const nextTerm = Math.exp(logPmf(k + step));
      if (nextTerm <= term) break;
    }
    k += step;
  }
  return Math.min(1, sum);
}

/** Binomial(n, p): P(X ≤ k). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const logPmf = (j: number): number => lnChoose(n, j) + j * Math.log(p) + (n - j) * Math.log1p(-p);
  const mode = Math.floor((n + 1) * p);
  return k <= mode ? tailSum(logPmf, k, 0, -1) : 1 - tailSum(logPmf, k + 1, n, 1);
}

/** Binomial(n, p): P(X ≥ k). */
export function binomialSf(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logPmf = (j: number): number => lnChoose(n, j) + j * Math.log(p) + (n - j) * Math.log1p(-p);
  const mode = Math.floor((n + 1) * p);
  return k > mode ? tailSum(logPmf, k, n, 1) : 1 - tailSum(logPmf, k - 1, 0, -1);
}

export type Hypergeometric = {
  /** Population size. */
  readonly population: number;
  /** Members of the population with the property. */
  readonly successes: number;
  /** Size of the sample drawn without replacement. */
  readonly draws: number;
};

function hypergeometricSupport(h: Hypergeometric): [number, number] {
  return [Math.max(0, h.draws - (h.population - h.successes)), Math.min(h.draws, h.successes)];
}

function hypergeometricLogPmf(h: Hypergeometric): (k: number) => number {
  const denominator = lnChoose(h.population, h.draws);
  return (k) => lnChoose(h.successes, k) + lnChoose(h.population - h.successes, h.draws - k) - denominator;
}

/** P(X ≤ k) for the hypergeometric distribution (the exact law of a 2×2 cell given its margins). */
export function hypergeometricCdf(k: number, h: Hypergeometric): number {
  const [lo, hi] = hypergeometricSupport(h);
  if (k < lo) return 0;
  if (k >= hi) return 1;
  const mode = Math.floor(((h.draws + 1) * (h.successes + 1)) / (h.population + 2));
  const logPmf = hypergeometricLogPmf(h);
  return k <= mode ? tailSum(logPmf, k, lo, -1) : 1 - tailSum(logPmf, k + 1, hi, 1);
}

/** P(X ≥ k) for the hypergeometric distribution. */
export function hypergeometricSf(k: number, h: Hypergeometric): number {
  const [lo, hi] = hypergeometricSupport(h);
  if (k <= lo) return 1;
  if (k > hi) return 0;
  const mode = Math.floor(((h.draws + 1) * (h.successes + 1)) / (h.population + 2));
  const logPmf = hypergeometricLogPmf(h);
  return k > mode ? tailSum(logPmf, k, hi, 1) : 1 - tailSum(logPmf, k - 1, lo, -1);
}
