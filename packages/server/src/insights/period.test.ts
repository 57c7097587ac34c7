import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  defaultPeriod,
  isMonthAligned,
  periodBounds,
  periodBuckets,
  periodProblem,
  wholeMonths,
} from './period.js';

describe('periods', () => {
  it('bounds a period by whole UTC days, the last one included', () => {
    const { start, end } = periodBounds({ from: '2025-01-01', to: '2025-12-31' });
    expect(start.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(end.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('cuts a period into the months, quarters or years it touches', () => {
    expect(periodBuckets({ from: '2025-02-15', to: '2025-04-01', granularity: 'month' })).toEqual([
      '2025-02-01',
      '2025-03-01',
      '2025-04-01',
    ]);
    expect(periodBuckets({ from: '2025-02-15', to: '2025-07-01', granularity: 'quarter' })).toEqual([
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
    ]);
    expect(periodBuckets({ from: '2024-12-31', to: '2025-01-01', granularity: 'year' })).toEqual([
      '2024-01-01',
      '2025-01-01',
    ]);
  });

  it('names buckets as people write them', () => {
    expect(bucketLabel('2025-04-01', 'month')).toBe('2025-04');
    expect(bucketLabel('2025-04-01', 'quarter')).toBe('2025-Q2');
    expect(bucketLabel('2025-01-01', 'year')).toBe('2025');
  });

  it('defaults to the twelve months up to and including this one', () => {
    expect(defaultPeriod(new Date('2026-03-17T12:00:00Z'))).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('widens a period to the whole months it touches', () => {
    expect(wholeMonths({ from: '2025-02-15', to: '2025-02-20' })).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
    });
    expect(wholeMonths({ from: '2024-02-29', to: '2024-12-01' })).toEqual({
      from: '2024-02-01',
      to: '2024-12-31',
    });
    expect(isMonthAligned({ from: '2025-01-01', to: '2025-03-31' })).toBe(true);
    expect(isMonthAligned({ from: '2025-01-01', to: '2025-03-30' })).toBe(false);
  });

  it('refuses a period that ends before it starts, and one too long for its granularity', () => {
    expect(periodProblem({ from: '2025-02-01', to: '2025-01-01', granularity: 'month' })).toBe(
      'from_after_to',
    );
    expect(periodProblem({ from: '1990-01-01', to: '2025-01-01', granularity: 'month' })).toBe(
      'too_many_buckets',
    );
    expect(periodProblem({ from: '1990-01-01', to: '2025-01-01', granularity: 'year' })).toBeNull();
  });
});
