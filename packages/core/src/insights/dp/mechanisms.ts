import type { RandomSource } from './random.js';
import { div, formatRational, mul, type Rational, rational, toNumber, toRational } from './rational.js';
import { sampleDiscreteGaussian, sampleDiscreteLaplace } from './samplers.js';

/**
 * Differential privacy for published counts. A count changes by at most `sensitivity`
 * when one person is added or removed (1 for a table where each person is in one cell;
 * the number of cells a person can be in otherwise — e.g. the number of forms of
 * exploitation a case may hold in a multi-select table).
 *
 * - Discrete Laplace with scale Δ/ε gives ε-differential privacy (pure DP).
 * - Discrete Gaussian with σ² = Δ²/(2ρ) gives ρ-zero-concentrated DP (CKS 2020, Thm 4),
 *   hence (ε, δ)-DP with ε = ρ + 2·√(ρ·ln(1/δ)) (Bun & Steinke 2016, Prop. 1.3). Given
 *   (ε, δ) we solve that for ρ and round ρ down, which only adds privacy.
 */
export const DP_MECHANISMS = ['discrete_laplace', 'discrete_gaussian'] as const;
export type DpMechanism = (typeof DP_MECHANISMS)[number];

export type LaplaceParameters = {
  readonly mechanism: 'discrete_laplace';
  readonly epsilon: number | string | Rational;
  readonly sensitivity?: number;
};

export type GaussianParameters = {
  readonly mechanism: 'discrete_gaussian';
  /** Probability of the privacy guarantee failing: small, e.g. 1e-6 (well below 1/population). */
  readonly delta: number | string | Rational;
  readonly sensitivity?: number;
} & (
  | { readonly epsilon: number | string | Rational; readonly rho?: undefined }
  /** ρ of zero-concentrated DP, exactly; ε is then what ρ and δ give (rounded up for the budget). */
  | { readonly rho: number | string | Rational; readonly epsilon?: undefined }
);

export type NoiseParameters = LaplaceParameters | GaussianParameters;

/** What a table's noise is, exactly, for the release record and the report's method notes. */
export type CalibratedNoise =
  | {
      readonly mechanism: 'discrete_laplace';
      readonly epsilon: Rational;
      readonly delta: Rational;
      readonly sensitivity: number;
      /** Scale b = Δ/ε: P[noise = z] ∝ exp(−|z|/b). */
      readonly scale: Rational;
      /** Var = 2q/(1−q)², q = exp(−1/b). */
      readonly variance: number;
    }
  | {
      readonly mechanism: 'discrete_gaussian';
      readonly epsilon: Rational;
      readonly delta: Rational;
      readonly sensitivity: number;
      readonly rho: Rational;
      readonly sigma2: Rational;
      /** At most σ² (CKS 2020, Cor. 9). */
      readonly variance: number;
    };

function checkSensitivity(sensitivity: number): number {
  if (!Number.isSafeInteger(sensitivity) || sensitivity < 1) {
    throw new RangeError('The sensitivity must be a positive integer');
  }
  return sensitivity;
}

function positive(value: number | string | Rational, name: string): Rational {
  const r = toRational(value);
  if (r.num <= 0n) throw new RangeError(`${name} must be positive`);
  return r;
}

/** A positive float as a rational of 12 significant digits, rounded down or up. */
function roundedRational(x: number, direction: 'down' | 'up'): Rational {
  const exponent = Math.floor(Math.log10(x)) - 11;
  const scaled =
    direction === 'down' ? Math.floor(x / 10 ** exponent) - 1 : Math.ceil(x / 10 ** exponent) + 1;
  return exponent >= 0
    ? rational(BigInt(scaled) * 10n ** BigInt(exponent))
    : rational(BigInt(scaled), 10n ** BigInt(-exponent));
}

/** ε of the (ε, δ)-DP that ρ-zCDP gives: ρ + 2√(ρ ln(1/δ)), rounded up (what the budget is charged). */
export function epsilonForRho(rho: Rational, delta: Rational): Rational {
  const d = toNumber(delta);
  if (!(d > 0 && d < 1)) throw new RangeError('δ must lie strictly between 0 and 1');
  const r = toNumber(rho);
  return roundedRational(r + 2 * Math.sqrt(r * Math.log(1 / d)), 'up');
}

/** ρ of zCDP that yields (ε, δ)-DP, rounded down to 12 significant digits (conservative). */
export function rhoForEpsilonDelta(epsilon: Rational, delta: Rational): Rational {
  const e = toNumber(epsilon);
  const d = toNumber(delta);
  if (!(d > 0 && d < 1)) throw new RangeError('δ must lie strictly between 0 and 1');
  const l = Math.log(1 / d);
  // One unit of the 12th digit down covers the float error.
  return roundedRational((Math.sqrt(l + e) - Math.sqrt(l)) ** 2, 'down');
}

export function calibrate(parameters: NoiseParameters): CalibratedNoise {
  const sensitivity = checkSensitivity(parameters.sensitivity ?? 1);
  const delta = BigInt(sensitivity);
  switch (parameters.mechanism) {
    case 'discrete_laplace': {
      const epsilon = positive(parameters.epsilon, 'ε');
      const scale = div(rational(delta), epsilon);
      const q = Math.exp(-1 / toNumber(scale));
      return {
        mechanism: 'discrete_laplace',
        epsilon,
        delta: rational(0n),
        sensitivity,
        scale,
        variance: (2 * q) / (1 - q) ** 2,
      };
    }
    case 'discrete_gaussian': {
      const d = positive(parameters.delta, 'δ');
      let rho: Rational;
      let epsilon: Rational;
      if (parameters.rho !== undefined) {
        rho = positive(parameters.rho, 'ρ');
        epsilon = epsilonForRho(rho, d);
      } else {
        epsilon = positive(parameters.epsilon, 'ε');
        rho = rhoForEpsilonDelta(epsilon, d);
      }
      const sigma2 = div(rational(delta * delta), mul(rational(2n), rho));
      return {
        mechanism: 'discrete_gaussian',
        epsilon,
        delta: d,
        sensitivity,
        rho,
        sigma2,
        variance: toNumber(sigma2),
      };
    }
    default: {
      const unreachable: never = parameters;
      return unreachable;
    }
  }
}

/** One draw of noise for a calibrated mechanism. */
export function sampleNoise(rng: RandomSource, noise: CalibratedNoise): number {
  const z =
    noise.mechanism === 'discrete_laplace'
      ? sampleDiscreteLaplace(rng, noise.scale)
      : sampleDiscreteGaussian(rng, noise.sigma2);
  return Number(z);
}

export type PostProcessing = {
  /** Round the noised count to a multiple of this base (1: none). Default 1. */
  readonly roundTo?: number;
};

/**
 * Post-processing (free under DP): a negative noised count becomes 0 and the count is
 * rounded to a multiple of `roundTo`. Never look at the true value here.
 */
export function postProcess(noisy: number, options: PostProcessing = {}): number {
  const base = options.roundTo ?? 1;
  if (!Number.isSafeInteger(base) || base < 1) throw new RangeError('roundTo must be a positive integer');
  const clamped = Math.max(0, noisy);
  return Math.round(clamped / base) * base;
}

/** Noised and post-processed counts of one table (each cell noised independently). */
export function noiseCounts(
  rng: RandomSource,
  counts: readonly number[],
  noise: CalibratedNoise,
  options: PostProcessing = {},
): number[] {
  return counts.map((count) => {
    if (!Number.isSafeInteger(count)) throw new RangeError('Counts must be integers');
    return postProcess(count + sampleNoise(rng, noise), options);
  });
}

/** The parameters as plain text for storage and the report ("ε = 0.5, scale 2"). */
export function describeNoise(noise: CalibratedNoise): Record<string, string | number> {
  return noise.mechanism === 'discrete_laplace'
    ? {
        mechanism: noise.mechanism,
        epsilon: formatRational(noise.epsilon),
        sensitivity: noise.sensitivity,
        scale: formatRational(noise.scale),
        variance: noise.variance,
      }
    : {
        mechanism: noise.mechanism,
        epsilon: formatRational(noise.epsilon),
        delta: formatRational(noise.delta),
        sensitivity: noise.sensitivity,
        rho: formatRational(noise.rho),
        sigma2: formatRational(noise.sigma2),
        variance: noise.variance,
      };
}
