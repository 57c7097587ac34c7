import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';

type CaseList = { items: { id: string }[]; total: number };
type CaseDetail = {
  id: string;
  reference: string;
  personId: string;
  isChild: boolean;
  leadOrganisation: { id: string };
  team: { organisation: { id: string } }[];
};
type PersonView = Record<string, unknown> & { hiddenFields: string[] };

const IDENTITY = {
  givenName: 'Olena',
  familyName: 'Testperson',
  aliases: ['Lena'],
  dateOfBirth: '1994-05-06',
  contact: { phone: '+000 555 0123' },
  address: '7 Quiet Lane, Testville',
  identityDocuments: [{ type: 'passport', number: 'XX000000', country: 'UA' }],
};

let t: TestApp;
let orgA: string;
let orgB: string;
let orgC: string;
let caseA: { caseId: string; personId: string };
let caseB: { caseId: string; personId: string };
let workerA: Client;
let workerAId: string;
let workerB: Client;
let responderB: Client;
let analystA: Client;
let systemAdmin: Client;
let deciderC: Client;

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.createOrganisation('ngo');
  orgB = await t.createOrganisation('ngo');
  orgC = await t.createOrganisation('competent_authority');
  caseA = await t.createCase({ leadOrgId: orgA, teamOrgIds: [orgA, orgC], identity: IDENTITY });
  caseB = await t.createCase({ leadOrgId: orgB });
  const workerAUser = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
  workerAId = workerAUser.id;
  workerA = await signIn(t, workerAUser);
  workerB = await signIn(t, await t.createUser({ organisationId: orgB, roles: ['case_worker'] }));
  responderB = await signIn(t, await t.createUser({ organisationId: orgB, roles: ['first_responder'] }));
  analystA = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['analyst'], mfa: false }));
  systemAdmin = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['system_admin'] }));
  deciderC = await signIn(
    t,
    await t.createUser({ organisationId: orgC, roles: ['identification_decision_maker'] }),
  );
});

afterAll(async () => {
  await t?.close();
});

async function auditOf(res: InjectResponse) {
  return t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('request_id', '=', String(res.headers['x-request-id']))
    .execute();
}

describe('case list and detail', () => {
  it('lists only the cases the worker’s organisation is on the team of', async () => {
    const a = await workerA.get('/api/cases');
    const b = await workerB.get('/api/cases');

    expect(a.statusCode).toBe(200);
    const listA = a.json() as CaseList;
    expect(listA.total).toBe(1);
    expect(listA.items.map((c) => c.id)).toEqual([caseA.caseId]);
    const listB = b.json() as CaseList;
    expect(listB.total).toBe(1);
    expect(listB.items.map((c) => c.id)).toEqual([caseB.caseId]);
  });

  it('keeps personal data out of the case list', async () => {
    const res = await workerA.get('/api/cases');

    expect(res.body).not.toContain(IDENTITY.givenName);
    expect(res.body).not.toContain(IDENTITY.familyName);
    expect(res.body).not.toContain(caseA.personId);
  });

  it('shows a team member the case with its team and the person id', async () => {
    const res = await workerA.get(`/api/cases/${caseA.caseId}`);

    expect(res.statusCode).toBe(200);
    const detail = res.json() as CaseDetail;
    expect(detail.personId).toBe(caseA.personId);
    expect(detail.team.map((m) => m.organisation.id).sort()).toEqual([orgA, orgC].sort());
    expect(res.body).not.toContain(IDENTITY.givenName);
  });
});

describe('reading a person', () => {
  it('gives a case worker on the team the person’s decrypted details', async () => {
    const res = await workerA.get(`/api/persons/${caseA.personId}`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: caseA.personId, ...IDENTITY, hiddenFields: [] });
  });

  it('adds a person.read audit entry for every read, naming the person', async () => {
    const countReads = async (): Promise<number> =>
      (
        await t.database.db
          .selectFrom('audit_log')
          .select('seq')
          .where('action', '=', 'person.read')
          .where('subject_person_id', '=', caseA.personId)
          .execute()
      ).length;
    const before = await countReads();

    const first = await workerA.get(`/api/persons/${caseA.personId}`);
    const second = await workerA.get(`/api/persons/${caseA.personId}`);

    expect(await countReads()).toBe(before + 2);
    for (const res of [first, second]) {
      const rows = await auditOf(res);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'person.read',
        outcome: 'success',
        actor_user_id: workerAId,
        actor_org_id: orgA,
        subject_person_id: caseA.personId,
        resource_id: caseA.personId,
      });
      expect(JSON.stringify(rows[0])).not.toContain(IDENTITY.givenName);
    }
  });

  it('shows those reads in the person’s access log', async () => {
    const read = await workerA.get(`/api/persons/${caseA.personId}`);
    expect(read.statusCode).toBe(200);

    const res = await workerA.get(`/api/persons/${caseA.personId}/access-log`);

    expect(res.statusCode).toBe(200);
    const log = res.json() as {
      items: { action: string; outcome: string; actorOrganisation: { id: string } | null }[];
      total: number;
    };
    expect(log.total).toBeGreaterThanOrEqual(1);
    expect(log.items[0]).toMatchObject({
      action: 'person.read',
      outcome: 'success',
      actorOrganisation: { id: orgA },
    });
  });

  it('gives an identification decision maker the person without address and contact', async () => {
    const res = await deciderC.get(`/api/persons/${caseA.personId}`);

    expect(res.statusCode).toBe(200);
    const person = res.json() as PersonView;
    expect([...person.hiddenFields].sort()).toEqual(['address', 'contact']);
    expect(person).not.toHaveProperty('address');
    expect(person).not.toHaveProperty('contact');
    expect(res.body).not.toContain(IDENTITY.address);
    expect(res.body).not.toContain(IDENTITY.contact.phone);
    expect(person).toMatchObject({ givenName: IDENTITY.givenName, familyName: IDENTITY.familyName });
  });
});

describe('refusals', () => {
  it.each([
    ['a first responder', () => responderB],
    ['a case worker', () => workerB],
  ])('answers 404, not 403, to %s of another organisation, and audits the refusal', async (_who, client) => {
    const c = client();

    const caseRes = await c.get(`/api/cases/${caseA.caseId}`);
    const personRes = await c.get(`/api/persons/${caseA.personId}`);
    const logRes = await c.get(`/api/persons/${caseA.personId}/access-log`);

    for (const res of [caseRes, personRes, logRes]) {
      expectProblem(res, 404, 'not-found');
      expect(res.body).not.toContain(IDENTITY.givenName);
      const rows = await auditOf(res);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ outcome: 'denied', subject_person_id: caseA.personId });
    }
    expect((await auditOf(personRes))[0]?.action).toBe('person.read');
  });

  it('answers a hidden case exactly like a case that does not exist', async () => {
    const hidden = await responderB.get(`/api/cases/${caseA.caseId}`);
    const missing = await responderB.get(`/api/cases/${randomUUID()}`);

    const shape = (res: InjectResponse): unknown => {
      const { requestId: _r, instance: _i, ...rest } = res.json() as Record<string, unknown>;
      return rest;
    };
    expect(hidden.statusCode).toBe(missing.statusCode);
    expect(shape(hidden)).toEqual(shape(missing));
  });

  it('refuses an analyst cases and persons with 403', async () => {
    for (const url of ['/api/cases', `/api/cases/${caseA.caseId}`, `/api/persons/${caseA.personId}`]) {
      const res = await analystA.get(url);
      expectProblem(res, 403, 'forbidden');
      expect(res.body).not.toContain(IDENTITY.givenName);
    }
  });

  it('refuses a system administrator a person’s details with 403', async () => {
    const res = await systemAdmin.get(`/api/persons/${caseA.personId}`);

    expectProblem(res, 403, 'forbidden');
    expect(res.body).not.toContain(IDENTITY.givenName);
    const rows = await auditOf(res);
    expect(rows[0]).toMatchObject({ action: 'person.read', outcome: 'denied' });
  });
});

describe('opening a case', () => {
  const validBody = {
    person: {
      givenName: 'Mira',
      familyName: 'Newcase',
      gender: 'female',
      birthYear: 1995,
      nationality: 'MD',
      languages: ['ro'],
    },
    exploitationForms: ['forced_labour', 'domestic_servitude'],
    region: 'capital',
  };

  it('lets a first responder open a case, with their organisation on its team', async () => {
    const orgR = await t.createOrganisation('police');
    const responder = await signIn(
      t,
      await t.createUser({ organisationId: orgR, roles: ['first_responder'] }),
    );

    const res = await responder.send('POST', '/api/cases', validBody);

    expect(res.statusCode).toBe(201);
    const created = res.json() as { id: string; reference: string; personId: string };
    expect(created.reference).toMatch(/^NRM-\d{4}-\d{6}$/);
    const detail = (await responder.get(`/api/cases/${created.id}`)).json() as CaseDetail;
    expect(detail.team.map((m) => m.organisation.id)).toEqual([orgR]);
    expect(detail.leadOrganisation.id).toBe(orgR);
    expect(detail.isChild).toBe(false);
    const person = await responder.get(`/api/persons/${created.personId}`);
    expect(person.json()).toMatchObject({ givenName: 'Mira', familyName: 'Newcase', nationality: 'MD' });
    const list = (await responder.get('/api/cases')).json() as CaseList;
    expect(list.items.map((c) => c.id)).toEqual([created.id]);
    expect((await auditOf(res)).map((r) => [r.action, r.outcome])).toEqual([['case.create', 'success']]);
    // Nobody else's list grows.
    expect(((await workerA.get('/api/cases')).json() as CaseList).total).toBe(1);
  });

  it('marks a case as a child’s when the birth year makes the person a minor', async () => {
    const birthYear = new Date().getUTCFullYear() - 15;
    const orgS = await t.createOrganisation('social_services');
    const worker = await signIn(t, await t.createUser({ organisationId: orgS, roles: ['case_worker'] }));

    const res = await worker.send('POST', '/api/cases', {
      ...validBody,
      person: { ...validBody.person, birthYear },
    });

    expect(res.statusCode).toBe(201);
    const detail = (await worker.get(`/api/cases/${(res.json() as { id: string }).id}`)).json() as CaseDetail;
    expect(detail.isChild).toBe(true);
  });

  it('refuses an analyst opening a case', async () => {
    expectProblem(await analystA.send('POST', '/api/cases', validBody), 403, 'forbidden');
  });

  it.each([
    ['an empty body', {}, ['body.person', 'body.exploitationForms', 'body.region']],
    [
      'an unknown form of exploitation',
      { ...validBody, exploitationForms: ['something_else'] },
      ['body.exploitationForms.0'],
    ],
    ['no form of exploitation', { ...validBody, exploitationForms: [] }, ['body.exploitationForms']],
    [
      'an unknown gender',
      { ...validBody, person: { ...validBody.person, gender: 'robot' } },
      ['body.person.gender'],
    ],
    [
      'an impossible date of birth',
      { ...validBody, person: { ...validBody.person, dateOfBirth: '1990-02-31' } },
      ['body.person.dateOfBirth'],
    ],
    [
      'a nationality that is not an ISO code',
      { ...validBody, person: { ...validBody.person, nationality: 'Moldova' } },
      ['body.person.nationality'],
    ],
    [
      'a name far too long',
      { ...validBody, person: { ...validBody.person, givenName: 'x'.repeat(201) } },
      ['body.person.givenName'],
    ],
  ])('answers %s with a validation problem naming the fields', async (_what, body, paths) => {
    const res = await workerA.send('POST', '/api/cases', body);

    const problem = expectProblem(res, 400, 'validation');
    const errors = problem.errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path).sort()).toEqual([...paths].sort());
    expect(errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('answers a body that is not an object with a validation problem, never a 500', async () => {
    for (const body of [[], 'a string', 42, null]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: {
          cookie: workerA.cookie,
          'x-csrf-token': workerA.csrfToken,
          'content-type': 'application/json',
        },
        payload: JSON.stringify(body),
      });
      expectProblem(res, 400, 'validation');
    }
  });

  it('answers a bad page size with a validation problem on the query', async () => {
    const res = await workerA.get('/api/cases?pageSize=100000&stage=nowhere');

    const problem = expectProblem(res, 400, 'validation');
    const paths = (problem.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['querystring.pageSize', 'querystring.stage']);
  });
});
