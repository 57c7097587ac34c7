import { type RandomSource, uniformBigInt } from './random.js';
import { floor, isqrt, type Rational, rational } from './rational.js';

/**
 * Exact samplers of Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential
 * Privacy" (NeurIPS 2020, arXiv:2004.00010), Algorithms 1–3. Only integer arithmetic on
 * exact rationals and uniformly random integers: the output distribution is exactly the
 * one the privacy proof assumes (floating-point inverse-CDF samplers leak through the
 * gaps in their outputs, Mironov 2012).
 */

/** Bernoulli(num/den): true with probability exactly num/den (0 ≤ num ≤ den). */
export function bernoulli(rng: RandomSource, p: Rational): boolean {
  if (p.num < 0n || p.num > p.den) throw new RangeError('A probability lies in [0, 1]');
  return uniformBigInt(rng, p.den) < p.num;
}

/** Bernoulli(exp(−γ)) for a rational γ ≥ 0 (CKS Algorithm 1, extended to γ > 1 by repetition). */
export function bernoulliExpNeg(rng: RandomSource, gamma: Rational): boolean {
  if (gamma.num < 0n) throw new RangeError('γ must be non-negative');
  if (gamma.num <= gamma.den) {
    // P[K odd] = exp(−γ), where K is the first k with Bernoulli(γ/k) = 0.
    let k = 1n;
    while (bernoulli(rng, rational(gamma.num, gamma.den * k))) k += 1n;
    return k % 2n === 1n;
  }
  const whole = floor(gamma);
  for (let i = 0n; i < whole; i++) if (!bernoulliExpNeg(rng, rational(1n))) return false;
  return bernoulliExpNeg(rng, rational(gamma.num - whole * gamma.den, gamma.den));
}

/**
 * Discrete Laplace (two-sided geometric) with scale b = t/s: P[Z = z] ∝ exp(−|z|/b)
 * (CKS Algorithm 2).
 */
export function sampleDiscreteLaplace(rng: RandomSource, scale: Rational): bigint {
  if (scale.num <= 0n) throw new RangeError('The scale must be positive');
  const t = scale.num;
  const s = scale.den;
  for (;;) {
    const u = uniformBigInt(rng, t);
    if (!bernoulliExpNeg(rng, rational(u, t))) continue;
    let v = 0n;
    while (bernoulliExpNeg(rng, rational(1n))) v += 1n;
    const y = (u + t * v) / s;
    const negative = uniformBigInt(rng, 2n) === 1n;
    if (negative && y === 0n) continue;
    return negative ? -y : y;
  }
}

/** Discrete Gaussian N_Z(0, σ²): P[Z = z] ∝ exp(−z²/(2σ²)) (CKS Algorithm 3). */
export function sampleDiscreteGaussian(rng: RandomSource, sigma2: Rational): bigint {
  if (sigma2.num <= 0n) throw new RangeError('σ² must be positive');
  const a = sigma2.num;
  const b = sigma2.den;
  const t = isqrt(a / b) + 1n;
  for (;;) {
    const y = sampleDiscreteLaplace(rng, rational(t));
    const absY = y < 0n ? -y : y;
    // γ = (|y| − σ²/t)² / (2σ²) = (|y|·b·t − a)² / (2·a·b·t²)
    const diff = absY * b * t - a;
    if (bernoulliExpNeg(rng, rational(diff * diff, 2n * a * b * t * t))) return y;
  }
}
