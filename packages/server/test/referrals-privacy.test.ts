import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, expectProblem, signIn, startTestApp, type TestApp } from './helpers/app.js';

/** Fictional people, made up for these tests. */
const EARLIER_GIVEN = 'Duplica';
const EARLIER_FAMILY = 'Testovna';

let t: TestApp;
let ngoA: string;
let ngoB: string;
let authority: string;
let responderA: Client;
let responderB: Client;
let workerB: Client;
let decider: Client;

const thisYear = new Date().getUTCFullYear();

function referral(name: string) {
  return {
    person: {
      name,
      birthYear: thisYear - 28,
      ageUncertain: false,
      reasonsToBelieveChild: false,
      gender: 'female',
      nationality: 'UA',
      preferredLanguage: 'uk',
      contact: null,
    },
    region: 'capital',
    elements: { acts: ['recruitment'], means: ['fraud'], purposes: ['sexual_prostitution'] },
    exploitationForms: ['sexual_prostitution'],
    exploitationLocation: 'abroad',
    events: [],
    urgentNeeds: [],
    interpreterNeeded: false,
    narrative: null,
    screeningId: null,
    consents: [
      {
        purpose: 'identification_referral',
        recipientOrgId: null,
        language: 'uk',
        interpreterUsed: false,
        method: 'written',
        givenAt: new Date(Date.now() - 1000).toISOString(),
      },
    ],
    clientRef: randomUUID(),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  ngoA = await t.createOrganisation('ngo');
  ngoB = await t.createOrganisation('ngo');
  authority = await t.createOrganisation('competent_authority');
  responderA = await signIn(t, await t.createUser({ organisationId: ngoA, roles: ['first_responder'] }));
  responderB = await signIn(t, await t.createUser({ organisationId: ngoB, roles: ['first_responder'] }));
  workerB = await signIn(t, await t.createUser({ organisationId: ngoB, roles: ['case_worker'] }));
  decider = await signIn(
    t,
    await t.createUser({ organisationId: authority, roles: ['identification_decision_maker'] }),
  );
});

afterAll(async () => {
  await t?.close();
});

describe('anonymous notifications', () => {
  const notification = {
    gender: 'male',
    ageBand: '30-38',
    nationality: 'VN',
    exploitationForms: ['forced_criminality', 'forced_labour'],
    region: 'coast',
  };

  it('stores only the five allowed fields, the organisation and a date: the raw row proves it', async () => {
    const res = await responderA.send('POST', '/api/anonymous-notifications', notification);

    expect(res.statusCode).toBe(201);
    const created = res.json() as { id: string; notifiedOn: string; stored: unknown; support: string[] };
    expect(created.stored).toEqual(notification);
    expect(created.notifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(created.support).toEqual(expect.arrayContaining(['helpline', 'shelter', 'labour_rights_advice']));

    const raw = await sql<
      Record<string, unknown>
    >`select * from anonymous_notifications where id = ${created.id}`.execute(t.database.db);
    const row = raw.rows[0];
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'age_band',
        'exploitation_forms',
        'gender',
        'id',
        'nationality',
        'notified_on',
        'organisation_id',
        'region',
      ].sort(),
    );
    expect(row).toMatchObject({
      id: created.id,
      organisation_id: ngoA,
      gender: 'male',
      age_band: '30-38',
      nationality: 'VN',
      exploitation_forms: ['forced_criminality', 'forced_labour'],
      region: 'coast',
    });
    const type = await sql<{
      type: string;
    }>`select pg_typeof(notified_on)::text as type from anonymous_notifications where id = ${created.id}`.execute(
      t.database.db,
    );
    expect(type.rows[0]?.type).toBe('date');
  });

  it('refuses any other field, such as a name or a birth year, instead of storing it', async () => {
    for (const extra of [{ name: 'Someone Testing' }, { birthYear: 1990 }, { note: 'free text' }]) {
      const res = await responderA.send('POST', '/api/anonymous-notifications', {
        ...notification,
        ...extra,
      });
      expectProblem(res, 400, 'validation');
    }
  });

  it('refuses to only count a child, who is referred without needing consent', async () => {
    const res = await responderA.send('POST', '/api/anonymous-notifications', {
      ...notification,
      ageBand: '13-15',
    });
    expect(expectProblem(res, 422, 'validation')).toMatchObject({ reason: 'child' });
  });

  it('lists an organisation’s own notifications only', async () => {
    await responderB.send('POST', '/api/anonymous-notifications', { ...notification, region: 'north' });

    const own = (await responderA.get('/api/anonymous-notifications')).json() as {
      items: { region: string }[];
      total: number;
    };
    const other = (await workerB.get('/api/anonymous-notifications')).json() as {
      items: { region: string }[];
    };

    expect(own.items.every((item) => item.region === 'coast')).toBe(true);
    expect(own.total).toBe(own.items.length);
    expect(other.items.map((item) => item.region)).toEqual(['north']);
  });
});

describe('possible duplicates', () => {
  let earlier: { caseId: string; personId: string };
  let earlierReference: string;
  let shared: { caseId: string };
  let later: { caseId: string };

  beforeAll(async () => {
    // An earlier case of organisation B that the authority does not know.
    earlier = await t.createCase({
      leadOrgId: ngoB,
      identity: { givenName: EARLIER_GIVEN, familyName: EARLIER_FAMILY, dateOfBirth: null },
    });
    earlierReference = (
      await t.database.db
        .selectFrom('cases')
        .select('reference')
        .where('id', '=', earlier.caseId)
        .executeTakeFirstOrThrow()
    ).reference;
    // A referral of the same name by B, which the authority does know (it decides on it).
    const first = await responderB.send(
      'POST',
      '/api/referrals',
      referral(`${EARLIER_GIVEN} ${EARLIER_FAMILY}`),
    );
    expect(first.statusCode).toBe(201);
    shared = first.json() as { caseId: string };
    const second = await responderA.send(
      'POST',
      '/api/referrals',
      referral(`${EARLIER_GIVEN}  ${EARLIER_FAMILY}`),
    );
    expect(second.statusCode).toBe(201);
    later = second.json() as { caseId: string };
  });

  it('tells the decision maker that earlier referrals may exist, and whether they know them', async () => {
    const res = await decider.get(`/api/cases/${later.caseId}/duplicates`);

    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: { basis: string; knownToYourOrganisation: boolean }[] }).items;
    expect(items.map((item) => [item.basis, item.knownToYourOrganisation]).sort()).toEqual([
      ['name', false],
      ['name', true],
    ]);
  });

  it('never reveals the other case: no id, reference, organisation or name', async () => {
    const res = await decider.get(`/api/cases/${later.caseId}/duplicates`);

    for (const secret of [
      earlier.caseId,
      earlierReference,
      earlier.personId,
      shared.caseId,
      ngoB,
      EARLIER_GIVEN,
      EARLIER_FAMILY,
    ]) {
      expect(res.body).not.toContain(secret);
    }
    const names = await t.database.db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', ngoB)
      .executeTakeFirstOrThrow();
    expect(res.body).not.toContain(names.name);
    for (const item of (res.json() as { items: Record<string, unknown>[] }).items) {
      expect(Object.keys(item).sort()).toEqual(
        ['basis', 'flaggedAt', 'id', 'knownToYourOrganisation', 'reviewOutcome', 'reviewedAt'].sort(),
      );
    }
  });

  it('is only for decision makers: the referrer is refused', async () => {
    const res = await responderA.get(`/api/cases/${later.caseId}/duplicates`);
    expectProblem(res, 403, 'forbidden');
  });

  it('records the decision maker’s review', async () => {
    const list = (await decider.get(`/api/cases/${later.caseId}/duplicates`)).json() as {
      items: { id: string }[];
    };
    const target = list.items[0];
    if (!target) throw new Error('no duplicate flagged');

    const res = await decider.send('POST', `/api/cases/${later.caseId}/duplicates/${target.id}/review`, {
      outcome: 'different_person',
    });
    const wrongCase = await decider.send(
      'POST',
      `/api/cases/${shared.caseId}/duplicates/${target.id}/review`,
      {
        outcome: 'same_person',
      },
    );

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: target.id, reviewOutcome: 'different_person' });
    expect((res.json() as { reviewedAt: string | null }).reviewedAt).not.toBeNull();
    expectProblem(wrongCase, 404, 'not-found');
  });

  it('answers 404 to a decision maker whose authority is not on the case', async () => {
    const otherAuthority = await t.createOrganisation('competent_authority');
    const otherDecider = await signIn(
      t,
      await t.createUser({ organisationId: otherAuthority, roles: ['identification_decision_maker'] }),
    );
    const res = await otherDecider.get(`/api/cases/${later.caseId}/duplicates`);
    expectProblem(res, 404, 'not-found');
  });
});
