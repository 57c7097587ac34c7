import { EXPLOITATION_FORMS, NEED_DOMAINS } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/db/schema.js';

/**
 * A synthetic national caseload for the stock-taking benchmark, generated in the
 * database with bulk SQL (generate_series): persons, cases, referrals, decisions,
 * recovery periods, anonymous notifications, needs assessments, services, service
 * referrals, cooperation records, guardians, best-interests procedures, missing
 * episodes, residence permits, legal aid, compensation, non-punishment, durable
 * solutions and capacity gaps. Deterministic: every "random" choice is a hash of the
 * case number, so PostgreSQL and PGlite hold the same data. No name or any identifying
 * field is filled: statistics never read them.
 */

/** SQL text: a number in [0, 1) from the case number `i` and a salt `k` (same on PostgreSQL and PGlite). */
const R = (k: number, i = 'i'): string =>
  `((hashint8((${i})::bigint * 1009 + ${k}) & 2147483647)::float8 / 2147483648.0)`;
const r = (k: number, i = 'i') => sql.raw(R(k, i));
/** SQL text: an element of a text array chosen by R(k). */
const PICK = (values: readonly string[], k: number, i = 'i'): string =>
  `(array[${values.map((v) => `'${v}'`).join(',')}])[1 + floor(${R(k, i)} * ${values.length})::int]`;
const pick = (values: readonly string[], k: number, i = 'i') => sql.raw(PICK(values, k, i));

const START = '2021-01-01';
const DAYS = 5 * 365;
export const REGIONS = [
  'capital',
  'north',
  'south',
  'east',
  'west',
  'central',
  'coast',
  'mountains',
] as const;
const NATIONALITIES = [
  'AT',
  'AT',
  'AT',
  'RO',
  'BG',
  'HU',
  'PL',
  'SK',
  'UA',
  'UA',
  'MD',
  'NG',
  'VN',
  'CN',
  'BR',
  'AF',
  'SY',
  'AL',
  'RS',
  'TH',
];
const MIGRATION = [
  'national',
  'eu_citizen',
  'regular_resident',
  'asylum_seeker',
  'refugee',
  'irregular',
  'irregular',
  'unknown',
];
const ORG_KINDS: readonly [string, number][] = [
  ['ngo', 20],
  ['shelter', 8],
  ['labour_inspectorate', 8],
  ['trade_union', 4],
  ['health_service', 6],
  ['social_services', 6],
  ['child_protection', 4],
  ['police', 12],
  ['border_guard', 4],
  ['immigration_asylum', 4],
  ['competent_authority', 2],
  ['national_coordinator', 1],
  ['international_organisation', 1],
];

/** Forms, weighted like the known biases: sexual and labour exploitation dominate. */
const FORM_WEIGHTS: readonly string[] = [
  ...Array(9).fill('sexual_prostitution'),
  ...Array(2).fill('sexual_online'),
  'sexual_pornography',
  ...Array(8).fill('forced_labour'),
  ...Array(2).fill('domestic_servitude'),
  ...Array(2).fill('forced_criminality'),
  'forced_begging',
  'servitude',
  'forced_marriage',
  'unknown',
];

export type FixtureTimings = Record<string, number>;

async function step(timings: FixtureTimings, name: string, run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  timings[name] = Math.round(performance.now() - started);
}

export async function seedStocktakingFixture(db: Kysely<DB>, cases: number): Promise<FixtureTimings> {
  const timings: FixtureTimings = {};
  const n = cases;
  if (!EXPLOITATION_FORMS.includes('sexual_prostitution')) throw new Error('vocabulary changed');

  await step(timings, 'organisations', async () => {
    let k = 0;
    const orgs: { id: string; kind: string; region: string; name: string }[] = [];
    for (const [kind, count] of ORG_KINDS) {
      for (let j = 0; j < count; j++, k++) {
        orgs.push({
          id: `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`,
          kind,
          region: REGIONS[k % REGIONS.length] as string,
          name: `Bench ${kind} ${j + 1}`,
        });
      }
    }
    await db
      .insertInto('organisations')
      .values(orgs.map((o) => ({ ...o, country: 'AT' })))
      .execute();
    await db
      .insertInto('data_keys')
      .values({ id: '00000000-0000-4000-8000-000000000001', kek_id: 'bench', wrapped: 'bench' })
      .execute();
    await db
      .insertInto('users')
      .values({
        id: '00000000-0000-4000-8000-000000000002',
        organisation_id: orgs[0]?.id as string,
        email: 'bench-staff@bench.example',
        display_name: 'Bench staff',
        roles: ['case_worker'],
        password_hash: 'x',
      })
      .execute();
    await db
      .insertInto('services')
      .values(
        Array.from({ length: 400 }, (_, s) => ({
          id: `00000000-0000-4000-9000-${String(s).padStart(12, '0')}`,
          organisation_id: orgs[s % 14]?.id as string,
          kind: [
            'shelter',
            'safe_house',
            'medical',
            'psychological',
            'legal_aid',
            'interpretation',
            'employment',
            'financial_aid',
            'counselling',
            'documents_support',
          ][s % 10] as string,
          name: `Bench service ${s}`,
          regions: [REGIONS[s % REGIONS.length] as string],
          capacity_total: 10 + (s % 30),
          capacity_free: s % 7,
          waiting_days: s % 21,
        })),
      )
      .execute();
  });

  // A referring organisation chosen by R(k): any of the first 76 (not the deciding authority).
  const REFERRER = (k: number): string =>
    `('00000000-0000-4000-8000-' || lpad((floor(${R(k)} * 76))::int::text, 12, '0'))::uuid`;
  const referrer = (k: number) => sql.raw(REFERRER(k));
  const authority = sql.raw(`'00000000-0000-4000-8000-000000000076'::uuid`);
  const key = sql.raw(`'00000000-0000-4000-8000-000000000001'::uuid`);
  const staff = sql.raw(`'00000000-0000-4000-8000-000000000002'::uuid`);
  const CONTACT = `(timestamptz '${START}' + (floor(${R(1)} * ${DAYS}) || ' days')::interval + interval '9 hours')`;
  const contact = sql.raw(CONTACT);
  const CHILD = `(${R(2)} < 0.25)`;
  const child = sql.raw(CHILD);
  const id = (prefix: string, i = 'i') => sql.raw(`md5('${prefix}' || ${i})::uuid`);

  await step(timings, 'persons', () =>
    sql`insert into persons (id, data_key_id, gender, birth_year, nationality, migration_status, vulnerabilities, disabilities, created_by_org_id)
      select ${id('p')}, ${key},
        case when ${r(3)} < 0.55 then 'female' when ${r(3)} < 0.93 then 'male' when ${r(3)} < 0.96 then 'transgender' else 'unknown' end,
        case when ${child} then 2008 + floor(${r(4)} * 10)::int when ${r(4)} < 0.03 then null else 1960 + floor(${r(4)} * 45)::int end,
        case when ${r(5)} < 0.02 then null else ${pick(NATIONALITIES, 6)} end,
        ${pick(MIGRATION, 7)},
        case when ${r(8)} < 0.08 then array['minority_background'] when ${r(8)} < 0.12 then array['lgbti'] else '{}'::text[] end,
        case when ${r(9)} < 0.04 then array['physical'] when ${r(9)} < 0.07 then array['psychosocial']
          when ${r(9)} < 0.09 then array['intellectual'] when ${r(9)} < 0.1 then array['sensory'] else '{}'::text[] end,
        ${referrer(10)}
      from generate_series(1, ${n}) i`.execute(db),
  );

  await step(timings, 'cases', () =>
    sql`insert into cases (id, reference, person_id, stage, is_child, exploitation_forms, exploitation_place, region, referring_org_id, lead_org_id, first_contact_at)
      select ${id('c')}, 'B-' || i, ${id('p')},
        case when ${r(11)} < 0.05 then 'screening' when ${r(11)} < 0.5 then 'identified' when ${r(11)} < 0.6 then 'not_identified'
          when ${r(11)} < 0.8 then 'recovery_period' else 'follow_up' end,
        ${child},
        case when ${r(12)} < 0.15 then array[${pick(FORM_WEIGHTS, 13)}, ${pick(FORM_WEIGHTS, 14)}] else array[${pick(FORM_WEIGHTS, 13)}] end,
        ${pick(['in_country', 'in_country', 'abroad', 'both', 'unknown'], 15)},
        ${pick(REGIONS, 16)},
        ${referrer(10)}, ${referrer(10)}, ${contact}
      from generate_series(1, ${n}) i`.execute(db),
  );
  // Cases with more than one form can pick the same twice: keep each form once.
  await sql`update cases set exploitation_forms = array[exploitation_forms[1]]
    where cardinality(exploitation_forms) = 2 and exploitation_forms[1] = exploitation_forms[2]`.execute(db);

  const REFERRED = `(${CONTACT} + interval '1 day')`;
  const referred = sql.raw(REFERRED);
  const REFERRED_CASES = `${R(11)} >= 0.05`;
  const referredCases = sql.raw(REFERRED_CASES);
  await step(timings, 'referrals', () =>
    sql`insert into referrals (id, case_id, referring_org_id, referring_user_id, competent_org_id, profile_id, profile_version, child_status, elements, exploitation_forms, exploitation_location, referred_at, reasonable_grounds_due_at)
      select ${id('r')}, ${id('c')}, ${referrer(10)}, ${staff}, ${authority}, 'generic_coe_eu', 1,
        case when ${child} then 'child' else 'adult' end, '{}'::jsonb, '{}'::text[], 'in_country',
        ${referred}, ${referred} + interval '7 days'
      from generate_series(1, ${n}) i where ${referredCases}`.execute(db),
  );

  const RG_AT = `(${REFERRED} + (2 + floor(${R(20)} * 12) || ' days')::interval)`;
  const rgAt = sql.raw(RG_AT);
  const rgDecided = sql.raw(`(${REFERRED_CASES} and ${R(21)} < 0.9)`);
  const rgPositive = sql.raw(`(${R(22)} < 0.88)`);
  const cgAt = sql.raw(`(${RG_AT} + (45 + floor(${R(23)} * 90) || ' days')::interval)`);
  await step(timings, 'decisions', async () => {
    await sql`insert into decisions (id, case_id, stage, outcome, positive, standard, data_key_id, reasons_enc, decided_by_user_id, decided_by_org_id, decided_at, due_at, profile_id, profile_version)
      select ${id('d1')}, ${id('c')}, 'reasonable_grounds', case when ${rgPositive} then 'positive' else 'negative' end, ${rgPositive},
        'reasonable_grounds', ${key}, 'x', ${staff}, ${authority}, ${rgAt}, ${referred} + interval '7 days', 'generic_coe_eu', 1
      from generate_series(1, ${n}) i where ${rgDecided}`.execute(db);
    await sql`insert into decisions (id, case_id, stage, outcome, positive, standard, data_key_id, reasons_enc, decided_by_user_id, decided_by_org_id, decided_at, due_at, profile_id, profile_version)
      select ${id('d2')}, ${id('c')}, 'conclusive_grounds', case when ${r(24)} < 0.85 then 'trafficking' else 'not_trafficking' end, ${r(24)} < 0.85,
        'balance_of_probabilities', ${key}, 'x', ${staff}, ${authority}, ${cgAt}, ${rgAt} + interval '75 days', 'generic_coe_eu', 1
      from generate_series(1, ${n}) i where ${rgDecided} and ${rgPositive} and ${r(25)} < 0.75`.execute(db);
  });

  await step(timings, 'recovery periods', async () => {
    await sql`insert into recovery_periods (id, case_id, starts_at, ends_at, minimum_days, status, no_removal, data_key_id, withheld_ground)
      select ${id('rp')}, ${id('c')}, ${rgAt}, ${rgAt} + interval '30 days', 30,
        case when ${r(26)} < 0.02 then 'withheld' else 'ended' end, true, ${key},
        case when ${r(26)} < 0.015 then 'public_order' when ${r(26)} < 0.02 then 'improperly_claimed_status' end
      from generate_series(1, ${n}) i where ${rgDecided} and ${rgPositive}`.execute(db);
    await sql`insert into recovery_extensions (id, recovery_period_id, days, reason_enc, granted_by_user_id, granted_at)
      select ${id('rx')}, ${id('rp')}, 14, 'x', ${staff}, ${rgAt} + interval '25 days'
      from generate_series(1, ${n}) i where ${rgDecided} and ${rgPositive} and ${r(26)} >= 0.02 and ${r(27)} < 0.1`.execute(
      db,
    );
  });

  await step(timings, 'anonymous notifications', () =>
    sql`insert into anonymous_notifications (id, organisation_id, notified_on, gender, age_band, nationality, exploitation_forms, region)
      select ${id('a')}, ${referrer(30)}, (date '${sql.raw(START)}' + floor(${r(31)} * ${DAYS})::int),
        case when ${r(32)} < 0.5 then 'female' else 'male' end, ${pick(['18-20', '21-23', '24-26', '27-29', '30-38', '39-47', 'unknown'], 33)},
        ${pick(NATIONALITIES, 34)}, array[${pick(FORM_WEIGHTS, 35)}], ${pick(REGIONS, 36)}
      from generate_series(1, ${Math.round(n / 10)}) i`.execute(db),
  );

  const assessed = sql.raw(`(${R(40)} < 0.7)`);
  const assessedAt = sql.raw(`(${CONTACT} + (1 + floor(${R(41)} * 10) || ' days')::interval)`);
  await step(timings, 'needs', async () => {
    await sql`insert into needs_assessments (id, case_id, version, data_key_id, assessed_by_user_id, assessed_by_org_id, assessed_at)
      select ${id('na')}, ${id('c')}, 1, ${key}, ${staff}, ${referrer(10)}, ${assessedAt}
      from generate_series(1, ${n}) i where ${assessed}`.execute(db);
    for (let k = 0; k < 3; k++) {
      await sql`insert into assessed_needs (assessment_id, case_id, domain, level, urgency)
        select ${id('na')}, ${id('c')}, (array[${sql.join(NEED_DOMAINS.map((d) => sql.lit(d)))}])[1 + ((i * 7 + ${k * 5}) % 15)],
          ${pick(['low', 'medium', 'medium', 'high', 'high'], 42 + k)}, 'within_week'
        from generate_series(1, ${n}) i where ${assessed}`.execute(db);
    }
  });

  await step(timings, 'service referrals', async () => {
    for (let k = 0; k < 2; k++) {
      await sql`insert into service_referrals (id, case_id, service_id, provider_org_id, need_domain, data_key_id, sent_by_user_id, sent_by_org_id, sent_at, status, decline_reason, responded_at, started_at, ended_at, outcome)
        select ${id(`sr${k}`)}, ${id('c')},
          ('00000000-0000-4000-9000-' || lpad((i % 400)::text, 12, '0'))::uuid,
          ('00000000-0000-4000-8000-' || lpad(((i % 400) % 14)::text, 12, '0'))::uuid,
          (array[${sql.join(NEED_DOMAINS.map((d) => sql.lit(d)))}])[1 + ((i * 7 + ${k * 5}) % 15)],
          ${key}, ${staff}, ${referrer(10)}, ${assessedAt} + interval '1 day',
          s.status, case when s.status = 'declined' then ${pick(['capacity', 'capacity', 'eligibility', 'other'], 50 + k)} end,
          case when s.status <> 'sent' then ${assessedAt} + interval '3 days' end,
          case when s.status in ('started', 'ended') then ${assessedAt} + (2 + floor(${r(52 + k)} * 20) || ' days')::interval end,
          case when s.status = 'ended' then ${assessedAt} + interval '90 days' end,
          case when s.status = 'ended' then ${pick(['completed', 'completed', 'no_longer_needed', 'person_left', 'other'], 54 + k)} end
        from generate_series(1, ${n}) i
        cross join lateral (select ${pick(['sent', 'accepted', 'declined', 'started', 'started', 'ended', 'ended'], 56 + k)} as status) s
        where ${assessed} and ${r(58 + k)} < ${k === 0 ? 0.85 : 0.5}`.execute(db);
    }
  });

  await step(timings, 'cooperation', async () => {
    await sql`insert into cooperation_records (id, case_id, status, recorded_by_user_id, recorded_at)
      select ${id('co1')}, ${id('c')}, ${pick(['not_discussed', 'undecided', 'declines_contact', 'cooperating', 'cooperating'], 60)}, ${staff}, ${contact} + interval '5 days'
      from generate_series(1, ${n}) i where ${r(61)} < 0.6`.execute(db);
    await sql`insert into cooperation_records (id, case_id, status, recorded_by_user_id, recorded_at)
      select ${id('co2')}, ${id('c')}, ${pick(['withdrew', 'reported_no_further_contact', 'cooperating'], 62)}, ${staff}, ${contact} + interval '60 days'
      from generate_series(1, ${n}) i where ${r(61)} < 0.6 and ${r(63)} < 0.2`.execute(db);
  });

  await step(timings, 'children', async () => {
    await sql`insert into guardian_appointments (id, case_id, requested_at, appointed_at)
      select ${id('g')}, ${id('c')}, ${contact} + interval '1 day',
        case when ${r(70)} < 0.9 then ${contact} + (2 + floor(${r(71)} * 20) || ' days')::interval end
      from generate_series(1, ${n}) i where ${child}`.execute(db);
    await sql`insert into best_interests_procedures (id, case_id, kind, started_on, completed_on)
      select ${id('bia')}, ${id('c')}, 'assessment', (${contact})::date + 5,
        case when ${r(72)} < 0.7 then (${contact})::date + 30 end
      from generate_series(1, ${n}) i where ${child} and ${r(73)} < 0.8`.execute(db);
    await sql`insert into best_interests_procedures (id, case_id, kind, started_on, completed_on)
      select ${id('bid')}, ${id('c')}, 'determination', (${contact})::date + 40,
        case when ${r(74)} < 0.5 then (${contact})::date + 90 end
      from generate_series(1, ${n}) i where ${child} and ${r(73)} < 0.4`.execute(db);
    await sql`insert into missing_episodes (id, case_id, went_missing_at, found_at)
      select ${id('m')}, ${id('c')}, ${contact} + interval '20 days',
        case when ${r(75)} < 0.7 then ${contact} + interval '25 days' end
      from generate_series(1, ${n}) i where ${child} and ${r(76)} < 0.05`.execute(db);
  });

  await step(timings, 'remedies', async () => {
    await sql`insert into residence_permits (id, case_id, basis, applied_on, status, decided_on, right_to_work)
      select ${id('rpm')}, ${id('c')}, ${pick(['victim_situation', 'cooperation', 'international_protection', 'other'], 80)},
        (${contact})::date + 30, ${pick(['granted', 'granted', 'refused', 'pending'], 81)}, (${contact})::date + 90, ${r(82)} < 0.6
      from generate_series(1, ${n}) i where ${r(83)} < 0.2`.execute(db);
    await sql`insert into legal_aid (id, case_id, requested_on, granted_on, status)
      select ${id('la')}, ${id('c')}, (${contact})::date + 10, (${contact})::date + 20, ${pick(['granted', 'granted', 'refused', 'requested'], 84)}
      from generate_series(1, ${n}) i where ${r(85)} < 0.3`.execute(db);
    await sql`insert into compensation_claims (id, case_id, route, claimed_on, currency, amount_claimed, amount_awarded, amount_paid, status)
      select ${id('cc')}, ${id('c')}, ${pick(['criminal_proceedings', 'civil_claim', 'labour_tribunal', 'state_fund'], 86)},
        (${contact})::date + 120, 'EUR', 5000 + floor(${r(87)} * 20000), case when ${r(88)} < 0.4 then 3000 end,
        case when ${r(88)} < 0.2 then 3000 end, case when ${r(88)} < 0.2 then 'paid' when ${r(88)} < 0.4 then 'awarded' else 'pending' end
      from generate_series(1, ${n}) i where ${r(89)} < 0.1`.execute(db);
    await sql`insert into non_punishment_assessments (id, case_id, offence, linked_to_trafficking, outcome, assessed_on)
      select ${id('np')}, ${id('c')}, ${pick(['irregular_entry_or_stay', 'false_documents', 'prostitution_related', 'drugs', 'theft'], 90)},
        ${r(91)} < 0.8, ${pick(['not_prosecuted', 'discontinued', 'acquitted', 'convicted', 'pending'], 92)}, (${contact})::date + 60
      from generate_series(1, ${n}) i where ${r(93)} < 0.05`.execute(db);
    await sql`insert into durable_solutions (id, case_id, kind, status, decided_on)
      select ${id('ds')}, ${id('c')}, ${pick(['return', 'return', 'return', 'integration', 'integration', 'relocation'], 94)},
        ${pick(['planned', 'in_progress', 'completed', 'completed'], 95)}, (${contact})::date + 150
      from generate_series(1, ${n}) i where ${r(96)} < 0.4`.execute(db);
    await sql`insert into capacity_gaps (id, case_id, need_domain, service_kind, region, reason, gender, age_band, is_child, recorded_by_org_id, recorded_at)
      select ${id('cg')}, ${id('c')}, (array[${sql.join(NEED_DOMAINS.map((d) => sql.lit(d)))}])[1 + (i % 15)], 'shelter', ${pick(REGIONS, 16)},
        ${pick(['no_fit', 'declined_capacity'], 97)}, 'female', '24-26', false, ${referrer(10)}, ${contact} + interval '3 days'
      from generate_series(1, ${n}) i where ${r(98)} < 0.05`.execute(db);
  });
  return timings;
}
