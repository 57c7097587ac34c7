import { EU_MEMBER_STATES, ISO_COUNTRY_CODES, NEED_DOMAINS } from '@opennrm/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { appendFactsDelta, markRemedyMonths, rebuildRollup } from './rollup.js';

/**
 * The per-case facts the dashboard counts (table `insights_case_facts`): one narrow row
 * per case with the plain, non-identifying columns of the case, its person's
 * demographics and the dates and outcomes of what happened to it. Triggers (migration
 * 0007) mark a case dirty whenever one of its records changes; `refreshDirtyFacts`
 * recomputes those cases, `rebuildAllFacts` every case. The same SQL serves both: for a
 * handful of cases it follows the indexes, for a million it hashes.
 */

type Handle = Kysely<DB>;

/** Service referral states in which help was actually given (accepted and under way, or done). */
const HELPED = ['accepted', 'started', 'ended'] as const;
/** States in which a service was delivered (started, or ended after starting). */
const DELIVERED = ['started', 'ended'] as const;
/** A service that stops shortly after a change of cooperation status is flagged (CoE art. 12(6)). */
export const COOPERATION_WINDOW_DAYS = 14;
/**
 * Ends that have their own reason and are not counted as a stop: the service was
 * completed, no longer needed, the person left, or moved to another provider. A decline
 * for lack of capacity is not counted either. What remains (declined for eligibility or
 * another reason, ended for another or an unrecorded reason) is what conditionality would
 * look like.
 */
export const ENDED_FOR_A_REASON = ['completed', 'no_longer_needed', 'person_left', 'transferred'] as const;

/** Host country for the citizenship breakdown: the setting, else the country of most organisations. */
async function hostCountry(db: Handle, configured: string | null): Promise<string> {
  if (configured) return configured;
  const row = await db
    .selectFrom('organisations')
    .select(['country', sql<number>`count(*)::int`.as('n')])
    .groupBy('country')
    .orderBy('n', 'desc')
    .orderBy('country')
    .executeTakeFirst();
  return row?.country ?? 'XX';
}

/** `TRUE` for a full rebuild, else "the column is one of these cases". */
function inScope(column: string, ids: readonly string[] | null): RawBuilder<unknown> {
  return ids === null ? sql`true` : sql`${sql.ref(column)} = any(${ids}::uuid[])`;
}

function factsSelect(ids: readonly string[] | null, host: string): RawBuilder<unknown> {
  const domains = [...NEED_DOMAINS];
  const eu = [...EU_MEMBER_STATES];
  const iso = [...ISO_COUNTRY_CODES];
  const bit = (column: string): RawBuilder<number> =>
    sql<number>`(1 << (array_position(${domains}::text[], ${sql.ref(column)}) - 1))`;
  return sql`
    select
      c.id, c.region, c.stage, c.first_contact_at, r.first_at, coalesce(r.first_at, c.first_contact_at),
      c.referring_org_id,
      case p.gender when 'female' then 'female' when 'male' then 'male'
        when 'transgender' then 'transgender_nonconforming'
        when 'gender_nonconforming' then 'transgender_nonconforming' else 'unknown' end,
      case when c.is_child then 'child' when p.birth_year is null then 'unknown' else 'adult' end,
      p.nationality,
      case when p.nationality is null or not (p.nationality = any(${iso}::text[])) then 'unknown'
        when p.nationality = ${host} then 'national'
        when p.nationality = any(${eu}::text[]) then 'other_eu' else 'non_eu' end,
      c.exploitation_forms, c.exploitation_place, p.migration_status, p.disabilities, p.vulnerabilities,
      rg.first_at, rg.first_due_at, rg.last_at, rg.last_positive,
      cg.first_at, cg.first_due_at, cg.last_at, cg.last_positive,
      rp.starts_at, rp.status, coalesce(rp.extended, false), rp.withheld_ground,
      case when na.first_at is null then sr.first_help_at
        when sr.first_help_at is null then na.first_at
        else least(na.first_at, sr.first_help_at) end,
      co.status,
      coalesce(stops.n, 0),
      coalesce(nd.mask, 0), coalesce(sr.served_mask, 0), sr.wait_days,
      g.requested_at, g.appointed_at,
      coalesce(bi.assessed, false), coalesce(bi.determined, false),
      coalesce(me.n, 0), coalesce(me.open, false),
      now()
    from cases c
    join persons p on p.id = c.person_id
    left join (
      select case_id, min(referred_at) as first_at from referrals
      where ${inScope('case_id', ids)} group by case_id
    ) r on r.case_id = c.id
    left join (
      select case_id, min(decided_at) as first_at,
        (array_agg(due_at order by decided_at))[1] as first_due_at,
        max(decided_at) as last_at,
        (array_agg(positive order by decided_at desc))[1] as last_positive
      from decisions where stage = 'reasonable_grounds' and ${inScope('case_id', ids)} group by case_id
    ) rg on rg.case_id = c.id
    left join (
      select case_id, min(decided_at) as first_at,
        (array_agg(due_at order by decided_at))[1] as first_due_at,
        max(decided_at) as last_at,
        (array_agg(positive order by decided_at desc))[1] as last_positive
      from decisions where stage = 'conclusive_grounds' and ${inScope('case_id', ids)} group by case_id
    ) cg on cg.case_id = c.id
    left join (
      select distinct on (rp.case_id) rp.case_id, rp.starts_at, rp.status, rp.withheld_ground,
        exists (select 1 from recovery_extensions e where e.recovery_period_id = rp.id) as extended
      from recovery_periods rp where ${inScope('rp.case_id', ids)}
      order by rp.case_id, rp.starts_at
    ) rp on rp.case_id = c.id
    left join (
      select case_id, min(assessed_at) as first_at from needs_assessments
      where ${inScope('case_id', ids)} group by case_id
    ) na on na.case_id = c.id
    left join (
      select a.case_id, bit_or(${bit('an.domain')}) filter (where an.level in ('medium', 'high')) as mask
      from (
        select distinct on (case_id) id, case_id from needs_assessments
        where ${inScope('case_id', ids)} order by case_id, version desc
      ) a
      join assessed_needs an on an.assessment_id = a.id
      group by a.case_id
    ) nd on nd.case_id = c.id
    left join (
      select case_id,
        min(coalesce(started_at, responded_at)) filter (where status in (${sql.join([...HELPED])})) as first_help_at,
        bit_or(${bit('need_domain')}) filter (where status in (${sql.join([...DELIVERED])})) as served_mask,
        (array_agg(floor(extract(epoch from started_at - sent_at) / 86400)::int order by sent_at)
          filter (where started_at is not null))[1] as wait_days
      from service_referrals where ${inScope('case_id', ids)} group by case_id
    ) sr on sr.case_id = c.id
    left join (
      select distinct on (case_id) case_id, status from cooperation_records
      where ${inScope('case_id', ids)} order by case_id, recorded_at desc
    ) co on co.case_id = c.id
    left join (
      select s.case_id, count(distinct s.id)::int as n
      from service_referrals s
      join (
        select case_id, recorded_at from (
          select case_id, recorded_at, status,
            lag(status) over (partition by case_id order by recorded_at) as previous
          from cooperation_records where ${inScope('case_id', ids)}
        ) x
        where previous is distinct from status and not (previous is null and status = 'not_discussed')
      ) ch on ch.case_id = s.case_id
        and coalesce(s.ended_at, s.responded_at) >= ch.recorded_at
        and coalesce(s.ended_at, s.responded_at) <= ch.recorded_at + make_interval(days => ${COOPERATION_WINDOW_DAYS})
      where ${inScope('s.case_id', ids)}
        and ((s.status = 'declined' and s.decline_reason is distinct from 'capacity')
          or (s.status = 'ended' and (s.outcome is null or s.outcome not in (${sql.join([...ENDED_FOR_A_REASON])}))))
      group by s.case_id
    ) stops on stops.case_id = c.id
    left join (
      select case_id, min(requested_at) as requested_at, min(appointed_at) as appointed_at
      from guardian_appointments where ${inScope('case_id', ids)} group by case_id
    ) g on g.case_id = c.id
    left join (
      select case_id,
        bool_or(kind = 'assessment' and completed_on is not null) as assessed,
        bool_or(kind = 'determination' and completed_on is not null) as determined
      from best_interests_procedures where ${inScope('case_id', ids)} group by case_id
    ) bi on bi.case_id = c.id
    left join (
      select case_id, count(*)::int as n, bool_or(found_at is null) as open
      from missing_episodes where ${inScope('case_id', ids)} group by case_id
    ) me on me.case_id = c.id
    where ${inScope('c.id', ids)}`;
}

const COLUMNS =
  sql.raw(`(case_id, region, stage, first_contact_at, referred_at, registered_at, registering_org_id,
  gender, age_group, nationality, citizenship, forms, place, migration_status, disabilities,
  vulnerabilities, rg_first_at, rg_first_due_at, rg_at, rg_positive, cg_first_at, cg_first_due_at,
  cg_at, cg_positive, rp_started_at, rp_status, rp_extended, rp_withheld_ground,
  first_assistance_at, cooperation_status, stops_after_cooperation_change, needs_mask, served_mask,
  service_wait_days, guardian_requested_at, guardian_appointed_at, best_interests_assessed,
  best_interests_determined, missing_episodes, missing_now, refreshed_at)`);

export type FactsSettings = { readonly hostCountry: string | null };

/**
 * Recomputes the facts of up to `limit` dirty cases, in one transaction: the marks are
 * taken (deleted) and the facts replaced together, so a failure leaves both as they
 * were. A mark written by a transaction still open stays for the next refresh. Returns
 * the number of cases refreshed.
 */
export async function refreshDirtyFacts(
  db: Handle,
  settings: FactsSettings,
  limit = 20_000,
): Promise<number> {
  const host = await hostCountry(db, settings.hostCountry);
  return db.transaction().execute(async (trx) => {
    const taken = await sql<{ case_id: string }>`
      with picked as (
        select distinct case_id from insights_dirty_cases limit ${limit}
      ), taken as (
        delete from insights_dirty_cases d using picked
        where d.case_id = picked.case_id returning d.case_id
      )
      select distinct case_id from taken`.execute(trx);
    const ids = taken.rows.map((row) => row.case_id);
    if (ids.length === 0) return 0;
    // The rollup follows the facts exactly: what the old facts counted is taken away,
    // what the new ones count is added, in the same transaction.
    const regionsBefore = await sql<{ case_id: string; region: string }>`
      select case_id, region from insights_case_facts where case_id = any(${ids}::uuid[])`.execute(trx);
    await appendFactsDelta(trx, ids, -1);
    await sql`delete from insights_case_facts where case_id = any(${ids}::uuid[])`.execute(trx);
    await sql`insert into insights_case_facts ${COLUMNS} ${factsSelect(ids, host)}`.execute(trx);
    await appendFactsDelta(trx, ids, 1);
    // Remedies count in their case's region: a case that moved region moves them too.
    const regionsAfter = await sql<{ case_id: string; region: string }>`
      select case_id, region from insights_case_facts where case_id = any(${ids}::uuid[])`.execute(trx);
    const before = new Map(regionsBefore.rows.map((r) => [r.case_id, r.region]));
    const moved = regionsAfter.rows.filter(
      (r) => before.has(r.case_id) && before.get(r.case_id) !== r.region,
    );
    await markRemedyMonths(
      trx,
      moved.map((r) => r.case_id),
    );
    return ids.length;
  });
}

/** Rebuilds the facts of every case (first start on existing data, the benchmark, repairs). */
export async function rebuildAllFacts(db: Handle, settings: FactsSettings): Promise<number> {
  const host = await hostCountry(db, settings.hostCountry);
  return db.transaction().execute(async (trx) => {
    await sql`delete from insights_dirty_cases`.execute(trx);
    await sql`delete from insights_case_facts`.execute(trx);
    await sql`insert into insights_case_facts ${COLUMNS} ${factsSelect(null, host)}`.execute(trx);
    await rebuildRollup(trx);
    const row = await sql<{ n: number }>`select count(*)::int as n from insights_case_facts`.execute(trx);
    return row.rows[0]?.n ?? 0;
  });
}

/** How many distinct cases wait for a refresh. */
export async function pendingFacts(db: Handle): Promise<number> {
  const row = await sql<{
    n: number;
  }>`select count(distinct case_id)::int as n from insights_dirty_cases`.execute(db);
  return row.rows[0]?.n ?? 0;
}
