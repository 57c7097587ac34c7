import { randomUUID } from 'node:crypto';
import { addCalendarDays, GENERIC_COE_EU_PROFILE, localDateOf, NEED_DOMAINS } from '@opennrm/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  expectProblem,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
} from './helpers/app.js';

/**
 * Assistance (issue 4): needs, risk and safety, the versioned support plan and the
 * advocate — every flow, and the refusals: data minimisation by the purpose an
 * organisation is on the team for, organisations outside the team, analysts.
 * All text about the person below is made up.
 */

const PRIORITIES = 'Vreau să-mi văd copilul și să lucrez din nou';
const SAFETY_PLAN =
  'Stays at the shelter; a code word with the case worker; no contact with the old employer.';

let t: TestApp;
let ngo: string;
let shelter: string;
let legal: string;
let outsiderOrg: string;
let workerUser: TestUser;
let worker: Client;
let shelterWorker: Client;
let lawyer: Client;
let outsider: Client;
let analyst: Client;
let day: string;

type Team = readonly { organisationId: string; purpose: string }[];

async function caseWith(
  team: Team,
  options: { child?: boolean } = {},
): Promise<{ caseId: string; personId: string }> {
  const created = await t.createCase({ leadOrgId: ngo, teamOrgIds: [] });
  await t.database.db
    .updateTable('cases')
    .set({ is_child: options.child ?? false })
    .where('id', '=', created.caseId)
    .execute();
  for (const member of team) {
    await t.database.db
      .insertInto('case_team')
      .values({ case_id: created.caseId, organisation_id: member.organisationId, purpose: member.purpose })
      .execute();
  }
  return created;
}

const standardTeam = (): Team => [
  { organisationId: ngo, purpose: 'assistance' },
  { organisationId: shelter, purpose: 'accommodation' },
  { organisationId: legal, purpose: 'legal_aid' },
];

async function auditCount(action: string, resourceId: string, outcome = 'success'): Promise<number> {
  const row = await t.database.db
    .selectFrom('audit_log')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('action', '=', action)
    .where('resource_id', '=', resourceId)
    .where('outcome', '=', outcome)
    .executeTakeFirstOrThrow();
  return row.n;
}

function firstPlan(overrides: Record<string, unknown> = {}) {
  return {
    goals: ['A safe place to live', 'Back to paid work'],
    actions: [
      {
        domain: 'accommodation',
        description: 'Room at the shelter',
        ownerOrganisationId: shelter,
        dueOn: addCalendarDays(day, 3),
      },
      {
        domain: 'employment',
        description: 'Vocational course',
        ownerOrganisationId: ngo,
        dueOn: addCalendarDays(day, 60),
      },
    ],
    reviewDueOn: addCalendarDays(day, 90),
    agreement: 'agreed',
    ...overrides,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  ngo = await t.createOrganisation('ngo');
  shelter = await t.createOrganisation('shelter');
  legal = await t.createOrganisation('ngo');
  outsiderOrg = await t.createOrganisation('shelter');
  const analystOrg = await t.createOrganisation('national_coordinator');
  workerUser = await t.createUser({ organisationId: ngo, roles: ['case_worker'] });
  worker = await signIn(t, workerUser);
  shelterWorker = await signIn(t, await t.createUser({ organisationId: shelter, roles: ['case_worker'] }));
  lawyer = await signIn(t, await t.createUser({ organisationId: legal, roles: ['legal_adviser'] }));
  outsider = await signIn(t, await t.createUser({ organisationId: outsiderOrg, roles: ['case_worker'] }));
  analyst = await signIn(t, await t.createUser({ organisationId: analystOrg, roles: ['analyst'] }));
  day = localDateOf(new Date(), GENERIC_COE_EU_PROFILE.calendar.timeZone);
});

afterAll(async () => {
  await t?.close();
});

describe('needs assessment', () => {
  it('records versions; the current one lists every domain, those not assessed explicitly', async () => {
    const { caseId } = await caseWith(standardTeam());
    const first = await worker.send('POST', `/api/cases/${caseId}/needs-assessments`, {
      needs: [
        { domain: 'accommodation', level: 'high', urgency: 'immediate', notes: 'Sleeping at a friend’s' },
        { domain: 'mental_health', level: 'medium', urgency: 'within_week' },
        { domain: 'financial', level: 'none' },
      ],
      priorities: PRIORITIES,
      prioritiesLanguage: 'ro',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ version: 1 });

    const second = await worker.send('POST', `/api/cases/${caseId}/needs-assessments`, {
      needs: [{ domain: 'accommodation', level: 'low', urgency: 'routine' }],
    });
    expect(second.json()).toMatchObject({ version: 2 });

    const list = await worker.get(`/api/cases/${caseId}/needs-assessments`);
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json() as {
      current: {
        version: number;
        domains: { domain: string; assessed: boolean }[];
        priorities: string | null;
      };
      versions: { version: number; current: boolean; domainsAssessed: number; highNeeds: number }[];
    };
    expect(body.current.version).toBe(2);
    expect(body.current.domains.map((d) => d.domain)).toEqual([...NEED_DOMAINS]);
    expect(body.current.domains.filter((d) => d.assessed).map((d) => d.domain)).toEqual(['accommodation']);
    expect(body.current.domains.find((d) => d.domain === 'safety')).toEqual({
      domain: 'safety',
      assessed: false,
      level: null,
      urgency: null,
      notes: null,
    });
    expect(body.versions).toEqual([
      expect.objectContaining({ version: 2, current: true, domainsAssessed: 1, highNeeds: 0 }),
      expect.objectContaining({ version: 1, current: false, domainsAssessed: 3, highNeeds: 1 }),
    ]);

    const v1 = await worker.get(
      `/api/cases/${caseId}/needs-assessments/${(first.json() as { id: string }).id}`,
    );
    expect(v1.json()).toMatchObject({
      version: 1,
      current: false,
      priorities: PRIORITIES,
      prioritiesLanguage: 'ro',
    });
    const financial = (v1.json() as { domains: { domain: string; urgency: string | null }[] }).domains.find(
      (d) => d.domain === 'financial',
    );
    expect(financial).toMatchObject({ urgency: 'routine' });
  });

  it('keeps the person’s words and the notes encrypted at rest', async () => {
    const { caseId } = await caseWith(standardTeam());
    await worker.send('POST', `/api/cases/${caseId}/needs-assessments`, {
      needs: [{ domain: 'family', level: 'high', urgency: 'immediate', notes: 'Daughter with grandmother' }],
      priorities: PRIORITIES,
      prioritiesLanguage: 'ro',
    });
    const stored = await t.database.db
      .selectFrom('needs_assessments as a')
      .innerJoin('assessed_needs as n', 'n.assessment_id', 'a.id')
      .select(['a.priorities_enc', 'n.notes_enc', 'n.level'])
      .where('a.case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(stored.level).toBe('high');
    expect(stored.priorities_enc).not.toContain('copilul');
    expect(stored.notes_enc).not.toContain('grandmother');
  });

  it.each([
    [
      'the same domain twice',
      {
        needs: [
          { domain: 'safety', level: 'low', urgency: 'routine' },
          { domain: 'safety', level: 'high', urgency: 'immediate' },
        ],
      },
      'body.needs.1.domain',
    ],
    ['a need without urgency', { needs: [{ domain: 'safety', level: 'high' }] }, 'body.needs.0.urgency'],
    [
      '"no need" marked urgent',
      { needs: [{ domain: 'safety', level: 'none', urgency: 'immediate' }] },
      'body.needs.0.urgency',
    ],
    ['priorities without their language', { needs: [], priorities: 'Work' }, 'body.prioritiesLanguage'],
    ['nothing at all', { needs: [] }, 'body.needs'],
    [
      'a domain that is not one',
      { needs: [{ domain: 'criminal_justice', level: 'high', urgency: 'immediate' }] },
      'body.needs.0.domain',
    ],
  ])('refuses %s with a 400 naming the field', async (_name, body, path) => {
    const { caseId } = await caseWith(standardTeam());
    const res = await worker.send('POST', `/api/cases/${caseId}/needs-assessments`, body);
    const problem = expectProblem(res, 400, 'validation');
    expect((problem.errors as { path: string }[]).map((e) => e.path)).toContain(path);
  });
});

describe('risk and safety assessment', () => {
  it('computes the overall risk as the highest of the four and suggests a review date', async () => {
    const { caseId } = await caseWith(standardTeam());
    const res = await worker.send('POST', `/api/cases/${caseId}/risk-assessments`, {
      traffickersRisk: 'medium',
      retraffickingRisk: 'low',
      selfHarmRisk: 'high',
      familyRisk: 'none',
      safetyPlan: SAFETY_PLAN,
    });
    expect(res.statusCode, res.body).toBe(201);
    const read = await worker.get(`/api/cases/${caseId}/risk-assessments`);
    expect(read.json()).toMatchObject({
      current: {
        version: 1,
        overall: 'high',
        selfHarmRisk: 'high',
        safetyPlan: SAFETY_PLAN,
        reviewDueOn: addCalendarDays(day, 14),
        reviewState: 'due_soon',
      },
      versions: [{ version: 1, overall: 'high', current: true }],
    });
    const stored = await t.database.db
      .selectFrom('risk_assessments')
      .select('safety_plan_enc')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(stored.safety_plan_enc).not.toContain('code word');
  });

  it('refuses a medium or high risk without a safety plan, and a review date in the past', async () => {
    const { caseId } = await caseWith(standardTeam());
    const noPlan = await worker.send('POST', `/api/cases/${caseId}/risk-assessments`, {
      traffickersRisk: 'high',
      retraffickingRisk: 'low',
      selfHarmRisk: 'none',
      familyRisk: 'none',
    });
    expect((expectProblem(noPlan, 400, 'validation').errors as { path: string }[])[0]?.path).toBe(
      'body.safetyPlan',
    );
    const past = await worker.send('POST', `/api/cases/${caseId}/risk-assessments`, {
      traffickersRisk: 'none',
      retraffickingRisk: 'low',
      selfHarmRisk: 'none',
      familyRisk: 'none',
      reviewDueOn: addCalendarDays(day, -2),
    });
    expect((expectProblem(past, 400, 'validation').errors as { path: string }[])[0]?.path).toBe(
      'body.reviewDueOn',
    );
  });

  it('shows a shelter the safety plan and the needs, never the risks behind them', async () => {
    const { caseId } = await caseWith(standardTeam());
    await worker.send('POST', `/api/cases/${caseId}/needs-assessments`, {
      needs: [{ domain: 'accommodation', level: 'high', urgency: 'immediate' }],
    });
    const risk = await worker.send('POST', `/api/cases/${caseId}/risk-assessments`, {
      traffickersRisk: 'high',
      retraffickingRisk: 'medium',
      selfHarmRisk: 'low',
      familyRisk: 'none',
      safetyPlan: SAFETY_PLAN,
    });
    const riskId = (risk.json() as { id: string }).id;

    expectProblem(await shelterWorker.get(`/api/cases/${caseId}/risk-assessments`), 404, 'not-found');
    const write = await shelterWorker.send('POST', `/api/cases/${caseId}/risk-assessments`, {
      traffickersRisk: 'none',
      retraffickingRisk: 'none',
      selfHarmRisk: 'none',
      familyRisk: 'none',
    });
    expectProblem(write, 404, 'not-found');

    const plan = await shelterWorker.get(`/api/cases/${caseId}/risk-assessments/safety-plan`);
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json()).toEqual({
      safetyPlan: expect.objectContaining({ assessmentId: riskId, version: 1, text: SAFETY_PLAN }),
    });
    expect(plan.body).not.toMatch(/traffickersRisk|overall|high/);

    const needs = await shelterWorker.get(`/api/cases/${caseId}/needs-assessments`);
    expect(needs.statusCode).toBe(200);

    expect(await auditCount('risk_assessment.read', caseId, 'denied')).toBe(1);
    expect(await auditCount('risk_assessment.safety_plan.read', riskId)).toBe(1);
  });

  it('answers "no safety plan yet" without an assessment', async () => {
    const { caseId } = await caseWith(standardTeam());
    const res = await shelterWorker.get(`/api/cases/${caseId}/risk-assessments/safety-plan`);
    expect(res.json()).toEqual({ safetyPlan: null });
  });
});

describe('individual support plan', () => {
  it('is written, moved on, reviewed into a new version, and keeps the old one read-only', async () => {
    const { caseId } = await caseWith(standardTeam());
    const created = await worker.send('POST', `/api/cases/${caseId}/support-plans`, firstPlan());
    expect(created.statusCode, created.body).toBe(201);
    const v1 = created.json() as { id: string; version: number };
    expect(v1.version).toBe(1);

    const read = await worker.get(`/api/cases/${caseId}/support-plans`);
    const current = (
      read.json() as {
        current: { id: string; actions: { id: string; domain: string; ownerOrganisation: { id: string } }[] };
      }
    ).current;
    expect(read.json()).toMatchObject({
      current: {
        id: v1.id,
        status: 'current',
        goals: ['A safe place to live', 'Back to paid work'],
        agreement: 'agreed',
        agreedOn: day,
        reviewState: 'scheduled',
      },
    });
    const [room, course] = current.actions;
    expect(room).toMatchObject({
      domain: 'accommodation',
      ownerOrganisation: { id: shelter },
      status: 'planned',
    });

    // The shelter moves its own action on.
    const done = await shelterWorker.send('PATCH', `/api/cases/${caseId}/support-plans/actions/${room?.id}`, {
      status: 'done',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', completedOn: day, overdue: false });

    // Review: the open course carries over with a new date, one action is added.
    const review = await worker.send('POST', `/api/cases/${caseId}/support-plans`, {
      supersedesId: v1.id,
      goals: ['A safe place to live', 'Back to paid work', 'See my daughter'],
      actions: [
        {
          carriedFromId: course?.id,
          domain: 'employment',
          description: 'Vocational course',
          ownerOrganisationId: ngo,
          dueOn: addCalendarDays(day, 30),
          status: 'in_progress',
        },
        { domain: 'family', description: 'Family tracing', ownerUserId: workerUser.id },
      ],
      reviewDueOn: addCalendarDays(day, 60),
      agreement: 'partly_agreed',
      agreementNote: 'Wants the course sooner',
    });
    expect(review.statusCode, review.body).toBe(201);
    const v2 = review.json() as { id: string };
    expect(review.json()).toMatchObject({
      version: 2,
      supersededId: v1.id,
      changes: { carried: 1, added: 1, droppedOpen: 0, leftClosed: 1 },
    });

    const old = await worker.get(`/api/cases/${caseId}/support-plans/${v1.id}`);
    expect(old.json()).toMatchObject({ status: 'superseded', supersededById: v2.id, reviewState: 'none' });
    const now = await worker.get(`/api/cases/${caseId}/support-plans`);
    expect(now.json()).toMatchObject({
      current: {
        id: v2.id,
        version: 2,
        supersedesId: v1.id,
        agreement: 'partly_agreed',
        agreementNote: 'Wants the course sooner',
        actions: [
          { carriedFromId: course?.id, status: 'in_progress' },
          { domain: 'family', ownerOrganisation: { id: ngo }, ownerUser: { id: workerUser.id } },
        ],
      },
      versions: [
        { version: 2, status: 'current', actions: { total: 2, open: 2, done: 0 } },
        { version: 1, status: 'superseded', actions: { total: 2, open: 1, done: 1 } },
      ],
    });

    const onOld = await worker.send('PATCH', `/api/cases/${caseId}/support-plans/actions/${course?.id}`, {
      status: 'done',
    });
    expect(expectProblem(onOld, 409, 'conflict').reason).toBe('plan_superseded');

    const stale = await worker.send(
      'POST',
      `/api/cases/${caseId}/support-plans`,
      firstPlan({ supersedesId: v1.id }),
    );
    expect(expectProblem(stale, 409, 'conflict').reason).toBe('plan_changed');
    const missing = await worker.send('POST', `/api/cases/${caseId}/support-plans`, firstPlan());
    expect(expectProblem(missing, 409, 'conflict').reason).toBe('plan_changed');

    const stored = await t.database.db
      .selectFrom('support_plans')
      .select(['goals_enc', 'agreement_note_enc'])
      .where('id', '=', v2.id)
      .executeTakeFirstOrThrow();
    expect(stored.goals_enc).not.toContain('daughter');
    expect(stored.agreement_note_enc).not.toContain('sooner');
    expect(await auditCount('support_plan.review', v2.id)).toBe(1);
  });

  it('shows an open action past its date as overdue, and a review past its date as overdue', async () => {
    const { caseId } = await caseWith(standardTeam());
    const created = await worker.send('POST', `/api/cases/${caseId}/support-plans`, firstPlan());
    const planId = (created.json() as { id: string }).id;
    await t.database.db
      .updateTable('plan_actions')
      .set({ due_on: addCalendarDays(day, -3) })
      .where('plan_id', '=', planId)
      .where('domain', '=', 'accommodation')
      .execute();
    await t.database.db
      .updateTable('support_plans')
      .set({ review_due_on: addCalendarDays(day, -1) })
      .where('id', '=', planId)
      .execute();
    const read = await worker.get(`/api/cases/${caseId}/support-plans`);
    expect(read.json()).toMatchObject({
      current: { reviewState: 'overdue', actions: [{ overdue: true }, { overdue: false }] },
      versions: [{ actions: { overdue: 1 } }],
    });
  });

  it.each([
    [
      'an owner outside the case team',
      () =>
        firstPlan({ actions: [{ domain: 'safety', description: 'x', ownerOrganisationId: outsiderOrg }] }),
      'body.actions.0.ownerOrganisationId',
    ],
    [
      'an action without an owner',
      () => firstPlan({ actions: [{ domain: 'safety', description: 'x' }] }),
      'body.actions.0.ownerOrganisationId',
    ],
    [
      'a due date in the past',
      () =>
        firstPlan({
          actions: [
            { domain: 'safety', description: 'x', ownerOrganisationId: ngo, dueOn: addCalendarDays(day, -2) },
          ],
        }),
      'body.actions.0.dueOn',
    ],
    [
      'a service not in the directory',
      () =>
        firstPlan({
          actions: [
            { domain: 'safety', description: 'x', ownerOrganisationId: ngo, serviceId: randomUUID() },
          ],
        }),
      'body.actions.0.serviceId',
    ],
    ['a plan without a review date', () => firstPlan({ reviewDueOn: null }), 'body.reviewDueOn'],
    [
      'a disagreement without the person’s note',
      () => firstPlan({ agreement: 'disagreed' }),
      'body.agreementNote',
    ],
    [
      'a completion date on an open action',
      () =>
        firstPlan({
          actions: [{ domain: 'safety', description: 'x', ownerOrganisationId: ngo, completedOn: day }],
        }),
      'body.actions.0.completedOn',
    ],
  ])('refuses %s with a 400 naming the field', async (_name, body, path) => {
    const { caseId } = await caseWith(standardTeam());
    const res = await worker.send('POST', `/api/cases/${caseId}/support-plans`, body());
    const problem = expectProblem(res, 400, 'validation');
    expect((problem.errors as { path: string }[]).map((e) => e.path)).toContain(path);
  });

  it('refuses a review of a plan that does not exist', async () => {
    const { caseId } = await caseWith(standardTeam());
    const res = await worker.send(
      'POST',
      `/api/cases/${caseId}/support-plans`,
      firstPlan({ supersedesId: randomUUID() }),
    );
    expect(expectProblem(res, 409, 'conflict').reason).toBe('no_plan_to_review');
  });

  it('links an action to a service of the directory and shows its name', async () => {
    const { caseId } = await caseWith(standardTeam());
    const serviceId = randomUUID();
    await t.database.db
      .insertInto('services')
      .values({ id: serviceId, organisation_id: shelter, kind: 'shelter', name: 'Men’s shelter, north' })
      .execute();
    const res = await worker.send(
      'POST',
      `/api/cases/${caseId}/support-plans`,
      firstPlan({
        actions: [{ domain: 'accommodation', description: 'Bed', ownerOrganisationId: shelter, serviceId }],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const read = await worker.get(`/api/cases/${caseId}/support-plans`);
    expect(read.json()).toMatchObject({
      current: { actions: [{ service: { id: serviceId, name: 'Men’s shelter, north' } }] },
    });
  });

  it('lets a legal adviser on the team read the plan but not change it', async () => {
    const { caseId } = await caseWith(standardTeam());
    await worker.send('POST', `/api/cases/${caseId}/support-plans`, firstPlan());
    const read = await lawyer.get(`/api/cases/${caseId}/support-plans`);
    expect(read.statusCode).toBe(200);
    const actionId = (read.json() as { current: { actions: { id: string }[] } }).current.actions[0]?.id;
    expectProblem(
      await lawyer.send('PATCH', `/api/cases/${caseId}/support-plans/actions/${actionId}`, {
        status: 'done',
      }),
      403,
      'forbidden',
    );
  });

  it('refuses a completion date in the future', async () => {
    const { caseId } = await caseWith(standardTeam());
    await worker.send('POST', `/api/cases/${caseId}/support-plans`, firstPlan());
    const read = await worker.get(`/api/cases/${caseId}/support-plans`);
    const actionId = (read.json() as { current: { actions: { id: string }[] } }).current.actions[0]?.id;
    const res = await worker.send('PATCH', `/api/cases/${caseId}/support-plans/actions/${actionId}`, {
      status: 'done',
      completedOn: addCalendarDays(day, 5),
    });
    expect((expectProblem(res, 400, 'validation').errors as { path: string }[])[0]?.path).toBe(
      'body.completedOn',
    );
  });
});

describe('independent advocate', () => {
  it('is assigned to an adult, one at a time, from an organisation on the team, and ended', async () => {
    const { caseId } = await caseWith([...standardTeam(), { organisationId: legal, purpose: 'advocacy' }]);
    const advocateUser = await t.createUser({ organisationId: legal, roles: ['case_worker'] });
    const res = await worker.send('POST', `/api/cases/${caseId}/advocates`, { userId: advocateUser.id });
    expect(res.statusCode, res.body).toBe(201);
    const advocateId = (res.json() as { id: string }).id;
    expect(res.json()).toMatchObject({
      advocate: { id: advocateUser.id },
      organisation: { id: legal },
      assignedBy: { id: workerUser.id },
      endedAt: null,
    });

    const again = await worker.send('POST', `/api/cases/${caseId}/advocates`, { userId: workerUser.id });
    expect(expectProblem(again, 409, 'conflict').reason).toBe('advocate_already_assigned');

    const ended = await worker.send('DELETE', `/api/cases/${caseId}/advocates/${advocateId}`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect((ended.json() as { endedAt: string | null }).endedAt).not.toBeNull();

    const list = await lawyer.get(`/api/cases/${caseId}/advocates`);
    expect(list.json()).toMatchObject({ isChild: false, items: [{ id: advocateId }] });
    expect(await auditCount('advocate.end', advocateId)).toBe(1);
  });

  it('is refused for a child, who has a guardian', async () => {
    const { caseId } = await caseWith(standardTeam(), { child: true });
    const res = await worker.send('POST', `/api/cases/${caseId}/advocates`, { userId: workerUser.id });
    const problem = expectProblem(res, 409, 'conflict');
    expect(problem.reason).toBe('child_has_guardian');
    expect(String(problem.detail)).toMatch(/guardian/);
  });

  it('is refused from an organisation that is not on the team, or for an unknown account', async () => {
    const { caseId } = await caseWith(standardTeam());
    const stranger = await t.createUser({ organisationId: outsiderOrg, roles: ['case_worker'] });
    const res = await worker.send('POST', `/api/cases/${caseId}/advocates`, { userId: stranger.id });
    expect(expectProblem(res, 409, 'conflict').reason).toBe('advocate_not_on_team');
    const unknown = await worker.send('POST', `/api/cases/${caseId}/advocates`, { userId: randomUUID() });
    expectProblem(unknown, 400, 'validation');
  });
});

describe('refusals', () => {
  it('answers "not found" to an organisation outside the team, for every part, and audits it', async () => {
    const { caseId } = await caseWith(standardTeam());
    await worker.send('POST', `/api/cases/${caseId}/needs-assessments`, {
      needs: [{ domain: 'safety', level: 'high', urgency: 'immediate' }],
    });
    for (const path of [
      'needs-assessments',
      'risk-assessments',
      'risk-assessments/safety-plan',
      'support-plans',
      'advocates',
    ]) {
      expectProblem(await outsider.get(`/api/cases/${caseId}/${path}`), 404, 'not-found');
    }
    expectProblem(
      await outsider.send('POST', `/api/cases/${caseId}/support-plans`, firstPlan()),
      404,
      'not-found',
    );
    expect(await auditCount('needs_assessment.read', caseId, 'denied')).toBe(1);
  });

  it('refuses an analyst every case-level assistance record', async () => {
    const { caseId } = await caseWith(standardTeam());
    for (const path of ['needs-assessments', 'risk-assessments', 'support-plans', 'advocates']) {
      expectProblem(await analyst.get(`/api/cases/${caseId}/${path}`), 403, 'forbidden');
    }
  });

  it('stops showing the needs to an organisation taken off the team', async () => {
    const { caseId } = await caseWith(standardTeam());
    expect((await shelterWorker.get(`/api/cases/${caseId}/needs-assessments`)).statusCode).toBe(200);
    await t.database.db
      .updateTable('case_team')
      .set({ removed_at: new Date() })
      .where('case_id', '=', caseId)
      .where('organisation_id', '=', shelter)
      .execute();
    expectProblem(await shelterWorker.get(`/api/cases/${caseId}/needs-assessments`), 404, 'not-found');
  });

  it('audits every read of what the person said: needs, risks, plans', async () => {
    const { caseId } = await caseWith(standardTeam());
    const needs = await worker.send('POST', `/api/cases/${caseId}/needs-assessments`, {
      needs: [],
      priorities: PRIORITIES,
      prioritiesLanguage: 'ro',
    });
    const risk = await worker.send('POST', `/api/cases/${caseId}/risk-assessments`, {
      traffickersRisk: 'low',
      retraffickingRisk: 'low',
      selfHarmRisk: 'none',
      familyRisk: 'none',
    });
    const plan = await worker.send('POST', `/api/cases/${caseId}/support-plans`, firstPlan());
    await worker.get(`/api/cases/${caseId}/needs-assessments`);
    await worker.get(`/api/cases/${caseId}/risk-assessments`);
    await worker.get(`/api/cases/${caseId}/support-plans`);
    await worker.get(`/api/cases/${caseId}/support-plans/${(plan.json() as { id: string }).id}`);

    expect(await auditCount('needs_assessment.read', (needs.json() as { id: string }).id)).toBe(1);
    expect(await auditCount('risk_assessment.read', (risk.json() as { id: string }).id)).toBe(1);
    expect(await auditCount('support_plan.read', (plan.json() as { id: string }).id)).toBe(2);
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'subject_person_id', 'details'])
      .where('action', '=', 'needs_assessment.read')
      .where('resource_id', '=', (needs.json() as { id: string }).id)
      .executeTakeFirstOrThrow();
    expect(entry.actor_user_id).toBe(workerUser.id);
    expect(entry.subject_person_id).not.toBeNull();
    expect(JSON.stringify(entry.details)).not.toContain('copilul');
  });

  it('answers a malformed id with a 400, not a 500', async () => {
    expectProblem(await worker.get('/api/cases/not-a-uuid/support-plans'), 400, 'validation');
  });
});
