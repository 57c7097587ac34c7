import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, expectProblem, signIn, startTestApp, type TestApp } from './helpers/app.js';

/** Instance-level refusals for screenings (route-level ones: route-policy.test.ts). Synthetic data only. */

let t: TestApp;
let orgA: string;
let orgB: string;
let authority: string;
let workerA: Client;
let workerB: Client;
let deciderC: Client;
let screeningId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.createOrganisation('ngo');
  orgB = await t.createOrganisation('ngo');
  authority = await t.createOrganisation('competent_authority');
  workerA = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['first_responder'] }));
  workerB = await signIn(t, await t.createUser({ organisationId: orgB, roles: ['case_supervisor'] }));
  deciderC = await signIn(
    t,
    await t.createUser({ organisationId: authority, roles: ['identification_decision_maker'] }),
  );
  const res = await workerA.send('POST', '/api/screenings', {
    depth: 'short',
    mode: 'worker',
    language: 'en',
    answers: { cd_debt: 'yes', dr_job_different: 'yes' },
  });
  expect(res.statusCode, res.body).toBe(201);
  screeningId = (res.json() as { id: string }).id;
});

afterAll(async () => {
  await t?.close();
});

async function denials(): Promise<number> {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select('id')
    .where('resource_id', '=', screeningId)
    .where('outcome', '=', 'denied')
    .execute();
  return rows.length;
}

describe('another organisation', () => {
  it('cannot read a screening: it is not found, and the refusal is audited', async () => {
    const before = await denials();
    const res = await workerB.get(`/api/screenings/${screeningId}`);
    expectProblem(res, 404, 'not-found');
    expect(res.body).not.toContain('cd_debt');
    expect(await denials()).toBe(before + 1);
  });

  it('cannot change or complete a screening', async () => {
    const put = await workerB.send('PUT', `/api/screenings/${screeningId}/answers`, {
      version: 1,
      answers: { cd_debt: 'no' },
    });
    expectProblem(put, 404, 'not-found');
    const complete = await workerB.send('POST', `/api/screenings/${screeningId}/complete`, { version: 1 });
    expectProblem(complete, 404, 'not-found');

    const read = await workerA.get(`/api/screenings/${screeningId}`);
    expect(read.json()).toMatchObject({ status: 'in_progress', version: 1, answers: { cd_debt: 'yes' } });
  });

  it('does not see the screening in its list', async () => {
    const res = await workerB.get('/api/screenings');
    expect(res.statusCode).toBe(200);
    const ids = (res.json() as { items: { id: string }[] }).items.map((item) => item.id);
    expect(ids).not.toContain(screeningId);
    const own = await workerA.get('/api/screenings');
    expect((own.json() as { items: { id: string }[] }).items.map((item) => item.id)).toContain(screeningId);
  });

  it('cannot continue it with a full screen', async () => {
    const res = await workerB.send('POST', '/api/screenings', {
      depth: 'full',
      mode: 'worker',
      language: 'en',
      parentId: screeningId,
    });
    const problem = expectProblem(res, 400, 'validation');
    expect(JSON.stringify(problem)).not.toContain('cd_debt');
  });

  it('cannot take over another organisation’s client reference', async () => {
    const clientRef = randomUUID();
    const body = { clientRef, depth: 'short', mode: 'worker', language: 'en', answers: { cd_debt: 'yes' } };
    expect((await workerA.send('POST', '/api/screenings', body)).statusCode).toBe(201);
    const res = await workerB.send('POST', '/api/screenings', body);
    expectProblem(res, 409, 'conflict');
    expect(res.body).not.toContain('cd_debt');
  });
});

describe('the identification authority', () => {
  it('reads a screening only once its organisation is on the team of the case it led to', async () => {
    const before = await deciderC.get(`/api/screenings/${screeningId}`);
    expectProblem(before, 404, 'not-found');

    const { caseId } = await t.createCase({ leadOrgId: orgA, teamOrgIds: [orgA, authority] });
    await t.database.db
      .updateTable('screenings')
      .set({ case_id: caseId })
      .where('id', '=', screeningId)
      .execute();

    const after = await deciderC.get(`/api/screenings/${screeningId}`);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toMatchObject({ id: screeningId, answers: { cd_debt: 'yes' } });
  });

  it('may not change a screening, even on the case team', async () => {
    const res = await deciderC.send('PUT', `/api/screenings/${screeningId}/answers`, {
      version: 1,
      answers: {},
    });
    expectProblem(res, 403, 'forbidden');
  });

  it('may neither list nor start screenings', async () => {
    expectProblem(await deciderC.get('/api/screenings'), 403, 'forbidden');
    expectProblem(
      await deciderC.send('POST', '/api/screenings', { depth: 'short', mode: 'worker', language: 'en' }),
      403,
      'forbidden',
    );
  });
});
