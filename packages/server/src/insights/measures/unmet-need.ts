import { GAP_REASONS, NEED_DOMAINS, SERVICE_KINDS } from '@opennrm/core';
import { sql } from 'kysely';
import { addTo, type MeasureContext, num, numOrNull, within } from '../measure-sql.js';
import type { RollupView } from '../rollup.js';
import { type RawTable, tableFromCounts } from '../tables.js';
import { dayRows } from './conditionality.js';
import { groupAlias, groupHistograms, histogramCount, histogramMedian, PERSON_GROUPS } from './groups.js';

/**
 * Measure 7 — unmet need and capacity. Persons first met in the period: needs assessed
 * medium or high (latest needs assessment) against services delivered (a service
 * referral for that need started or ended), by need domain and by group; the capacity
 * gaps the directory recorded (no service fitted, or declined for lack of capacity);
 * waiting times (days from the first service referral sent to its start) and the
 * directory's declared capacity.
 */

/** Groups a capacity gap record can be counted in (it holds these plain attributes only). */
export const GAP_GROUPS = [
  'all',
  'children',
  'women',
  'men',
  'disability',
  'without_status',
  'lgbti',
] as const;

export type UnmetNeedData = {
  readonly domains: Readonly<Record<string, unknown>>;
  readonly groups: Readonly<Record<string, unknown>>;
  readonly waits: readonly Readonly<Record<string, unknown>>[];
  readonly gaps: readonly { need_domain: string; reason: string; n: number }[];
  readonly gapGroups: Readonly<Record<string, unknown>>;
  readonly services: readonly Record<string, unknown>[];
  readonly recorded: { readonly needs: boolean; readonly gaps: boolean; readonly services: boolean };
};

export async function queryUnmetNeed(ctx: MeasureContext, view: RollupView): Promise<UnmetNeedData> {
  const needs = view.byValue('contact', 'contact', 'needs').get('') ?? [];
  const domains: Record<string, number> = {};
  NEED_DOMAINS.forEach((domain, k) => {
    domains[`need_${domain}`] = needs[k] ?? 0;
    domains[`served_${domain}`] = needs[NEED_DOMAINS.length + k] ?? 0;
  });
  const byGroup = view.byValue('contact', 'contact', 'needs_groups').get('') ?? [];
  const groups: Record<string, number> = {};
  PERSON_GROUPS.forEach((group, i) => {
    groups[`${groupAlias(group)}_needs`] = byGroup[i] ?? 0;
    groups[`${groupAlias(group)}_unmet`] = byGroup[PERSON_GROUPS.length + i] ?? 0;
  });
  const waits = dayRows(view, 'wait_days');

  const gapWhere = sql`${within(ctx, 'g.recorded_at')} and ${
    ctx.filter.region === null ? sql`true` : sql`g.region = ${ctx.filter.region}`
  }`;
  const gaps = await sql<{ need_domain: string; reason: string; n: number }>`
    select g.need_domain, g.reason, count(*)::int as n from capacity_gaps g
    where ${gapWhere} group by 1, 2`.execute(ctx.db);
  const gapGroups = await sql<Record<string, unknown>>`
    select count(*)::int as all,
      (count(*) filter (where g.is_child))::int as children,
      (count(*) filter (where g.gender = 'female'))::int as women,
      (count(*) filter (where g.gender = 'male'))::int as men,
      (count(*) filter (where cardinality(g.disabilities) > 0))::int as disability,
      (count(*) filter (where g.without_status))::int as without_status,
      (count(*) filter (where g.lgbti))::int as lgbti
    from capacity_gaps g where ${gapWhere}`.execute(ctx.db);
  const services = await sql<Record<string, unknown>>`
    select s.kind, count(*)::int as services,
      coalesce(sum(s.capacity_total), 0)::int as places,
      coalesce(sum(s.capacity_free), 0)::int as free_places,
      round(avg(s.waiting_days)::numeric, 1)::float8 as mean_waiting_days
    from services s
    where s.active and ${
      ctx.filter.region === null
        ? sql`true`
        : sql`(${ctx.filter.region} = any(s.regions) or cardinality(s.regions) = 0)`
    }
    group by 1`.execute(ctx.db);
  const any = await sql<{ needs: boolean; gaps: boolean; services: boolean }>`
    select exists (select 1 from assessed_needs) as needs,
      exists (select 1 from capacity_gaps) as gaps,
      exists (select 1 from services) as services`.execute(ctx.db);
  const recorded = any.rows[0] ?? { needs: false, gaps: false, services: false };
  return {
    domains,
    groups,
    waits,
    gaps: gaps.rows,
    gapGroups: gapGroups.rows[0] ?? {},
    services: services.rows,
    recorded: {
      needs: recorded.needs === true,
      gaps: recorded.gaps === true,
      services: recorded.services === true,
    },
  };
}

export function shapeUnmetNeed(data: UnmetNeedData): RawTable[] {
  const measure = 'unmet_need' as const;
  const needColumns = [
    { id: 'persons_in_need', kind: 'count' as const },
    { id: 'served', kind: 'count' as const, partOf: 'persons_in_need' },
    { id: 'unmet', kind: 'count' as const, partOf: 'persons_in_need' },
    { id: 'share_unmet', kind: 'share' as const, numerator: 'unmet', denominator: 'persons_in_need' },
  ];
  const byDomain = new Map<string, (number | null)[]>();
  for (const domain of NEED_DOMAINS) {
    const need = num(data.domains[`need_${domain}`]);
    const served = num(data.domains[`served_${domain}`]);
    byDomain.set(domain, [need, served, need - served, null]);
  }

  const waits = groupHistograms(data.waits);
  const byGroup = new Map<string, (number | null)[]>();
  for (const group of PERSON_GROUPS) {
    const withNeeds = num(data.groups[`${groupAlias(group)}_needs`]);
    const withUnmet = num(data.groups[`${groupAlias(group)}_unmet`]);
    const histogram = waits.get(group);
    byGroup.set(group, [
      withNeeds,
      withUnmet,
      withNeeds - withUnmet,
      null,
      histogramCount(histogram),
      histogram ? histogramMedian(histogram) : null,
    ]);
  }

  const gaps = new Map<string, number[]>();
  for (const row of data.gaps) {
    const reason = GAP_REASONS.indexOf(row.reason as (typeof GAP_REASONS)[number]);
    addTo(gaps, row.need_domain, 0, num(row.n), 3);
    addTo(gaps, row.need_domain, 1 + Math.max(reason, 0), num(row.n), 3);
  }
  const gapGroups = new Map<string, number[]>(GAP_GROUPS.map((g) => [g, [num(data.gapGroups[g])]]));

  const services = new Map<string, (number | null)[]>();
  for (const row of data.services) {
    services.set(String(row.kind), [
      num(row.services),
      num(row.places),
      num(row.free_places),
      numOrNull(row.mean_waiting_days),
    ]);
  }
  const noNeeds = !data.recorded.needs;

  return [
    tableFromCounts({
      id: `${measure}.by_domain`,
      measure,
      dimension: 'need_domain',
      columns: needColumns,
      counts: byDomain,
      order: NEED_DOMAINS,
      total: null,
      structure: 'overlapping',
      sensitivity: NEED_DOMAINS.length,
      noData: noNeeds,
    }),
    tableFromCounts({
      id: `${measure}.by_group`,
      measure,
      dimension: 'group',
      columns: [
        { id: 'persons_with_needs', kind: 'count' },
        { id: 'with_unmet_need', kind: 'count', partOf: 'persons_with_needs' },
        { id: 'all_needs_met', kind: 'count', partOf: 'persons_with_needs' },
        {
          id: 'share_with_unmet_need',
          kind: 'share',
          numerator: 'with_unmet_need',
          denominator: 'persons_with_needs',
        },
        { id: 'persons_with_service', kind: 'count' },
        { id: 'median_wait_days', kind: 'days', basis: 'persons_with_service' },
      ],
      counts: byGroup,
      order: PERSON_GROUPS,
      total: null,
      structure: 'overlapping',
      sensitivity: 2 * PERSON_GROUPS.length,
      noData: noNeeds,
    }),
    tableFromCounts({
      id: `${measure}.capacity_gaps`,
      measure,
      dimension: 'need_domain',
      columns: [
        { id: 'gaps', kind: 'count' },
        { id: 'gaps_no_fit', kind: 'count', partOf: 'gaps' },
        { id: 'gaps_declined_capacity', kind: 'count', partOf: 'gaps' },
      ],
      counts: gaps,
      order: NEED_DOMAINS,
      // A person may meet several gaps; a gap record is about one person.
      sensitivity: 3,
      noData: !data.recorded.gaps,
    }),
    tableFromCounts({
      id: `${measure}.capacity_gaps_by_group`,
      measure,
      dimension: 'group',
      columns: [{ id: 'gaps', kind: 'count' }],
      counts: gapGroups,
      order: GAP_GROUPS,
      total: null,
      structure: 'overlapping',
      sensitivity: 3 * GAP_GROUPS.length,
      noData: !data.recorded.gaps,
    }),
    tableFromCounts({
      id: `${measure}.services`,
      measure,
      dimension: 'service_kind',
      columns: [
        { id: 'services', kind: 'capacity' },
        { id: 'places', kind: 'capacity' },
        { id: 'free_places', kind: 'capacity' },
        { id: 'mean_waiting_days', kind: 'capacity' },
      ],
      counts: services,
      order: SERVICE_KINDS,
      total: null,
      sensitivity: 1,
      noData: !data.recorded.services,
    }),
  ];
}
