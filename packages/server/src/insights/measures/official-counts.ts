import {
  CITIZENSHIP_GROUPS,
  type CitizenshipGroup,
  citizenshipGroup,
  EXPLOITATION_FORMS,
  EXPLOITATION_LOCATIONS,
  HTCDS_GENDERS,
  isOrganisationKind,
  ORGANISATION_SECTORS,
  sectorOf,
} from '@opennrm/core';
import { addTo, type GroupedRow, groupedFrom, num, rowsOf } from '../measure-sql.js';
import { bucketLabel, type InsightsFilter, periodBuckets } from '../period.js';
import type { RollupView } from '../rollup.js';
import { type ColumnSpec, type RawTable, tableFromCounts } from '../tables.js';

/**
 * Measure 1 — official counts (Eurostat, GRETA and UK-style tables). A person counts as
 * presumed victim in the period of their registration (first referral, else first
 * contact) once referred into the NRM; as formally identified in the period of a
 * positive conclusive decision (the latest, after any reconsideration). Anonymous
 * notifications are counted apart: they hold no person.
 */

export const AGE_GROUPS = ['child', 'adult', 'unknown'] as const;
/** Case stages before a referral: not (yet) a presumed victim. */
export const NOT_REFERRED_STAGES = ['screening', 'anonymous_notification'] as const;

export type OrganisationInfo = { readonly id: string; readonly name: string; readonly kind: string };

export type OfficialCountsData = {
  /** Grouping-sets rows: presumed, identified, rg, rg_positive, cg, cg_positive per dimension value. */
  readonly cases: readonly GroupedRow[];
  readonly forms: readonly { form: string; presumed: number; identified: number }[];
  readonly trend: readonly { bucket: string; presumed: number; identified: number }[];
  /** Grouping-sets rows of anonymous notifications: n per dimension value. */
  readonly anonymous: readonly GroupedRow[];
  readonly anonymousForms: readonly { form: string; n: number }[];
  readonly organisations: readonly OrganisationInfo[];
  readonly hostCountry: string;
};

/** Merges rows of several kinds of one source into grouped rows with named counters. */
function mergeKinds(
  view: RollupView,
  source: string,
  parts: readonly { kind: string; fields: Readonly<Record<string, number>> }[],
  dims: readonly string[],
): GroupedRow[] {
  const merged = new Map<string, Record<string, number | string | null>>();
  for (const part of parts) {
    const perDim = [
      ...dims.map((dim) => ({ dim, values: view.byValue(source, part.kind, dim) })),
      { dim: 'region', values: view.byRegion(source, part.kind) },
    ];
    for (const row of groupedFrom(perDim, part.fields)) {
      const key = `${row.dim}\u0000${row.value ?? ''}`;
      const into = merged.get(key) ?? { dim: row.dim, value: row.value };
      for (const name of Object.keys(part.fields))
        into[name] = Number(into[name] ?? 0) + Number(row[name] ?? 0);
      merged.set(key, into);
    }
  }
  return [...merged.values()] as GroupedRow[];
}

/** The grouped rows of the cases (presumed, identified, decisions) by the official dimensions. */
export function caseRows(view: RollupView): GroupedRow[] {
  return mergeKinds(
    view,
    'cases',
    [
      { kind: 'registered', fields: { presumed: 0 } },
      { kind: 'cg', fields: { cg: 0, cg_positive: 1, identified: 1 } },
      { kind: 'rg', fields: { rg: 0, rg_positive: 1 } },
    ],
    ['', 'gender', 'age_group', 'citizenship', 'nationality', 'place', 'registering_org'],
  );
}

export function officialCountsData(
  view: RollupView,
  organisations: readonly OrganisationInfo[],
  hostCountry: string,
): OfficialCountsData {
  const presumedForms = view.byValue('forms', 'registered', 'form');
  const identifiedForms = view.byValue('forms', 'cg', 'form');
  const forms = [...new Set([...presumedForms.keys(), ...identifiedForms.keys()])].map((form) => ({
    form,
    presumed: presumedForms.get(form)?.[0] ?? 0,
    identified: identifiedForms.get(form)?.[0] ?? 0,
  }));
  const presumedTrend = view.byBucket('cases', 'registered', '', '');
  const identifiedTrend = view.byBucket('cases', 'cg', '', '');
  const trend = [...new Set([...presumedTrend.keys(), ...identifiedTrend.keys()])].map((bucket) => ({
    bucket,
    presumed: presumedTrend.get(bucket)?.[0] ?? 0,
    identified: identifiedTrend.get(bucket)?.[1] ?? 0,
  }));
  const anonymous = [
    ...mergeKinds(
      view,
      'anonymous',
      [{ kind: 'notified', fields: { n: 0 } }],
      ['', 'gender', 'age_group', 'nationality', 'registering_org'],
    ).map((row) => (row.dim === 'region' && row.value === '' ? { ...row, value: null } : row)),
    ...[...view.byBucket('anonymous', 'notified', '', '')].map(([bucket, n]) => ({
      dim: 'bucket',
      value: bucket,
      n: n[0] ?? 0,
    })),
  ];
  const anonymousForms = [...view.byValue('anonymous', 'notified', 'form')].map(([form, n]) => ({
    form,
    n: n[0] ?? 0,
  }));
  return { cases: caseRows(view), forms, trend, anonymous, anonymousForms, organisations, hostCountry };
}

const COUNTS: readonly ColumnSpec[] = [
  { id: 'presumed', kind: 'count' },
  { id: 'identified', kind: 'count' },
  { id: 'anonymous', kind: 'count' },
];

/** The sector of an organisation kind ('other' for a kind this version does not know). */
function sectorOfKind(kind: string): string {
  return isOrganisationKind(kind) ? sectorOf(kind) : 'other';
}

export function shapeOfficialCounts(data: OfficialCountsData, filter: InsightsFilter): RawTable[] {
  const measure = 'official_counts' as const;
  const grand = data.cases.find((row) => row.dim === '');
  const anonymousGrand = data.anonymous.find((row) => row.dim === '');
  const presumed = num(grand?.presumed);
  const identified = num(grand?.identified);
  const anonymousTotal = num(anonymousGrand?.n);
  const total = [presumed, identified, anonymousTotal];
  const noData = presumed + identified + anonymousTotal === 0 && num(grand?.rg) + num(grand?.cg) === 0;

  /** One breakdown: presumed and identified from the cases, anonymous from the notifications. */
  const breakdown = (
    dimension: string,
    dim: string,
    order: readonly string[],
    mapKey: (value: string) => string = (v) => v,
    labels?: Record<string, string>,
    rollupOf?: string,
  ): RawTable => {
    const counts = new Map<string, number[]>();
    for (const [value, row] of rowsOf(data.cases, dim)) {
      addTo(counts, mapKey(value), 0, num(row.presumed), 3);
      addTo(counts, mapKey(value), 1, num(row.identified), 3);
    }
    for (const [value, row] of rowsOf(data.anonymous, dim)) addTo(counts, mapKey(value), 2, num(row.n), 3);
    const members: Record<string, string[]> = {};
    if (rollupOf) {
      const values = new Set([...rowsOf(data.cases, dim), ...rowsOf(data.anonymous, dim)].map(([v]) => v));
      for (const value of values) {
        const key = mapKey(value);
        members[key] = [...(members[key] ?? []), value];
      }
    }
    return tableFromCounts({
      id: `${measure}.by_${dimension}`,
      measure,
      dimension,
      columns: COUNTS,
      counts,
      order,
      total,
      ...(labels ? { labels } : {}),
      ...(rollupOf ? { rollup: { of: rollupOf, members } } : {}),
      noData,
    });
  };

  const kindOf = new Map(data.organisations.map((org) => [org.id, org.kind]));
  const orgLabels = Object.fromEntries(data.organisations.map((org) => [org.id, org.name]));
  const citizenship = (nationality: string): CitizenshipGroup =>
    citizenshipGroup(nationality === 'unknown' ? null : nationality, data.hostCountry);

  const tables: RawTable[] = [
    tableFromCounts({
      id: `${measure}.totals`,
      measure,
      dimension: 'all',
      columns: COUNTS,
      counts: new Map([['all', total]]),
      total: null,
      noData,
    }),
    decisionsTable(grand, noData),
    breakdown('gender', 'gender', HTCDS_GENDERS),
    breakdown('age_group', 'age_group', AGE_GROUPS),
    // Anonymous notifications hold a nationality, not a citizenship group: grouped here.
    citizenshipBreakdown(data, citizenship, total, noData),
    breakdown('nationality', 'nationality', []),
    formsTable(data, total, noData),
    breakdown('place', 'place', EXPLOITATION_LOCATIONS),
    // Organisations that registered someone in the period (all of them would be a long list of zeros).
    breakdown('registering_org', 'registering_org', [], (v) => v, orgLabels),
    breakdown(
      'sector',
      'registering_org',
      ORGANISATION_SECTORS,
      (id) => sectorOfKind(kindOf.get(id) ?? 'other'),
      undefined,
      'official_counts.by_registering_org',
    ),
    breakdown('region', 'region', []),
    trendTable(data, filter, total, noData),
  ];
  return tables;
}

function decisionsTable(grand: GroupedRow | undefined, noData: boolean): RawTable {
  const rg = num(grand?.rg);
  const rgPositive = num(grand?.rg_positive);
  const cg = num(grand?.cg);
  const cgPositive = num(grand?.cg_positive);
  return tableFromCounts({
    id: 'official_counts.decisions',
    measure: 'official_counts',
    dimension: 'decision_stage',
    columns: [
      { id: 'decisions', kind: 'count' },
      { id: 'positive', kind: 'count', partOf: 'decisions' },
      { id: 'negative', kind: 'count', partOf: 'decisions' },
      { id: 'share_positive', kind: 'share', numerator: 'positive', denominator: 'decisions' },
    ],
    counts: new Map([
      ['reasonable_grounds', [rg, rgPositive, rg - rgPositive, null]],
      ['conclusive_grounds', [cg, cgPositive, cg - cgPositive, null]],
    ]),
    total: null,
    // A person has at most one decision of each stage here: two rows, one leaf each.
    sensitivity: 2,
    noData,
  });
}

function citizenshipBreakdown(
  data: OfficialCountsData,
  citizenship: (nationality: string) => CitizenshipGroup,
  total: number[],
  noData: boolean,
): RawTable {
  const counts = new Map<string, number[]>();
  for (const [value, row] of rowsOf(data.cases, 'citizenship')) {
    addTo(counts, value, 0, num(row.presumed), 3);
    addTo(counts, value, 1, num(row.identified), 3);
  }
  for (const [value, row] of rowsOf(data.anonymous, 'nationality')) {
    addTo(counts, citizenship(value), 2, num(row.n), 3);
  }
  const members: Record<string, string[]> = {};
  const nationalities = new Set(
    [...rowsOf(data.cases, 'nationality'), ...rowsOf(data.anonymous, 'nationality')].map(([v]) => v),
  );
  for (const nationality of nationalities) {
    const group = citizenship(nationality);
    members[group] = [...(members[group] ?? []), nationality];
  }
  return tableFromCounts({
    id: 'official_counts.by_citizenship',
    measure: 'official_counts',
    dimension: 'citizenship',
    columns: COUNTS,
    counts,
    order: CITIZENSHIP_GROUPS,
    total,
    rollup: { of: 'official_counts.by_nationality', members },
    noData,
  });
}

function formsTable(data: OfficialCountsData, total: number[], noData: boolean): RawTable {
  const counts = new Map<string, number[]>();
  for (const row of data.forms) {
    addTo(counts, row.form, 0, num(row.presumed), 3);
    addTo(counts, row.form, 1, num(row.identified), 3);
  }
  for (const row of data.anonymousForms) addTo(counts, row.form, 2, num(row.n), 3);
  return tableFromCounts({
    id: 'official_counts.by_form',
    measure: 'official_counts',
    dimension: 'form',
    columns: COUNTS,
    counts,
    order: EXPLOITATION_FORMS,
    // Persons, not forms: a person with several forms counts once in the total.
    total,
    structure: 'overlapping',
    // Each case may hold every form once.
    sensitivity: COUNTS.length * EXPLOITATION_FORMS.length,
    noData,
  });
}

function trendTable(
  data: OfficialCountsData,
  filter: InsightsFilter,
  total: number[],
  noData: boolean,
): RawTable {
  const counts = new Map<string, number[]>();
  for (const row of data.trend) {
    addTo(counts, row.bucket, 0, num(row.presumed), 3);
    addTo(counts, row.bucket, 1, num(row.identified), 3);
  }
  for (const [bucket, row] of rowsOf(data.anonymous, 'bucket')) addTo(counts, bucket, 2, num(row.n), 3);
  const buckets = periodBuckets(filter);
  return tableFromCounts({
    id: 'official_counts.trend',
    measure: 'official_counts',
    dimension: 'period',
    columns: COUNTS,
    counts,
    order: buckets,
    total,
    labels: Object.fromEntries(buckets.map((b) => [b, bucketLabel(b, filter.granularity)])),
    noData,
  });
}
