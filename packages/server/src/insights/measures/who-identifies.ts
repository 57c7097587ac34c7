import { isOrganisationKind, ORGANISATION_KINDS, ORGANISATION_SECTORS, sectorOf } from '@opennrm/core';
import { addTo, num } from '../measure-sql.js';
import { bucketLabel, type InsightsFilter, periodBuckets } from '../period.js';
import type { RollupView } from '../rollup.js';
import { type ColumnSpec, type RawTable, tableFromCounts } from '../tables.js';
import type { OrganisationInfo } from './official-counts.js';

/**
 * Measure 2 — who identifies: the persons referred in the period by the sector and kind
 * of the organisation that registered them, and the share referred from outside law
 * enforcement and immigration (NGOs, unions, labour inspectors, health, social
 * services…), which the OSCE Action Plan asks to grow.
 */

/** Sectors whose referrals are "from inside" law enforcement and immigration. */
export const ENFORCEMENT_SECTORS: readonly string[] = ['law_enforcement', 'immigration'];

export type WhoIdentifiesData = {
  readonly rows: readonly { bucket: string; org: string; n: number }[];
  readonly organisations: readonly OrganisationInfo[];
};

export function whoIdentifiesData(
  view: RollupView,
  organisations: readonly OrganisationInfo[],
): WhoIdentifiesData {
  return {
    rows: view.rows('cases', 'registered', 'registering_org').map((row) => ({
      bucket: row.bucket,
      org: row.value,
      n: row.n[0] ?? 0,
    })),
    organisations,
  };
}

/** `presumed`: persons registered in the period (the same figure as in the official counts). */
const SHARE_COLUMNS: readonly ColumnSpec[] = [
  { id: 'presumed', kind: 'count' },
  { id: 'outside_enforcement', kind: 'count', partOf: 'presumed' },
  { id: 'enforcement', kind: 'count', partOf: 'presumed' },
  { id: 'share_outside', kind: 'share', numerator: 'outside_enforcement', denominator: 'presumed' },
];

export function shapeWhoIdentifies(data: WhoIdentifiesData, filter: InsightsFilter): RawTable[] {
  const kindOf = new Map(data.organisations.map((org) => [org.id, org.kind]));
  const kind = (org: string): string => {
    const k = kindOf.get(org) ?? 'other';
    return isOrganisationKind(k) ? k : 'other';
  };
  const sector = (org: string): string => {
    const k = kind(org);
    return isOrganisationKind(k) ? sectorOf(k) : 'other';
  };
  const bySector = new Map<string, number[]>();
  const byKind = new Map<string, number[]>();
  const trend = new Map<string, number[]>();
  let total = 0;
  let outside = 0;
  for (const row of data.rows) {
    const n = num(row.n);
    const isOutside = !ENFORCEMENT_SECTORS.includes(sector(row.org));
    total += n;
    if (isOutside) outside += n;
    addTo(bySector, sector(row.org), 0, n, 1);
    addTo(byKind, kind(row.org), 0, n, 1);
    addTo(trend, row.bucket, 0, n, 4);
    addTo(trend, row.bucket, isOutside ? 1 : 2, n, 4);
  }
  const noData = total === 0;
  const buckets = periodBuckets(filter);
  return [
    tableFromCounts({
      id: 'who_identifies.share',
      measure: 'who_identifies',
      dimension: 'all',
      columns: SHARE_COLUMNS,
      counts: new Map([['all', [total, outside, total - outside, null]]]),
      total: null,
      sensitivity: 1,
      noData,
    }),
    tableFromCounts({
      id: 'who_identifies.by_sector',
      measure: 'who_identifies',
      dimension: 'sector',
      columns: [{ id: 'presumed', kind: 'count' }],
      counts: bySector,
      order: ORGANISATION_SECTORS,
      rollup: {
        of: 'who_identifies.by_organisation_kind',
        members: Object.fromEntries(
          ORGANISATION_SECTORS.map((s) => [s, ORGANISATION_KINDS.filter((k) => sectorOf(k) === s)]),
        ),
      },
      noData,
    }),
    tableFromCounts({
      id: 'who_identifies.by_organisation_kind',
      measure: 'who_identifies',
      dimension: 'organisation_kind',
      columns: [{ id: 'presumed', kind: 'count' }],
      counts: byKind,
      order: ORGANISATION_KINDS,
      noData,
    }),
    tableFromCounts({
      id: 'who_identifies.trend',
      measure: 'who_identifies',
      dimension: 'period',
      columns: SHARE_COLUMNS,
      counts: trend,
      order: buckets,
      total: [total, outside, total - outside, null],
      labels: Object.fromEntries(buckets.map((b) => [b, bucketLabel(b, filter.granularity)])),
      sensitivity: 1,
      noData,
    }),
  ];
}
