import { addCalendarDays, GENERIC_COE_EU_PROFILE, localDateOf } from '@opennrm/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, expectProblem, signIn, startTestApp, type TestApp } from './helpers/app.js';
import { appointGuardian } from './helpers/letters-fixtures.js';

/**
 * The legal module (issue 4): the person's free choice about criminal justice, recorded
 * apart from assistance and read only by those whose purpose on the team is legal, and
 * the remedies — residence, legal aid, compensation, non-punishment —, durable solutions
 * and a child's best-interests procedures and missing episodes. Flows and refusals.
 */

let t: TestApp;
let ngo: string;
let shelter: string;
let legalOrg: string;
let lawyer: Client;
let lawyerWorker: Client;
let leadWorker: Client;
let shelterWorker: Client;
let outsider: Client;
let analyst: Client;
let guardian: Client;
let guardianId: string;
let today: string;

type Team = readonly { organisationId: string; purpose: string }[];

async function caseWith(team: Team, options: { child?: boolean } = {}): Promise<string> {
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
  return created.caseId;
}

const standardTeam = (): Team => [
  { organisationId: ngo, purpose: 'assistance' },
  { organisationId: shelter, purpose: 'accommodation' },
  { organisationId: legalOrg, purpose: 'legal_aid' },
];

async function auditCount(action: string, outcome = 'success'): Promise<number> {
  const row = await t.database.db
    .selectFrom('audit_log')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('action', '=', action)
    .where('outcome', '=', outcome)
    .executeTakeFirstOrThrow();
  return row.n;
}

function fieldErrors(body: Record<string, unknown>): string[] {
  return ((body.errors as { path: string; message: string }[]) ?? []).map((e) => `${e.path}:${e.message}`);
}

beforeAll(async () => {
  t = await startTestApp();
  ngo = await t.createOrganisation('ngo');
  shelter = await t.createOrganisation('shelter');
  legalOrg = await t.createOrganisation('ngo');
  const outsiderOrg = await t.createOrganisation('ngo');
  const analystOrg = await t.createOrganisation('national_coordinator');
  const guardianOrg = await t.createOrganisation('child_protection');
  leadWorker = await signIn(t, await t.createUser({ organisationId: ngo, roles: ['case_worker'] }));
  shelterWorker = await signIn(t, await t.createUser({ organisationId: shelter, roles: ['case_worker'] }));
  lawyer = await signIn(t, await t.createUser({ organisationId: legalOrg, roles: ['legal_adviser'] }));
  lawyerWorker = await signIn(t, await t.createUser({ organisationId: legalOrg, roles: ['case_worker'] }));
  outsider = await signIn(t, await t.createUser({ organisationId: outsiderOrg, roles: ['legal_adviser'] }));
  analyst = await signIn(t, await t.createUser({ organisationId: analystOrg, roles: ['analyst'] }));
  const guardianUser = await t.createUser({ organisationId: guardianOrg, roles: ['guardian'] });
  guardianId = guardianUser.id;
  guardian = await signIn(t, guardianUser);
  today = localDateOf(new Date(), GENERIC_COE_EU_PROFILE.calendar.timeZone);
});

afterAll(async () => {
  await t?.close();
});

describe('cooperation with criminal justice: the person’s free choice', () => {
  it('is recorded append-only; the latest is current; it says it changes nothing about help', async () => {
    const caseId = await caseWith(standardTeam());
    const empty = await lawyer.get(`/api/cases/${caseId}/cooperation`);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({ current: null, history: [], affectsAssistance: false });
    expect(empty.json().notice).toMatch(/changes nothing about the assistance/);

    const reads = await auditCount('cooperation.read');
    const first = await lawyer.send('POST', `/api/cases/${caseId}/cooperation`, {
      status: 'declines_contact',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().current.status).toBe('declines_contact');
    const second = await lawyerWorker.send('POST', `/api/cases/${caseId}/cooperation`, {
      status: 'undecided',
    });
    expect(second.statusCode).toBe(201);

    const now = await lawyer.get(`/api/cases/${caseId}/cooperation`);
    const body = now.json();
    expect(body.current.status).toBe('undecided');
    expect(body.history.map((h: { status: string }) => h.status)).toEqual(['undecided', 'declines_contact']);
    expect(body.history[1].recordedBy.name).not.toBe('');
    expect(await auditCount('cooperation.read')).toBe(reads + 1);
    const rows = await t.database.db
      .selectFrom('cooperation_records')
      .select('status')
      .where('case_id', '=', caseId)
      .execute();
    expect(rows).toHaveLength(2);
  });

  it('refuses an unknown status or any extra field (nothing can tie it to assistance)', async () => {
    const caseId = await caseWith(standardTeam());
    expectProblem(
      await lawyer.send('POST', `/api/cases/${caseId}/cooperation`, { status: 'maybe' }),
      400,
      'validation',
    );
    expectProblem(
      await lawyer.send('POST', `/api/cases/${caseId}/cooperation`, {
        status: 'declines_contact',
        suspendAssistance: true,
      }),
      400,
      'validation',
    );
  });

  it('is hidden from a shelter, the lead organisation without a legal purpose, outsiders, analysts and guardians', async () => {
    const caseId = await caseWith(standardTeam(), { child: true });
    await appointGuardian(t, caseId, guardianId);
    await lawyer.send('POST', `/api/cases/${caseId}/cooperation`, { status: 'cooperating' });
    const denied = await auditCount('cooperation.read', 'denied');
    for (const client of [shelterWorker, leadWorker, outsider, analyst, guardian]) {
      const res = await client.get(`/api/cases/${caseId}/cooperation`);
      expect([403, 404]).toContain(res.statusCode);
      expect(res.body).not.toContain('cooperating');
      expectProblem(res, res.statusCode, res.statusCode === 404 ? 'not-found' : 'forbidden');
    }
    for (const client of [shelterWorker, leadWorker, outsider]) {
      expectProblem(await client.get(`/api/cases/${caseId}/cooperation`), 404, 'not-found');
      expectProblem(
        await client.send('POST', `/api/cases/${caseId}/cooperation`, { status: 'withdrew' }),
        404,
        'not-found',
      );
    }
    expect(await auditCount('cooperation.read', 'denied')).toBeGreaterThan(denied);
    expectProblem(
      await lawyer.get(`/api/cases/00000000-0000-4000-8000-000000000000/cooperation`),
      404,
      'not-found',
    );
  });
});

describe('remedies', () => {
  it('residence permits: recorded, changed, with consistent dates', async () => {
    const caseId = await caseWith(standardTeam());
    const url = `/api/cases/${caseId}/legal/residence-permits`;
    const applied = addCalendarDays(today, -30);
    const created = await lawyer.send('POST', url, {
      basis: 'victim_situation',
      appliedOn: applied,
      status: 'pending',
      decidedOn: null,
      validUntil: null,
      rightToWork: false,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;

    const noDate = await lawyer.send('PATCH', `${url}/${id}`, { status: 'granted' });
    expect(fieldErrors(expectProblem(noDate, 400, 'validation'))).toEqual(['body.decidedOn:required']);
    const early = await lawyer.send('PATCH', `${url}/${id}`, {
      status: 'granted',
      decidedOn: addCalendarDays(applied, -1),
    });
    expect(fieldErrors(expectProblem(early, 400, 'validation'))).toEqual([
      'body.decidedOn:date_before_start',
    ]);

    const granted = await lawyer.send('PATCH', `${url}/${id}`, {
      status: 'granted',
      decidedOn: today,
      validUntil: addCalendarDays(today, 365),
      rightToWork: true,
    });
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toMatchObject({
      id,
      basis: 'victim_situation',
      appliedOn: applied,
      rightToWork: true,
    });

    const list = await lawyer.get(url);
    expect(list.json()).toMatchObject({
      isChild: false,
      items: [{ id, status: 'granted', decidedOn: today }],
    });
    expectProblem(await lawyer.send('PATCH', `${url}/${id}`, {}), 400, 'validation');
    expectProblem(
      await lawyer.send('PATCH', `${url}/${id}`, { status: 'granted', note: 'x' }),
      400,
      'validation',
    );
  });

  it('compensation claims: an award above the claim is fine, paying more than awarded is not', async () => {
    const caseId = await caseWith(standardTeam());
    const url = `/api/cases/${caseId}/legal/compensation`;
    const claim = {
      route: 'labour_tribunal',
      claimedOn: addCalendarDays(today, -200),
      currency: 'EUR',
      amountClaimed: '9000',
      amountAwarded: null,
      amountPaid: null,
      status: 'pending',
      decidedOn: null,
    };
    const created = await lawyer.send('POST', url, claim);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const awarded = await lawyer.send('PATCH', `${url}/${id}`, {
      status: 'awarded',
      amountAwarded: '10250.50',
      decidedOn: addCalendarDays(today, -10),
    });
    expect(awarded.statusCode).toBe(200);
    expect(awarded.json()).toMatchObject({ amountClaimed: '9000', amountAwarded: '10250.5' });

    const over = await lawyer.send('PATCH', `${url}/${id}`, {
      status: 'partly_paid',
      amountPaid: '10250.51',
    });
    expect(fieldErrors(expectProblem(over, 400, 'validation'))).toEqual([
      'body.amountPaid:paid_above_awarded',
    ]);
    const part = await lawyer.send('PATCH', `${url}/${id}`, { status: 'partly_paid', amountPaid: '2500' });
    expect(part.json()).toMatchObject({
      status: 'partly_paid',
      amountPaid: '2500',
      amountAwarded: '10250.5',
    });
    expectProblem(await lawyer.send('POST', url, { ...claim, currency: 'euro' }), 400, 'validation');
  });

  it('legal aid names a known provider; non-punishment assessments are listed', async () => {
    const caseId = await caseWith(standardTeam());
    const aid = await lawyerWorker.send('POST', `/api/cases/${caseId}/legal/legal-aid`, {
      providerOrganisationId: legalOrg,
      requestedOn: addCalendarDays(today, -3),
      grantedOn: today,
      status: 'granted',
    });
    expect(aid.statusCode).toBe(201);
    expect(aid.json().providerOrganisation.id).toBe(legalOrg);
    const unknown = await lawyer.send('POST', `/api/cases/${caseId}/legal/legal-aid`, {
      providerOrganisationId: '00000000-0000-4000-8000-000000000000',
      requestedOn: today,
      grantedOn: null,
      status: 'requested',
    });
    expect(fieldErrors(expectProblem(unknown, 400, 'validation'))).toEqual([
      'body.providerOrganisationId:unknown_organisation',
    ]);

    const np = await lawyer.send('POST', `/api/cases/${caseId}/legal/non-punishment`, {
      offence: 'false_documents',
      linkedToTrafficking: true,
      outcome: 'discontinued',
      assessedOn: today,
    });
    expect(np.statusCode).toBe(201);
    const list = await lawyer.get(`/api/cases/${caseId}/legal/non-punishment`);
    expect(list.json().items).toEqual([np.json()]);
    expect(await auditCount('legal_record.list')).toBeGreaterThan(0);
  });

  it('are hidden from a shelter, the lead organisation without a legal purpose, outsiders and analysts', async () => {
    const caseId = await caseWith(standardTeam());
    const created = await lawyer.send('POST', `/api/cases/${caseId}/legal/non-punishment`, {
      offence: 'drugs',
      linkedToTrafficking: true,
      outcome: 'pending',
      assessedOn: today,
    });
    const id = created.json().id as string;
    for (const client of [shelterWorker, leadWorker, outsider]) {
      expectProblem(await client.get(`/api/cases/${caseId}/legal/non-punishment`), 404, 'not-found');
      expectProblem(
        await client.send('PATCH', `/api/cases/${caseId}/legal/non-punishment/${id}`, {
          outcome: 'convicted',
        }),
        404,
        'not-found',
      );
    }
    const res = await analyst.get(`/api/cases/${caseId}/legal/non-punishment`);
    expect([403, 404]).toContain(res.statusCode);
    // A record is changed only through its own case.
    const other = await caseWith(standardTeam());
    expectProblem(
      await lawyer.send('PATCH', `/api/cases/${other}/legal/non-punishment/${id}`, { outcome: 'convicted' }),
      404,
      'not-found',
    );
  });
});

describe('children and durable solutions', () => {
  it('a child’s return waits for a completed best-interests determination (CoE art. 16(7))', async () => {
    const caseId = await caseWith(
      [
        { organisationId: ngo, purpose: 'assistance' },
        { organisationId: legalOrg, purpose: 'legal_aid' },
      ],
      { child: true },
    );
    await appointGuardian(t, caseId, guardianId);
    const ret = { kind: 'return', status: 'planned', decidedOn: today, country: 'MD' };
    const refused = await lawyer.send('POST', `/api/cases/${caseId}/legal/durable-solutions`, ret);
    expect(fieldErrors(expectProblem(refused, 400, 'validation'))).toEqual([
      'body.kind:child_return_needs_best_interests_determination',
    ]);

    const bid = await guardian.send('POST', `/api/cases/${caseId}/children/best-interests`, {
      kind: 'determination',
      startedOn: addCalendarDays(today, -20),
      completedOn: null,
    });
    expect(bid.statusCode).toBe(201);
    expect((await lawyer.send('POST', `/api/cases/${caseId}/legal/durable-solutions`, ret)).statusCode).toBe(
      400,
    );
    const done = await guardian.send(
      'PATCH',
      `/api/cases/${caseId}/children/best-interests/${bid.json().id}`,
      {
        completedOn: addCalendarDays(today, -1),
      },
    );
    expect(done.statusCode).toBe(200);
    const allowed = await lawyer.send('POST', `/api/cases/${caseId}/legal/durable-solutions`, ret);
    expect(allowed.statusCode).toBe(201);
    expect(allowed.json()).toMatchObject({ kind: 'return', country: 'MD' });
    // An adult's return needs no such procedure.
    const adult = await caseWith(standardTeam());
    expect((await lawyer.send('POST', `/api/cases/${adult}/legal/durable-solutions`, ret)).statusCode).toBe(
      201,
    );
  });

  it('missing episodes are recorded by the guardian and the team on a child’s case', async () => {
    const caseId = await caseWith([{ organisationId: legalOrg, purpose: 'legal_aid' }], { child: true });
    await appointGuardian(t, caseId, guardianId);
    const went = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const created = await lawyerWorker.send('POST', `/api/cases/${caseId}/children/missing`, {
      wentMissingAt: went,
      foundAt: null,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().reportedByOrganisation.id).toBe(legalOrg);
    const before = await guardian.send(
      'PATCH',
      `/api/cases/${caseId}/children/missing/${created.json().id}`,
      {
        foundAt: new Date(Date.now() - 4 * 86_400_000).toISOString(),
      },
    );
    expect(fieldErrors(expectProblem(before, 400, 'validation'))).toEqual(['body.foundAt:date_before_start']);
    const found = await guardian.send('PATCH', `/api/cases/${caseId}/children/missing/${created.json().id}`, {
      foundAt: new Date().toISOString(),
    });
    expect(found.statusCode).toBe(200);
    const list = await guardian.get(`/api/cases/${caseId}/children/missing`);
    expect(list.json()).toMatchObject({ isChild: true, items: [{ id: created.json().id }] });
  });

  it('refuses children’s procedures on an adult’s case with a clear problem', async () => {
    const caseId = await caseWith(standardTeam());
    const res = await lawyer.send('POST', `/api/cases/${caseId}/children/best-interests`, {
      kind: 'assessment',
      startedOn: today,
      completedOn: null,
    });
    expect(expectProblem(res, 409, 'conflict')).toMatchObject({ reason: 'not_a_child' });
    expect(
      expectProblem(await lawyer.get(`/api/cases/${caseId}/children/missing`), 409, 'conflict'),
    ).toMatchObject({
      reason: 'not_a_child',
    });
  });

  it('a guardian sees nothing of a child they do not represent', async () => {
    const caseId = await caseWith([{ organisationId: legalOrg, purpose: 'legal_aid' }], { child: true });
    expectProblem(await guardian.get(`/api/cases/${caseId}/children/best-interests`), 404, 'not-found');
  });
});

describe('API description', () => {
  it('documents the legal routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/cases/{id}/cooperation',
        '/api/cases/{id}/legal/compensation/{recordId}',
        '/api/cases/{id}/children/missing',
      ]),
    );
  });
});
