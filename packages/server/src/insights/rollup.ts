import { NEED_DOMAINS } from '@opennrm/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { groupCondition, PERSON_GROUPS } from './measures/groups.js';
import type { Granularity } from './period.js';

/**
 * The monthly rollup (table `insights_rollup`): what every measure counts, summed by
 * month of the date it counts by, region and one dimension value. The dashboard reads a
 * few thousand rollup rows instead of scanning a million cases.
 *
 * Each SOURCE below is one SELECT over the per-case facts (or the anonymous
 * notifications), laid out in the counters n01…n32. It is run three ways:
 * - for every case (a rebuild);
 * - for the cases a refresh recomputes, once on their old facts with the counts negated
 *   and once on their new facts: the rollup stays exact by appending deltas, in the same
 *   transaction as the facts (no month is rescanned);
 * - for anonymous notifications, by month (they have no case): a month marked by the
 *   trigger is rebuilt before the next read.
 * Rows of one key are summed when read; the job merges them (compaction).
 */

type Handle = Kysely<DB>;

export const COUNTERS = Array.from({ length: 32 }, (_, i) => `n${String(i + 1).padStart(2, '0')}`);

/** A month of a timestamp column, in UTC (no bound values: the text is its identity in GROUP BY). */
const month = (column: string): string => `date_trunc('month', ${column} at time zone 'UTC')::date`;

const PRESUMED = `(f.referred_at is not null or f.stage not in ('screening', 'anonymous_notification'))`;

/** Case scope of a facts source: every case, or these. */
export type FactsScope = { readonly caseIds: readonly string[] } | 'all';

function scopeOf(scope: FactsScope): RawBuilder<boolean> {
  return scope === 'all' ? sql<boolean>`true` : sql<boolean>`f.case_id = any(${[...scope.caseIds]}::uuid[])`;
}

/** The select list's dim/value for plain grouping sets over named columns (null values → 'unknown'). */
function dimsOf(dims: readonly [string, string][]): { select: string; sets: string } {
  const dimCase = dims.map(([name, expr]) => `when grouping(${expr}) = 0 then '${name}'`).join(' ');
  const valueCase = dims
    .map(([, expr]) => `when grouping(${expr}) = 0 then coalesce((${expr})::text, 'unknown')`)
    .join(' ');
  return {
    select: `case ${dimCase} else '' end, coalesce(case ${valueCase} end, '')`,
    sets: `grouping sets ((), ${dims.map(([, expr]) => `(${expr})`).join(', ')})`,
  };
}

const CASE_DIMS: [string, string][] = [
  ['gender', 'f.gender'],
  ['age_group', 'f.age_group'],
  ['citizenship', 'f.citizenship'],
  ['nationality', 'f.nationality'],
  ['place', 'f.place'],
  ['registering_org', 'f.registering_org_id'],
];

const count = (condition: string | RawBuilder<boolean> = 'true'): RawBuilder<number> =>
  typeof condition === 'string'
    ? sql<number>`(count(*) filter (where ${sql.raw(condition)}))::int`
    : sql<number>`(count(*) filter (where ${condition}))::int`;

/** Pads a counter list to its row: `source, kind, month, region, dim, value, n01…n32`. */
function counters(values: readonly RawBuilder<unknown>[]): RawBuilder<unknown> {
  if (values.length > COUNTERS.length) throw new Error('too many counters');
  return sql.join([...values, ...Array.from({ length: COUNTERS.length - values.length }, () => sql`0`)]);
}

function groupCounts(condition: string): RawBuilder<unknown>[] {
  return PERSON_GROUPS.map(
    (group) => sql`(count(*) filter (where ${groupCondition(group)} and ${sql.raw(condition)}))::int`,
  );
}

type Select = (scope: FactsScope) => RawBuilder<unknown>;

/**
 * Every facts source, each a list of SELECTs producing rollup rows. Layouts:
 * - cases/registered: n01 presumed; cases/rg, cases/cg: n01 decisions, n02 positive —
 *   by gender, age group, citizenship, nationality, place, registering organisation;
 * - forms/registered: n01 presumed by form and by form|gender|age group; forms/cg: n01 identified by form;
 * - contact (first contact): '' n01–13 persons by group, n14 assisted, n15 not cooperating,
 *   n16 services stopped, n17 persons with a stop, n18 children, n19 guardian appointed,
 *   n20 best-interests assessed, n21 determined, n22 went missing, n23 still missing;
 *   'needs' n01–15 in need by domain, n16–30 served; 'needs_groups' n01–13 with needs,
 *   n14–26 with an unmet need, by group; 'assist_days'/'wait_days' (value: days) n01–13 by
 *   group; 'guardian_days' n01; 'cooperation_status' n01 assisted;
 * - rg_first, cg_first: '' n01 decisions, n02 with a target, n03 on time; 'days' n01;
 * - rp: '' n01 periods, n02 withheld, n03 extended; 'ground' n01 withheld;
 * - quality/registered: '' n01 persons, n02–n08 missing gender, age, nationality, forms,
 *   place, migration status, referral; n09 with a reasonable-grounds decision, n10 its target missing.
 */
const FACT_SOURCES: readonly Select[] = [
  // cases: registered / rg / cg by the dimensions of the official counts and decision outcomes
  ...(
    [
      ['registered', 'f.registered_at', PRESUMED, [count()]],
      ['rg', 'f.rg_at', 'f.rg_at is not null', [count(), count('f.rg_positive')]],
      ['cg', 'f.cg_at', 'f.cg_at is not null', [count(), count('f.cg_positive')]],
    ] as const
  ).map(
    ([kind, date, where, values]): Select =>
      (scope) => {
        const d = dimsOf(CASE_DIMS);
        return sql`select 'cases', ${kind}, ${sql.raw(month(date))}, f.region, ${sql.raw(d.select)}, ${counters(values)}
      from insights_case_facts f where ${sql.raw(where)} and ${scopeOf(scope)}
      group by ${sql.raw(month(date))}, f.region, ${sql.raw(d.sets)}`;
      },
  ),
  (scope) => sql`select 'forms', 'registered', ${sql.raw(month('f.registered_at'))}, f.region,
      case when grouping(f.gender) = 0 then 'form_gender_age' else 'form' end,
      case when grouping(f.gender) = 0 then form || '|' || f.gender || '|' || f.age_group else form end,
      ${counters([count()])}
    from insights_case_facts f
    cross join lateral unnest(case when cardinality(f.forms) = 0 then array['unknown'] else f.forms end) as form
    where ${sql.raw(PRESUMED)} and ${scopeOf(scope)}
    group by ${sql.raw(month('f.registered_at'))}, f.region, grouping sets ((form), (form, f.gender, f.age_group))`,
  (
    scope,
  ) => sql`select 'forms', 'cg', ${sql.raw(month('f.cg_at'))}, f.region, 'form', form, ${counters([count()])}
    from insights_case_facts f
    cross join lateral unnest(case when cardinality(f.forms) = 0 then array['unknown'] else f.forms end) as form
    where f.cg_positive and f.cg_at is not null and ${scopeOf(scope)}
    group by ${sql.raw(month('f.cg_at'))}, f.region, form`,

  // contact: assistance, conditionality, unmet need and children, by first contact
  (scope) => sql`select 'contact', 'contact', ${sql.raw(month('f.first_contact_at'))}, f.region, '', '',
      ${counters([
        ...groupCounts('true'),
        count('f.first_assistance_at is not null'),
        count(
          `f.first_assistance_at is not null and f.cooperation_status in ('declines_contact', 'reported_no_further_contact', 'withdrew')`,
        ),
        sql`coalesce(sum(f.stops_after_cooperation_change), 0)::int`,
        count('f.stops_after_cooperation_change > 0'),
        count(`f.age_group = 'child'`),
        count(`f.age_group = 'child' and f.guardian_appointed_at is not null`),
        count(`f.age_group = 'child' and f.best_interests_assessed`),
        count(`f.age_group = 'child' and f.best_interests_determined`),
        count(`f.age_group = 'child' and f.missing_episodes > 0`),
        count(`f.age_group = 'child' and f.missing_now`),
      ])}
    from insights_case_facts f where ${scopeOf(scope)}
    group by ${sql.raw(month('f.first_contact_at'))}, f.region`,
  (scope) => sql`select 'contact', 'contact', ${sql.raw(month('f.first_contact_at'))}, f.region, 'needs', '',
      ${counters([
        ...NEED_DOMAINS.map((_, k) => count(`f.needs_mask & ${1 << k} <> 0`)),
        ...NEED_DOMAINS.map((_, k) => count(`f.needs_mask & f.served_mask & ${1 << k} <> 0`)),
      ])}
    from insights_case_facts f where f.needs_mask <> 0 and ${scopeOf(scope)}
    group by ${sql.raw(month('f.first_contact_at'))}, f.region`,
  (
    scope,
  ) => sql`select 'contact', 'contact', ${sql.raw(month('f.first_contact_at'))}, f.region, 'needs_groups', '',
      ${counters([...groupCounts('f.needs_mask <> 0'), ...groupCounts('(f.needs_mask & ~f.served_mask) <> 0')])}
    from insights_case_facts f where f.needs_mask <> 0 and ${scopeOf(scope)}
    group by ${sql.raw(month('f.first_contact_at'))}, f.region`,
  ...(
    [
      [
        'assist_days',
        'greatest(0, floor(extract(epoch from f.first_assistance_at - f.first_contact_at) / 86400))::int',
        'f.first_assistance_at is not null',
      ],
      ['wait_days', 'greatest(0, f.service_wait_days)', 'f.service_wait_days is not null'],
    ] as const
  ).map(
    ([dim, days, where]): Select =>
      (scope) =>
        sql`select 'contact', 'contact', ${sql.raw(month('f.first_contact_at'))}, f.region,
      ${dim}, (${sql.raw(days)})::text, ${counters(groupCounts('true'))}
    from insights_case_facts f where ${sql.raw(where)} and ${scopeOf(scope)}
    group by ${sql.raw(month('f.first_contact_at'))}, f.region, ${sql.raw(days)}`,
  ),
  (
    scope,
  ) => sql`select 'contact', 'contact', ${sql.raw(month('f.first_contact_at'))}, f.region, 'guardian_days',
      greatest(0, floor(extract(epoch from f.guardian_appointed_at - coalesce(f.guardian_requested_at, f.first_contact_at)) / 86400))::int::text,
      ${counters([count()])}
    from insights_case_facts f where f.age_group = 'child' and f.guardian_appointed_at is not null and ${scopeOf(scope)}
    group by ${sql.raw(month('f.first_contact_at'))}, f.region,
      greatest(0, floor(extract(epoch from f.guardian_appointed_at - coalesce(f.guardian_requested_at, f.first_contact_at)) / 86400))::int`,
  (
    scope,
  ) => sql`select 'contact', 'contact', ${sql.raw(month('f.first_contact_at'))}, f.region, 'cooperation_status',
      coalesce(f.cooperation_status, 'not_recorded'), ${counters([count()])}
    from insights_case_facts f where f.first_assistance_at is not null and ${scopeOf(scope)}
    group by ${sql.raw(month('f.first_contact_at'))}, f.region, coalesce(f.cooperation_status, 'not_recorded')`,

  // timeliness: first decisions against target, recovery periods
  ...(
    [
      ['rg_first', 'f.rg_first_at', 'f.rg_first_due_at', 'f.registered_at'],
      ['cg_first', 'f.cg_first_at', 'f.cg_first_due_at', 'coalesce(f.rg_first_at, f.registered_at)'],
    ] as const
  ).flatMap(([kind, at, due, from]): Select[] => [
    (scope) => sql`select ${kind}, ${kind}, ${sql.raw(month(at))}, f.region, '', '',
        ${counters([count(), count(`${due} is not null`), count(`${at} <= ${due}`)])}
      from insights_case_facts f where ${sql.raw(at)} is not null and ${scopeOf(scope)}
      group by ${sql.raw(month(at))}, f.region`,
    (scope) => sql`select ${kind}, ${kind}, ${sql.raw(month(at))}, f.region, 'days',
        greatest(0, floor(extract(epoch from ${sql.raw(at)} - ${sql.raw(from)}) / 86400))::int::text, ${counters([count()])}
      from insights_case_facts f where ${sql.raw(at)} is not null and ${scopeOf(scope)}
      group by ${sql.raw(month(at))}, f.region, greatest(0, floor(extract(epoch from ${sql.raw(at)} - ${sql.raw(from)}) / 86400))::int`,
  ]),
  (scope) => sql`select 'rp', 'rp', ${sql.raw(month('f.rp_started_at'))}, f.region, '', '',
      ${counters([count(), count(`f.rp_status = 'withheld'`), count(`f.rp_status <> 'withheld' and f.rp_extended`)])}
    from insights_case_facts f where f.rp_started_at is not null and ${scopeOf(scope)}
    group by ${sql.raw(month('f.rp_started_at'))}, f.region`,
  (scope) => sql`select 'rp', 'rp', ${sql.raw(month('f.rp_started_at'))}, f.region, 'ground',
      coalesce(f.rp_withheld_ground, 'unknown'), ${counters([count()])}
    from insights_case_facts f where f.rp_started_at is not null and f.rp_status = 'withheld' and ${scopeOf(scope)}
    group by ${sql.raw(month('f.rp_started_at'))}, f.region, coalesce(f.rp_withheld_ground, 'unknown')`,

  // data quality of the persons registered
  (scope) => sql`select 'quality', 'registered', ${sql.raw(month('f.registered_at'))}, f.region, '', '',
      ${counters([
        count(),
        count(`f.gender = 'unknown'`),
        count(`f.age_group = 'unknown'`),
        count('f.nationality is null'),
        count(`cardinality(f.forms) = 0 or f.forms = array['unknown']`),
        count(`f.place is null or f.place = 'unknown'`),
        count(`f.migration_status is null or f.migration_status = 'unknown'`),
        count('f.referred_at is null'),
        count('f.rg_first_at is not null'),
        count('f.rg_first_at is not null and f.rg_first_due_at is null'),
      ])}
    from insights_case_facts f where ${sql.raw(PRESUMED)} and ${scopeOf(scope)}
    group by ${sql.raw(month('f.registered_at'))}, f.region`,
];

/**
 * A `date` column falls in one of these months (or any). The range first, so that an index
 * on the column serves it; then the months themselves.
 */
function monthsWhere(column: string, months: readonly string[] | 'all'): RawBuilder<boolean> {
  if (months === 'all') return sql<boolean>`true`;
  const sorted = [...months].sort();
  const first = sorted[0] as string;
  const last = sorted.at(-1) as string;
  const ref = sql.raw(column);
  return sql<boolean>`(${ref} >= ${first}::date and ${ref} < (${last}::date + interval '1 month')
    and date_trunc('month', ${ref})::date = any(${sorted}::date[]))`;
}

/** Anonymous notifications of some months (or all): dimensions, forms and missing fields. */
function anonymousSources(months: readonly string[] | 'all'): RawBuilder<unknown>[] {
  const where = monthsWhere('a.notified_on', months);
  const gender = `case a.gender when 'female' then 'female' when 'male' then 'male' when 'transgender' then 'transgender_nonconforming' when 'gender_nonconforming' then 'transgender_nonconforming' else 'unknown' end`;
  const age = `case when a.age_band in ('0-8', '9-12', '13-15', '16-17') then 'child' when a.age_band = 'unknown' then 'unknown' else 'adult' end`;
  const d = dimsOf([
    ['gender', gender],
    ['age_group', age],
    ['nationality', 'a.nationality'],
    ['registering_org', 'a.organisation_id'],
  ]);
  const m = `date_trunc('month', a.notified_on)::date`;
  return [
    sql`select 'anonymous', 'notified', ${sql.raw(m)}, coalesce(a.region, ''), ${sql.raw(d.select)},
        ${counters([count(), count('a.nationality is null'), count('a.region is null')])}
      from anonymous_notifications a where ${where}
      group by ${sql.raw(m)}, coalesce(a.region, ''), ${sql.raw(d.sets)}`,
    sql`select 'anonymous', 'notified', ${sql.raw(m)}, coalesce(a.region, ''), 'form', form, ${counters([count()])}
      from anonymous_notifications a
      cross join lateral unnest(case when cardinality(a.exploitation_forms) = 0 then array['unknown'] else a.exploitation_forms end) as form
      where ${where}
      group by ${sql.raw(m)}, coalesce(a.region, ''), form`,
  ];
}

/**
 * Remedies and durable solutions of some months (or all), by month of their own date and
 * their case's region. Amounts are summed in whole currency units (counters are integers).
 */
function remedySources(months: readonly string[] | 'all'): RawBuilder<unknown>[] {
  const inMonths = (column: string): RawBuilder<boolean> => monthsWhere(column, months);
  const m = (column: string): string => `date_trunc('month', ${column})::date`;
  const row = (
    kind: string,
    table: string,
    alias: string,
    date: string,
    key: string,
    values: RawBuilder<unknown>[],
  ) =>
    sql`select 'remedies', ${kind}, ${sql.raw(m(`${alias}.${date}`))}, c.region, ${kind}, ${sql.raw(key)}, ${counters(values)}
      from ${sql.raw(table)} ${sql.raw(alias)} join cases c on c.id = ${sql.raw(alias)}.case_id
      where ${inMonths(`${alias}.${date}`)}
      group by ${sql.raw(m(`${alias}.${date}`))}, c.region, ${sql.raw(key)}`;
  return [
    row(
      'permits',
      'residence_permits',
      'p',
      'applied_on',
      `p.basis || '|' || p.status || '|' || p.right_to_work::text`,
      [count()],
    ),
    row('legal_aid', 'legal_aid', 'l', 'requested_on', 'l.status', [count()]),
    row(
      'compensation',
      'compensation_claims',
      'k',
      'claimed_on',
      `k.route || '|' || k.status || '|' || k.currency`,
      [
        count(),
        count('k.amount_awarded > 0'),
        sql`coalesce(sum(round(k.amount_claimed)), 0)::int`,
        sql`coalesce(sum(round(k.amount_awarded)), 0)::int`,
        sql`coalesce(sum(round(k.amount_paid)), 0)::int`,
      ],
    ),
    row(
      'non_punishment',
      'non_punishment_assessments',
      'n',
      'assessed_on',
      `n.offence || '|' || n.outcome || '|' || n.linked_to_trafficking::text`,
      [count()],
    ),
    row('solutions', 'durable_solutions', 's', 'decided_on', `s.kind || '|' || s.status`, [count()]),
  ];
}

/** Sources rebuilt by month when marked ('anonymous' by their trigger, 'remedies' by theirs and by case refreshes). */
const MONTH_SOURCES = {
  anonymous: anonymousSources,
  remedies: remedySources,
} as const;
export type MonthReason = keyof typeof MONTH_SOURCES;

const INSERT = sql.raw(
  `insert into insights_rollup (source, kind, month, region, dim, value, ${COUNTERS.join(', ')})`,
);
const NEGATED = sql.raw(
  `select source, kind, month, region, dim, value, ${COUNTERS.map((c) => `-${c}`).join(', ')}`,
);
const NAMES = sql.raw(`(source, kind, month, region, dim, value, ${COUNTERS.join(', ')})`);

/**
 * Appends the rollup rows of these cases' current facts, negated or not. Run inside the
 * facts refresh: negated before the old facts go, plain after the new ones come.
 */
export async function appendFactsDelta(trx: Handle, caseIds: readonly string[], sign: 1 | -1): Promise<void> {
  if (caseIds.length === 0) return;
  for (const select of FACT_SOURCES) {
    const rows = select({ caseIds });
    if (sign === 1) await sql`${INSERT} ${rows}`.execute(trx);
    else await sql`${INSERT} ${NEGATED} from (${rows}) as x ${NAMES}`.execute(trx);
  }
  // Months with deltas are merged later by the job.
  await sql`insert into insights_rollup_months (month, reason)
    select distinct d, 'delta' from insights_case_facts f,
      unnest(array[f.registered_at, f.first_contact_at, f.rg_at, f.cg_at, f.rg_first_at, f.cg_first_at, f.rp_started_at]) as t(at),
      lateral (select date_trunc('month', t.at at time zone 'UTC')::date as d) m
    where f.case_id = any(${[...caseIds]}::uuid[]) and t.at is not null`.execute(trx);
}

/** Rebuilds the whole rollup from the facts and the notifications (after a full facts rebuild). */
export async function rebuildRollup(trx: Handle): Promise<void> {
  await sql`delete from insights_rollup`.execute(trx);
  await sql`delete from insights_rollup_months`.execute(trx);
  for (const select of FACT_SOURCES) await sql`${INSERT} ${select('all')}`.execute(trx);
  for (const select of [...anonymousSources('all'), ...remedySources('all')])
    await sql`${INSERT} ${select}`.execute(trx);
}

/** Rebuilds the months of the month-kept sources (notifications, remedies) marked since the last read. */
export async function refreshMarkedMonths(db: Handle): Promise<number> {
  // Nothing marked (the usual case): no lock, no transaction.
  const marked = await sql<{ any: boolean }>`
    select exists (select 1 from insights_rollup_months where reason <> 'delta') as any`.execute(db);
  if (marked.rows[0]?.any !== true) return 0;
  return db.transaction().execute(async (trx) => {
    await rollupTurn(trx);
    let rebuilt = 0;
    for (const [reason, sources] of Object.entries(MONTH_SOURCES) as [
      MonthReason,
      (m: readonly string[]) => RawBuilder<unknown>[],
    ][]) {
      const taken = await sql<{ month: string }>`
        delete from insights_rollup_months where reason = ${reason}
        returning to_char(month, 'YYYY-MM-DD') as month`.execute(trx);
      const months = [...new Set(taken.rows.map((r) => r.month))];
      if (months.length === 0) continue;
      await sql`delete from insights_rollup where source = ${reason} and month = any(${months}::date[])`.execute(
        trx,
      );
      for (const select of sources(months)) await sql`${INSERT} ${select}`.execute(trx);
      rebuilt += months.length;
    }
    return rebuilt;
  });
}

/** Marks the remedy months of these cases (their region, from the case, may have changed). */
export async function markRemedyMonths(trx: Handle, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  for (const [table, date] of [
    ['residence_permits', 'applied_on'],
    ['legal_aid', 'requested_on'],
    ['compensation_claims', 'claimed_on'],
    ['non_punishment_assessments', 'assessed_on'],
    ['durable_solutions', 'decided_on'],
  ] as const) {
    await sql`insert into insights_rollup_months (month, reason)
      select distinct date_trunc('month', ${sql.ref(date)})::date, 'remedies' from ${sql.table(table)}
      where case_id = any(${[...caseIds]}::uuid[])`.execute(trx);
  }
}

/** Month rebuilds and merges take turns (a transaction-scoped advisory lock): never two on one month. */
async function rollupTurn(trx: Handle): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(0x4f4e524d)}, ${sql.lit(0x524f4c4c)})`.execute(trx);
}

/**
 * Merges the delta rows of the marked months into one row per key, dropping rows of
 * zeros (the job). One statement: the rows it deletes are exactly the rows it merges, so
 * a delta appended meanwhile by a refresh is kept, never lost.
 */
export async function compactRollup(db: Handle, maxMonths = 24): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await rollupTurn(trx);
    const taken = await sql<{ month: string }>`
      with picked as (
        select distinct month from insights_rollup_months where reason = 'delta' order by month limit ${maxMonths}
      )
      delete from insights_rollup_months m using picked
      where m.month = picked.month and m.reason = 'delta'
      returning to_char(m.month, 'YYYY-MM-DD') as month`.execute(trx);
    const months = [...new Set(taken.rows.map((r) => r.month))];
    if (months.length === 0) return 0;
    const sums = sql.raw(COUNTERS.map((c) => `sum(${c})::int`).join(', '));
    const nonZero = sql.raw(COUNTERS.map((c) => `sum(${c}) <> 0`).join(' or '));
    await sql`with merged as (
        delete from insights_rollup
        where month = any(${months}::date[]) and source not in ('anonymous', 'remedies')
        returning *
      )
      ${INSERT} select source, kind, month, region, dim, value, ${sums} from merged
      group by source, kind, month, region, dim, value having ${nonZero}`.execute(trx);
    return months.length;
  });
}

// ---- reading

export type RollupRow = {
  readonly source: string;
  readonly kind: string;
  readonly dim: string;
  readonly value: string;
  /** First day of the period bucket ('YYYY-MM-DD'). */
  readonly bucket: string;
  readonly n: readonly number[];
};

/** The rollup of a period and region, summed by key and bucket, with helpers to pick from it. */
export class RollupView {
  readonly #rows: readonly RollupRow[];
  readonly #regions: readonly { source: string; kind: string; region: string; n: readonly number[] }[];

  constructor(rows: readonly RollupRow[], regions: RollupView['regionRows']) {
    this.#rows = rows;
    this.#regions = regions;
  }

  get regionRows(): readonly { source: string; kind: string; region: string; n: readonly number[] }[] {
    return this.#regions;
  }

  rows(source: string, kind: string, dim: string): RollupRow[] {
    return this.#rows.filter((r) => r.source === source && r.kind === kind && r.dim === dim);
  }

  /** Counters of each value of a dimension, summed over the buckets. */
  byValue(source: string, kind: string, dim: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const row of this.rows(source, kind, dim)) out.set(row.value, add(out.get(row.value), row.n));
    return out;
  }

  /** Counters of one dimension value per bucket. */
  byBucket(source: string, kind: string, dim: string, value: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const row of this.rows(source, kind, dim)) {
      if (row.value === value) out.set(row.bucket, add(out.get(row.bucket), row.n));
    }
    return out;
  }

  /** The totals (dimension '') of a source and kind. */
  total(source: string, kind: string): number[] {
    return this.byValue(source, kind, '').get('') ?? [];
  }

  /** The totals per region (dimension ''). */
  byRegion(source: string, kind: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const row of this.#regions) {
      if (row.source === source && row.kind === kind) out.set(row.region, add(out.get(row.region), row.n));
    }
    return out;
  }
}

function add(into: number[] | undefined, n: readonly number[]): number[] {
  const out = into ?? [];
  n.forEach((v, i) => {
    out[i] = (out[i] ?? 0) + v;
  });
  return out;
}

/** Reads the rollup of whole months [from, to] (dates 'YYYY-MM-DD', month-aligned). */
export async function readRollup(
  db: Handle,
  filter: { from: string; to: string; region: string | null; granularity: Granularity },
): Promise<RollupView> {
  const regionWhere = filter.region === null ? sql`true` : sql`region = ${filter.region}`;
  const sums = sql.raw(COUNTERS.map((c) => `sum(${c})::int`).join(', '));
  const bucket = sql.raw(`to_char(date_trunc('${filter.granularity}', month), 'YYYY-MM-DD')`);
  const where = sql`month >= ${filter.from}::date and month <= ${filter.to}::date and ${regionWhere}`;
  // One scan: by key and bucket, and the totals (dimension '') by region.
  const rows = await sql<Record<string, unknown>>`
    select source, kind, dim, value, ${bucket} as bucket, region, grouping(region) as by_key, array[${sums}] as n
    from insights_rollup where ${where}
    group by grouping sets ((source, kind, dim, value, ${bucket}), (source, kind, dim, region))`.execute(db);
  const keyed = rows.rows.filter((r) => Number(r.by_key) === 1);
  const regions = { rows: rows.rows.filter((r) => Number(r.by_key) === 0 && r.dim === '') };
  const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.map((v) => Number(v)) : []);
  return new RollupView(
    keyed.map((r) => ({
      source: String(r.source),
      kind: String(r.kind),
      dim: String(r.dim),
      value: String(r.value),
      bucket: String(r.bucket),
      n: numbers(r.n),
    })),
    regions.rows.map((r) => ({
      source: String(r.source),
      kind: String(r.kind),
      region: String(r.region),
      n: numbers(r.n),
    })),
  );
}
