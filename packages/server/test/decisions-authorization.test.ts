import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';
import { createReferredCase, type ReferredCase } from './helpers/identification-fixtures.js';

/**
 * Instance-level refusals of the decisions routes (the route-level deny matrix is in
 * route-policy.test.ts): another authority cannot see a case referred elsewhere, only
 * the competent authority decides, and nobody reviews their own decision.
 */

let t: TestApp;
let referrerOrg: string;
let authorityOrg: string;
let otherAuthorityOrg: string;
let outsiderOrg: string;
let item: ReferredCase;
let negativeId: string;
let periodId: string;
let reconsiderationId: string;
let decider: Client;
let otherDecider: Client;
let teamDeciderNotCompetent: Client;
let worker: Client;
let outsiderWorker: Client;
let guardianNotAppointed: Client;

const reasons = 'Synthetic reasons.';

beforeAll(async () => {
  t = await startTestApp();
  referrerOrg = await t.createOrganisation('ngo');
  authorityOrg = await t.createOrganisation('competent_authority');
  otherAuthorityOrg = await t.createOrganisation('competent_authority');
  outsiderOrg = await t.createOrganisation('ngo');
  const observerAuthority = await t.createOrganisation('competent_authority');
  const responder = await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] });
  decider = await signIn(
    t,
    await t.createUser({ organisationId: authorityOrg, roles: ['identification_decision_maker'] }),
  );
  otherDecider = await signIn(
    t,
    await t.createUser({ organisationId: otherAuthorityOrg, roles: ['identification_decision_maker'] }),
  );
  teamDeciderNotCompetent = await signIn(
    t,
    await t.createUser({ organisationId: observerAuthority, roles: ['identification_decision_maker'] }),
  );
  worker = await signIn(t, await t.createUser({ organisationId: referrerOrg, roles: ['case_worker'] }));
  outsiderWorker = await signIn(
    t,
    await t.createUser({ organisationId: outsiderOrg, roles: ['case_worker'] }),
  );
  guardianNotAppointed = await signIn(
    t,
    await t.createUser({ organisationId: outsiderOrg, roles: ['guardian'] }),
  );

  item = await createReferredCase(t, {
    referringOrgId: referrerOrg,
    referringUserId: responder.id,
    competentOrgId: authorityOrg,
    // Another authority on the team for another purpose: it may read, never decide.
    team: [{ organisationId: observerAuthority, purpose: 'assistance' }],
  });
  const positive = await createReferredCase(t, {
    referringOrgId: referrerOrg,
    referringUserId: responder.id,
    competentOrgId: authorityOrg,
  });
  const negative = await decider.send('POST', `/api/cases/${item.caseId}/decisions`, {
    stage: 'reasonable_grounds',
    outcome: 'negative',
    reasons,
  });
  negativeId = (negative.json() as { id: string }).id;
  const rg = await decider.send('POST', `/api/cases/${positive.caseId}/decisions`, {
    stage: 'reasonable_grounds',
    outcome: 'positive',
    reasons,
  });
  periodId = (rg.json() as { recoveryPeriodId: string }).recoveryPeriodId;
  const requested = await worker.send('POST', `/api/decisions/${negativeId}/reconsiderations`, {
    grounds: 'Stated grounds.',
  });
  reconsiderationId = (requested.json() as { id: string }).id;
});

afterAll(async () => {
  await t?.close();
});

async function deniedAudit(res: InjectResponse): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select(['action', 'outcome'])
    .where('request_id', '=', String(res.headers['x-request-id']))
    .execute();
  return rows.map((row) => `${row.action} ${row.outcome}`);
}

describe('a decision maker of another authority, not on the team', () => {
  it('gets "not found" for the case’s decisions, and the refusal is audited', async () => {
    const res = await otherDecider.get(`/api/cases/${item.caseId}/decisions`);

    expectProblem(res, 404, 'not-found');
    expect(await deniedAudit(res)).toEqual(['decision.read denied']);
  });

  it('gets "not found" when deciding', async () => {
    const res = await otherDecider.send('POST', `/api/cases/${item.caseId}/decisions`, {
      stage: 'conclusive_grounds',
      outcome: 'trafficking',
      reasons,
    });

    expectProblem(res, 404, 'not-found');
    expect(res.body).not.toContain(item.reference);
  });

  it('gets "not found" for the recovery period and the review', async () => {
    const extend = await otherDecider.send('POST', `/api/recovery-periods/${periodId}/extensions`, {
      days: 5,
      reason: 'Stated.',
    });
    const withhold = await otherDecider.send('POST', `/api/recovery-periods/${periodId}/withhold`, {
      ground: 'public_order',
      reason: 'Stated.',
    });
    const review = await otherDecider.send('POST', `/api/reconsiderations/${reconsiderationId}/review`, {
      panel: [
        { organisationId: otherAuthorityOrg, role: 'chair' },
        { organisationId: outsiderOrg, role: 'member' },
      ],
      notes: 'Stated.',
      outcome: 'overturned',
    });

    expectProblem(extend, 404, 'not-found');
    expectProblem(withhold, 404, 'not-found');
    expectProblem(review, 404, 'not-found');
  });

  it('does not see the case in its inbox', async () => {
    const res = await otherDecider.get('/api/decisions/inbox');

    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(item.caseId);
    expect(res.body).not.toContain(reconsiderationId);
  });
});

describe('on the team but not the competent authority', () => {
  it('refuses a decision maker whose organisation is on the team for another purpose', async () => {
    const other = await createReferredCase(t, {
      referringOrgId: referrerOrg,
      referringUserId: (await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] })).id,
      competentOrgId: authorityOrg,
      team: [{ organisationId: otherAuthorityOrg, purpose: 'assistance' }],
    });
    const res = await otherDecider.send('POST', `/api/cases/${other.caseId}/decisions`, {
      stage: 'reasonable_grounds',
      outcome: 'positive',
      reasons,
    });

    expectProblem(res, 403, 'forbidden');
    expect((await otherDecider.get(`/api/cases/${other.caseId}/decisions`)).json()).toMatchObject({
      mayDecide: false,
    });
  });

  it('refuses a case worker of the referring organisation with 403', async () => {
    const res = await worker.send('POST', `/api/cases/${item.caseId}/decisions`, {
      stage: 'conclusive_grounds',
      outcome: 'trafficking',
      reasons,
    });

    expectProblem(res, 403, 'forbidden');
  });

  it('refuses a case worker the recovery period actions with 403', async () => {
    const res = await worker.send('POST', `/api/recovery-periods/${periodId}/extensions`, {
      days: 5,
      reason: 'Stated.',
    });

    expectProblem(res, 403, 'forbidden');
  });
});

describe('request validation against the case’s profile', () => {
  it('answers 400 for an outcome that is not among the profile’s categories', async () => {
    const other = await createReferredCase(t, {
      referringOrgId: referrerOrg,
      referringUserId: (await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] })).id,
      competentOrgId: authorityOrg,
    });
    const res = await decider.send('POST', `/api/cases/${other.caseId}/decisions`, {
      stage: 'reasonable_grounds',
      outcome: 'modern_slavery_trafficking',
      reasons,
    });

    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.outcome' })]);
    const stage = await t.database.db
      .selectFrom('cases')
      .select('stage')
      .where('id', '=', other.caseId)
      .executeTakeFirstOrThrow();
    expect(stage.stage).toBe('awaiting_reasonable_grounds');
  });

  it('answers 400 when reasons are missing', async () => {
    const res = await decider.send('POST', `/api/cases/${item.caseId}/decisions`, {
      stage: 'conclusive_grounds',
      outcome: 'trafficking',
      reasons: '   ',
    });

    expectProblem(res, 400, 'validation');
  });

  it('answers 400 for a withholding ground the law does not allow', async () => {
    const res = await decider.send('POST', `/api/recovery-periods/${periodId}/withhold`, {
      ground: 'no_cooperation',
      reason: 'Stated.',
    });

    expectProblem(res, 400, 'validation');
  });
});

describe('reconsideration', () => {
  it('refuses the decision maker who took the decision as its reviewer with 403', async () => {
    const res = await decider.send('POST', `/api/reconsiderations/${reconsiderationId}/review`, {
      panel: [
        { organisationId: authorityOrg, role: 'chair' },
        { organisationId: referrerOrg, role: 'member' },
      ],
      notes: 'Stated.',
      outcome: 'overturned',
    });

    expectProblem(res, 403, 'forbidden');
    const row = await t.database.db
      .selectFrom('reconsiderations')
      .select('status')
      .where('id', '=', reconsiderationId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('requested');
  });

  it('hides a decision from a worker of an organisation not on the team', async () => {
    const res = await outsiderWorker.send('POST', `/api/decisions/${negativeId}/reconsiderations`, {
      grounds: 'Stated.',
    });

    expectProblem(res, 404, 'not-found');
  });

  it('hides it from a guardian who is not appointed for this person', async () => {
    const res = await guardianNotAppointed.get(`/api/cases/${item.caseId}/decisions`);

    expectProblem(res, 404, 'not-found');
  });

  it('refuses a decision maker asking for reconsideration: that is for the referrer or provider', async () => {
    const res = await decider.send('POST', `/api/decisions/${negativeId}/reconsiderations`, {
      grounds: 'Stated.',
    });

    expectProblem(res, 403, 'forbidden');
  });

  it('lets a decision maker of another authority on the team review, without the power to decide', async () => {
    const res = await teamDeciderNotCompetent.get(`/api/cases/${item.caseId}/decisions`);
    const body = res.json() as { mayDecide: boolean; reconsiderations: { mayReview: boolean }[] };

    expect(res.statusCode).toBe(200);
    expect(body.mayDecide).toBe(false);
    expect(body.reconsiderations.map((r) => r.mayReview)).toEqual([true]);
  });
});
