import { WITHHOLDING_GROUNDS } from '@opennrm/core';
import { addTo, type GroupedRow, num, rowsOf } from '../measure-sql.js';
import type { RollupView } from '../rollup.js';
import { type ColumnSpec, type RawTable, tableFromCounts } from '../tables.js';
import { histogramMedian } from './groups.js';

/**
 * Measure 5 — timeliness: the first reasonable-grounds and conclusive decisions of the
 * period against their target (the due date stored with each decision, computed from
 * the case's country profile: working days for reasonable grounds, days after the
 * recovery period for conclusive grounds), and recovery periods granted, extended and
 * withheld — with the ground (CoE art. 13(3): public order or status improperly claimed).
 */

export type TimelinessData = {
  readonly decisions: readonly GroupedRow[];
  readonly histogram: readonly { d: number; rg: number; cg: number }[];
  readonly periods: Readonly<Record<string, unknown>>;
  readonly grounds: readonly { ground: string; n: number }[];
};

const STAGES = ['rg', 'cg'] as const;
export function timelinessData(view: RollupView): TimelinessData {
  const decisions: GroupedRow[] = [];
  const stages = ['rg', 'cg'] as const;
  const row = (
    dim: string,
    value: string | null,
    per: Record<(typeof stages)[number], readonly number[]>,
  ): GroupedRow => ({
    dim,
    value,
    ...Object.fromEntries(
      stages.flatMap((stage) => [
        [`${stage}_first_decisions`, per[stage][0] ?? 0],
        [`${stage}_with_target`, per[stage][1] ?? 0],
        [`${stage}_on_time`, per[stage][2] ?? 0],
      ]),
    ),
  });
  decisions.push(
    row('', null, { rg: view.total('rg_first', 'rg_first'), cg: view.total('cg_first', 'cg_first') }),
  );
  const rgRegions = view.byRegion('rg_first', 'rg_first');
  const cgRegions = view.byRegion('cg_first', 'cg_first');
  for (const region of new Set([...rgRegions.keys(), ...cgRegions.keys()])) {
    decisions.push(
      row('region', region, { rg: rgRegions.get(region) ?? [], cg: cgRegions.get(region) ?? [] }),
    );
  }
  const rgDays = view.byValue('rg_first', 'rg_first', 'days');
  const cgDays = view.byValue('cg_first', 'cg_first', 'days');
  const histogram = [...new Set([...rgDays.keys(), ...cgDays.keys()])].map((d) => ({
    d: Number(d),
    rg: rgDays.get(d)?.[0] ?? 0,
    cg: cgDays.get(d)?.[0] ?? 0,
  }));
  const periods = view.total('rp', 'rp');
  return {
    decisions,
    histogram,
    periods: { periods: periods[0] ?? 0, withheld: periods[1] ?? 0, extended: periods[2] ?? 0 },
    grounds: [...view.byValue('rp', 'rp', 'ground')].map(([ground, n]) => ({ ground, n: n[0] ?? 0 })),
  };
}

function stageColumns(stage: (typeof STAGES)[number]): ColumnSpec[] {
  return [
    { id: `${stage}_first_decisions`, kind: 'count' },
    { id: `${stage}_with_target`, kind: 'count', partOf: `${stage}_first_decisions` },
    { id: `${stage}_no_target`, kind: 'count', partOf: `${stage}_first_decisions` },
    { id: `${stage}_on_time`, kind: 'count', partOf: `${stage}_with_target` },
    { id: `${stage}_late`, kind: 'count', partOf: `${stage}_with_target` },
    {
      id: `${stage}_share_on_time`,
      kind: 'share',
      numerator: `${stage}_on_time`,
      denominator: `${stage}_with_target`,
    },
    { id: `${stage}_median_days`, kind: 'days', basis: `${stage}_first_decisions` },
  ];
}

function stageValues(
  row: GroupedRow | undefined,
  stage: (typeof STAGES)[number],
  median: number | null,
): (number | null)[] {
  const decisions = num(row?.[`${stage}_first_decisions`]);
  const withTarget = num(row?.[`${stage}_with_target`]);
  const onTime = num(row?.[`${stage}_on_time`]);
  return [decisions, withTarget, decisions - withTarget, onTime, withTarget - onTime, null, median];
}

export function shapeTimeliness(data: TimelinessData): RawTable[] {
  const measure = 'timeliness' as const;
  const grand = data.decisions.find((row) => row.dim === '');
  const rgHistogram = new Map(data.histogram.map((h) => [num(h.d), num(h.rg)]));
  const cgHistogram = new Map(data.histogram.map((h) => [num(h.d), num(h.cg)]));
  const medians = { rg: histogramMedian(rgHistogram), cg: histogramMedian(cgHistogram) };
  const noData = num(grand?.rg_first_decisions) + num(grand?.cg_first_decisions) === 0;

  const byRegion = (stage: (typeof STAGES)[number]): RawTable => {
    const counts = new Map<string, (number | null)[]>();
    for (const [region, row] of rowsOf(data.decisions, 'region'))
      counts.set(region, stageValues(row, stage, null));
    return tableFromCounts({
      id: `${measure}.${stage}_by_region`,
      measure,
      dimension: 'region',
      columns: stageColumns(stage),
      counts,
      total: stageValues(grand, stage, null),
      noData,
    });
  };

  const periods = num(data.periods.periods);
  const withheld = num(data.periods.withheld);
  const extended = num(data.periods.extended);
  const grounds = new Map<string, number[]>();
  for (const row of data.grounds) addTo(grounds, row.ground, 0, num(row.n), 1);

  return [
    tableFromCounts({
      id: `${measure}.decisions`,
      measure,
      dimension: 'all',
      columns: [...stageColumns('rg'), ...stageColumns('cg')],
      counts: new Map([
        ['all', [...stageValues(grand, 'rg', medians.rg), ...stageValues(grand, 'cg', medians.cg)]],
      ]),
      total: null,
      sensitivity: 2,
      noData,
    }),
    byRegion('rg'),
    byRegion('cg'),
    tableFromCounts({
      id: `${measure}.recovery_periods`,
      measure,
      dimension: 'all',
      columns: [
        { id: 'periods', kind: 'count' },
        { id: 'granted', kind: 'count', partOf: 'periods' },
        { id: 'withheld', kind: 'count', partOf: 'periods' },
        { id: 'extended', kind: 'count', partOf: 'granted' },
        { id: 'not_extended', kind: 'count', partOf: 'granted' },
      ],
      counts: new Map([
        ['all', [periods, periods - withheld, withheld, extended, periods - withheld - extended]],
      ]),
      total: null,
      sensitivity: 1,
      noData: periods === 0,
    }),
    tableFromCounts({
      id: `${measure}.withholding_grounds`,
      measure,
      dimension: 'withholding_ground',
      columns: [{ id: 'withheld', kind: 'count' }],
      counts: grounds,
      order: WITHHOLDING_GROUNDS,
      total: [withheld],
      noData: periods === 0,
    }),
  ];
}
