import { describe, expect, it } from 'vitest';
import { gapSentence } from './dashboard.js';
import { findGaps, gapSummary } from './gaps.js';
import { words } from './messages/index.js';
import type { StatCell, StatTable } from './tables.js';

const c = (value: number | null, suppressed = false): StatCell => ({
  value: suppressed ? null : value,
  suppressed,
});

function table(
  id: string,
  columns: string[],
  rows: [string[], StatCell[], StatTable['rows'][number]['flag']?][],
): StatTable {
  return {
    id,
    measure: id.split('.')[0] as StatTable['measure'],
    dimensions: rows[0]?.[0].map((_, i) => `d${i}`) ?? [],
    columns: columns.map((col) => ({ id: col, kind: col.startsWith('share') ? 'share' : 'count' })),
    rows: rows.map(([key, cells, flag]) => ({ key, cells, flag: flag ?? null })),
    total: null,
    labels: {},
    noData: false,
    test: null,
  };
}

const TABLES: StatTable[] = [
  table(
    'unmet_need.by_domain',
    ['persons_in_need', 'served', 'unmet', 'share_unmet'],
    [
      [['accommodation'], [c(100), c(40), c(60), c(0.6)]],
      [['mental_health'], [c(50), c(48), c(2, true), c(null, true)]],
      [['education'], [c(30), c(20), c(10), c(0.3333)]],
    ],
  ),
  table(
    'timeliness.decisions',
    ['rg_with_target', 'rg_late', 'cg_with_target', 'cg_late'],
    [[['all'], [c(200), c(80), c(0), c(0)]]],
  ),
  table(
    'remedies.durable_solutions',
    ['solutions'],
    [
      [['return'], [c(30)]],
      [['integration'], [c(10)]],
      [['relocation'], [c(0)]],
    ],
  ),
  table(
    'bias.form_gender_age',
    ['observed', 'expected', 'residual'],
    [
      [['sexual_prostitution', 'male', 'adult'], [c(3, true), c(41.5), c(null, true)], 'under_identified'],
      [['forced_labour', 'female', 'adult'], [c(12), c(30.2), c(-3.4)], 'under_identified'],
    ],
  ),
  table(
    'children.guardians',
    ['children', 'no_guardian_yet', 'share_guardian_appointed'],
    [[['all'], [c(40), c(9), c(0.775)]]],
  ),
  table('conditionality.stops_after_cooperation_change', ['services_stopped'], [[['all'], [c(6)]]]),
];

describe('the gap summary', () => {
  it('finds the gaps the published figures show, and none behind a withheld cell', () => {
    const gaps = findGaps(TABLES, 5);
    expect(gaps.some((g) => g.kind === 'unmet_need' && g.subject[0] === 'mental_health')).toBe(false);
    expect(gaps.find((g) => g.kind === 'returns_dominate')).toMatchObject({
      count: 30,
      base: 40,
      share: 0.75,
    });
    // A withheld observed count is below 5: at least 41.5 − 4 fewer than expected.
    expect(gaps.find((g) => g.subject[1] === 'male')).toMatchObject({
      count: 38,
      observed: null,
      expected: 41.5,
    });
  });

  it('names the five largest, largest first', () => {
    const summary = gapSummary(TABLES, 5);
    expect(summary).toHaveLength(5);
    expect(summary.map((g) => g.count)).toEqual([80, 60, 38, 30, 18]);
    expect(summary[0]?.kind).toBe('late_reasonable_grounds');
  });

  it('puts a gap in a sentence with its numbers, in the reader’s language', () => {
    const [late, unmet] = gapSummary(TABLES, 5);
    if (!late || !unmet) throw new Error('no gaps');
    expect(gapSentence(late, words('en'), 5)).toBe(
      '80 reasonable-grounds decisions came after their target (40% of 200 with a target).',
    );
    expect(gapSentence(unmet, words('en'), 5)).toContain('Accommodation');
    expect(gapSentence(unmet, words('uk'), 5)).toContain('Житло');
    const men = gapSummary(TABLES, 5).find((g) => g.kind === 'under_identified');
    if (!men) throw new Error('no bias gap');
    expect(gapSentence(men, words('en'), 5)).toContain('fewer than 5 identified');
  });
});
