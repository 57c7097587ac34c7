import { describe, expect, it } from 'vitest';
import { tableCsv } from './export-table.js';
import { words } from './messages/index.js';
import type { StatTable } from './tables.js';

const TABLE: StatTable = {
  id: 'official_counts.by_registering_org',
  measure: 'official_counts',
  dimensions: ['registering_org'],
  columns: [
    { id: 'presumed', kind: 'count' },
    { id: 'identified', kind: 'count' },
  ],
  rows: [
    {
      key: ['o1'],
      cells: [
        { value: 12, suppressed: false },
        { value: null, suppressed: true },
      ],
      flag: null,
    },
    {
      key: ['o2'],
      cells: [
        { value: 7, suppressed: false },
        { value: null, suppressed: true },
      ],
      flag: null,
    },
  ],
  total: [
    { value: 19, suppressed: false },
    { value: 9, suppressed: false },
  ],
  labels: { o1: 'Help, "North"', o2: '=HYPERLINK("x")' },
  noData: false,
  test: null,
};
const FILTER = { from: '2025-01-01', to: '2025-12-31', granularity: 'year' as const, region: null };

describe('CSV export', () => {
  const csv = tableCsv(TABLE, words('en'), FILTER);
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

  it('writes withheld cells as "c" and never their value', () => {
    expect(lines[1]).toBe('o1,"Help, ""North""",12,c,');
    expect(csv).not.toMatch(/,[1-4],/);
  });

  it('defuses a label a spreadsheet would run as a formula', () => {
    expect(lines[2]).toBe(`o2,"'=HYPERLINK(""x"")",7,c,`);
  });

  it('ends with the totals', () => {
    expect(lines[3]).toBe('total,Total,19,9,');
  });
});
