import { describe, expect, it } from 'vitest';
import { apiQuery, filterParams, filterSearch, isIsoDate, presetRange, readFilters } from './filters';

const TODAY = new Date(Date.UTC(2026, 10, 29)); // 29 November 2026
const EMPTY = { period: null, from: null, to: null, granularity: null, region: null };

describe('dashboard filters', () => {
  it('opens on the last three years by quarter for the whole country', () => {
    expect(readFilters(EMPTY, TODAY)).toEqual({
      preset: 'last_3_years',
      from: '2023-11-30',
      to: '2026-11-29',
      granularity: 'quarter',
      region: null,
    });
  });

  it('computes each preset from today', () => {
    expect(presetRange('last_12_months', TODAY)).toEqual({ from: '2025-11-30', to: '2026-11-29' });
    expect(presetRange('this_year', TODAY)).toEqual({ from: '2026-01-01', to: '2026-11-29' });
    expect(presetRange('last_year', TODAY)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('keeps a custom period, putting its ends in order', () => {
    const filters = readFilters({ ...EMPTY, period: 'custom', from: '2026-06-30', to: '2026-01-01' }, TODAY);
    expect(filters).toMatchObject({ preset: 'custom', from: '2026-01-01', to: '2026-06-30' });
  });

  it('falls back to the defaults on values it cannot read', () => {
    const filters = readFilters(
      { period: 'forever', from: '2026-02-30', to: 'yesterday', granularity: 'week', region: 'Not A Slug!' },
      TODAY,
    );
    expect(filters).toMatchObject({ preset: 'last_3_years', granularity: 'quarter', region: null });
  });

  it('recognises only real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('writes only what differs from the defaults to the URL, and nothing but filters', () => {
    const filters = readFilters({ ...EMPTY, region: 'north', granularity: 'month' }, TODAY);
    expect(filterParams(filters)).toEqual({
      period: null,
      from: null,
      to: null,
      granularity: 'month',
      region: 'north',
    });
    expect(filterSearch(filters, { breakdown: 'gender' })).toBe(
      '?granularity=month&region=north&breakdown=gender',
    );
  });

  it('sends the API the dates, the granularity and the region when there is one', () => {
    const filters = readFilters({ ...EMPTY, period: 'last_year' }, TODAY);
    expect(apiQuery(filters)).toEqual({ from: '2025-01-01', to: '2025-12-31', granularity: 'quarter' });
    expect(apiQuery({ ...filters, region: 'south' })).toMatchObject({ region: 'south' });
  });
});
