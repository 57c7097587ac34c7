import { COOPERATION_STATUSES } from '@opennrm/core';
import { num } from '../measure-sql.js';
import type { RollupView } from '../rollup.js';
import { type RawTable, tableFromCounts } from '../tables.js';
import { groupAlias, groupHistograms, histogramCount, histogramMedian, PERSON_GROUPS } from './groups.js';

/**
 * Measure 4 — conditionality (CoE art. 12(6), EU art. 11(3): assistance is not
 * conditional on cooperating with criminal justice). Persons first met in the period:
 * how many of those assisted do not cooperate (the latest cooperation record, read here
 * for aggregate statistics only); services declined or ended within 14 days after a
 * change of cooperation status (there should be none); days from first contact to first
 * assistance (first needs assessment, or first service accepted or started), by group.
 */

/** Latest statuses that mean the person does not (or no longer) cooperate. */
export const NOT_COOPERATING = ['declines_contact', 'reported_no_further_contact', 'withdrew'] as const;
export const NOT_RECORDED = 'not_recorded';

export type ConditionalityData = {
  readonly histogram: readonly Readonly<Record<string, unknown>>[];
  readonly persons: Readonly<Record<string, unknown>>;
  readonly statuses: readonly { status: string; n: number }[];
};

/** Rows of day → counts per group from a rollup dimension (`assist_days`, `wait_days`). */
export function dayRows(view: RollupView, dim: string): Record<string, unknown>[] {
  return [...view.byValue('contact', 'contact', dim)].map(([day, n]) => ({
    d: Number(day),
    ...Object.fromEntries(PERSON_GROUPS.map((group, i) => [groupAlias(group), n[i] ?? 0])),
  }));
}

export function conditionalityData(view: RollupView): ConditionalityData {
  const total = view.total('contact', 'contact');
  const persons: Record<string, number> = Object.fromEntries(
    PERSON_GROUPS.map((group, i) => [`${groupAlias(group)}_persons`, total[i] ?? 0]),
  );
  const g = PERSON_GROUPS.length;
  persons.assisted = total[g] ?? 0;
  persons.not_cooperating = total[g + 1] ?? 0;
  persons.stops = total[g + 2] ?? 0;
  persons.stopped_persons = total[g + 3] ?? 0;
  return {
    histogram: dayRows(view, 'assist_days'),
    persons,
    statuses: [...view.byValue('contact', 'contact', 'cooperation_status')].map(([status, n]) => ({
      status,
      n: n[0] ?? 0,
    })),
  };
}

export function shapeConditionality(data: ConditionalityData): RawTable[] {
  const measure = 'conditionality' as const;
  const assisted = num(data.persons.assisted);
  const notCooperating = num(data.persons.not_cooperating);
  const personsAll = num(data.persons[`${groupAlias('all')}_persons`]);
  const noData = personsAll === 0;
  const histograms = groupHistograms(data.histogram);

  const byGroup = new Map<string, (number | null)[]>();
  for (const group of PERSON_GROUPS) {
    const persons = num(data.persons[`${groupAlias(group)}_persons`]);
    const histogram = histograms.get(group);
    const helped = histogramCount(histogram);
    byGroup.set(group, [
      persons,
      helped,
      persons - helped,
      null,
      histogram ? histogramMedian(histogram) : null,
    ]);
  }
  const statusCounts = new Map<string, number[]>();
  for (const row of data.statuses) statusCounts.set(row.status, [num(row.n)]);

  return [
    tableFromCounts({
      id: `${measure}.cooperation`,
      measure,
      dimension: 'all',
      columns: [
        { id: 'assisted', kind: 'count' },
        { id: 'not_cooperating', kind: 'count', partOf: 'assisted' },
        { id: 'cooperating_or_undecided', kind: 'count', partOf: 'assisted' },
        { id: 'share_not_cooperating', kind: 'share', numerator: 'not_cooperating', denominator: 'assisted' },
      ],
      counts: new Map([['all', [assisted, notCooperating, assisted - notCooperating, null]]]),
      total: null,
      sensitivity: 1,
      noData,
    }),
    tableFromCounts({
      id: `${measure}.cooperation_status`,
      measure,
      dimension: 'cooperation_status',
      columns: [{ id: 'assisted', kind: 'count' }],
      counts: statusCounts,
      order: [...COOPERATION_STATUSES, NOT_RECORDED],
      total: [assisted],
      noData,
    }),
    tableFromCounts({
      id: `${measure}.stops_after_cooperation_change`,
      measure,
      dimension: 'all',
      columns: [
        { id: 'services_stopped', kind: 'count' },
        { id: 'persons_affected', kind: 'count' },
      ],
      counts: new Map([['all', [num(data.persons.stops), num(data.persons.stopped_persons)]]]),
      total: null,
      // A person may have several services stopped: bounded by the services they had.
      sensitivity: 10,
      noData,
    }),
    tableFromCounts({
      id: `${measure}.time_to_assistance`,
      measure,
      dimension: 'group',
      columns: [
        { id: 'persons', kind: 'count' },
        { id: 'assisted', kind: 'count', partOf: 'persons' },
        { id: 'not_yet_assisted', kind: 'count', partOf: 'persons' },
        { id: 'share_assisted', kind: 'share', numerator: 'assisted', denominator: 'persons' },
        { id: 'median_days', kind: 'days', basis: 'assisted' },
      ],
      counts: byGroup,
      order: PERSON_GROUPS,
      total: null,
      structure: 'overlapping',
      sensitivity: PERSON_GROUPS.length,
      noData,
    }),
  ];
}
