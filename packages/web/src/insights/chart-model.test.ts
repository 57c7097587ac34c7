import { describe, expect, it } from 'vitest';
import { crossGrids, flaggedCells } from './bias-model';
import { chartModel, chartReading } from './chart-model';
import type { StatCell, StatTable } from './types';

const n = (value: number): StatCell => ({ value, suppressed: false });
const hidden: StatCell = { value: null, suppressed: true };

function table(partial: Partial<StatTable> & Pick<StatTable, 'dimensions' | 'columns' | 'rows'>): StatTable {
  return {
    id: 'official_counts.by_gender',
    measure: 'official_counts',
    total: null,
    labels: {},
    noData: false,
    test: null,
    ...partial,
  };
}

describe('chart of a statistics table', () => {
  const byGender = table({
    dimensions: ['gender'],
    columns: [
      { id: 'presumed', kind: 'count' },
      { id: 'identified', kind: 'count' },
      { id: 'share', kind: 'share' },
    ],
    rows: [
      { key: ['female'], cells: [n(40), n(20), n(0.5)], flag: null },
      { key: ['male'], cells: [n(12), hidden, hidden], flag: null },
      { key: ['unknown'], cells: [hidden, hidden, hidden], flag: null },
    ],
    total: [n(54), n(23), n(0.43)],
  });

  it('draws bars of the count columns and never turns a suppressed cell into 0', () => {
    const model = chartModel(byGender);
    expect(model.kind).toBe('bars');
    expect(model.series.map((s) => s.source)).toEqual([{ column: 'presumed' }, { column: 'identified' }]);
    expect(model.points[1]?.values).toEqual([12, null]);
    expect(model.points[2]?.values).toEqual([null, null]);
    expect(model.suppressedCount).toBe(3);
  });

  it('reads the largest figure and its share of the table total', () => {
    expect(chartReading(chartModel(byGender))).toEqual({
      kind: 'largest',
      category: 'female',
      series: 0,
      value: 40,
      share: 40 / 54,
      categories: 3,
    });
  });

  it('gives no share when the table has no total', () => {
    const reading = chartReading(chartModel({ ...byGender, total: null }));
    expect(reading).toMatchObject({ kind: 'largest', share: null });
  });

  it('draws a table over time as lines and reads its trend', () => {
    const trend = table({
      dimensions: ['period'],
      columns: [{ id: 'presumed', kind: 'count' }],
      rows: [
        { key: ['2026-01-01'], cells: [n(5)], flag: null },
        { key: ['2026-04-01'], cells: [n(9)], flag: null },
        { key: ['2026-07-01'], cells: [hidden], flag: null },
        { key: ['2026-10-01'], cells: [n(7)], flag: null },
      ],
    });
    const model = chartModel(trend);
    expect(model.kind).toBe('lines');
    expect(chartReading(model)).toEqual({
      kind: 'trend',
      series: 0,
      firstCategory: '2026-01-01',
      firstValue: 5,
      lastCategory: '2026-10-01',
      lastValue: 7,
      peakCategory: '2026-04-01',
      peakValue: 9,
    });
  });

  it('charts the days of a table about time', () => {
    const timeliness = table({
      dimensions: ['region'],
      columns: [
        { id: 'decisions', kind: 'count' },
        { id: 'median_days', kind: 'days' },
      ],
      rows: [{ key: ['north'], cells: [n(30), n(41.5)], flag: null }],
    });
    const model = chartModel(timeliness);
    expect(model.valueKind).toBe('days');
    expect(model.points[0]?.values).toEqual([41.5]);
  });

  it('says so when every number is suppressed, or when there is nothing', () => {
    const allHidden = table({
      dimensions: ['gender'],
      columns: [{ id: 'presumed', kind: 'count' }],
      rows: [{ key: ['male'], cells: [hidden], flag: null }],
    });
    expect(chartReading(chartModel(allHidden))).toEqual({ kind: 'all_suppressed' });
    expect(chartModel({ ...allHidden, noData: true }).kind).toBe('none');
    const zeros = table({
      dimensions: ['gender'],
      columns: [{ id: 'presumed', kind: 'count' }],
      rows: [{ key: ['male'], cells: [n(0)], flag: null }],
    });
    expect(chartReading(chartModel(zeros))).toEqual({ kind: 'all_zero' });
  });

  it('charts the ten largest of an open list, largest first, and says how many the table has', () => {
    const countries = ['AL', 'BG', 'CN', 'EG', 'IN', 'MD', 'NG', 'PL', 'RO', 'UA', 'VN', 'SY'];
    const byNationality = table({
      dimensions: ['nationality'],
      columns: [{ id: 'presumed', kind: 'count' }],
      rows: countries.map((code, i) => ({ key: [code], cells: [i === 3 ? hidden : n(10 + i)], flag: null })),
    });
    const model = chartModel(byNationality);
    expect(model.truncatedFrom).toBe(12);
    expect(model.points.map((p) => p.code)).toEqual([
      'SY',
      'VN',
      'UA',
      'RO',
      'PL',
      'NG',
      'MD',
      'IN',
      'CN',
      'BG',
    ]);
    // A vocabulary keeps its own order and every value.
    expect(chartModel({ ...byNationality, dimensions: ['form'] }).truncatedFrom).toBeNull();
  });

  it('draws a two-way table with the smaller dimension as the series', () => {
    const cross = table({
      dimensions: ['form', 'gender'],
      columns: [{ id: 'observed', kind: 'count' }],
      rows: [
        { key: ['forced_labour', 'female'], cells: [n(3)], flag: null },
        { key: ['forced_labour', 'male'], cells: [n(30)], flag: null },
        { key: ['sexual_prostitution', 'female'], cells: [n(25)], flag: null },
        { key: ['sexual_prostitution', 'male'], cells: [n(0)], flag: 'under_identified' },
        { key: ['organ_removal', 'female'], cells: [n(0)], flag: null },
        { key: ['organ_removal', 'male'], cells: [hidden], flag: null },
      ],
    });
    const model = chartModel(cross);
    expect(model.dimension).toBe('form');
    expect(model.series.map((s) => s.source)).toEqual([
      { dimension: 'gender', value: 'female' },
      { dimension: 'gender', value: 'male' },
    ]);
    expect(model.points.map((p) => p.values)).toEqual([
      [3, 30],
      [25, 0],
      [0, null],
    ]);
  });
});

describe('bias grids', () => {
  const bias = table({
    id: 'bias.form_gender_age',
    measure: 'bias',
    dimensions: ['form', 'gender', 'age_group'],
    columns: [
      { id: 'observed', kind: 'count' },
      { id: 'expected', kind: 'expected' },
      { id: 'residual', kind: 'residual' },
    ],
    rows: [
      {
        key: ['sexual_prostitution', 'male', 'adult'],
        cells: [n(0), n(9.5), n(-3.1)],
        flag: 'under_identified',
      },
      {
        key: ['sexual_prostitution', 'female', 'adult'],
        cells: [n(30), n(20.5), n(2.1)],
        flag: 'over_identified',
      },
      {
        key: ['forced_labour', 'female', 'adult'],
        cells: [hidden, hidden, hidden],
        flag: 'under_identified',
      },
      { key: ['forced_labour', 'male', 'adult'], cells: [n(25), n(14), n(2.9)], flag: null },
      { key: ['sexual_prostitution', 'male', 'child'], cells: [n(0), n(0.2), n(-0.4)], flag: null },
      { key: ['sexual_prostitution', 'female', 'child'], cells: [n(0), n(0.1), n(-0.3)], flag: null },
      { key: ['forced_labour', 'female', 'child'], cells: [n(0), n(0.1), n(-0.3)], flag: null },
      { key: ['forced_labour', 'male', 'child'], cells: [n(0), n(0.1), n(-0.3)], flag: null },
    ],
  });

  it('pivots one grid per age group, forms down and genders across', () => {
    const grids = crossGrids(bias);
    expect(grids.map((g) => [g.group, g.empty])).toEqual([
      ['adult', false],
      ['child', true],
    ]);
    const adults = grids[0];
    expect(adults?.rows).toEqual(['sexual_prostitution', 'forced_labour']);
    expect(adults?.columns).toEqual(['male', 'female']);
    expect(adults?.cell('sexual_prostitution', 'male')).toEqual({
      observed: n(0),
      expected: 9.5,
      flag: 'under_identified',
    });
  });

  it('lists under-identified cells first, the largest shortfall first', () => {
    expect(flaggedCells(bias).map((cell) => [cell.key.join('/'), cell.flag])).toEqual([
      ['sexual_prostitution/male/adult', 'under_identified'],
      ['forced_labour/female/adult', 'under_identified'],
      ['sexual_prostitution/female/adult', 'over_identified'],
    ]);
  });
});
