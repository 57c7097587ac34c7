import { randomUUID } from 'node:crypto';
import { GENERIC_COE_EU_PROFILE, reasonableGroundsDue } from '@opennrm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataKey } from '../src/crypto/index.js';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';

/** Fictional people, made up for these tests. */
const ADULT_NAME = 'Testa Referralova';
const SAFE_CONTACT = 'Through the drop-in worker on Tuesdays';
const NARRATIVE = 'A made-up account of recruitment abroad for a test.';

type Created = {
  id: string;
  caseId: string;
  caseReference: string;
  stage: string;
  childStatus: string;
  referredAt: string;
  reasonableGroundsDueAt: string | null;
  competentOrganisation: { id: string };
  childProtectionOrganisation: { id: string } | null;
  guardianRequested: boolean;
};
type ConsentItem = {
  id: string;
  purpose: string;
  recipientOrganisation: { id: string } | null;
  inForce: boolean;
};

let t: TestApp;
let ngoA: string;
let ngoB: string;
let authority: string;
let childProtectionNorth: string;
let shelter: string;
let police: string;
let responderA: Client;
let responderAId: string;
let workerA: Client;
let responderB: Client;
let decider: Client;
let shelterWorker: Client;
let guardianUser: { id: string; client: Client };
let otherGuardian: Client;

const thisYear = new Date().getUTCFullYear();

function body(overrides: Record<string, unknown> = {}, person: Record<string, unknown> = {}) {
  return {
    person: {
      name: ADULT_NAME,
      birthYear: thisYear - 30,
      ageUncertain: false,
      reasonsToBelieveChild: false,
      gender: 'female',
      nationality: 'MD',
      preferredLanguage: 'ro',
      contact: SAFE_CONTACT,
      ...person,
    },
    region: 'north',
    elements: { acts: ['recruitment', 'transport'], means: ['deception'], purposes: ['forced_labour'] },
    exploitationForms: ['forced_labour'],
    exploitationLocation: 'both',
    events: [
      { kind: 'recruitment', country: 'MD', date: `${thisYear - 1}-09` },
      { kind: 'exploitation', country: 'AT', date: null },
    ],
    urgentNeeds: ['accommodation', 'medical'],
    interpreterNeeded: true,
    narrative: NARRATIVE,
    screeningId: null,
    consents: [],
    clientRef: randomUUID(),
    ...overrides,
  };
}

function consent(purpose: string, recipientOrgId: string | null = null) {
  return {
    purpose,
    recipientOrgId,
    language: 'ro',
    interpreterUsed: true,
    method: 'verbal',
    givenAt: new Date(Date.now() - 60_000).toISOString(),
  };
}

async function auditOf(res: InjectResponse) {
  return t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('request_id', '=', String(res.headers['x-request-id']))
    .execute();
}

async function team(caseId: string) {
  return t.database.db
    .selectFrom('case_team')
    .select(['organisation_id', 'purpose', 'removed_at'])
    .where('case_id', '=', caseId)
    .execute();
}

async function refer(client: Client, payload: object): Promise<Created> {
  const res = await client.send('POST', '/api/referrals', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Created;
}

beforeAll(async () => {
  t = await startTestApp();
  ngoA = await t.createOrganisation('ngo');
  ngoB = await t.createOrganisation('ngo');
  authority = await t.createOrganisation('competent_authority');
  childProtectionNorth = await t.createOrganisation('child_protection');
  const childProtectionCapital = await t.createOrganisation('child_protection');
  shelter = await t.createOrganisation('shelter');
  police = await t.createOrganisation('police');
  await t.database.db
    .updateTable('organisations')
    .set({ region: 'north' })
    .where('id', 'in', [ngoA, childProtectionNorth])
    .execute();
  expect(childProtectionCapital).not.toBe(childProtectionNorth);

  const responderAUser = await t.createUser({ organisationId: ngoA, roles: ['first_responder'] });
  responderAId = responderAUser.id;
  responderA = await signIn(t, responderAUser);
  workerA = await signIn(t, await t.createUser({ organisationId: ngoA, roles: ['case_worker'] }));
  responderB = await signIn(t, await t.createUser({ organisationId: ngoB, roles: ['first_responder'] }));
  decider = await signIn(
    t,
    await t.createUser({ organisationId: authority, roles: ['identification_decision_maker'] }),
  );
  shelterWorker = await signIn(t, await t.createUser({ organisationId: shelter, roles: ['case_worker'] }));
  const guardian = await t.createUser({ organisationId: childProtectionNorth, roles: ['guardian'] });
  guardianUser = { id: guardian.id, client: await signIn(t, guardian) };
  otherGuardian = await signIn(
    t,
    await t.createUser({ organisationId: childProtectionNorth, roles: ['guardian'] }),
  );
});

afterAll(async () => {
  await t?.close();
});

describe('referring a child', () => {
  let created: Created;

  beforeAll(async () => {
    created = await refer(
      responderA,
      body({ consents: [], region: 'north' }, { name: 'Testchild Minor', birthYear: thisYear - 15 }),
    );
  });

  it('refers a child without the child’s consent, to the competent authority, awaiting reasonable grounds', async () => {
    expect(created).toMatchObject({
      childStatus: 'child',
      stage: 'awaiting_reasonable_grounds',
      competentOrganisation: { id: authority },
      childProtectionOrganisation: { id: childProtectionNorth },
      guardianRequested: true,
    });
    expect(created.caseReference).toMatch(/^NRM-\d{4}-\d{6}$/);
    const row = await t.database.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', created.caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      is_child: true,
      profile_id: GENERIC_COE_EU_PROFILE.id,
      profile_version: GENERIC_COE_EU_PROFILE.version,
    });
  });

  it('sets the reasonable-grounds target in working days from the profile calendar', () => {
    const due = reasonableGroundsDue(new Date(created.referredAt), GENERIC_COE_EU_PROFILE);
    expect(created.reasonableGroundsDueAt).toBe(due.toISOString());
  });

  it('puts the referrer, the authority and the region’s child protection on the team, and requests a guardian', async () => {
    const members = await team(created.caseId);
    expect(members.map((m) => `${m.organisation_id}:${m.purpose}`).sort()).toEqual(
      [`${ngoA}:referral`, `${authority}:identification`, `${childProtectionNorth}:child_protection`].sort(),
    );
    const appointments = await t.database.db
      .selectFrom('guardian_appointments')
      .selectAll()
      .where('case_id', '=', created.caseId)
      .execute();
    expect(appointments).toHaveLength(1);
    expect(appointments[0]).toMatchObject({ requested_by_user_id: responderAId, guardian_user_id: null });
  });

  it('refers a person of uncertain age with reasons to believe a child as a presumed child', async () => {
    const presumed = await refer(
      responderA,
      body({}, { name: null, birthYear: null, ageUncertain: true, reasonsToBelieveChild: true }),
    );
    expect(presumed).toMatchObject({ childStatus: 'presumed_child', guardianRequested: true });
  });

  it('lets the appointed guardian, and no other guardian, read the referral and see the case', async () => {
    await t.database.db
      .updateTable('guardian_appointments')
      .set({ guardian_user_id: guardianUser.id, appointed_at: new Date() })
      .where('case_id', '=', created.caseId)
      .execute();

    const referral = await guardianUser.client.get(`/api/cases/${created.caseId}/referral`);
    const cases = await guardianUser.client.get('/api/cases');
    const other = await otherGuardian.get(`/api/cases/${created.caseId}/referral`);

    expect(referral.statusCode).toBe(200);
    expect((cases.json() as { items: { id: string }[] }).items.map((c) => c.id)).toEqual([created.caseId]);
    expectProblem(other, 404, 'not-found');
  });
});

describe('referring an adult', () => {
  let created: Created;

  beforeAll(async () => {
    created = await refer(
      responderA,
      body({
        consents: [
          consent('identification_referral'),
          consent('share_with_provider', shelter),
          consent('inform_law_enforcement'),
        ],
      }),
    );
  });

  it('refers an adult who consented, recording each consent per purpose and recipient', async () => {
    expect(created).toMatchObject({ childStatus: 'adult', guardianRequested: false });
    const res = await workerA.get(`/api/cases/${created.caseId}/consents`);
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: ConsentItem[] }).items;
    expect(items.map((c) => [c.purpose, c.recipientOrganisation?.id ?? null, c.inForce])).toEqual([
      ['identification_referral', null, true],
      ['share_with_provider', shelter, true],
      ['inform_law_enforcement', null, true],
    ]);
  });

  it('puts the provider named in the consent on the team for what its kind needs (a shelter: accommodation), and no one for law enforcement', async () => {
    const members = await team(created.caseId);
    expect(members.map((m) => `${m.organisation_id}:${m.purpose}`).sort()).toEqual(
      [`${ngoA}:referral`, `${authority}:identification`, `${shelter}:accommodation`].sort(),
    );
  });

  it('stores the name, safe contact and narrative only encrypted, with a blind index for duplicates', async () => {
    const row = await t.database.db
      .selectFrom('cases as c')
      .innerJoin('persons as p', 'p.id', 'c.person_id')
      .innerJoin('referrals as r', 'r.case_id', 'c.id')
      .selectAll()
      .where('c.id', '=', created.caseId)
      .executeTakeFirstOrThrow();
    const raw = JSON.stringify(row);
    for (const secret of [ADULT_NAME, 'Referralova', SAFE_CONTACT, NARRATIVE])
      expect(raw).not.toContain(secret);
    expect(row.given_name_enc).toMatch(/^e1\./);
    expect(row.safe_contact_enc).toMatch(/^e1\./);
    expect(row.narrative_enc).toMatch(/^e1\./);
    expect(row.name_bidx).not.toBeNull();
  });

  it('shows the case team the referral with narrative and safe contact, and audits the read', async () => {
    const res = await workerA.get(`/api/referrals/${created.id}?include=details`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: created.id,
      caseId: created.caseId,
      referringOrganisation: { id: ngoA },
      competentOrganisation: { id: authority },
      exploitationForms: ['forced_labour'],
      urgentNeeds: ['accommodation', 'medical'],
      interpreterLanguage: 'ro',
      narrative: NARRATIVE,
      safeContact: SAFE_CONTACT,
      hiddenFields: [],
    });
    const rows = await auditOf(res);
    expect(rows).toMatchObject([{ action: 'referral.read', outcome: 'success', actor_org_id: ngoA }]);
    expect(JSON.stringify(rows)).not.toContain(SAFE_CONTACT);
  });

  it('withholds the safe contact from the decision maker, as the person policy does', async () => {
    const res = await decider.get(`/api/cases/${created.caseId}/referral?include=details`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ narrative: NARRATIVE, hiddenFields: ['safeContact'] });
    expect(res.body).not.toContain(SAFE_CONTACT);
  });

  it('sends the narrative and safe contact only when asked for', async () => {
    const res = await workerA.get(`/api/referrals/${created.id}`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ hiddenFields: ['narrative', 'safeContact'] });
    expect(res.body).not.toContain(NARRATIVE);
    expect(res.body).not.toContain(SAFE_CONTACT);
  });

  it('answers 404 to a first responder of another organisation, and audits the refusal', async () => {
    for (const url of [
      `/api/referrals/${created.id}`,
      `/api/cases/${created.caseId}/referral`,
      `/api/cases/${created.caseId}/consents`,
    ]) {
      const res = await responderB.get(url);
      expectProblem(res, 404, 'not-found');
      expect(res.body).not.toContain(ADULT_NAME);
      expect(await auditOf(res)).toMatchObject([{ outcome: 'denied', actor_org_id: ngoB }]);
    }
    const revoke = await responderB.send('POST', `/api/consents/${randomUUID()}/revoke`);
    expectProblem(revoke, 404, 'not-found');
  });

  it('sends back the same referral for the same client reference, and makes no second case', async () => {
    const payload = body({ consents: [consent('identification_referral')] });
    const first = await responderA.send('POST', '/api/referrals', payload);
    const again = await workerA.send('POST', '/api/referrals', payload);
    const cases = await t.database.db
      .selectFrom('referrals')
      .select('case_id')
      .where('client_ref', '=', payload.clientRef)
      .execute();

    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect((again.json() as Created).id).toBe((first.json() as Created).id);
    expect(cases).toHaveLength(1);
  });

  it('refuses another organisation’s client reference without saying what it names', async () => {
    const payload = body({ consents: [consent('identification_referral')] });
    await refer(responderA, payload);

    const res = await responderB.send('POST', '/api/referrals', payload);

    const problem = expectProblem(res, 409, 'conflict');
    expect(JSON.stringify(problem)).not.toMatch(/NRM-/);
  });
});

describe('an adult without consent', () => {
  it('is refused with 422 pointing to the anonymous notification, and nothing is stored', async () => {
    const persons = async () => (await t.database.db.selectFrom('persons').select('id').execute()).length;
    const before = await persons();

    const res = await responderA.send(
      'POST',
      '/api/referrals',
      body({ consents: [consent('share_with_provider', shelter), consent('inform_law_enforcement')] }),
    );

    const problem = expectProblem(res, 422, 'consent-required');
    expect(problem).toMatchObject({
      reason: 'identification_consent_missing',
      alternative: '/api/anonymous-notifications',
    });
    expect(await persons()).toBe(before);
    expect(await auditOf(res)).toMatchObject([{ action: 'referral.create', outcome: 'denied' }]);
  });

  it('is refused when the referral consent is dated in the future, so not yet in force', async () => {
    const future = {
      ...consent('identification_referral'),
      givenAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const res = await responderA.send('POST', '/api/referrals', body({ consents: [future] }));
    expectProblem(res, 422, 'consent-required');
  });
});

describe('nothing asks about the police', () => {
  it('refuses a body that carries a cooperation field', async () => {
    const res = await responderA.send(
      'POST',
      '/api/referrals',
      body({ consents: [consent('identification_referral')], cooperatesWithPolice: false }),
    );
    expectProblem(res, 400, 'validation');
  });

  it('refuses "sharing with a provider" that is the police: informing them has its own consent', async () => {
    const res = await responderA.send(
      'POST',
      '/api/referrals',
      body({ consents: [consent('identification_referral'), consent('share_with_provider', police)] }),
    );
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors).toEqual([{ path: 'body.consents.1.recipientOrgId', message: 'not_a_provider' }]);
  });
});

describe('competent authority and profile', () => {
  it('refuses a named competent authority that does not decide', async () => {
    const res = await responderA.send(
      'POST',
      '/api/referrals',
      body({ consents: [consent('identification_referral')], competentOrgId: ngoB }),
    );
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors).toMatchObject([{ path: 'body.competentOrgId' }]);
  });

  it('refuses with 403 an organisation whose kind does not refer under the country profile', async () => {
    const school = await t.createOrganisation('education');
    const teacher = await signIn(t, await t.createUser({ organisationId: school, roles: ['case_worker'] }));
    await t.database.db
      .updateTable('settings')
      .set({ value: JSON.stringify('uk_like') })
      .where('key', '=', 'country_profile')
      .execute();
    try {
      const options = await teacher.get('/api/referrals/options');
      const res = await teacher.send(
        'POST',
        '/api/referrals',
        body({ consents: [consent('identification_referral')] }),
      );

      expect(options.json()).toMatchObject({ mayRefer: false, profile: { id: 'uk_like' } });
      const problem = expectProblem(res, 403, 'forbidden');
      expect(String(problem.detail)).toMatch(/do not refer/);
      expect(await auditOf(res)).toMatchObject([
        { action: 'referral.create', outcome: 'denied', details: { reason: 'kind_does_not_refer' } },
      ]);
    } finally {
      await t.database.db
        .updateTable('settings')
        .set({ value: JSON.stringify(GENERIC_COE_EU_PROFILE.id) })
        .where('key', '=', 'country_profile')
        .execute();
    }
  });

  it('offers the referral form the competent authorities and the providers, never the police as a provider', async () => {
    const res = await responderA.get('/api/referrals/options');
    const options = res.json() as {
      mayRefer: boolean;
      competentAuthorities: { id: string }[];
      providers: { id: string }[];
    };
    expect(options.mayRefer).toBe(true);
    expect(options.competentAuthorities.map((o) => o.id)).toEqual([authority]);
    expect(options.providers.map((o) => o.id)).toContain(shelter);
    expect(options.providers.map((o) => o.id)).not.toContain(police);
  });
});

describe('consents after the referral', () => {
  let created: Created;

  beforeAll(async () => {
    created = await refer(
      responderA,
      body({ consents: [consent('identification_referral'), consent('share_with_provider', shelter)] }),
    );
  });

  it('stops sharing with a provider from the moment the consent is revoked, recording who revoked', async () => {
    const before = await shelterWorker.get(`/api/cases/${created.caseId}`);
    const list = (await workerA.get(`/api/cases/${created.caseId}/consents`)).json() as {
      items: ConsentItem[];
    };
    const sharing = list.items.find((c) => c.purpose === 'share_with_provider');
    if (!sharing) throw new Error('no sharing consent');

    const revoked = await workerA.send('POST', `/api/consents/${sharing.id}/revoke`);
    const after = await shelterWorker.get(`/api/cases/${created.caseId}`);
    const afterReferral = await shelterWorker.get(`/api/cases/${created.caseId}/referral`);

    expect(before.statusCode).toBe(200);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: sharing.id, inForce: false });
    expectProblem(after, 404, 'not-found');
    expectProblem(afterReferral, 404, 'not-found');
    const row = await t.database.db
      .selectFrom('consents')
      .selectAll()
      .where('id', '=', sharing.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    expect(row.revoked_by_user_id).not.toBeNull();
    const shelterRow = (await team(created.caseId)).find((m) => m.organisation_id === shelter);
    expect(shelterRow?.removed_at).not.toBeNull();
    expect((await auditOf(revoked)).map((r) => r.action).sort()).toEqual([
      'case_team.remove',
      'consent.revoke',
    ]);
  });

  it('keeps the first revocation when revoked again', async () => {
    const list = (await workerA.get(`/api/cases/${created.caseId}/consents`)).json() as {
      items: ConsentItem[];
    };
    const sharing = list.items.find((c) => c.purpose === 'share_with_provider');
    if (!sharing) throw new Error('no sharing consent');
    const first = await t.database.db
      .selectFrom('consents')
      .select('revoked_at')
      .where('id', '=', sharing.id)
      .executeTakeFirstOrThrow();

    const again = await workerA.send('POST', `/api/consents/${sharing.id}/revoke`);

    expect(again.statusCode).toBe(200);
    expect((again.json() as { revokedAt: string }).revokedAt).toBe(
      new Date(first.revoked_at ?? 0).toISOString(),
    );
  });

  it('records a new consent to share, which brings the provider back on the team', async () => {
    const res = await workerA.send(
      'POST',
      `/api/cases/${created.caseId}/consents`,
      consent('share_with_provider', shelter),
    );
    const back = await shelterWorker.get(`/api/cases/${created.caseId}`);

    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ purpose: 'share_with_provider', inForce: true });
    expect(back.statusCode).toBe(200);
    expect((await team(created.caseId)).filter((m) => m.organisation_id === shelter)).toEqual([
      { organisation_id: shelter, purpose: 'accommodation', removed_at: null },
    ]);
    expect((await auditOf(res)).filter((r) => r.action === 'case_team.add').map((r) => r.purpose)).toEqual([
      'accommodation',
    ]);
  });

  it('lets the decision maker read consents but not record or revoke them', async () => {
    const list = await decider.get(`/api/cases/${created.caseId}/consents`);
    const record = await decider.send(
      'POST',
      `/api/cases/${created.caseId}/consents`,
      consent('inform_law_enforcement'),
    );
    expect(list.statusCode).toBe(200);
    expectProblem(record, 403, 'forbidden');
  });
});

describe('screening link', () => {
  it('takes the forms from the organisation’s screening and links the screening to the case', async () => {
    const screeningId = randomUUID();
    const dk = createDataKey(t.keyring);
    await t.database.db
      .insertInto('data_keys')
      .values({ id: dk.id, kek_id: dk.kekId, wrapped: dk.wrapped })
      .execute();
    await t.database.db
      .insertInto('screenings')
      .values({
        id: screeningId,
        organisation_id: ngoA,
        screener_user_id: responderAId,
        depth: 'short',
        mode: 'worker',
        language: 'en',
        indicator_sets: JSON.stringify([]),
        status: 'completed',
        data_key_id: dk.id,
        conclusion: 'confirmed',
        concluded_forms: ['domestic_servitude'],
        started_at: new Date(),
      })
      .execute();

    const prefill = await responderA.get(`/api/referrals/prefill/${screeningId}`);
    const foreign = await responderB.get(`/api/referrals/prefill/${screeningId}`);
    const created = await refer(
      responderA,
      body({ consents: [consent('identification_referral')], screeningId }),
    );
    const twice = await responderA.send(
      'POST',
      '/api/referrals',
      body({ consents: [consent('identification_referral')], screeningId }),
    );

    expect(prefill.json()).toEqual({
      screeningId,
      status: 'completed',
      concludedForms: ['domestic_servitude'],
      alreadyReferred: false,
    });
    expectProblem(foreign, 404, 'not-found');
    const screening = await t.database.db
      .selectFrom('screenings')
      .select('case_id')
      .where('id', '=', screeningId)
      .executeTakeFirstOrThrow();
    expect(screening.case_id).toBe(created.caseId);
    expectProblem(twice, 409, 'conflict');
  });
});
