import { randomUUID } from 'node:crypto';
import { fullScreen, scoreScreening, shortScreen } from '@opennrm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, expectProblem, signIn, startTestApp, type TestApp } from './helpers/app.js';

/** Synthetic data only. */
type Detail = {
  id: string;
  version: number;
  status: string;
  depth: string;
  childStatus: string;
  parentId: string | null;
  indicatorSets: { id: string; version: number }[];
  answers: Record<string, string>;
  questions: { all: string[]; remaining: string[]; fromParent: string[] };
  suggestion: ReturnType<typeof scoreScreening>;
  suggested: string | null;
  concluded: string | null;
  conclusion: string | null;
  conclusionDetail: {
    kind: string;
    suggested: string;
    concluded: string;
    reason: string | null;
    forms: string[];
    concludedBy: { id: string; displayName: string };
  } | null;
};

/** Answers that read as a strong indication for an adult (every element strong). */
const STRONG: Record<string, string> = {
  safety_in_danger_now: 'no',
  safety_injured: 'no',
  safety_place_tonight: 'yes',
  dr_job_different: 'yes',
  ec_excessive_hours: 'yes',
  cd_documents_kept: 'yes',
  cd_debt: 'yes',
  cd_free_to_leave: 'no',
  fb_begging: 'declined',
};
const OVERRIDE_REASON = 'Synthetic reason: the person described the work as voluntary and left freely.';

let t: TestApp;
let orgA: string;
let worker: Client;
let workerId: string;
let colleague: Client;

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.createOrganisation('ngo');
  const user = await t.createUser({ organisationId: orgA, roles: ['first_responder'] });
  workerId = user.id;
  worker = await signIn(t, user);
  colleague = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['case_worker'] }));
});

afterAll(async () => {
  await t?.close();
});

async function start(client: Client, body: Record<string, unknown>): Promise<Detail> {
  const res = await client.send('POST', '/api/screenings', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Detail;
}

async function auditActions(resourceId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select(['action', 'outcome'])
    .where('resource_id', '=', resourceId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => `${row.action}:${row.outcome}`);
}

describe('a short screen in worker mode', () => {
  it('starts with every short-screen question to ask and the indicator sets recorded with versions', async () => {
    const screening = await start(worker, { depth: 'short', mode: 'worker', language: 'uk' });
    const screen = shortScreen('adult');
    expect(screening).toMatchObject({
      depth: 'short',
      status: 'in_progress',
      version: 1,
      childStatus: 'unknown',
    });
    expect(screening.questions.all).toEqual(screen.questionKeys);
    expect(screening.questions.remaining).toEqual(screen.questionKeys);
    expect(screening.indicatorSets).toEqual(
      expect.arrayContaining([
        { id: 'ilo_ec_adult_labour', version: 1 },
        { id: 'short_screen', version: 1 },
      ]),
    );
    expect(screening.indicatorSets.map((set) => set.id)).not.toContain('ilo_ec_child_labour');
    expect(await auditActions(screening.id)).toEqual(['screening.create:success']);
  });

  it('saves answers on top of the version, and refuses a stale version with 409', async () => {
    const screening = await start(worker, { depth: 'short', mode: 'worker', language: 'en' });
    const saved = await worker.send('PUT', `/api/screenings/${screening.id}/answers`, {
      version: 1,
      answers: { safety_in_danger_now: 'no', dr_job_different: 'yes' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const detail = saved.json() as Detail;
    expect(detail.version).toBe(2);
    expect(detail.questions.remaining).not.toContain('dr_job_different');
    expect(detail.questions.remaining).toHaveLength(screening.questions.all.length - 2);

    // A colleague still holding version 1 does not overwrite it.
    const stale = await colleague.send('PUT', `/api/screenings/${screening.id}/answers`, {
      version: 1,
      answers: { safety_in_danger_now: 'yes' },
    });
    const problem = expectProblem(stale, 409, 'conflict');
    expect(problem).toMatchObject({ reason: 'stale_version', currentVersion: 2 });

    const read = await colleague.get(`/api/screenings/${screening.id}`);
    expect((read.json() as Detail).answers).toEqual({ safety_in_danger_now: 'no', dr_job_different: 'yes' });
  });

  it('refuses an answer to a question the screen does not ask', async () => {
    const screening = await start(worker, { depth: 'short', mode: 'worker', language: 'en' });
    const res = await worker.send('PUT', `/api/screenings/${screening.id}/answers`, {
      version: 1,
      answers: { ec_wage_manipulation: 'yes' },
    });
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors).toEqual([
      { path: 'body.answers.ec_wage_manipulation', message: expect.any(String) as string },
    ]);
  });

  it('completes with the suggestion computed on the server and the screener confirming it', async () => {
    const screening = await start(worker, {
      depth: 'short',
      mode: 'worker',
      language: 'ro',
      answers: STRONG,
    });
    const res = await worker.send('POST', `/api/screenings/${screening.id}/complete`, { version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json() as Detail;
    const expected = scoreScreening({ answers: STRONG as never, childStatus: 'unknown' });
    expect(done.suggestion).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(done.suggestion.overall).toBe('strong_indication');
    expect(done.suggestion.nextSteps.map((step) => step.action)).toContain('refer');
    expect(done.suggestion.readings[0]?.key).toBe('screening.reading.suggestionOnly');
    expect(done).toMatchObject({
      status: 'completed',
      version: 2,
      suggested: 'strong_indication',
      conclusion: 'confirmed',
      concluded: 'strong_indication',
    });
    expect(done.conclusionDetail).toMatchObject({
      kind: 'confirmed',
      reason: null,
      concludedBy: { id: workerId },
      forms: expected.forms.map((form) => form.form),
    });
    expect(await auditActions(screening.id)).toEqual([
      'screening.create:success',
      'screening.complete:success',
    ]);

    const again = await worker.send('POST', `/api/screenings/${screening.id}/complete`, { version: 2 });
    expectProblem(again, 409, 'conflict');
    const change = await worker.send('PUT', `/api/screenings/${screening.id}/answers`, {
      version: 2,
      answers: {},
    });
    expectProblem(change, 409, 'conflict');
  });

  it('requires a reason to override the suggestion, and keeps the reason encrypted', async () => {
    const screening = await start(worker, {
      depth: 'short',
      mode: 'worker',
      language: 'en',
      answers: STRONG,
    });
    const bare = await worker.send('POST', `/api/screenings/${screening.id}/complete`, {
      version: 1,
      concluded: 'insufficient',
    });
    const problem = expectProblem(bare, 400, 'validation');
    expect(problem.errors).toEqual([{ path: 'body.reason', message: expect.any(String) as string }]);

    const blank = await worker.send('POST', `/api/screenings/${screening.id}/complete`, {
      version: 1,
      concluded: 'insufficient',
      reason: '   ',
    });
    expectProblem(blank, 400, 'validation');

    const res = await worker.send('POST', `/api/screenings/${screening.id}/complete`, {
      version: 1,
      concluded: 'insufficient',
      reason: OVERRIDE_REASON,
      forms: ['forced_labour'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Detail).conclusionDetail).toMatchObject({
      kind: 'overridden',
      suggested: 'strong_indication',
      concluded: 'insufficient',
      reason: OVERRIDE_REASON,
      forms: ['forced_labour'],
    });

    const raw = await t.database.db
      .selectFrom('screenings')
      .selectAll()
      .where('id', '=', screening.id)
      .executeTakeFirstOrThrow();
    expect(raw.override_reason_enc).toMatch(/^e1\./);
    expect(JSON.stringify(raw)).not.toContain('voluntary');
    expect(raw).toMatchObject({
      conclusion: 'overridden',
      suggested: 'strong_indication',
      concluded: 'insufficient',
    });
  });

  it('treats concluding what was suggested as a confirmation', async () => {
    const screening = await start(worker, { depth: 'short', mode: 'worker', language: 'en' });
    const res = await worker.send('POST', `/api/screenings/${screening.id}/complete`, {
      version: 1,
      concluded: 'insufficient',
    });
    expect((res.json() as Detail).conclusionDetail).toMatchObject({
      kind: 'confirmed',
      concluded: 'insufficient',
    });
  });

  it('refuses a screening that starts in the future', async () => {
    const res = await worker.send('POST', '/api/screenings', {
      depth: 'short',
      mode: 'worker',
      language: 'en',
      startedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expectProblem(res, 400, 'validation');
  });
});

describe('what the suggestion says next', () => {
  it('puts urgent safety first and calls child protection now for a presumed child', async () => {
    const screening = await start(worker, {
      depth: 'short',
      mode: 'person_facing',
      language: 'ar',
      person: { birthYear: null, ageUncertain: true, reasonsToBelieveChild: true, gender: 'male' },
      answers: { safety_in_danger_now: 'yes', fb_begging: 'yes', osec_images: 'declined' },
      conclusion: {},
    });
    expect(screening.childStatus).toBe('presumed_child');
    expect(screening.suggestion.population).toBe('child');
    expect(screening.indicatorSets.map((set) => set.id)).toContain('ilo_ec_child_labour');
    const actions = screening.suggestion.nextSteps.map((step) => step.action);
    expect(actions[0]).toBe('urgent_safety');
    expect(actions[1]).toBe('child_protection_now');
    expect(actions).toContain('refer');
    expect(screening.suggestion.urgentFlags).toEqual(['in_danger_now']);
  });
});

describe('a full screen continuing a short one', () => {
  it('carries the short screen answers over and never asks them again', async () => {
    const short = await start(worker, {
      depth: 'short',
      mode: 'worker',
      language: 'uk',
      answers: STRONG,
      conclusion: {},
    });
    const full = await start(colleague, {
      depth: 'full',
      mode: 'worker',
      language: 'uk',
      parentId: short.id,
    });
    const screen = fullScreen('adult');
    expect(full.parentId).toBe(short.id);
    expect(full.questions.all).toEqual(screen.questionKeys);
    expect(full.answers).toEqual(STRONG);
    expect(full.questions.fromParent.toSorted()).toEqual(Object.keys(STRONG).toSorted());
    for (const key of Object.keys(STRONG)) expect(full.questions.remaining).not.toContain(key);
    expect(full.questions.remaining).toHaveLength(screen.questionKeys.length - Object.keys(STRONG).length);
    expect(full.indicatorSets.map((set) => set.id)).not.toContain('short_screen');
    const raw = await t.database.db
      .selectFrom('screenings')
      .select(['answers_enc', 'inherited_enc'])
      .where('id', '=', full.id)
      .executeTakeFirstOrThrow();
    expect(raw.inherited_enc).toMatch(/^e1\./);
    expect(JSON.stringify(raw)).not.toContain('dr_job_different');
    // Reading the short screen's answers to carry them over is audited on the short screen.
    expect(await auditActions(short.id)).toContain('screening.read:success');

    const next = await colleague.send('PUT', `/api/screenings/${full.id}/answers`, {
      version: 1,
      answers: { ...full.answers, ec_wage_manipulation: 'yes' },
    });
    expect(next.statusCode, next.body).toBe(200);
    expect((next.json() as Detail).questions.remaining).not.toContain('ec_wage_manipulation');
  });

  it('refuses to continue from a full screen or with a short depth', async () => {
    const short = await start(worker, { depth: 'short', mode: 'worker', language: 'en' });
    const asShort = await worker.send('POST', '/api/screenings', {
      depth: 'short',
      mode: 'worker',
      language: 'en',
      parentId: short.id,
    });
    expectProblem(asShort, 400, 'validation');
    const full = await start(worker, { depth: 'full', mode: 'worker', language: 'en', parentId: short.id });
    const fromFull = await worker.send('POST', '/api/screenings', {
      depth: 'full',
      mode: 'worker',
      language: 'en',
      parentId: full.id,
    });
    expectProblem(fromFull, 400, 'validation');
  });
});

describe('a screening finished offline', () => {
  it('is stored once however often it is submitted with the same client reference', async () => {
    const clientRef = randomUUID();
    const body = {
      clientRef,
      depth: 'short',
      mode: 'person_facing',
      language: 'vi',
      answers: STRONG,
      conclusion: { concluded: 'indication', reason: OVERRIDE_REASON },
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    };
    const first = await worker.send('POST', '/api/screenings', body);
    expect(first.statusCode, first.body).toBe(201);
    const created = first.json() as Detail;
    expect(created).toMatchObject({ status: 'completed', conclusion: 'overridden', concluded: 'indication' });

    const second = await worker.send('POST', '/api/screenings', body);
    expect(second.statusCode).toBe(200);
    expect((second.json() as Detail).id).toBe(created.id);

    // A colleague's device sending the same draft again gets the same screening too.
    const third = await colleague.send('POST', '/api/screenings', { ...body, conclusion: {} });
    expect(third.statusCode).toBe(200);
    expect((third.json() as Detail).conclusion).toBe('overridden');

    const rows = await t.database.db
      .selectFrom('screenings')
      .select(['id', 'started_at'])
      .where('client_ref', '=', clientRef)
      .execute();
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0]?.started_at ?? 0).toISOString()).toBe(body.startedAt);
    expect(await auditActions(created.id)).toEqual([
      'screening.create:success',
      'screening.complete:success',
      'screening.read:success',
      'screening.read:success',
    ]);
  });

  it('stores nothing when the conclusion is not valid', async () => {
    const clientRef = randomUUID();
    const res = await worker.send('POST', '/api/screenings', {
      clientRef,
      depth: 'short',
      mode: 'worker',
      language: 'en',
      answers: STRONG,
      conclusion: { concluded: 'insufficient' },
    });
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors).toEqual([
      { path: 'body.conclusion.reason', message: expect.any(String) as string },
    ]);
    const rows = await t.database.db
      .selectFrom('screenings')
      .select('id')
      .where('client_ref', '=', clientRef)
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('screenings stored by others (the demo set)', () => {
  it('reads a completed screening stored without the readings: the suggestion is read from the answers', async () => {
    const short = await start(worker, { depth: 'short', mode: 'worker', language: 'en', answers: STRONG });
    // As the demo seeder stores one: answers sealed as a map, the conclusion kind only.
    await t.database.db
      .updateTable('screenings')
      .set({ status: 'completed', conclusion: 'confirmed', completed_at: new Date() })
      .where('id', '=', short.id)
      .execute();
    const res = await worker.get(`/api/screenings/${short.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'completed',
      suggestion: { overall: 'strong_indication' },
      conclusionDetail: { kind: 'confirmed', suggested: 'strong_indication', concluded: 'strong_indication' },
    });
  });
});

describe('privacy of screenings', () => {
  it('stores answers and what is known of the person only encrypted', async () => {
    const screening = await start(worker, {
      depth: 'short',
      mode: 'worker',
      language: 'en',
      person: { birthYear: 1987, ageUncertain: false, reasonsToBelieveChild: false, gender: 'female' },
      answers: { cd_forced_sex: 'yes', ds_live_in_domestic: 'unsure', fm_marriage: 'declined' },
    });
    const raw = await t.database.db
      .selectFrom('screenings')
      .selectAll()
      .where('id', '=', screening.id)
      .executeTakeFirstOrThrow();
    expect(raw.answers_enc).toMatch(/^e1\./);
    expect(raw.person_enc).toMatch(/^e1\./);
    // Ids are random and may contain any digits: mask them before looking for the birth year.
    const text = JSON.stringify(raw).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      '<id>',
    );
    for (const plain of [
      'cd_forced_sex',
      'ds_live_in_domestic',
      'fm_marriage',
      'declined',
      'unsure',
      '1987',
      'female',
    ]) {
      expect(text, plain).not.toContain(plain);
    }

    const read = await worker.get(`/api/screenings/${screening.id}`);
    expect(read.json()).toMatchObject({
      answers: { cd_forced_sex: 'yes', ds_live_in_domestic: 'unsure', fm_marriage: 'declined' },
      person: { birthYear: 1987, gender: 'female' },
    });
    expect(await auditActions(screening.id)).toEqual(['screening.create:success', 'screening.read:success']);
  });

  it('lists the organisation screenings without answers or reasons', async () => {
    await start(worker, { depth: 'short', mode: 'worker', language: 'en', answers: STRONG, conclusion: {} });
    const res = await colleague.get('/api/screenings?status=completed&pageSize=5');
    expect(res.statusCode).toBe(200);
    const page = res.json() as { items: Record<string, unknown>[]; total: number; pageSize: number };
    expect(page.pageSize).toBe(5);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items.length).toBeLessThanOrEqual(5);
    for (const item of page.items) {
      expect(item.status).toBe('completed');
      expect(item).not.toHaveProperty('answers');
      expect(item).not.toHaveProperty('person');
      expect(item).not.toHaveProperty('suggestion');
      expect(JSON.stringify(item)).not.toContain('voluntary');
    }
  });
});
