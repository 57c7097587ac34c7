import { describe, expect, it } from 'vitest';
import { protectTables } from './protect.js';
import { type RawTable, type StatTable, tableFromCounts } from './tables.js';

const T = { threshold: 5 };

function cell(table: StatTable, key: string, column: string) {
  const row = table.rows.find((r) => r.key.join('|') === key);
  const i = table.columns.findIndex((c) => c.id === column);
  const found = row?.cells[i];
  if (!found) throw new Error(`no cell ${key} ${column}`);
  return found;
}

const byGender = (counts: Record<string, number>): RawTable =>
  tableFromCounts({
    id: 'official_counts.by_gender',
    measure: 'official_counts',
    dimension: 'gender',
    columns: [{ id: 'presumed', kind: 'count' }],
    counts: new Map(Object.entries(counts).map(([k, v]) => [k, [v]])),
  });

describe('small-cell suppression of a table', () => {
  it('withholds a count from 1 to 4, and the next smallest cell so the total does not give it back', () => {
    const [table] = protectTables(
      [byGender({ female: 18, male: 8, transgender_nonconforming: 2, unknown: 0 })],
      T,
    );
    if (!table) throw new Error('no table');
    expect(cell(table, 'transgender_nonconforming', 'presumed')).toEqual({ value: null, suppressed: true });
    expect(cell(table, 'male', 'presumed')).toEqual({ value: null, suppressed: true });
    expect(cell(table, 'female', 'presumed')).toEqual({ value: 18, suppressed: false });
    // Zero is published: it identifies no one, and a gap of zero is what stock-taking shows.
    expect(cell(table, 'unknown', 'presumed')).toEqual({ value: 0, suppressed: false });
    expect(table.total?.[0]).toEqual({ value: 28, suppressed: false });
  });

  it('publishes a table without small cells as it is', () => {
    const [table] = protectTables([byGender({ female: 18, male: 8 })], T);
    expect(table?.rows.every((r) => r.cells.every((c) => !c.suppressed))).toBe(true);
  });

  it('withholds a part and its sibling when the whole is published (positive and negative decisions)', () => {
    const raw = tableFromCounts({
      id: 'official_counts.decisions',
      measure: 'official_counts',
      dimension: 'decision_stage',
      columns: [
        { id: 'decisions', kind: 'count' },
        { id: 'positive', kind: 'count', partOf: 'decisions' },
        { id: 'negative', kind: 'count', partOf: 'decisions' },
        { id: 'share_positive', kind: 'share', numerator: 'positive', denominator: 'decisions' },
      ],
      counts: new Map([['reasonable_grounds', [40, 37, 3, null]]]),
      total: null,
    });
    const [table] = protectTables([raw], T);
    if (!table) throw new Error('no table');
    expect(cell(table, 'reasonable_grounds', 'negative').suppressed).toBe(true);
    expect(cell(table, 'reasonable_grounds', 'positive').suppressed).toBe(true);
    // The share would give the negatives back: withheld with its numerator.
    expect(cell(table, 'reasonable_grounds', 'share_positive')).toEqual({ value: null, suppressed: true });
    expect(cell(table, 'reasonable_grounds', 'decisions').value).toBe(40);
  });

  it('withholds a median when fewer persons than the threshold stand behind it', () => {
    const raw = tableFromCounts({
      id: 'children.guardians',
      measure: 'children',
      dimension: 'all',
      columns: [
        { id: 'guardian_appointed', kind: 'count' },
        { id: 'median_days_to_guardian', kind: 'days', basis: 'guardian_appointed' },
      ],
      counts: new Map([['all', [5, 3]]]),
      total: null,
    });
    const [table] = protectTables([raw], T);
    expect(table && cell(table, 'all', 'median_days_to_guardian').value).toBe(3);
    const [small] = protectTables([{ ...raw, rows: [{ key: ['all'], values: [4, 3] }] }], T);
    expect(small && cell(small, 'all', 'median_days_to_guardian')).toEqual({ value: null, suppressed: true });
  });

  it('withholds a small expected count (it could give a small total back) but not a large one', () => {
    const raw: RawTable = {
      id: 'bias.x',
      measure: 'bias',
      dimensions: ['form'],
      columns: [
        { id: 'observed', kind: 'count' },
        { id: 'expected', kind: 'expected' },
        { id: 'residual', kind: 'residual', basis: 'observed' },
      ],
      rows: [
        { key: ['a'], values: [2, 9.5, -2.4], flag: 'under_identified' },
        { key: ['b'], values: [0, 3.1, -1.8] },
      ],
      total: null,
      structure: 'overlapping',
      sensitivity: 1,
    };
    const [table] = protectTables([raw], T);
    if (!table) throw new Error('no table');
    expect(cell(table, 'a', 'observed').suppressed).toBe(true);
    expect(cell(table, 'a', 'expected').value).toBe(9.5);
    expect(cell(table, 'a', 'residual')).toEqual({ value: null, suppressed: true });
    expect(table.rows[0]?.flag).toBe('under_identified');
    expect(cell(table, 'b', 'expected').suppressed).toBe(true);
  });
});

describe('complementary suppression across tables', () => {
  it('keeps an organisation withheld when its sector is published', () => {
    const orgs = tableFromCounts({
      id: 'official_counts.by_registering_org',
      measure: 'official_counts',
      dimension: 'registering_org',
      columns: [{ id: 'presumed', kind: 'count' }],
      counts: new Map([
        ['ngo-a', [3]],
        ['ngo-b', [20]],
        ['police', [30]],
      ]),
    });
    const sectors = tableFromCounts({
      id: 'official_counts.by_sector',
      measure: 'official_counts',
      dimension: 'sector',
      columns: [{ id: 'presumed', kind: 'count' }],
      counts: new Map([
        ['civil_society', [23]],
        ['law_enforcement', [30]],
      ]),
      rollup: {
        of: 'official_counts.by_registering_org',
        members: { civil_society: ['ngo-a', 'ngo-b'], law_enforcement: ['police'] },
      },
    });
    const [org, sector] = protectTables([orgs, sectors], T);
    if (!org || !sector) throw new Error('no tables');
    expect(cell(org, 'ngo-a', 'presumed').suppressed).toBe(true);
    // Published civil_society 23 and ngo-b 20 would give ngo-a back: one of them is withheld too.
    const civil = cell(sector, 'civil_society', 'presumed');
    const ngoB = cell(org, 'ngo-b', 'presumed');
    expect(civil.suppressed || ngoB.suppressed).toBe(true);
  });

  it('withholds a figure in every table it appears in once it is withheld in one', () => {
    const a = tableFromCounts({
      id: 'who_identifies.by_sector',
      measure: 'who_identifies',
      dimension: 'sector',
      columns: [{ id: 'presumed', kind: 'count' }],
      counts: new Map([
        ['civil_society', [12]],
        ['law_enforcement', [3]],
        ['public_services', [8]],
      ]),
    });
    const b = tableFromCounts({
      id: 'official_counts.by_sector',
      measure: 'official_counts',
      dimension: 'sector',
      columns: [
        { id: 'presumed', kind: 'count' },
        { id: 'identified', kind: 'count' },
      ],
      counts: new Map([
        ['civil_society', [12, 6]],
        ['law_enforcement', [3, 0]],
        ['public_services', [8, 7]],
      ]),
    });
    const [first, second] = protectTables([a, b], T);
    if (!first || !second) throw new Error('no tables');
    for (const key of ['civil_society', 'law_enforcement', 'public_services']) {
      expect(cell(first, key, 'presumed').suppressed).toBe(cell(second, key, 'presumed').suppressed);
    }
  });

  it('protects a cross table with all its margins', () => {
    const rows = ['a', 'b'].flatMap((form) =>
      ['f', 'm'].map((gender) => ({
        key: [form, gender],
        values: [form === 'a' && gender === 'm' ? 2 : 10],
      })),
    );
    const [table] = protectTables(
      [
        {
          id: 'bias.cube',
          measure: 'bias',
          dimensions: ['form', 'gender'],
          columns: [{ id: 'observed', kind: 'count' }],
          rows,
          total: null,
          structure: 'cube',
          sensitivity: 1,
        },
      ],
      T,
    );
    if (!table) throw new Error('no table');
    const withheld = table.rows.filter((r) => r.cells[0]?.suppressed).map((r) => r.key.join('|'));
    // The small cell, and enough others that neither row nor column total gives it back.
    expect(withheld).toContain('a|m');
    expect(withheld.length).toBe(4);
  });
});
