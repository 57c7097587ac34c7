import { describe, expect, it } from 'vitest';
import { groupAlias, groupHistograms, histogramCount, histogramMedian } from './groups.js';

describe('medians from day histograms', () => {
  it('gives the middle value of an odd count and the mean of the two middle values of an even one', () => {
    expect(
      histogramMedian(
        new Map([
          [3, 1],
          [1, 1],
          [10, 1],
        ]),
      ),
    ).toBe(3);
    expect(
      histogramMedian(
        new Map([
          [2, 2],
          [6, 2],
        ]),
      ),
    ).toBe(4);
    expect(histogramMedian(new Map([[5, 100]]))).toBe(5);
  });

  it('has no median without persons', () => {
    expect(histogramMedian(new Map())).toBeNull();
    expect(histogramMedian(new Map([[4, 0]]))).toBeNull();
  });

  it('reads per-group histograms from grouped rows', () => {
    const rows = [
      { d: 1, [groupAlias('all')]: 3, [groupAlias('children')]: 1 },
      { d: 4, [groupAlias('all')]: 2, [groupAlias('children')]: 2 },
    ];
    const histograms = groupHistograms(rows);
    expect(histogramCount(histograms.get('all'))).toBe(5);
    expect(histogramMedian(histograms.get('all') as Map<number, number>)).toBe(1);
    expect(histogramMedian(histograms.get('children') as Map<number, number>)).toBe(4);
    expect(histogramCount(histograms.get('men'))).toBe(0);
  });
});
