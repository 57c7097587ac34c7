import { describe, expect, it } from 'vitest';
import { identificationBias } from './bias.js';
import {
  binomialCdf,
  binomialSf,
  chiSquareSf,
  hypergeometricCdf,
  hypergeometricSf,
  lnGamma,
  normalCdf,
  normalSf,
  normalTwoSided,
  regularizedGammaP,
  regularizedGammaQ,
} from './distributions.js';
import { benjaminiHochberg, holm } from './multiple-testing.js';
import { refusalsByGroup } from './outcomes.js';

/** Chi-square survival for even df in closed form: e^(−x/2) Σ_{i<df/2} (x/2)^i / i!. */
function chiSquareSfEven(x: number, df: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i < df / 2; i++) {
    term *= x / 2 / i;
    sum += term;
  }
  return Math.exp(-x / 2) * sum;
}

describe('distribution functions against known values', () => {
  it('lnΓ', () => {
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(lnGamma(1)).toBeCloseTo(0, 13);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(lnGamma(100)).toBeCloseTo(359.1342053695754, 9);
    expect(lnGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
  });

  it('regularised incomplete gamma', () => {
    expect(regularizedGammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 14);
    expect(regularizedGammaQ(1, 30)).toBeCloseTo(Math.exp(-30), 20);
    // erfc(√2) = Q(½, 2)
    expect(regularizedGammaQ(0.5, 2)).toBeCloseTo(0.04550026389635842, 14);
    expect(regularizedGammaP(3, 2.5) + regularizedGammaQ(3, 2.5)).toBeCloseTo(1, 14);
  });

  it('normal CDF and tails', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 14);
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 10);
    expect(normalSf(8) / 6.22096057427178e-16).toBeCloseTo(1, 9);
    expect(normalTwoSided(-1.959963984540054)).toBeCloseTo(0.05, 13);
  });

  it('chi-square survival', () => {
    expect(chiSquareSf(3.841458820694124, 1)).toBeCloseTo(0.05, 13);
    expect(chiSquareSf(18.307038053275146, 10)).toBeCloseTo(0.05, 13);
    expect(chiSquareSf(2, 2)).toBeCloseTo(Math.exp(-1), 14);
    for (const [x, df] of [
      [25, 10],
      [100, 50],
      [3, 8],
      [400, 300],
    ] as const) {
      expect(chiSquareSf(x, df) / chiSquareSfEven(x, df)).toBeCloseTo(1, 10);
    }
    expect(chiSquareSf(0, 3)).toBe(1);
  });

  it('binomial tails', () => {
    expect(binomialCdf(2, 10, 0.5)).toBeCloseTo(56 / 1024, 14);
    expect(binomialSf(8, 10, 0.5)).toBeCloseTo(56 / 1024, 14);
    expect(binomialCdf(0, 1000, 0.01)).toBeCloseTo(0.99 ** 1000, 16);
    expect(binomialCdf(10, 1000, 0.01) + binomialSf(11, 1000, 0.01)).toBeCloseTo(1, 12);
  });

  it('hypergeometric tails (Fisher’s lady tasting tea)', () => {
    const h = { population: 8, successes: 4, draws: 4 };
    expect(hypergeometricSf(3, h)).toBeCloseTo(17 / 70, 14);
    expect(hypergeometricCdf(1, h)).toBeCloseTo(17 / 70, 14);
    expect(hypergeometricSf(4, h)).toBeCloseTo(1 / 70, 14);
    expect(hypergeometricCdf(4, h)).toBe(1);
  });
});

describe('multiple-testing corrections', () => {
  const p = [0.01, 0.04, 0.03, 0.005];
  it('Holm', () => {
    holm(p).forEach((v, i) => {
      expect(v).toBeCloseTo([0.03, 0.06, 0.06, 0.02][i]!, 14);
    });
  });
  it('Benjamini–Hochberg', () => {
    benjaminiHochberg(p).forEach((v, i) => {
      expect(v).toBeCloseTo([0.02, 0.04, 0.04, 0.02][i]!, 14);
    });
  });
});

describe('identification bias', () => {
  const cells = [
    { form: 'sexual', gender: 'female', ageGroup: 'adult', observed: 40 },
    { form: 'sexual', gender: 'male', ageGroup: 'adult', observed: 0 },
    { form: 'labour', gender: 'female', ageGroup: 'adult', observed: 10 },
    { form: 'labour', gender: 'male', ageGroup: 'adult', observed: 50 },
  ];

  it('flags men in sexual exploitation as under-identified against the system’s own totals', () => {
    const result = identificationBias(cells);
    const men = result.cells.find((c) => c.form === 'sexual' && c.gender === 'male')!;
    expect(men.expected).toBeCloseTo(20, 12);
    // (0 − 20)/√(20 · (1 − 40/100) · (1 − 50/100))
    expect(men.residual).toBeCloseTo(-20 / Math.sqrt(6), 12);
    expect(men.underIdentified).toBe(true);
    expect(men.method).toBe('normal');
    const women = result.cells.find((c) => c.form === 'labour' && c.gender === 'female')!;
    expect(women.underIdentified).toBe(true);
    // In a 2×2 table all four adjusted residuals have the same size.
    expect(result.underIdentified.map((c) => `${c.form}/${c.gender}`).sort()).toEqual([
      'labour/female',
      'sexual/male',
    ]);
    // 2×2 chi-square: N(ad − bc)² / (r1 r2 c1 c2)
    expect(result.chiSquare.statistic).toBeCloseTo((100 * (40 * 50 - 0 * 10) ** 2) / (40 * 60 * 50 * 50), 10);
    expect(result.chiSquare.df).toBe(1);
    expect(result.chiSquare.pValue).toBeLessThan(1e-10);
  });

  it('flags nothing when forms are spread evenly', () => {
    const even = cells.map((c) => ({ ...c, observed: 25 }));
    const result = identificationBias(even);
    expect(result.underIdentified).toEqual([]);
    expect(result.cells.every((c) => c.residual === 0 && c.adjustedPValue === 1)).toBe(true);
  });

  it('uses an exact test for small expected counts and does not flag a cell that cannot be judged', () => {
    const small = [
      { form: 'organ_removal', gender: 'male', ageGroup: 'adult', observed: 0 },
      { form: 'organ_removal', gender: 'female', ageGroup: 'adult', observed: 1 },
      { form: 'labour', gender: 'male', ageGroup: 'adult', observed: 30 },
      { form: 'labour', gender: 'female', ageGroup: 'adult', observed: 29 },
    ];
    const result = identificationBias(small);
    const cell = result.cells.find((c) => c.form === 'organ_removal' && c.gender === 'male')!;
    expect(cell.method).toBe('exact_hypergeometric');
    expect(cell.underIdentified).toBe(false);
    expect(result.chiSquare.sparse).toBe(true);
  });

  it('compares with a reference distribution', () => {
    const reference = cells.map((c) => ({ form: c.form, gender: c.gender, ageGroup: c.ageGroup, share: 1 }));
    const result = identificationBias(cells, { reference, correction: 'benjamini_hochberg' });
    expect(result.model).toBe('reference');
    const men = result.cells.find((c) => c.form === 'sexual' && c.gender === 'male')!;
    expect(men.expected).toBe(25);
    expect(men.residual).toBeCloseTo(-25 / Math.sqrt(100 * 0.25 * 0.75), 12);
    expect(men.underIdentified).toBe(true);
    expect(result.chiSquare.df).toBe(3);
    expect(result.cells.find((c) => c.form === 'sexual' && c.gender === 'female')!.overIdentified).toBe(true);
  });
});

describe('decision outcomes by group', () => {
  it('flags a group refused more often than overall', () => {
    const result = refusalsByGroup([
      { group: 'UA', positive: 45, negative: 5 },
      { group: 'NG', positive: 20, negative: 30 },
    ]);
    expect(result.overallRefusalRate).toBeCloseTo(0.35, 14);
    const ng = result.groups.find((g) => g.group === 'NG')!;
    expect(ng.refusalRate).toBeCloseTo(0.6, 14);
    expect(ng.expectedRefused).toBeCloseTo(17.5, 12);
    expect(ng.residual).toBeCloseTo(12.5 / Math.sqrt(17.5 * 0.65 * 0.5), 12);
    expect(ng.refusedMoreOften).toBe(true);
    expect(result.groups.find((g) => g.group === 'UA')!.refusedLessOften).toBe(true);
    expect(result.chiSquare.statistic).toBeCloseTo((100 * (45 * 30 - 5 * 20) ** 2) / (65 * 35 * 50 * 50), 10);
    expect(result.chiSquare.df).toBe(1);
  });

  it('flags nobody when the rates are equal', () => {
    const result = refusalsByGroup([
      { group: 'female', positive: 30, negative: 10 },
      { group: 'male', positive: 15, negative: 5 },
      { group: 'unknown', positive: 0, negative: 0 },
    ]);
    expect(result.groups.some((g) => g.refusedMoreOften)).toBe(false);
    expect(result.groups.find((g) => g.group === 'unknown')!.refusalRate).toBeNull();
  });
});
