import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, expectProblem, signIn, startTestApp, type TestApp } from './helpers/app.js';

/** Synthetic data only. */
const SCREENING = {
  depth: 'short',
  mode: 'person_facing',
  language: 'uk',
  answers: { safety_in_danger_now: 'no', dr_job_different: 'yes', cd_documents_kept: 'declined' },
  person: { birthYear: 1998, ageUncertain: false, reasonsToBelieveChild: false },
  position: 3,
  startedAt: '2026-03-02T09:15:00.000Z',
};
const CANARY_NAME = 'Zenovia Canarytest';
const REFERRAL = {
  person: { name: CANARY_NAME, gender: 'female', nationality: 'UA' },
  exploitationForms: ['forced_labour'],
  narrative: 'A made-up account written for a test, mentioning Canarytest.',
};

type Current = { version: number; payload: unknown; deleted: boolean; updatedBy: string; updatedAt: string };

let t: TestApp;
let orgA: string;
let orgB: string;
let workerA: Client;
let colleagueA: Client;
let colleagueAName: string;
let workerB: Client;

async function displayName(userId: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.display_name;
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.createOrganisation('ngo');
  orgB = await t.createOrganisation('ngo');
  workerA = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['first_responder'] }));
  const colleague = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
  colleagueA = await signIn(t, colleague);
  colleagueAName = await displayName(colleague.id);
  workerB = await signIn(t, await t.createUser({ organisationId: orgB, roles: ['case_worker'] }));
});

afterAll(async () => {
  await t?.close();
});

describe('saving drafts', () => {
  it('creates a draft at version 1 and updates it on top of that version', async () => {
    const id = randomUUID();
    const created = await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: SCREENING,
      baseVersion: null,
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ version: 1 });

    const next = { ...SCREENING, answers: { ...SCREENING.answers, cr_threats: 'unsure' } };
    const updated = await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: next,
      baseVersion: 1,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2 });

    const read = await colleagueA.get(`/api/drafts/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id, kind: 'screening', version: 2, mine: false, payload: next });
  });

  it('lists my organisation’s drafts without their content', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: REFERRAL,
      baseVersion: null,
    });
    const res = await colleagueA.get('/api/drafts?kind=referral');
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: Record<string, unknown>[] }).items;
    const item = items.find((i) => i.id === id);
    expect(item).toMatchObject({ kind: 'referral', version: 1, mine: false });
    expect(item).not.toHaveProperty('payload');
    expect(res.body).not.toContain('Canarytest');
    expect(items.every((i) => i.kind === 'referral')).toBe(true);
  });

  it('validates the payload by kind: shape, not completeness', async () => {
    const partial = await workerA.send('PUT', `/api/drafts/${randomUUID()}`, {
      kind: 'referral',
      payload: { person: { name: '' } },
      baseVersion: null,
    });
    expect(partial.statusCode).toBe(200);

    const badAnswer = await workerA.send('PUT', `/api/drafts/${randomUUID()}`, {
      kind: 'screening',
      payload: { ...SCREENING, answers: { dr_job_different: 'maybe' } },
      baseVersion: null,
    });
    const problem = expectProblem(badAnswer, 400, 'validation');
    expect(JSON.stringify(problem.errors)).toContain('body.payload.answers');

    const unknownField = await workerA.send('PUT', `/api/drafts/${randomUUID()}`, {
      kind: 'referral',
      payload: { ...REFERRAL, cooperatesWithPolice: true },
      baseVersion: null,
    });
    expectProblem(unknownField, 400, 'validation');
  });

  it('keeps a draft’s kind', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: SCREENING,
      baseVersion: null,
    });
    const res = await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: REFERRAL,
      baseVersion: 1,
    });
    expectProblem(res, 409, 'conflict');
  });
});

describe('conflicts', () => {
  it('refuses a stale write from a colleague, overwrites nothing and returns the newer version', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: SCREENING,
      baseVersion: null,
    });
    const mine = { ...SCREENING, notes: 'first worker' };
    const theirs = { ...SCREENING, notes: 'colleague' };
    // Both start from version 1; the colleague saves first.
    const first = await colleagueA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: theirs,
      baseVersion: 1,
    });
    expect(first.json()).toMatchObject({ version: 2 });
    const second = await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: mine,
      baseVersion: 1,
    });
    const problem = expectProblem(second, 409, 'draft-conflict');
    const current = problem.current as Current;
    expect(current).toMatchObject({ version: 2, payload: theirs, deleted: false, updatedBy: colleagueAName });
    expect(Number.isNaN(Date.parse(current.updatedAt))).toBe(false);

    const stored = await workerA.get(`/api/drafts/${id}`);
    expect(stored.json()).toMatchObject({ version: 2, payload: theirs });

    // "Keep mine": written on top of the version now known.
    const resolved = await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: mine,
      baseVersion: 2,
    });
    expect(resolved.json()).toMatchObject({ version: 3 });
  });

  it('lets exactly one of two simultaneous saves on the same version through', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: SCREENING,
      baseVersion: null,
    });
    const [a, b] = await Promise.all([
      workerA.send('PUT', `/api/drafts/${id}`, {
        kind: 'screening',
        payload: { ...SCREENING, notes: 'a' },
        baseVersion: 1,
      }),
      colleagueA.send('PUT', `/api/drafts/${id}`, {
        kind: 'screening',
        payload: { ...SCREENING, notes: 'b' },
        baseVersion: 1,
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 'a' : 'b';
    const stored = await workerA.get(`/api/drafts/${id}`);
    expect(stored.json()).toMatchObject({ version: 2, payload: { notes: winner } });
  });

  it('refuses a second first save of the same id', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: SCREENING,
      baseVersion: null,
    });
    const again = await colleagueA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: { ...SCREENING, notes: 'other' },
      baseVersion: null,
    });
    expect((expectProblem(again, 409, 'draft-conflict').current as Current).version).toBe(1);
  });

  it('answers not found for a change based on a version the server never had', async () => {
    const res = await workerA.send('PUT', `/api/drafts/${randomUUID()}`, {
      kind: 'screening',
      payload: SCREENING,
      baseVersion: 4,
    });
    expectProblem(res, 404, 'not-found');
  });

  it('audits the read that a conflict answer is', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: SCREENING,
      baseVersion: null,
    });
    await colleagueA.send('PUT', `/api/drafts/${id}`, {
      kind: 'screening',
      payload: SCREENING,
      baseVersion: 1,
    });
    await workerA.send('PUT', `/api/drafts/${id}`, { kind: 'screening', payload: SCREENING, baseVersion: 1 });
    const actions = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('resource_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['draft.create', 'draft.update', 'draft.read']);
  });
});

describe('deleting drafts', () => {
  it('deletes on top of the current version, leaves a tombstone and wipes the content', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: REFERRAL,
      baseVersion: null,
    });
    const stale = await colleagueA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: { ...REFERRAL, interpreterNeeded: true },
      baseVersion: 1,
    });
    expect(stale.statusCode).toBe(200);

    const conflict = await workerA.send('DELETE', `/api/drafts/${id}?baseVersion=1`);
    expect((expectProblem(conflict, 409, 'draft-conflict').current as Current).version).toBe(2);

    const deleted = await workerA.send('DELETE', `/api/drafts/${id}?baseVersion=2`);
    expect(deleted.statusCode).toBe(204);
    expect((await workerA.send('DELETE', `/api/drafts/${id}?baseVersion=2`)).statusCode).toBe(204);
    expectProblem(await workerA.get(`/api/drafts/${id}`), 404, 'not-found');
    const list = await workerA.get('/api/drafts');
    expect((list.json() as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(id);

    // A device still holding version 2 learns of the deletion instead of re-creating it.
    const late = await colleagueA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: REFERRAL,
      baseVersion: 2,
    });
    const current = expectProblem(late, 409, 'draft-conflict').current as Current;
    expect(current).toMatchObject({ version: 3, deleted: true, payload: null });
    // …and may keep its version deliberately, on top of the deletion.
    const revived = await colleagueA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: REFERRAL,
      baseVersion: 3,
    });
    expect(revived.json()).toMatchObject({ version: 4 });
  });
});

describe('privacy and access', () => {
  it('stores no plaintext in the draft row', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: REFERRAL,
      baseVersion: null,
    });
    const row = await t.database.db
      .selectFrom('drafts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const raw = JSON.stringify(row);
    expect(row.payload_enc).toMatch(/^e1\./);
    expect(raw).not.toContain('Zenovia');
    expect(raw).not.toContain('Canarytest');
    expect(raw).not.toContain('forced_labour');
    await workerA.get(`/api/drafts/${id}`);
    await colleagueA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: REFERRAL,
      baseVersion: null,
    });
    expect(t.logs.join('\n')).not.toContain('Canarytest');
  });

  it('hides another organisation’s drafts', async () => {
    const id = randomUUID();
    await workerA.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: REFERRAL,
      baseVersion: null,
    });

    const list = await workerB.get('/api/drafts');
    expect(list.statusCode).toBe(200);
    expect((list.json() as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(id);
    expectProblem(await workerB.get(`/api/drafts/${id}`), 404, 'not-found');

    const write = await workerB.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: { person: { name: 'Overwrite attempt' } },
      baseVersion: 1,
    });
    expectProblem(write, 404, 'not-found');
    const create = await workerB.send('PUT', `/api/drafts/${id}`, {
      kind: 'referral',
      payload: {},
      baseVersion: null,
    });
    expectProblem(create, 404, 'not-found');
    expectProblem(await workerB.send('DELETE', `/api/drafts/${id}?baseVersion=1`), 404, 'not-found');

    const stored = await workerA.get(`/api/drafts/${id}`);
    expect(stored.json()).toMatchObject({ version: 1, payload: REFERRAL });
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', '=', id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBe(4);
  });

  it('refuses drafts to roles that do not screen or refer', async () => {
    const analyst = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['analyst'] }));
    expectProblem(await analyst.get('/api/drafts'), 403, 'forbidden');
    expectProblem(await analyst.get('/api/drafts/key'), 403, 'forbidden');
  });
});

describe('offline key', () => {
  it('gives a signed-in user the same key material each time, never cached, never logged', async () => {
    const first = await workerA.get('/api/drafts/key');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const key = first.json() as { keyId: string; material: string };
    expect(Buffer.from(key.material, 'base64url')).toHaveLength(32);
    const second = (await workerA.get('/api/drafts/key')).json() as { keyId: string; material: string };
    expect(second).toEqual(key);

    const other = (await colleagueA.get('/api/drafts/key')).json() as { keyId: string; material: string };
    expect(other.material).not.toBe(key.material);
    expect(other.keyId).not.toBe(key.keyId);

    const row = await t.database.db
      .selectFrom('draft_keys')
      .selectAll()
      .where('key_id', '=', key.keyId)
      .executeTakeFirstOrThrow();
    expect(row.material_enc).not.toContain(key.material);
    expect(t.logs.join('\n')).not.toContain(key.material);
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('resource_id', '=', key.keyId)
      .execute();
    expect(audited.map((a) => a.action)).toEqual(['draft.key_issued', 'draft.key_issued']);
    expect(JSON.stringify(audited)).not.toContain(key.material);
  });

  it('is refused to a session that has not passed the second factor', async () => {
    const user = await t.createUser({ organisationId: orgA, roles: ['first_responder'] });
    const { totpSecret: _secret, ...withoutSecret } = user;
    // Password only: the session stops at the second factor.
    const halfway = await signIn(t, { ...withoutSecret, totpSecret: null });
    expectProblem(await halfway.get('/api/drafts/key'), 401, 'mfa-required');
    const notEnrolled = await signIn(
      t,
      await t.createUser({ organisationId: orgA, roles: ['first_responder'], mfa: false }),
    );
    expectProblem(await notEnrolled.get('/api/drafts/key'), 401, 'mfa-required');
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/drafts/key' }), 401, 'unauthenticated');
  });
});
