import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  expectProblem,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
} from './helpers/app.js';
import {
  day,
  type SeededCase,
  seedCase,
  seedNeeds,
  seedPlan,
  seedRisk,
  seedService,
  seedServiceReferral,
} from './helpers/caseload-fixtures.js';

/**
 * The caseload: a case worker's home lists (my cases, overdue actions, reviews due,
 * capacity alerts), the supervisor's team view and reassignment — and who is refused.
 */

type CaseItem = {
  id: string;
  reference: string;
  stage: string;
  isChild: boolean;
  caseWorker: { id: string; name: string } | null;
  caseWorkerElsewhere: boolean;
  planVisible: boolean;
  nextActionDueOn: string | null;
  overdueActions: number;
  planReviewDueOn: string | null;
  lastActivityAt: string;
  closed: boolean;
};
type Page<T> = { scope?: string; items: T[]; total: number; page: number; pageSize: number };
type Action = {
  id: string;
  caseId: string;
  dueOn: string;
  daysOverdue: number;
  domain: string;
  ownerOrganisation: { id: string } | null;
};
type Review = { kind: string; caseId: string; dueOn: string; daysUntil: number };
type Alert = { id: string; full: boolean; stale: boolean; casesUsing: number; casesNeeding: number };
type Alerts = Page<Alert> & {
  inbox: {
    waiting: number;
    late: number;
    oldest: { id: string; workingDaysWaiting: number; late: boolean }[];
  } | null;
};
type Team = Page<{
  user: { id: string; name: string };
  openCases: number;
  overdueActions: number;
  reviewsDue: number;
}> & {
  unassigned: { openCases: number; overdueActions: number; reviewsDue: number };
};

let t: TestApp;
let orgA: string;
let orgB: string;
let shelterOrg: string;
let workerA1: TestUser;
let workerA2: TestUser;
let supervisorA: TestUser;
let workerB: TestUser;
let asWorkerA1: Client;
let asWorkerA2: Client;
let asSupervisorA: Client;
let asWorkerB: Client;
let asShelter: Client;
let asResponderA: Client;
let c1: SeededCase;
let c2: SeededCase;
let c3: SeededCase;
let c4: SeededCase;
let c5: SeededCase;
let c6: SeededCase;
let c7: SeededCase;
let overdueC1: string;
let overdueC4: string;
let fullService: string;
let staleService: string;
let silentService: string;
let waitingReferral: string;

const ids = (page: Page<{ id: string }>) => page.items.map((i) => i.id);

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.createOrganisation('ngo', 'Caseload NGO A');
  orgB = await t.createOrganisation('ngo', 'Caseload NGO B');
  shelterOrg = await t.createOrganisation('shelter', 'Caseload Shelter');
  workerA1 = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
  workerA2 = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
  supervisorA = await t.createUser({ organisationId: orgA, roles: ['case_supervisor'] });
  workerB = await t.createUser({ organisationId: orgB, roles: ['case_worker'] });
  const shelterWorker = await t.createUser({ organisationId: shelterOrg, roles: ['case_worker'] });
  asWorkerA1 = await signIn(t, workerA1);
  asWorkerA2 = await signIn(t, workerA2);
  asSupervisorA = await signIn(t, supervisorA);
  asWorkerB = await signIn(t, workerB);
  asShelter = await signIn(t, shelterWorker);
  asResponderA = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['first_responder'] }));

  const by = { byUserId: workerA1.id, byOrgId: orgA };
  fullService = await seedService(t, {
    organisationId: shelterOrg,
    kind: 'shelter',
    name: 'Full shelter',
    capacityTotal: 10,
    capacityFree: 0,
  });
  staleService = await seedService(t, {
    organisationId: orgB,
    kind: 'medical',
    name: 'Stale clinic',
    regions: ['capital'],
    capacityTotal: 5,
    capacityFree: 2,
    capacityUpdatedAt: new Date(Date.now() - 10 * 86_400_000),
  });
  await seedService(t, {
    organisationId: orgB,
    kind: 'medical',
    name: 'Fresh clinic',
    capacityFree: 3,
    capacityTotal: 5,
  });
  // Reports nothing at all: no places, no waiting time, never updated (stale, not full).
  silentService = await seedService(t, {
    organisationId: orgB,
    kind: 'legal_aid',
    name: 'Silent legal aid',
    capacityTotal: null,
    capacityFree: null,
    capacityUpdatedAt: null,
  });

  // c1: A1's case, the shelter on the team; one overdue action (owned by the shelter),
  // one due soon, one done long ago; an old superseded version with its own overdue action.
  c1 = await seedCase(t, {
    leadOrgId: orgA,
    workerUserId: workerA1.id,
    team: [
      { organisationId: orgA, purpose: 'assistance' },
      { organisationId: shelterOrg, purpose: 'accommodation' },
    ],
  });
  await seedPlan(t, c1, {
    ...by,
    status: 'superseded',
    reviewDueOn: day(-60),
    actions: [{ domain: 'accommodation', dueOn: day(-40), status: 'planned' }],
  });
  const p1 = await seedPlan(t, c1, {
    ...by,
    version: 2,
    reviewDueOn: day(5),
    actions: [
      {
        domain: 'accommodation',
        dueOn: day(-5),
        status: 'planned',
        ownerOrgId: shelterOrg,
        serviceId: fullService,
      },
      { domain: 'legal_assistance', dueOn: day(2), status: 'in_progress', ownerOrgId: orgA },
      { domain: 'documents', dueOn: day(-30), status: 'done', completedOn: day(-31), ownerOrgId: orgA },
      {
        domain: 'legal_assistance',
        dueOn: day(20),
        status: 'planned',
        ownerOrgId: orgB,
        serviceId: silentService,
      },
    ],
  });
  overdueC1 = p1.actionIds[0] ?? '';
  await seedNeeds(t, c1, {
    ...by,
    needs: [{ domain: 'physical_health', level: 'high', urgency: 'immediate' }],
  });
  waitingReferral = await seedServiceReferral(t, c1, {
    serviceId: fullService,
    providerOrgId: shelterOrg,
    senderOrgId: orgA,
    senderUserId: workerA1.id,
    needDomain: 'accommodation',
    sentAt: new Date(Date.now() - 10 * 86_400_000),
  });

  // c2: A1's, a child, identified; review overdue; a risk review due soon.
  c2 = await seedCase(t, { leadOrgId: orgA, workerUserId: workerA1.id, child: true, stage: 'identified' });
  await seedPlan(t, c2, {
    ...by,
    reviewDueOn: day(-20),
    actions: [{ domain: 'education', dueOn: day(10), status: 'planned' }],
  });
  await seedRisk(t, c2, { ...by, reviewDueOn: day(3) });

  // c3: A2's, no plan. c4: nobody's, an overdue action owned by A. c6: A1's, closed.
  c3 = await seedCase(t, { leadOrgId: orgA, workerUserId: workerA2.id });
  c4 = await seedCase(t, { leadOrgId: orgA });
  overdueC4 =
    (
      await seedPlan(t, c4, {
        ...by,
        actions: [{ domain: 'safety', dueOn: day(-1), status: 'planned', ownerOrgId: orgA }],
      })
    ).actionIds[0] ?? '';
  c6 = await seedCase(t, { leadOrgId: orgA, workerUserId: workerA1.id, closed: true });
  await seedPlan(t, c6, { ...by, actions: [{ domain: 'safety', dueOn: day(-3), status: 'planned' }] });

  // c5: B's only. c7: B leads, A on the team only as the referrer (it does not see the plan).
  c5 = await seedCase(t, { leadOrgId: orgB, workerUserId: workerB.id });
  await seedPlan(t, c5, {
    byUserId: workerB.id,
    byOrgId: orgB,
    reviewDueOn: day(1),
    actions: [{ domain: 'safety', dueOn: day(-2), status: 'planned' }],
  });
  c7 = await seedCase(t, {
    leadOrgId: orgB,
    workerUserId: workerB.id,
    team: [
      { organisationId: orgB, purpose: 'assistance' },
      { organisationId: orgA, purpose: 'referral' },
    ],
  });
  await seedPlan(t, c7, {
    byUserId: workerB.id,
    byOrgId: orgB,
    reviewDueOn: day(1),
    actions: [{ domain: 'safety', dueOn: day(-4), status: 'planned' }],
  });
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/caseload/me', () => {
  it('lists my open named cases, next action first, with the plan’s figures', async () => {
    const res = await asWorkerA1.get('/api/caseload/me');
    expect(res.statusCode).toBe(200);
    const page = res.json() as Page<CaseItem>;
    expect(page.scope).toBe('mine');
    expect(ids(page)).toEqual([c1.caseId, c2.caseId]);
    const [first, second] = page.items;
    expect(first).toMatchObject({
      reference: c1.reference,
      caseWorker: { id: workerA1.id },
      planVisible: true,
      nextActionDueOn: day(-5),
      overdueActions: 1,
      planReviewDueOn: day(5),
      closed: false,
    });
    expect(second).toMatchObject({
      isChild: true,
      nextActionDueOn: day(10),
      overdueActions: 0,
      planReviewDueOn: day(-20),
    });
    expect(Date.parse(first?.lastActivityAt ?? '')).not.toBeNaN();
  });

  it('filters by overdue actions, child, stage and reference, in SQL', async () => {
    const overdue = (await asWorkerA1.get('/api/caseload/me?overdue=true')).json() as Page<CaseItem>;
    expect(ids(overdue)).toEqual([c1.caseId]);
    const child = (await asWorkerA1.get('/api/caseload/me?child=true')).json() as Page<CaseItem>;
    expect(ids(child)).toEqual([c2.caseId]);
    const stage = (await asWorkerA1.get('/api/caseload/me?stage=identified')).json() as Page<CaseItem>;
    expect(ids(stage)).toEqual([c2.caseId]);
    const search = (
      await asWorkerA1.get(`/api/caseload/me?q=${c2.reference.slice(-6)}`)
    ).json() as Page<CaseItem>;
    expect(ids(search)).toEqual([c2.caseId]);
    const closed = (await asWorkerA1.get('/api/caseload/me?status=closed')).json() as Page<CaseItem>;
    expect(ids(closed)).toEqual([c6.caseId]);
  });

  it('pages and sorts (by review date, by reference)', async () => {
    const second = (await asWorkerA1.get('/api/caseload/me?pageSize=1&page=2')).json() as Page<CaseItem>;
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(ids(second)).toEqual([c2.caseId]);
    const beyond = (await asWorkerA1.get('/api/caseload/me?pageSize=1&page=5')).json() as Page<CaseItem>;
    expect(beyond).toMatchObject({ total: 2, items: [] });
    const byReview = (await asWorkerA1.get('/api/caseload/me?sort=review_due')).json() as Page<CaseItem>;
    expect(ids(byReview)).toEqual([c2.caseId, c1.caseId]);
    const byReference = (await asWorkerA1.get('/api/caseload/me?sort=reference')).json() as Page<CaseItem>;
    expect(byReference.items.map((i) => i.reference)).toEqual([c1.reference, c2.reference].sort());
    for (const sort of ['overdue', 'last_activity', 'first_contact_desc', 'first_contact_asc']) {
      const res = await asWorkerA1.get(`/api/caseload/me?sort=${sort}`);
      expect(res.statusCode, sort).toBe(200);
      expect((res.json() as Page<CaseItem>).total, sort).toBe(2);
    }
  });

  it('shows the organisation’s team cases, never another organisation’s, and hides plans it may not see', async () => {
    const team = (await asWorkerA1.get('/api/caseload/me?scope=team&pageSize=50')).json() as Page<CaseItem>;
    expect(new Set(ids(team))).toEqual(new Set([c1.caseId, c2.caseId, c3.caseId, c4.caseId, c7.caseId]));
    const referralOnly = team.items.find((i) => i.id === c7.caseId);
    expect(referralOnly).toMatchObject({
      planVisible: false,
      overdueActions: 0,
      nextActionDueOn: null,
      caseWorker: null,
      caseWorkerElsewhere: true,
    });
    const b = (await asWorkerB.get('/api/caseload/me?scope=team&pageSize=50')).json() as Page<CaseItem>;
    expect(new Set(ids(b))).toEqual(new Set([c5.caseId, c7.caseId]));
  });

  it('falls back to the organisation’s cases for staff with no named case (a shelter)', async () => {
    const page = (await asShelter.get('/api/caseload/me')).json() as Page<CaseItem>;
    expect(page.scope).toBe('team');
    expect(ids(page)).toEqual([c1.caseId]);
    expect(page.items[0]).toMatchObject({ planVisible: true, overdueActions: 1 });
  });

  it('gives a first responder the cases but not the plans', async () => {
    const page = (await asResponderA.get('/api/caseload/me?scope=team&pageSize=50')).json() as Page<CaseItem>;
    expect(page.total).toBe(5);
    expect(page.items.every((i) => !i.planVisible && i.overdueActions === 0)).toBe(true);
    const actions = (
      await asResponderA.get('/api/caseload/overdue-actions?scope=team')
    ).json() as Page<Action>;
    expect(actions.total).toBe(0);
  });

  it('refuses a malformed filter with 400', async () => {
    expectProblem(await asWorkerA1.get('/api/caseload/me?q=%25%27%3B'), 400, 'validation');
    expectProblem(await asWorkerA1.get('/api/caseload/me?sort=name'), 400, 'validation');
  });
});

describe('GET /api/caseload/overdue-actions', () => {
  it('lists overdue actions of current plans on my open cases, oldest first', async () => {
    const page = (await asWorkerA1.get('/api/caseload/overdue-actions')).json() as Page<Action>;
    expect(page.scope).toBe('mine');
    expect(ids(page)).toEqual([overdueC1]);
    expect(page.items[0]).toMatchObject({
      caseId: c1.caseId,
      dueOn: day(-5),
      daysOverdue: 5,
      ownerOrganisation: { id: shelterOrg },
    });
  });

  it('lists the organisation’s, but not where the plan is not its to see, nor another organisation’s', async () => {
    const page = (await asWorkerA1.get('/api/caseload/overdue-actions?scope=team')).json() as Page<Action>;
    expect(ids(page)).toEqual([overdueC1, overdueC4]);
    const owned = (
      await asWorkerA1.get('/api/caseload/overdue-actions?scope=team&owner=organisation')
    ).json() as Page<Action>;
    expect(ids(owned)).toEqual([overdueC4]);
    const domain = (
      await asWorkerA1.get('/api/caseload/overdue-actions?scope=team&domain=safety')
    ).json() as Page<Action>;
    expect(ids(domain)).toEqual([overdueC4]);
    const paged = (
      await asWorkerA1.get('/api/caseload/overdue-actions?scope=team&pageSize=1&page=2')
    ).json() as Page<Action>;
    expect(paged).toMatchObject({ total: 2 });
    expect(ids(paged)).toEqual([overdueC4]);
  });
});

describe('GET /api/caseload/reviews-due', () => {
  it('lists plan and risk reviews within 14 days or past, soonest first', async () => {
    const page = (await asWorkerA1.get('/api/caseload/reviews-due')).json() as Page<Review>;
    expect(page.items.map((r) => [r.kind, r.caseId, r.daysUntil])).toEqual([
      ['support_plan', c2.caseId, -20],
      ['risk_assessment', c2.caseId, 3],
      ['support_plan', c1.caseId, 5],
    ]);
    const overdue = (await asWorkerA1.get('/api/caseload/reviews-due?overdue=true')).json() as Page<Review>;
    expect(overdue.items.map((r) => r.caseId)).toEqual([c2.caseId]);
    const risk = (
      await asWorkerA1.get('/api/caseload/reviews-due?kind=risk_assessment')
    ).json() as Page<Review>;
    expect(risk.items.map((r) => r.kind)).toEqual(['risk_assessment']);
  });

  it('never lists another organisation’s reviews, nor those of a plan it may not see', async () => {
    const page = (await asWorkerA1.get('/api/caseload/reviews-due?scope=team')).json() as Page<Review>;
    expect(page.items.map((r) => r.caseId)).not.toContain(c5.caseId);
    expect(page.items.map((r) => r.caseId)).not.toContain(c7.caseId);
  });
});

describe('GET /api/caseload/capacity-alerts', () => {
  it('flags a full service my case uses and a stale one that answers an open need', async () => {
    const res = await asWorkerA1.get('/api/caseload/capacity-alerts');
    expect(res.statusCode).toBe(200);
    const alerts = res.json() as Alerts;
    expect(alerts.items.map((a) => a.id)).toEqual([fullService, silentService, staleService]);
    expect(alerts.items[0]).toMatchObject({ full: true, stale: false, casesUsing: 1 });
    expect(alerts.items[1]).toMatchObject({
      full: false,
      stale: true,
      casesUsing: 1,
      capacityUpdatedAt: null,
    });
    expect(alerts.items[2]).toMatchObject({ full: false, stale: true, casesUsing: 0, casesNeeding: 1 });
    // Organisation A is no provider of these: nothing waits in its inbox.
    expect(alerts.inbox).toMatchObject({ waiting: 0, late: 0, oldest: [] });
    const stale = (await asWorkerA1.get('/api/caseload/capacity-alerts?reason=stale')).json() as Alerts;
    expect(stale.items.map((a) => a.id)).toEqual([silentService, staleService]);
  });

  it('tells the provider what waits for its answer, and what is late', async () => {
    const alerts = (await asShelter.get('/api/caseload/capacity-alerts')).json() as Alerts;
    expect(alerts.inbox).toMatchObject({ waiting: 1, late: 1 });
    expect(alerts.inbox?.oldest[0]).toMatchObject({ id: waitingReferral, late: true });
    expect(alerts.inbox?.oldest[0]?.workingDaysWaiting).toBeGreaterThanOrEqual(5);
  });

  it('shows a first responder (who answers no service referral) no inbox', async () => {
    const alerts = (await asResponderA.get('/api/caseload/capacity-alerts')).json() as Alerts;
    expect(alerts.inbox).toBeNull();
  });
});

describe('supervisor: GET /api/caseload/team and PATCH /api/cases/:caseId/case-worker', () => {
  it('counts open cases, overdue actions and reviews per worker, and the unassigned cases', async () => {
    const res = await asSupervisorA.get('/api/caseload/team?sort=open_cases');
    expect(res.statusCode).toBe(200);
    const team = res.json() as Team;
    const byUser = new Map(team.items.map((i) => [i.user.id, i]));
    expect(byUser.get(workerA1.id)).toMatchObject({ openCases: 2, overdueActions: 1, reviewsDue: 2 });
    expect(byUser.get(workerA2.id)).toMatchObject({ openCases: 1, overdueActions: 0, reviewsDue: 0 });
    expect(byUser.get(supervisorA.id)).toMatchObject({ openCases: 0 });
    expect(byUser.has(workerB.id)).toBe(false);
    expect(team.items[0]?.user.id).toBe(workerA1.id);
    expect(team.unassigned).toEqual({ openCases: 1, overdueActions: 1, reviewsDue: 0 });
    const unassigned = (await asSupervisorA.get('/api/caseload/me?worker=none')).json() as Page<CaseItem>;
    expect(ids(unassigned)).toEqual([c4.caseId]);
  });

  it('refuses the team view to a case worker, an analyst and a system administrator', async () => {
    expectProblem(await asWorkerA1.get('/api/caseload/team'), 403, 'forbidden');
    const analyst = await signIn(
      t,
      await t.createUser({ organisationId: orgA, roles: ['analyst'], mfa: false }),
    );
    expectProblem(await analyst.get('/api/caseload/team'), 403, 'forbidden');
    const admin = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['system_admin'] }));
    expectProblem(await admin.get('/api/caseload/team'), 403, 'forbidden');
  });

  it('names a case worker of the organisation, audited, and the case moves to their list', async () => {
    const res = await asSupervisorA.send('PATCH', `/api/cases/${c4.caseId}/case-worker`, {
      userId: workerA2.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ caseId: c4.caseId, caseWorker: { id: workerA2.id } });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'subject_person_id', 'outcome', 'details'])
      .where('action', '=', 'case.case_worker.assign')
      .where('resource_id', '=', c4.caseId)
      .execute();
    expect(audit).toEqual([
      {
        actor_user_id: supervisorA.id,
        subject_person_id: c4.personId,
        outcome: 'success',
        details: { from: 'none', to: workerA2.id },
      },
    ]);
    const mine = (await asWorkerA2.get('/api/caseload/me')).json() as Page<CaseItem>;
    expect(new Set(ids(mine))).toEqual(new Set([c3.caseId, c4.caseId]));
    const cleared = await asSupervisorA.send('PATCH', `/api/cases/${c4.caseId}/case-worker`, {
      userId: null,
    });
    expect(cleared.json()).toMatchObject({ caseWorker: null });
  });

  it('refuses a worker of another organisation, a case it is not on, a case another leads', async () => {
    const other = await asSupervisorA.send('PATCH', `/api/cases/${c3.caseId}/case-worker`, {
      userId: workerB.id,
    });
    expectProblem(other, 400, 'validation');
    const notOnTeam = await asSupervisorA.send('PATCH', `/api/cases/${c5.caseId}/case-worker`, {
      userId: workerA1.id,
    });
    expectProblem(notOnTeam, 404, 'not-found');
    const ledByB = await asSupervisorA.send('PATCH', `/api/cases/${c7.caseId}/case-worker`, {
      userId: workerA1.id,
    });
    expectProblem(ledByB, 403, 'forbidden');
    const unknownKey = await asSupervisorA.send('PATCH', `/api/cases/${c3.caseId}/case-worker`, {
      userId: workerA1.id,
      cooperatesWithPolice: true,
    });
    expectProblem(unknownKey, 400, 'validation');
    const byWorker = await asWorkerA1.send('PATCH', `/api/cases/${c3.caseId}/case-worker`, {
      userId: workerA1.id,
    });
    expectProblem(byWorker, 403, 'forbidden');
    const unchanged = await t.database.db
      .selectFrom('cases')
      .select(['id', 'case_worker_user_id'])
      .where('id', 'in', [c3.caseId, c5.caseId, c7.caseId])
      .execute();
    expect(new Map(unchanged.map((r) => [r.id, r.case_worker_user_id]))).toEqual(
      new Map([
        [c3.caseId, workerA2.id],
        [c5.caseId, workerB.id],
        [c7.caseId, workerB.id],
      ]),
    );
  });
});

describe('refusals', () => {
  it('refuses every work list to analysts, system and organisation administrators, guardians', async () => {
    const roles = ['analyst', 'system_admin', 'organisation_admin', 'guardian'] as const;
    for (const role of roles) {
      const user = await t.createUser({ organisationId: orgA, roles: [role], mfa: role !== 'analyst' });
      const client = await signIn(t, user);
      for (const path of ['me', 'overdue-actions', 'reviews-due', 'capacity-alerts']) {
        expectProblem(await client.get(`/api/caseload/${path}`), 403, 'forbidden');
      }
    }
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/caseload/me' });
    expectProblem(res, 401, 'unauthenticated');
  });
});
