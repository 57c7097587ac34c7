import { WITHOUT_STATUS_MIGRATION_STATUSES } from '@opennrm/core';
import { type RawBuilder, sql } from 'kysely';

/**
 * The groups the issue asks unmet need and time to help to be broken down by (children,
 * men, persons with disabilities by type, minorities, migrants without status, LGBTI),
 * with women and the other genders beside them. Groups overlap: a person is in every
 * group that describes them, so tables by group never add up.
 */
export const PERSON_GROUPS = [
  'all',
  'children',
  'women',
  'men',
  'transgender_nonconforming',
  'disability_physical',
  'disability_sensory',
  'disability_intellectual',
  'disability_psychosocial',
  'minority',
  'without_status',
  'non_eu_citizens',
  'lgbti',
] as const;
export type PersonGroup = (typeof PERSON_GROUPS)[number];

/** SQL condition on a facts row (alias `f`) for each group. */
export function groupCondition(group: PersonGroup): RawBuilder<boolean> {
  switch (group) {
    case 'all':
      return sql<boolean>`true`;
    case 'children':
      return sql<boolean>`f.age_group = 'child'`;
    case 'women':
      return sql<boolean>`f.gender = 'female'`;
    case 'men':
      return sql<boolean>`f.gender = 'male'`;
    case 'transgender_nonconforming':
      return sql<boolean>`f.gender = 'transgender_nonconforming'`;
    case 'disability_physical':
      return sql<boolean>`'physical' = any(f.disabilities)`;
    case 'disability_sensory':
      return sql<boolean>`'sensory' = any(f.disabilities)`;
    case 'disability_intellectual':
      return sql<boolean>`'intellectual' = any(f.disabilities)`;
    case 'disability_psychosocial':
      return sql<boolean>`'psychosocial' = any(f.disabilities)`;
    case 'minority':
      return sql<boolean>`'minority_background' = any(f.vulnerabilities)`;
    case 'without_status':
      return sql<boolean>`f.migration_status = any(${[...WITHOUT_STATUS_MIGRATION_STATUSES]}::text[])`;
    case 'non_eu_citizens':
      return sql<boolean>`f.citizenship = 'non_eu'`;
    case 'lgbti':
      return sql<boolean>`'lgbti' = any(f.vulnerabilities)`;
    default: {
      const never: never = group;
      throw new Error(`unknown group ${String(never)}`);
    }
  }
}

/** Column alias of a group in a query (`g_children`). */
export function groupAlias(group: PersonGroup): string {
  return `g_${group}`;
}

/** `count(*) filter (where <group> and <condition>) as g_<group>` for every group. */
export function countsByGroup(condition: RawBuilder<boolean>, suffix = ''): RawBuilder<unknown> {
  return sql.join(
    PERSON_GROUPS.map(
      (group) =>
        sql`(count(*) filter (where ${groupCondition(group)} and ${condition}))::int as ${sql.ref(groupAlias(group) + suffix)}`,
    ),
  );
}

/**
 * The median of a histogram of whole days (value → number of persons), or null when it
 * is empty. Exact for whole days: the dashboard groups by day, not by person, so that a
 * median over a million persons is one small hash aggregate, not a sort.
 */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const entries = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const lowRank = Math.floor((total - 1) / 2);
  const highRank = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  let high: number | null = null;
  for (const [value, n] of entries) {
    if (low === null && lowRank < seen + n) low = value;
    if (high === null && highRank < seen + n) high = value;
    seen += n;
    if (low !== null && high !== null) break;
  }
  return ((low ?? 0) + (high ?? 0)) / 2;
}

/** Histograms per group from rows of `{ d, g_<group>… }`. */
export function groupHistograms(
  rows: readonly Readonly<Record<string, unknown>>[],
  dayColumn = 'd',
): Map<PersonGroup, Map<number, number>> {
  const out = new Map<PersonGroup, Map<number, number>>(PERSON_GROUPS.map((g) => [g, new Map()]));
  for (const row of rows) {
    const day = Number(row[dayColumn]);
    if (!Number.isFinite(day)) continue;
    for (const group of PERSON_GROUPS) {
      const n = Number(row[groupAlias(group)] ?? 0);
      if (n > 0) {
        const histogram = out.get(group) as Map<number, number>;
        histogram.set(day, (histogram.get(day) ?? 0) + n);
      }
    }
  }
  return out;
}

/** Number of persons in a histogram. */
export function histogramCount(histogram: ReadonlyMap<number, number> | undefined): number {
  let n = 0;
  for (const v of histogram?.values() ?? []) n += v;
  return n;
}
