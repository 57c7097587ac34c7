import { ANONYMOUS_NOTIFICATION_FIELDS, GENERIC_COE_EU_PROFILE } from '@opennrm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataKey, decryptField, decryptJson, openDataKey } from '../src/crypto/index.js';
import { DEMO_PASSWORD } from '../src/demo/accounts.js';
import { nextDeadlines, QUEUE_TARGETS } from '../src/demo/queue.js';
import { seedDemo } from '../src/demo/seed.js';
import { demoCounts } from '../src/demo/seed-assistance.js';
import type { DemoDataset } from '../src/demo/types.js';
import { rebuildAllFacts } from '../src/insights/facts.js';
import { type Client, signIn, startTestApp, type TestApp, type TestUser } from './helpers/app.js';

/**
 * The demo data set seeded into a real database and read back through the routes, as the
 * demo accounts will see it: everything sealed by the seed opens with the routes' keys and
 * AADs, and the decision maker's inbox, the guardian's children and the anonymous
 * notifications look as the demo promises.
 */
let t: TestApp;
let data: DemoDataset;
let seededAt: Date;

async function demoClient(email: string): Promise<Client> {
  const user = data.users.find((u) => u.email === email);
  if (!user) throw new Error(`no demo account ${email}`);
  const account: TestUser = {
    id: user.id,
    email,
    password: DEMO_PASSWORD,
    organisationId: user.organisationId,
    roles: [...user.roles],
    totpSecret: null,
  };
  return signIn(t, account);
}

type InboxItem = {
  caseId: string;
  decision: string;
  isChild: boolean;
  dueAt: string | null;
  deadline: string | null;
  possibleDuplicates: number;
};

beforeAll(async () => {
  t = await startTestApp({ demoMode: true });
  seededAt = new Date();
  data = await seedDemo(t.database.systemDb, t.keyring, { now: seededAt });
}, 600_000);

afterAll(async () => {
  await t?.close();
});

describe('the seeded demo', () => {
  it('stores every identification record the data set holds', async () => {
    const count = async (table: 'referrals' | 'decisions' | 'screenings' | 'consents'): Promise<number> => {
      const row = await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    expect(await count('referrals')).toBe(data.referrals.length);
    expect(await count('decisions')).toBe(data.decisions.length);
    expect(await count('screenings')).toBe(data.screenings.length);
    expect(await count('consents')).toBe(data.consents.length);
  });

  it('gives the decision maker an inbox with overdue, due-soon, child and duplicate items', async () => {
    const decider = await demoClient('decider@opennrm.example');
    const res = await decider.get('/api/decisions/inbox?stage=reasonable_grounds&pageSize=200');
    expect(res.statusCode).toBe(200);
    const inbox = res.json() as { items: InboxItem[]; counts: { overdue: number } };
    const items = inbox.items;
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.length).toBeLessThanOrEqual(45);
    expect(items.filter((i) => i.deadline === 'overdue').length).toBeGreaterThanOrEqual(
      QUEUE_TARGETS.overdue,
    );
    for (const deadline of nextDeadlines(seededAt, 2)) {
      const due = items.filter((i) => i.dueAt && Date.parse(i.dueAt) === deadline.getTime());
      expect(due.length, deadline.toISOString()).toBeGreaterThanOrEqual(QUEUE_TARGETS.duePerNextDeadline);
    }
    expect(items.filter((i) => i.isChild).length).toBeGreaterThanOrEqual(QUEUE_TARGETS.children);
    expect(items.filter((i) => i.possibleDuplicates > 0).length).toBe(data.possibleDuplicates.length);
    // Overdue first, as the inbox promises.
    expect(items[0]?.deadline).toBe('overdue');
  });

  it('opens decision reasons, a withheld period, extensions and an overturned review through the routes', async () => {
    const decider = await demoClient('decider@opennrm.example');
    const overturned = data.reconsiderations.find((r) => r.status === 'overturned');
    const withheld = data.recoveryPeriods.find((p) => p.status === 'withheld');
    const extended = data.recoveryExtensions[0];
    if (!overturned || !withheld || !extended) throw new Error('the demo lacks a showcase record');

    const review = (await decider.get(`/api/cases/${overturned.caseId}/decisions`)).json() as {
      stage: string;
      decisions: { id: string; reasons: string; supersedesId: string | null }[];
      reconsiderations: { status: string; reviewNotes: string | null; grounds: string; panel: unknown[] }[];
    };
    expect(review.stage).toBe('identified');
    for (const decision of review.decisions) {
      expect(decision.reasons).toBe(data.decisions.find((d) => d.id === decision.id)?.reasons);
    }
    expect(review.decisions.some((d) => d.supersedesId === overturned.decisionId)).toBe(true);
    expect(review.reconsiderations[0]).toMatchObject({
      status: 'overturned',
      grounds: overturned.grounds,
      reviewNotes: overturned.reviewNotes,
    });
    expect(review.reconsiderations[0]?.panel).toHaveLength(3);

    const period = (await decider.get(`/api/cases/${withheld.caseId}/decisions`)).json() as {
      stage: string;
      recoveryPeriod: { status: string; noRemoval: boolean; withheld: { ground: string; reason: string } };
    };
    expect(period.stage).toBe('awaiting_conclusive_grounds');
    expect(period.recoveryPeriod.status).toBe('withheld');
    expect(period.recoveryPeriod.noRemoval).toBe(true);
    expect(period.recoveryPeriod.withheld).toMatchObject({
      ground: 'public_order',
      reason: withheld.withheldReason,
    });

    const caseId = data.recoveryPeriods.find((p) => p.id === extended.recoveryPeriodId)?.caseId;
    const extensions = (await decider.get(`/api/cases/${caseId}/decisions`)).json() as {
      recoveryPeriod: { extensions: { id: string; reason: string }[] };
    };
    const shown = extensions.recoveryPeriod.extensions.find((e) => e.id === extended.id);
    expect(shown?.reason).toBe(extended.reason);
  });

  it('shows running recovery-period clocks that do not run out while seeding', async () => {
    const decider = await demoClient('decider@opennrm.example');
    const running = data.recoveryPeriods.filter((p) => p.status === 'running');
    expect(running.length).toBeGreaterThan(40);
    // The soonest to end that cannot end while this test runs.
    const soonest = running
      .filter((p) => Date.parse(p.endsAt) > Date.now() + 3_600_000)
      .sort((a, b) => a.endsAt.localeCompare(b.endsAt))[0];
    const view = (await decider.get(`/api/cases/${soonest?.caseId}/decisions`)).json() as {
      stage: string;
      recoveryPeriod: { status: string; daysLeft: number; noRemoval: boolean };
    };
    expect(view.stage).toBe('recovery_period');
    expect(view.recoveryPeriod.status).toBe('running');
    expect(view.recoveryPeriod.noRemoval).toBe(true);
    expect(view.recoveryPeriod.daysLeft).toBeLessThanOrEqual(2);
  });

  it('reads a referral with its safe contact, its consents and its duplicate flag', async () => {
    const decider = await demoClient('decider@opennrm.example');
    const duplicate = data.possibleDuplicates[0];
    if (!duplicate) throw new Error('no duplicates in the demo');
    const referral = data.referrals.find((r) => r.caseId === duplicate.caseId);
    const res = await decider.get(`/api/cases/${duplicate.caseId}/referral?include=details`);
    expect(res.statusCode).toBe(200);
    const view = res.json() as { childStatus: string; elements: unknown; safeContact?: string | null };
    expect(view.childStatus).toBe(referral?.childStatus);
    expect(view.elements).toEqual(referral?.elements);
    if ('safeContact' in view) expect(view.safeContact).toBe(referral?.safeContact ?? null);

    const flags = (await decider.get(`/api/cases/${duplicate.caseId}/duplicates`)).json() as {
      items: { basis: string }[];
    };
    expect(flags.items).toEqual([expect.objectContaining({ basis: 'name_and_birth_date' })]);
    const indexes = await t.database.db
      .selectFrom('cases as c')
      .innerJoin('persons as p', 'p.id', 'c.person_id')
      .select(['p.id', 'p.name_dob_bidx'])
      .where('c.id', 'in', [duplicate.caseId, duplicate.matchingCaseId])
      .execute();
    expect(indexes).toHaveLength(2);
    expect(indexes[0]?.id).not.toBe(indexes[1]?.id);
    expect(indexes[0]?.name_dob_bidx).not.toBeNull();
    expect(indexes[0]?.name_dob_bidx).toBe(indexes[1]?.name_dob_bidx);

    const withRevoked = data.consents.find(
      (c) => c.revokedAt !== null && c.purpose === 'share_with_provider',
    );
    const consents = (await decider.get(`/api/cases/${withRevoked?.caseId}/consents`)).json() as {
      items: { id: string; inForce: boolean; purpose: string }[];
    };
    expect(consents.items.find((c) => c.id === withRevoked?.id)?.inForce).toBe(false);
    expect(consents.items.some((c) => c.purpose === 'identification_referral' && c.inForce)).toBe(true);
  });

  it('lets the demo guardian open the referral of a child in their care', async () => {
    const guardian = data.users.find((u) => u.email === 'guardian@opennrm.example');
    const mine = data.guardianAppointments.filter(
      (g) => g.guardianUserId === guardian?.id && g.endedAt === null,
    );
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const client = await demoClient('guardian@opennrm.example');
    const res = await client.get(`/api/cases/${mine[0]?.caseId}/referral`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { childStatus: string }).childStatus).toMatch(/^(child|presumed_child)$/);
  });

  it('seals screening answers with a data key of the screening', async () => {
    const screening = data.screenings.find((s) => s.status === 'completed' && s.caseId !== null);
    const row = await t.database.db
      .selectFrom('screenings as s')
      .innerJoin('data_keys as k', 'k.id', 's.data_key_id')
      .select(['s.id', 's.answers_enc', 'k.id as key_id', 'k.kek_id', 'k.wrapped'])
      .where('s.id', '=', screening?.id ?? '')
      .executeTakeFirstOrThrow();
    const key = openDataKey(t.keyring, { id: row.key_id, kek_id: row.kek_id, wrapped: row.wrapped });
    const answers = decryptJson(
      key,
      { table: 'screenings', rowId: row.id, field: 'answers_enc' },
      row.answers_enc ?? '',
    );
    expect(answers).toEqual(screening?.answers);
  });

  it('shows seeded screenings with the suggestion and conclusion the complete route stores', async () => {
    type Summary = {
      id: string;
      status: string;
      childStatus: string;
      suggested: string | null;
      conclusion: string | null;
      concluded: string | null;
      version: number;
    };
    type Detail = Summary & {
      person: { birthYear: number | null; reasonsToBelieveChild: boolean } | null;
      indicatorSets: unknown[];
      questions: { remaining: string[]; fromParent: string[] };
      suggestion: { population: string; overall: string };
      conclusionDetail: {
        kind: string;
        suggested: string;
        concluded: string | null;
        reason: string | null;
        forms: string[];
        concludedBy: { id: string };
      } | null;
    };
    // Screenings are read within the organisation that did them: those of the demo first responders.
    const screeners = ['outreach@opennrm.example', 'inspector@opennrm.example', 'police@opennrm.example'];
    const accountOf = new Map(
      data.users.filter((u) => screeners.includes(u.email)).map((u) => [u.organisationId, u.email]),
    );
    const readable = data.screenings.filter((s) => accountOf.has(s.organisationId));
    const completed = readable.filter((s) => s.status === 'completed');
    const showcase = [
      completed.find((s) => s.conclusion === 'confirmed' && s.caseId !== null),
      completed.find((s) => s.conclusion === 'overridden'),
      completed.find((s) => s.depth === 'full' && s.fromParent.length > 0),
      completed.find((s) => s.childStatus === 'child' && s.caseId !== null),
      readable.find((s) => s.status === 'in_progress' && s.childStatus === 'child'),
    ];
    for (const s of showcase) {
      if (!s) throw new Error('the demo lacks a showcase screening');
      const client = await demoClient(accountOf.get(s.organisationId) ?? '');

      // The list, as the screener's organisation sees it.
      let listed: Summary | undefined;
      for (let page = 1; !listed; page++) {
        const res = await client.get(`/api/screenings?status=${s.status}&pageSize=200&page=${page}`);
        expect(res.statusCode).toBe(200);
        const list = res.json() as { items: Summary[]; total: number };
        listed = list.items.find((item) => item.id === s.id);
        if (page * 200 >= list.total) break;
      }
      const expected = {
        id: s.id,
        status: s.status,
        childStatus: s.childStatus,
        suggested: s.suggested,
        conclusion: s.conclusion,
        concluded: s.concluded,
        version: s.status === 'completed' ? 2 : 1,
      };
      expect(listed).toMatchObject(expected);

      const res = await client.get(`/api/screenings/${s.id}`);
      expect(res.statusCode).toBe(200);
      const detail = res.json() as Detail;
      expect(detail).toMatchObject(expected);
      expect(detail.indicatorSets).toEqual(s.indicatorSets);
      expect(detail.questions.fromParent.sort()).toEqual([...s.fromParent].sort());
      if (s.childStatus === 'child') {
        expect(detail.person?.reasonsToBelieveChild).toBe(true);
        expect(detail.suggestion.population).toBe('child');
      }
      if (s.status !== 'completed') {
        expect(detail.suggested).toBeNull();
        expect(detail.conclusionDetail).toBeNull();
        expect(detail.questions.remaining.length).toBeGreaterThan(0);
        continue;
      }
      expect(['strong_indication', 'indication', 'insufficient']).toContain(detail.suggested);
      expect(detail.concluded).not.toBeNull();
      expect(detail.suggestion.overall).toBe(s.suggested);
      expect(detail.questions.remaining).toEqual([]);
      expect(detail.conclusionDetail).toEqual({
        kind: s.conclusion,
        suggested: s.suggested,
        concluded: s.concluded,
        reason: s.overrideReason,
        forms: [...s.concludedForms],
        concludedBy: { id: s.screenerUserId, displayName: expect.any(String) },
        concludedAt: s.completedAt,
      });
    }
  });

  it('keeps anonymous notifications to the allowed columns, with no identifying data', async () => {
    const rows = await t.database.db.selectFrom('anonymous_notifications').selectAll().execute();
    expect(rows.length).toBe(data.anonymousNotifications.length);
    const allowed = [
      'id',
      'organisation_id',
      'notified_on',
      'gender',
      'age_band',
      'nationality',
      'exploitation_forms',
      'region',
    ];
    expect(ANONYMOUS_NOTIFICATION_FIELDS).toHaveLength(5);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...allowed].sort());
  });

  it('records every referral under the generic profile the server starts with', async () => {
    const profiles = await t.database.db
      .selectFrom('cases')
      .select(['profile_id', 'profile_version'])
      .where('profile_id', 'is not', null)
      .groupBy(['profile_id', 'profile_version'])
      .execute();
    expect(profiles).toEqual([
      { profile_id: GENERIC_COE_EU_PROFILE.id, profile_version: GENERIC_COE_EU_PROFILE.version },
    ]);
  });
});

describe('the seeded assistance records (issues 4 and 5)', () => {
  /** The person's data key of a case, as the routes open it. */
  async function keyOfCase(caseId: string): Promise<DataKey> {
    const row = await t.database.db
      .selectFrom('cases as c')
      .innerJoin('persons as p', 'p.id', 'c.person_id')
      .innerJoin('data_keys as k', 'k.id', 'p.data_key_id')
      .select(['k.id', 'k.kek_id', 'k.wrapped'])
      .where('c.id', '=', caseId)
      .executeTakeFirstOrThrow();
    return openDataKey(t.keyring, row);
  }

  it('stores every record of the new tables, and counts them in the audit entry', async () => {
    const tables = {
      services: data.services.length,
      service_capacity_log: data.serviceCapacityLog.length,
      case_accounts: data.caseAccounts.length,
      account_shares: data.accountShares.length,
      account_requests: data.accountRequests.length,
      case_notes: data.caseNotes.length,
      needs_assessments: data.needsAssessments.length,
      assessed_needs: data.assessedNeeds.length,
      risk_assessments: data.riskAssessments.length,
      support_plans: data.supportPlans.length,
      plan_actions: data.planActions.length,
      advocates: data.advocates.length,
      service_referrals: data.serviceReferrals.length,
      capacity_gaps: data.capacityGaps.length,
      cooperation_records: data.cooperationRecords.length,
      residence_permits: data.residencePermits.length,
      legal_aid: data.legalAid.length,
      compensation_claims: data.compensationClaims.length,
      non_punishment_assessments: data.nonPunishmentAssessments.length,
      best_interests_procedures: data.bestInterestsProcedures.length,
      missing_episodes: data.missingEpisodes.length,
      durable_solutions: data.durableSolutions.length,
      case_team: data.caseTeam.length,
    } as const;
    for (const [table, expected] of Object.entries(tables)) {
      const row = await t.database.db
        .selectFrom(table as keyof typeof tables)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(row.n), table).toBe(expected);
      expect(expected, table).toBeGreaterThan(0);
    }
    const persons = await t.database.db
      .selectFrom('persons')
      .select(['id', 'migration_status', 'vulnerabilities', 'disabilities', 'dependants'])
      .execute();
    const byId = new Map(data.persons.map((p) => [p.id, p]));
    for (const row of persons) {
      const person = byId.get(row.id);
      expect(row.migration_status).toBe(person?.migrationStatus);
      expect(row.vulnerabilities).toEqual(person?.vulnerabilities);
      expect(row.disabilities).toEqual(person?.disabilities);
      expect(row.dependants).toBe(person?.dependants);
    }
    const cases = await t.database.db
      .selectFrom('cases')
      .select(['id', 'closed_at', 'case_worker_user_id'])
      .execute();
    const caseById = new Map(data.cases.map((c) => [c.id, c]));
    for (const row of cases) {
      const record = caseById.get(row.id);
      expect(row.case_worker_user_id).toBe(record?.caseWorkerUserId);
      expect(row.closed_at ? new Date(row.closed_at).toISOString() : null).toBe(record?.closedAt);
    }
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'demo.seed')
      .executeTakeFirstOrThrow();
    const details = typeof audit.details === 'string' ? JSON.parse(audit.details) : audit.details;
    expect(details).toEqual(demoCounts(data));
  });

  it('seals the texts about the person with their data key, bound to the row as the routes bind them', async () => {
    const open = async (
      caseId: string,
      table: string,
      rowId: string,
      field: string,
      sealed: string | null,
    ) => (sealed === null ? null : decryptField(await keyOfCase(caseId), { table, rowId, field }, sealed));

    const account = data.caseAccounts[0];
    const note = data.caseNotes[0];
    const request = data.accountRequests[0];
    const plan = data.supportPlans.find((p) => p.agreementNote !== null);
    const action = data.planActions[0];
    const risk = data.riskAssessments.find((r) => r.safetyPlan !== null);
    const assessment = data.needsAssessments.find((a) => a.priorities !== null);
    const need = data.assessedNeeds.find((n) => n.notes !== null);
    const referral = data.serviceReferrals.find((r) => r.message !== null && r.responseNote !== null);
    if (!account || !note || !request || !plan || !action || !risk || !assessment || !need || !referral) {
      throw new Error('the demo lacks a sealed record');
    }
    const db = t.database.db;
    const a = await db
      .selectFrom('case_accounts')
      .selectAll()
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(await open(a.case_id, 'case_accounts', a.id, 'account_enc', a.account_enc)).toBe(account.text);
    const n = await db
      .selectFrom('case_notes')
      .selectAll()
      .where('id', '=', note.id)
      .executeTakeFirstOrThrow();
    expect(await open(n.case_id, 'case_notes', n.id, 'body_enc', n.body_enc)).toBe(note.body);
    const r = await db
      .selectFrom('account_requests')
      .selectAll()
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(await open(r.case_id, 'account_requests', r.id, 'reason_enc', r.reason_enc)).toBe(request.reason);
    const p = await db
      .selectFrom('support_plans')
      .selectAll()
      .where('id', '=', plan.id)
      .executeTakeFirstOrThrow();
    const key = await keyOfCase(p.case_id);
    expect(
      decryptJson(key, { table: 'support_plans', rowId: p.id, field: 'goals_enc' }, p.goals_enc),
    ).toEqual(plan.goals);
    expect(await open(p.case_id, 'support_plans', p.id, 'agreement_note_enc', p.agreement_note_enc)).toBe(
      plan.agreementNote,
    );
    expect(p.data_key_id).toBe(key.id);
    const ac = await db
      .selectFrom('plan_actions')
      .selectAll()
      .where('id', '=', action.id)
      .executeTakeFirstOrThrow();
    expect(await open(ac.case_id, 'plan_actions', ac.id, 'description_enc', ac.description_enc)).toBe(
      action.description,
    );
    const rk = await db
      .selectFrom('risk_assessments')
      .selectAll()
      .where('id', '=', risk.id)
      .executeTakeFirstOrThrow();
    expect(await open(rk.case_id, 'risk_assessments', rk.id, 'safety_plan_enc', rk.safety_plan_enc)).toBe(
      risk.safetyPlan,
    );
    const na = await db
      .selectFrom('needs_assessments')
      .selectAll()
      .where('id', '=', assessment.id)
      .executeTakeFirstOrThrow();
    expect(await open(na.case_id, 'needs_assessments', na.id, 'priorities_enc', na.priorities_enc)).toBe(
      assessment.priorities,
    );
    const nd = await db
      .selectFrom('assessed_needs')
      .selectAll()
      .where('assessment_id', '=', need.assessmentId)
      .where('domain', '=', need.domain)
      .executeTakeFirstOrThrow();
    expect(
      await open(nd.case_id, 'assessed_needs', `${nd.assessment_id}/${nd.domain}`, 'notes_enc', nd.notes_enc),
    ).toBe(need.notes);
    const sr = await db
      .selectFrom('service_referrals')
      .selectAll()
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    expect(await open(sr.case_id, 'service_referrals', sr.id, 'message_enc', sr.message_enc)).toBe(
      referral.message,
    );
    expect(
      await open(sr.case_id, 'service_referrals', sr.id, 'response_note_enc', sr.response_note_enc),
    ).toBe(referral.responseNote);
  });

  it('stores dates as local dates and amounts exactly, and capacity gaps without identifying columns', async () => {
    const plan = data.supportPlans.find((p) => p.reviewDueOn !== null);
    const row = await t.database.db
      .selectFrom('support_plans')
      .select(['review_due_on', 'agreed_on'])
      .where('id', '=', plan?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(new Date(row.review_due_on ?? 0).toISOString().slice(0, 10)).toBe(plan?.reviewDueOn);
    const claim = data.compensationClaims.find((c) => c.amountAwarded !== null);
    const stored = await t.database.db
      .selectFrom('compensation_claims')
      .select(['amount_claimed', 'amount_awarded', 'amount_paid'])
      .where('id', '=', claim?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(Number(stored.amount_claimed)).toBe(claim?.amountClaimed);
    expect(Number(stored.amount_awarded)).toBe(claim?.amountAwarded);
    const gaps = await t.database.db.selectFrom('capacity_gaps').selectAll().limit(50).execute();
    for (const gap of gaps) {
      expect(Object.keys(gap).sort()).toEqual(
        [
          'id',
          'case_id',
          'need_domain',
          'service_kind',
          'region',
          'reason',
          'gender',
          'age_band',
          'is_child',
          'disabilities',
          'language',
          'without_status',
          'lgbti',
          'service_referral_id',
          'recorded_by_org_id',
          'recorded_at',
        ].sort(),
      );
    }
  });

  it('shows stock-taking no service declined or ended soon after a change of cooperation status', async () => {
    // The measure's own SQL over the seeded database (the unit test counts it apart).
    await rebuildAllFacts(t.database.systemDb, { hostCountry: null });
    const row = await t.database.db
      .selectFrom('insights_case_facts')
      .select((eb) => [
        eb.fn.countAll<number>().as('cases'),
        eb.fn.sum<number>('stops_after_cooperation_change').as('stops'),
      ])
      .executeTakeFirstOrThrow();
    expect(Number(row.cases)).toBe(data.cases.length);
    expect(Number(row.stops)).toBe(0);
  });
});
