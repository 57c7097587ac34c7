import { describe, expect, it } from 'vitest';
import { words } from '../messages/index.js';
import type { StatTable } from '../tables.js';
import { composeReport } from './compose-report.js';

const gender: StatTable = {
  id: 'official_counts.by_gender',
  measure: 'official_counts',
  dimensions: ['gender'],
  columns: [{ id: 'presumed', kind: 'count' }],
  rows: [
    { key: ['female'], cells: [{ value: 18, suppressed: false }], flag: null },
    { key: ['male'], cells: [{ value: null, suppressed: true }], flag: null },
  ],
  total: [{ value: 21, suppressed: false }],
  labels: {},
  noData: false,
  test: null,
};
const permits: StatTable = {
  ...gender,
  id: 'remedies.residence_permits',
  measure: 'remedies',
  rows: [],
  total: null,
  noData: true,
};

function model(language: 'en' | 'ar') {
  return composeReport(
    {
      tables: [gender, permits],
      filter: { from: '2025-01-01', to: '2025-12-31', granularity: 'quarter', region: null },
      threshold: 5,
      generatedAt: new Date('2026-01-10T00:00:00Z'),
      budget: { budgetEpsilon: '10', spentEpsilon: '1.5', releases: 2 },
      alpha: 0.05,
    },
    words(language),
  );
}

describe('the report model', () => {
  it('prints a withheld cell as "c", with a chart and the table, and the methods', () => {
    const m = model('en');
    const table = m.blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r[0] === 'Men and boys'));
    expect(table?.kind === 'table' && table.rows.find((r) => r[0] === 'Men and boys')?.[1]).toBe('c');
    const bars = m.blocks.find((b) => b.kind === 'bars');
    expect(bars?.kind === 'bars' && bars.series[0]?.values).toEqual([18, null]);
    const text = JSON.stringify(m.blocks);
    expect(text).toContain('counts from 1 to 4 are withheld');
    expect(text).toContain('ε = 1.5 has been spent in 2 release(s)');
  });

  it('says plainly when a module has no data yet', () => {
    const m = model('en');
    expect(m.blocks.some((b) => b.kind === 'notice' && b.text.startsWith('No data yet'))).toBe(true);
  });

  it('is written right to left in Arabic', () => {
    const m = model('ar');
    expect(m.direction).toBe('rtl');
    expect(m.language).toBe('ar');
    expect(m.blocks[0]?.kind === 'title' && m.blocks[0].text).toBe('التقرير الوطني لتقييم الوضع');
  });
});
