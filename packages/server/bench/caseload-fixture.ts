import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../src/db/connect.js';

/**
 * A national caseload in bulk SQL (generate_series): `cases` cases and persons across
 * 20 organisations, the first of which — "Bench NGO" — leads a quarter of them with 100
 * case workers and a supervisor; a third of the cases also have a shelter on the team.
 * Four in five cases have a current support plan (some reviewed, so a superseded version
 * too) with four actions due around today; half have a risk assessment; three in five a
 * needs assessment; a third a service referral; 300 services with mixed capacity.
 * Free text columns hold a placeholder: caseload lists never decrypt.
 */
export type CaseloadFixture = {
  readonly organisationId: string;
  readonly workerId: string;
  readonly supervisorId: string;
  readonly shelterOrgId: string;
  readonly cases: number;
  readonly seedMs: number;
  readonly counts: Readonly<Record<string, number>>;
};

const ORGS = 20;
const WORKERS = 100;

export async function seedCaseloadFixture(database: Database, cases: number): Promise<CaseloadFixture> {
  const db = database.db;
  const started = Date.now();
  const dataKeyId = randomUUID();
  await db.insertInto('data_keys').values({ id: dataKeyId, kek_id: 'bench', wrapped: 'bench' }).execute();

  // Organisations: org 1 leads a quarter of the cases; org 2 is a shelter on a third.
  await sql`
    insert into organisations (id, name, kind, country, region)
    select md5('org' || g)::uuid, 'Bench organisation ' || g,
           case when g = 2 then 'shelter' else 'ngo' end, 'AT', 'capital'
    from generate_series(1, ${ORGS}) g`.execute(db);
  const org = (n: number) => sql`md5('org' || ${n})::uuid`;

  await sql`
    insert into users (id, organisation_id, email, display_name, roles, password_hash, mfa_enrolled_at)
    select md5('user' || g)::uuid, ${org(1)}, 'bench-worker-' || g || '@bench.example',
           'Bench worker ' || g,
           case when g = 0 then array['case_supervisor'] else array['case_worker'] end,
           'not-a-hash', now()
    from generate_series(0, ${WORKERS}) g`.execute(db);

  await sql`
    insert into persons (id, data_key_id, gender, birth_year, nationality, languages, preferred_language, created_by_org_id)
    select md5('person' || g)::uuid, ${dataKeyId},
           (array['female','male','transgender','unknown'])[1 + g % 4], 1970 + g % 40, 'UA', array['uk'], 'uk',
           ${org(1)}
    from generate_series(1, ${cases}) g`.execute(db);

  // Lead: org 1 for g % 4 = 0, else one of orgs 3..20. Org 1's cases name a worker, except 1 in 9.
  await sql`
    insert into cases (id, reference, person_id, stage, is_child, exploitation_forms, region,
                       referring_org_id, lead_org_id, first_contact_at, case_worker_user_id, closed_at)
    select md5('case' || g)::uuid,
           'NRM-BENCH-' || lpad(g::text, 7, '0'),
           md5('person' || g)::uuid,
           (array['referred','awaiting_reasonable_grounds','recovery_period','awaiting_conclusive_grounds','identified','follow_up','closed'])[1 + g % 7],
           g % 9 = 0,
           array['forced_labour'],
           (array['capital','north','south'])[1 + g % 3],
           lead, lead,
           now() - (g % 700) * interval '1 day',
           case when lead = ${org(1)} and g % 9 <> 1 then md5('user' || (1 + (g / 4) % ${WORKERS}))::uuid end,
           case when g % 7 = 6 then now() - interval '3 days' end
    from (
      select g, case when g % 4 = 0 then ${org(1)} else md5('org' || (3 + g % ${ORGS - 2}))::uuid end as lead
      from generate_series(1, ${cases}) g
    ) s`.execute(db);

  await sql`
    insert into case_team (case_id, organisation_id, purpose)
    select id, lead_org_id, 'assistance' from cases`.execute(db);
  await sql`
    insert into case_team (case_id, organisation_id, purpose)
    select md5('case' || g)::uuid, ${org(2)}, 'accommodation'
    from generate_series(1, ${cases}) g where g % 3 = 0`.execute(db);

  // Plans: a superseded version 1 for g % 10 = 0, and a current version for 4 cases in 5.
  await sql`
    insert into support_plans (id, case_id, version, status, data_key_id, goals_enc, agreement,
                               review_due_on, created_by_user_id, created_by_org_id, created_at)
    select md5('plan-old' || g)::uuid, md5('case' || g)::uuid, 1, 'superseded', ${dataKeyId}, 'x', 'agreed',
           current_date - 90, md5('user1')::uuid, ${org(1)}, now() - interval '120 days'
    from generate_series(1, ${cases}) g where g % 5 <> 3 and g % 10 = 0`.execute(db);
  await sql`
    insert into support_plans (id, case_id, version, status, data_key_id, goals_enc, agreement,
                               review_due_on, supersedes_id, created_by_user_id, created_by_org_id, created_at)
    select md5('plan' || g)::uuid, md5('case' || g)::uuid, case when g % 10 = 0 then 2 else 1 end, 'current',
           ${dataKeyId}, 'x', 'agreed', current_date + (g % 120) - 30,
           case when g % 10 = 0 then md5('plan-old' || g)::uuid end,
           md5('user1')::uuid, ${org(1)}, now() - (g % 60) * interval '1 day'
    from generate_series(1, ${cases}) g where g % 5 <> 3`.execute(db);

  await sql`
    insert into plan_actions (id, plan_id, case_id, position, domain, description_enc, owner_org_id,
                              service_id, due_on, status)
    select md5('action' || g || '-' || p)::uuid, md5('plan' || g)::uuid, md5('case' || g)::uuid, p,
           (array['accommodation','physical_health','mental_health','legal_assistance','documents'])[1 + (g + p) % 5],
           'x', case when p = 2 then ${org(2)} else ${org(1)} end,
           case when p = 1 then md5('service' || (1 + g % 300))::uuid end,
           current_date + ((g * 7 + p * 13) % 121) - 60,
           (array['planned','in_progress','done','planned','cancelled'])[1 + (g + p) % 5]
    from generate_series(1, ${cases}) g, generate_series(1, 4) p
    where g % 5 <> 3`.execute(db);
  await sql`
    insert into plan_actions (id, plan_id, case_id, position, domain, description_enc, due_on, status)
    select md5('action-old' || g)::uuid, md5('plan-old' || g)::uuid, md5('case' || g)::uuid, 1,
           'accommodation', 'x', current_date - 100, 'planned'
    from generate_series(1, ${cases}) g where g % 5 <> 3 and g % 10 = 0`.execute(db);

  await sql`
    insert into risk_assessments (id, case_id, version, traffickers_risk, retrafficking_risk, self_harm_risk,
                                  family_risk, overall, data_key_id, assessed_by_user_id, assessed_by_org_id,
                                  assessed_at, review_due_on)
    select md5('risk' || g)::uuid, md5('case' || g)::uuid, 1, 'medium', 'low', 'low', 'low', 'medium',
           ${dataKeyId}, md5('user1')::uuid, ${org(1)}, now() - interval '30 days', current_date + (g % 90) - 20
    from generate_series(1, ${cases}) g where g % 2 = 0`.execute(db);

  await sql`
    insert into needs_assessments (id, case_id, version, data_key_id, assessed_by_user_id, assessed_by_org_id, assessed_at)
    select md5('needs' || g)::uuid, md5('case' || g)::uuid, 1, ${dataKeyId}, md5('user1')::uuid, ${org(1)},
           now() - interval '40 days'
    from generate_series(1, ${cases}) g where g % 5 in (0, 1, 2)`.execute(db);
  await sql`
    insert into assessed_needs (assessment_id, case_id, domain, level, urgency)
    select md5('needs' || g)::uuid, md5('case' || g)::uuid,
           (array['safety','accommodation','subsistence','physical_health','mental_health','interpretation','legal_assistance'])[d],
           (array['none','low','medium','high'])[1 + (g + d) % 4], 'within_week'
    from generate_series(1, ${cases}) g, generate_series(1, 5) d
    where g % 5 in (0, 1, 2)`.execute(db);

  await sql`
    insert into services (id, organisation_id, kind, name, regions, capacity_total, capacity_free,
                          waiting_days, capacity_updated_at)
    select md5('service' || g)::uuid, md5('org' || (2 + g % ${ORGS - 1}))::uuid,
           (array['shelter','safe_house','medical','psychological','legal_aid','material_aid','counselling','interpretation'])[1 + g % 8],
           'Bench service ' || g,
           case when g % 4 = 0 then '{}'::text[] else array[(array['capital','north','south'])[1 + g % 3]] end,
           20, g % 6, g % 5, now() - (g % 20) * interval '1 day'
    from generate_series(1, 300) g`.execute(db);

  await sql`
    insert into service_referrals (id, case_id, service_id, provider_org_id, need_domain, data_key_id,
                                   sent_by_user_id, sent_by_org_id, sent_at, status)
    select md5('sref' || g)::uuid, md5('case' || g)::uuid, md5('service' || (1 + g % 300))::uuid,
           md5('org' || (2 + (1 + g % 300) % ${ORGS - 1}))::uuid,
           'accommodation', ${dataKeyId}, md5('user1')::uuid, c.lead_org_id, now() - (g % 30) * interval '1 day',
           (array['sent','accepted','declined','started','ended'])[1 + g % 5]
    from generate_series(1, ${cases}) g join cases c on c.id = md5('case' || g)::uuid
    where g % 3 = 1`.execute(db);

  await sql`analyze`.execute(db);

  const counts: Record<string, number> = {};
  for (const table of [
    'cases',
    'case_team',
    'support_plans',
    'plan_actions',
    'risk_assessments',
    'assessed_needs',
    'service_referrals',
  ] as const) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    counts[table] = rows[0]?.n ?? 0;
  }
  const ids = await sql<{ org: string; worker: string; supervisor: string; shelter: string }>`
    select ${org(1)} as org, md5('user1')::uuid as worker, md5('user0')::uuid as supervisor, ${org(2)} as shelter`.execute(
    db,
  );
  const row = ids.rows[0];
  if (!row) throw new Error('fixture ids missing');
  return {
    organisationId: row.org,
    workerId: row.worker,
    supervisorId: row.supervisor,
    shelterOrgId: row.shelter,
    cases,
    seedMs: Date.now() - started,
    counts,
  };
}

/** The fixture of an earlier run on the same database (development), or a new one. */
export async function reuseCaseloadFixture(database: Database, cases: number): Promise<CaseloadFixture> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from cases`.execute(database.db);
  if ((rows[0]?.n ?? 0) === 0) return seedCaseloadFixture(database, cases);
  const ids = await sql<{ org: string; worker: string; supervisor: string; shelter: string }>`
    select md5('org1')::uuid as org, md5('user1')::uuid as worker, md5('user0')::uuid as supervisor,
           md5('org2')::uuid as shelter`.execute(database.db);
  const row = ids.rows[0];
  if (!row) throw new Error('fixture ids missing');
  return {
    organisationId: row.org,
    workerId: row.worker,
    supervisorId: row.supervisor,
    shelterOrgId: row.shelter,
    cases: rows[0]?.n ?? 0,
    seedMs: 0,
    counts: { cases: rows[0]?.n ?? 0 },
  };
}
