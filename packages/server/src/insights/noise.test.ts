import { calibrate, seededRandomSource } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { noiseTable } from './noise.js';
import { tableFromCounts } from './tables.js';

const table = tableFromCounts({
  id: 'official_counts.decisions',
  measure: 'official_counts',
  dimension: 'decision_stage',
  columns: [
    { id: 'decisions', kind: 'count' },
    { id: 'positive', kind: 'count', partOf: 'decisions' },
    { id: 'negative', kind: 'count', partOf: 'decisions' },
    { id: 'share_positive', kind: 'share', numerator: 'positive', denominator: 'decisions' },
    { id: 'median_days', kind: 'days', basis: 'decisions' },
  ],
  counts: new Map([
    ['reasonable_grounds', [100, 80, 20, null, 4]],
    ['conclusive_grounds', [60, 50, 10, null, 90]],
  ]),
});

describe('noise for a release', () => {
  const noised = noiseTable(
    table,
    seededRandomSource(7),
    calibrate({ mechanism: 'discrete_laplace', epsilon: 1 }),
  );

  it('noises the leaves and derives the wholes, the totals and the shares from them', () => {
    for (const row of noised.rows) {
      const [decisions, positive, negative, share] = row.values as number[];
      expect(decisions).toBe((positive ?? 0) + (negative ?? 0));
      expect(share).toBeCloseTo((positive ?? 0) / (decisions ?? 1), 3);
      expect(Number.isInteger(positive)).toBe(true);
      expect(positive).toBeGreaterThanOrEqual(0);
    }
    expect(noised.total?.[0]).toBe(noised.rows.reduce((s, r) => s + (r.values[0] ?? 0), 0));
  });

  it('leaves out what is not made of counts (a median from the exact data would escape the guarantee)', () => {
    expect(noised.rows.every((r) => r.values[4] === null)).toBe(true);
  });

  it('moves counts by noise of the calibrated size, not more', () => {
    const deltas: number[] = [];
    const rng = seededRandomSource(11);
    const noise = calibrate({ mechanism: 'discrete_laplace', epsilon: 1 });
    for (let i = 0; i < 300; i++) {
      const t = noiseTable(table, rng, noise);
      deltas.push((t.rows[0]?.values[1] ?? 0) - 80);
    }
    const mean = deltas.reduce((s, d) => s + d, 0) / deltas.length;
    expect(Math.abs(mean)).toBeLessThan(0.5);
    expect(Math.max(...deltas.map(Math.abs))).toBeLessThan(20);
  });
});
