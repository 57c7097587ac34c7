import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealNarrative } from '../src/cases/person-store.js';
import { openDataKey } from '../src/crypto/index.js';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';

/** Fictional people and services, made up for these tests. */
const NARRATIVE = 'Canary narrative: recruited by a made-up agency for a directory test.';
const MESSAGE = 'Arrives by train on Monday; needs a ground-floor room.';

type Service = {
  id: string;
  name: string;
  organisation: { id: string };
  capacity: { free: number | null; total: number | null; freshness: string; daysAgo: number | null };
  canEdit: boolean;
  active: boolean;
};
type Reason = { criterion: string; code: string; outcome: string; params: Record<string, string | number> };
type Match = {
  nothingFits: boolean;
  kinds: string[];
  profile: Record<string, unknown>;
  candidates: { service: Service; verdict: string; reasons: Reason[] }[];
};
type Referral = {
  id: string;
  status: string;
  basis: string;
  message: string | null;
  person: {
    gender: string;
    ageBand: string;
    languages: string[];
    accessibilityNeeds: string[];
    isChild: boolean;
  };
  caseId: string | null;
  actions: string[];
  declineReason: string | null;
  outcome: string | null;
};

let t: TestApp;
let ngo: string;
let shelterOrg: string;
let womenOrg: string;
let authority: string;
let police: string;
let ngoB: string;
let worker: Client;
let shelterWorker: Client;
let womenWorker: Client;
let authorityWorker: Client;
let outsider: Client;
let admin: Client;
let analyst: Client;
let caseId: string;
let personId: string;

async function ok<T>(res: InjectResponse, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

const serviceBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'shelter',
  name: 'Harbour House for men',
  regions: ['capital'],
  languages: ['ro', 'en'],
  genders: ['male'],
  minAge: 18,
  maxAge: null,
  accessibility: ['physical'],
  lgbtiSafe: false,
  acceptsWithoutStatus: true,
  openingHours: 'Day and night',
  contactPhone: '+000 555 0199',
  ...overrides,
});

async function createService(client: Client, body: Record<string, unknown>): Promise<Service> {
  return ok<Service>(await client.send('POST', '/api/services', body), 201);
}

async function setCapacity(client: Client, id: string, free: number, total = 10): Promise<Service> {
  return ok<Service>(
    await client.send('PUT', `/api/services/${id}/capacity`, {
      capacityTotal: total,
      capacityFree: free,
      waitingDays: null,
    }),
  );
}

/** A man who uses a wheelchair and speaks Romanian, as the case worker recorded him. */
async function manInWheelchair(input: { region?: string; child?: boolean } = {}) {
  const created = await t.createCase({ leadOrgId: ngo, gender: 'male' });
  const person = await t.database.db
    .selectFrom('persons')
    .select(['data_key_id'])
    .where('id', '=', created.personId)
    .executeTakeFirstOrThrow();
  const keyRow = await t.database.db
    .selectFrom('data_keys')
    .selectAll()
    .where('id', '=', person.data_key_id)
    .executeTakeFirstOrThrow();
  const key = openDataKey(t.keyring, keyRow);
  const thisYear = new Date().getUTCFullYear();
  await t.database.db
    .updateTable('persons')
    .set({
      languages: ['ro'],
      preferred_language: 'ro',
      disabilities: ['physical'],
      birth_year: input.child ? thisYear - 15 : 1990,
    })
    .where('id', '=', created.personId)
    .execute();
  await t.database.db
    .updateTable('cases')
    .set({
      region: input.region ?? 'capital',
      is_child: input.child ?? false,
      narrative_enc: sealNarrative(key, created.caseId, NARRATIVE),
    })
    .where('id', '=', created.caseId)
    .execute();
  return created;
}

async function consentToShare(caseRef: string, providerOrgId: string): Promise<{ id: string }> {
  return ok<{ id: string }>(
    await worker.send('POST', `/api/cases/${caseRef}/consents`, {
      purpose: 'share_with_provider',
      recipientOrgId: providerOrgId,
      language: 'ro',
      interpreterUsed: true,
      method: 'verbal',
      givenAt: new Date(Date.now() - 60_000).toISOString(),
    }),
    201,
  );
}

async function team(id: string) {
  return t.database.db
    .selectFrom('case_team')
    .select(['organisation_id', 'purpose', 'removed_at'])
    .where('case_id', '=', id)
    .execute();
}

async function audits(res: InjectResponse) {
  return t.database.db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'subject_person_id'])
    .where('request_id', '=', String(res.headers['x-request-id']))
    .execute();
}

let menShelter: Service;
let womenShelter: Service;
let stairsShelter: Service;

beforeAll(async () => {
  t = await startTestApp();
  ngo = await t.createOrganisation('ngo', 'Open Doors (test)');
  shelterOrg = await t.createOrganisation('shelter', 'Harbour (test)');
  womenOrg = await t.createOrganisation('shelter', 'Women’s refuge (test)');
  authority = await t.createOrganisation('competent_authority');
  police = await t.createOrganisation('police');
  ngoB = await t.createOrganisation('ngo');
  const user = async (organisationId: string, roles: Parameters<TestApp['createUser']>[0]['roles']) =>
    signIn(t, await t.createUser({ organisationId, roles }));
  worker = await user(ngo, ['case_worker']);
  shelterWorker = await user(shelterOrg, ['case_worker']);
  womenWorker = await user(womenOrg, ['case_worker']);
  authorityWorker = await user(authority, ['case_worker']);
  outsider = await user(ngoB, ['case_worker']);
  admin = await user(ngo, ['system_admin']);
  analyst = await user(ngo, ['analyst']);
  ({ caseId, personId } = await manInWheelchair());
  await t.database.db
    .insertInto('case_team')
    .values({ case_id: caseId, organisation_id: authority, purpose: 'identification' })
    .execute();
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('services directory', () => {
  it('lets a provider describe its own service, and report its capacity', async () => {
    menShelter = await createService(shelterWorker, serviceBody());
    expect(menShelter.organisation.id).toBe(shelterOrg);
    expect(menShelter.canEdit).toBe(true);
    expect(menShelter.capacity).toMatchObject({ free: null, freshness: 'never', daysAgo: null });

    const updated = await setCapacity(shelterWorker, menShelter.id, 3);
    expect(updated.capacity).toMatchObject({ free: 3, total: 10, freshness: 'fresh', daysAgo: 0 });
    const log = await t.database.db
      .selectFrom('service_capacity_log')
      .selectAll()
      .where('service_id', '=', menShelter.id)
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ capacity_free: 3, capacity_total: 10 });

    const detail = await ok<Service & { capacityLog: unknown[] }>(
      await worker.get(`/api/services/${menShelter.id}`),
    );
    expect(detail.capacityLog).toHaveLength(1);
    expect(detail.canEdit).toBe(false);

    womenShelter = await createService(
      womenWorker,
      serviceBody({ name: 'Women’s refuge', genders: ['female'] }),
    );
    await setCapacity(womenWorker, womenShelter.id, 4);
    stairsShelter = await createService(
      shelterWorker,
      serviceBody({ name: 'Upstairs hostel for men', accessibility: [], languages: ['ro'] }),
    );
    await setCapacity(shelterWorker, stairsShelter.id, 5);
  });

  it('shows a capacity report older than the limit as stale', async () => {
    await t.database.db
      .updateTable('services')
      .set({ capacity_updated_at: new Date(Date.now() - 20 * 86_400_000) })
      .where('id', '=', stairsShelter.id)
      .execute();
    const detail = await ok<Service>(await worker.get(`/api/services/${stairsShelter.id}`));
    expect(detail.capacity).toMatchObject({ freshness: 'stale', daysAgo: 20 });
  });

  it('filters by kind, gender, accessibility, language, region and free capacity', async () => {
    type List = { items: Service[]; total: number; staleAfterDays: number };
    const ids = async (query: string) =>
      (await ok<List>(await analyst.get(`/api/services?${query}`))).items.map((s) => s.id).sort();
    expect(await ids('kind=shelter&gender=male&accessibility=physical')).toEqual([menShelter.id]);
    expect(await ids('kind=shelter&gender=female')).toEqual([womenShelter.id]);
    expect(await ids('language=ro&region=capital&age=30')).toEqual(
      [menShelter.id, womenShelter.id, stairsShelter.id].sort(),
    );
    expect(await ids('region=north')).toEqual([]);
    expect(await ids('q=upstairs')).toEqual([stairsShelter.id]);
    await setCapacity(womenWorker, womenShelter.id, 0);
    expect(await ids('hasFreeCapacity=true&kind=shelter')).toEqual([menShelter.id, stairsShelter.id].sort());
    await setCapacity(womenWorker, womenShelter.id, 4);
    const page = await ok<List & { pageSize: number }>(await analyst.get('/api/services?pageSize=1'));
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(3);
    expect(page.staleAfterDays).toBe(7);
  });

  it('refuses to let another organisation edit my service or its capacity', async () => {
    const patch = await womenWorker.send('PATCH', `/api/services/${menShelter.id}`, { name: 'Taken over' });
    expectProblem(patch, 403, 'forbidden');
    const capacity = await worker.send('PUT', `/api/services/${menShelter.id}/capacity`, {
      capacityTotal: 10,
      capacityFree: 0,
      waitingDays: null,
    });
    expectProblem(capacity, 403, 'forbidden');
    const created = await worker.send('POST', '/api/services', {
      ...serviceBody(),
      organisationId: shelterOrg,
    });
    expectProblem(created, 403, 'forbidden');
    const still = await ok<Service>(await worker.get(`/api/services/${menShelter.id}`));
    expect(still.name).toBe('Harbour House for men');
    expect(still.capacity.free).toBe(3);
  });

  it('lets the provider change its service and a system administrator keep the directory', async () => {
    const renamed = await ok<Service>(
      await shelterWorker.send('PATCH', `/api/services/${menShelter.id}`, { openingHours: 'Always open' }),
    );
    expect(renamed.name).toBe('Harbour House for men');
    const byAdmin = await createService(admin, {
      ...serviceBody({ name: 'Legal clinic', kind: 'legal_aid' }),
      organisationId: womenOrg,
    });
    expect(byAdmin.organisation.id).toBe(womenOrg);
    const closed = await ok<Service>(
      await admin.send('PATCH', `/api/services/${byAdmin.id}`, { active: false }),
    );
    expect(closed.active).toBe(false);
  });

  it('refuses nonsense: an inverted age range, more free places than places, a police "provider"', async () => {
    expectProblem(
      await shelterWorker.send('POST', '/api/services', serviceBody({ minAge: 30, maxAge: 20 })),
      400,
      'validation',
    );
    expectProblem(
      await shelterWorker.send('PUT', `/api/services/${menShelter.id}/capacity`, {
        capacityTotal: 2,
        capacityFree: 5,
        waitingDays: null,
      }),
      400,
      'validation',
    );
    expectProblem(
      await admin.send('POST', '/api/services', { ...serviceBody(), organisationId: police }),
      400,
      'validation',
    );
    expectProblem(
      await shelterWorker.send('POST', '/api/services', { ...serviceBody(), unknownField: true }),
      400,
      'validation',
    );
  });
});

describe('matching through the API', () => {
  it('finds an accessible men’s shelter for a male wheelchair user speaking Romanian, and says why the others do not fit', async () => {
    const res = await worker.get(`/api/cases/${caseId}/service-matches?need=accommodation`);
    const match = await ok<Match>(res);
    expect(match.nothingFits).toBe(false);
    expect(match.profile).toEqual({
      gender: 'male',
      ageBand: expect.any(String),
      isChild: false,
      languages: ['ro'],
      disabilities: ['physical'],
      region: 'capital',
      withoutResidenceStatus: false,
      lgbti: false,
    });
    const [best] = match.candidates;
    expect(best?.service.id).toBe(menShelter.id);
    expect(best?.verdict).toBe('fits');
    expect(best?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'gender_accepted',
        'language_spoken',
        'accessible',
        'region_served',
        'capacity_free',
      ]),
    );
    const verdicts = Object.fromEntries(match.candidates.map((c) => [c.service.id, c]));
    expect(verdicts[womenShelter.id]?.verdict).toBe('does_not_fit');
    expect(verdicts[womenShelter.id]?.reasons).toContainEqual(
      expect.objectContaining({ code: 'gender_not_accepted', params: { gender: 'male' } }),
    );
    expect(verdicts[stairsShelter.id]?.reasons).toContainEqual(
      expect.objectContaining({ code: 'not_accessible', params: { disability: 'physical' } }),
    );
    expect(JSON.stringify(match)).not.toContain('Canary');
    expect((await audits(res)).map((a) => [a.action, a.subject_person_id])).toEqual([
      ['service_match.read', personId],
    ]);
  });

  it('says nothing fits where no service serves, and records the gap without identifying data, once', async () => {
    const elsewhere = await manInWheelchair({ region: 'north' });
    const match = await ok<Match>(
      await worker.get(`/api/cases/${elsewhere.caseId}/service-matches?need=accommodation`),
    );
    expect(match.nothingFits).toBe(true);
    expect(match.candidates.every((c) => c.verdict === 'does_not_fit')).toBe(true);

    const first = await worker.send('POST', `/api/cases/${elsewhere.caseId}/capacity-gaps`, {
      need: 'accommodation',
    });
    const gap = await ok<Record<string, unknown>>(first, 201);
    expect(gap).toMatchObject({
      needDomain: 'accommodation',
      serviceKind: 'shelter',
      region: 'north',
      reason: 'no_fit',
      gender: 'male',
      isChild: false,
      disabilities: ['physical'],
      language: 'ro',
      withoutStatus: false,
      lgbti: false,
      alreadyRecorded: false,
    });
    const again = await ok<{ id: string; alreadyRecorded: boolean }>(
      await worker.send('POST', `/api/cases/${elsewhere.caseId}/capacity-gaps`, { need: 'accommodation' }),
    );
    expect(again).toMatchObject({ id: gap.id, alreadyRecorded: true });
    const stored = await t.database.db
      .selectFrom('capacity_gaps')
      .selectAll()
      .where('id', '=', String(gap.id))
      .execute();
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0] ?? {}).sort()).not.toContain('birth_year');
    expect(JSON.stringify(stored)).not.toMatch(/Test|Person|1990|Canary/);
    expect((await audits(first)).map((a) => a.action)).toEqual(['capacity_gap.create']);
  });

  it('answers "not found" to an organisation off the case, and to a team member whose purpose shows no needs', async () => {
    expectProblem(
      await outsider.get(`/api/cases/${caseId}/service-matches?need=accommodation`),
      404,
      'not-found',
    );
    expectProblem(
      await authorityWorker.get(`/api/cases/${caseId}/service-matches?need=accommodation`),
      404,
      'not-found',
    );
    expectProblem(
      await outsider.send('POST', `/api/cases/${caseId}/capacity-gaps`, { need: 'accommodation' }),
      404,
      'not-found',
    );
    expectProblem(await worker.get(`/api/cases/${caseId}/service-matches?need=nothing`), 400, 'validation');
  });
});

describe('service referrals', () => {
  let referral: Referral;

  it('refuses to send an adult’s needs without consent to share with that provider, saying to record it first', async () => {
    const res = await worker.send('POST', `/api/cases/${caseId}/service-referrals`, {
      serviceId: menShelter.id,
      needDomain: 'accommodation',
      message: MESSAGE,
    });
    const problem = expectProblem(res, 422, 'consent-required');
    expect(problem.reason).toBe('share_consent_missing');
    expect(String(problem.detail)).toMatch(/consent/);
    expect(
      await t.database.db
        .selectFrom('service_referrals')
        .select('id')
        .where('case_id', '=', caseId)
        .execute(),
    ).toEqual([]);
    expect((await audits(res)).map((a) => [a.action, a.outcome])).toEqual([
      ['service_referral.create', 'denied'],
    ]);
  });

  it('sends it once the person agreed; the provider sees it in its inbox without the narrative', async () => {
    await consentToShare(caseId, shelterOrg);
    const res = await worker.send('POST', `/api/cases/${caseId}/service-referrals`, {
      serviceId: menShelter.id,
      needDomain: 'accommodation',
      message: MESSAGE,
    });
    referral = await ok<Referral>(res, 201);
    expect(referral).toMatchObject({
      status: 'sent',
      basis: 'consent',
      message: MESSAGE,
      actions: ['withdraw'],
    });
    expect((await audits(res)).map((a) => a.action)).toEqual(['service_referral.create']);
    const stored = await t.database.db
      .selectFrom('service_referrals')
      .select(['message_enc', 'consent_id'])
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    expect(stored.message_enc).not.toContain('train');
    expect(stored.consent_id).not.toBeNull();

    const inboxRes = await shelterWorker.get('/api/service-referrals/inbox');
    const inbox = await ok<{ items: Referral[]; total: number }>(inboxRes);
    expect(inbox.total).toBe(1);
    const [item] = inbox.items;
    expect(item).toMatchObject({
      id: referral.id,
      status: 'sent',
      message: MESSAGE,
      person: { gender: 'male', languages: ['ro'], accessibilityNeeds: ['physical'], isChild: false },
      actions: ['accept', 'decline'],
    });
    expect(inboxRes.body).not.toContain('Canary');
    expect(inboxRes.body).not.toMatch(/"(givenName|familyName|narrative|dateOfBirth)"/);
    expect((await audits(inboxRes)).map((a) => a.action)).toEqual(['service_referral.inbox.read']);

    const notices = await ok<{ items: { kind: string; caseId: string }[] }>(
      await shelterWorker.get('/api/notices'),
    );
    expect(notices.items.map((n) => n.kind)).toContain('service_referral_received');
  });

  it('refuses a second open referral to the same service, and a service that does not answer the need', async () => {
    expectProblem(
      await worker.send('POST', `/api/cases/${caseId}/service-referrals`, {
        serviceId: menShelter.id,
        needDomain: 'accommodation',
      }),
      409,
      'conflict',
    );
    expectProblem(
      await worker.send('POST', `/api/cases/${caseId}/service-referrals`, {
        serviceId: menShelter.id,
        needDomain: 'employment',
      }),
      400,
      'validation',
    );
  });

  it('shows nothing of it to a provider it was not sent to, or to an organisation off the case', async () => {
    const inbox = await ok<{ items: Referral[] }>(await womenWorker.get('/api/service-referrals/inbox'));
    expect(inbox.items).toEqual([]);
    expectProblem(await womenWorker.get(`/api/service-referrals/${referral.id}`), 404, 'not-found');
    expectProblem(
      await womenWorker.send('POST', `/api/service-referrals/${referral.id}/accept`, {}),
      404,
      'not-found',
    );
    expectProblem(await outsider.get(`/api/cases/${caseId}/service-referrals`), 404, 'not-found');
    expectProblem(
      await outsider.send('POST', `/api/cases/${caseId}/service-referrals`, {
        serviceId: menShelter.id,
        needDomain: 'accommodation',
      }),
      404,
      'not-found',
    );
  });

  it('lets only the provider accept, and only the sender withdraw', async () => {
    expectProblem(
      await worker.send('POST', `/api/service-referrals/${referral.id}/accept`, {}),
      403,
      'forbidden',
    );
    expectProblem(
      await shelterWorker.send('POST', `/api/service-referrals/${referral.id}/start`, {}),
      409,
      'conflict',
    );
  });

  it('accepting keeps the provider on the case team for accommodation, where the consent put it', async () => {
    const onTeam = { organisation_id: shelterOrg, purpose: 'accommodation', removed_at: null };
    expect(await team(caseId)).toContainEqual(onTeam);
    const res = await shelterWorker.send('POST', `/api/service-referrals/${referral.id}/accept`, {});
    const accepted = await ok<Referral>(res);
    expect(accepted).toMatchObject({ status: 'accepted', caseId, actions: ['start', 'end'] });
    expect((await team(caseId)).filter((m) => m.organisation_id === shelterOrg)).toEqual([onTeam]);
    // Already there for accommodation: accepting adds no second membership.
    expect((await audits(res)).map((a) => a.action)).toEqual(['service_referral.accept']);
    expectProblem(
      await shelterWorker.send('POST', `/api/service-referrals/${referral.id}/withdraw`, {}),
      403,
      'forbidden',
    );

    const started = await ok<Referral>(
      await shelterWorker.send('POST', `/api/service-referrals/${referral.id}/start`, {}),
    );
    expect(started.status).toBe('started');
    const ended = await ok<Referral>(
      await shelterWorker.send('POST', `/api/service-referrals/${referral.id}/end`, { outcome: 'completed' }),
    );
    expect(ended).toMatchObject({ status: 'ended', outcome: 'completed', actions: [] });
    expectProblem(
      await shelterWorker.send('POST', `/api/service-referrals/${referral.id}/end`, { outcome: 'other' }),
      409,
      'conflict',
    );

    const listed = await ok<{ items: Referral[] }>(
      await worker.get(`/api/cases/${caseId}/service-referrals`),
    );
    expect(listed.items.map((r) => [r.id, r.status])).toEqual([[referral.id, 'ended']]);
    const answered = await ok<{ items: { kind: string }[] }>(await worker.get('/api/notices'));
    expect(answered.items.map((n) => n.kind)).toContain('service_referral_answered');
  });

  it('declined for capacity: the reason is kept, a capacity gap is counted, the team stays as consent made it', async () => {
    const other = await manInWheelchair();
    await consentToShare(other.caseId, shelterOrg);
    const byConsent = await team(other.caseId);
    expect(byConsent.filter((m) => m.organisation_id === shelterOrg)).toEqual([
      { organisation_id: shelterOrg, purpose: 'accommodation', removed_at: null },
    ]);
    const sent = await ok<Referral>(
      await worker.send('POST', `/api/cases/${other.caseId}/service-referrals`, {
        serviceId: menShelter.id,
        needDomain: 'accommodation',
      }),
      201,
    );
    const res = await shelterWorker.send('POST', `/api/service-referrals/${sent.id}/decline`, {
      reason: 'capacity',
      note: 'Full until next month.',
    });
    const declined = await ok<Referral>(res);
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'capacity' });
    const gaps = await t.database.db
      .selectFrom('capacity_gaps')
      .selectAll()
      .where('service_referral_id', '=', sent.id)
      .execute();
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      reason: 'declined_capacity',
      service_kind: 'shelter',
      need_domain: 'accommodation',
      gender: 'male',
    });
    expect((await audits(res)).map((a) => a.action).sort()).toEqual([
      'capacity_gap.create',
      'service_referral.decline',
    ]);
    const byPurpose = (rows: typeof byConsent) =>
      rows.map((m) => `${m.organisation_id}:${m.purpose}:${m.removed_at === null}`).sort();
    expect(byPurpose(await team(other.caseId))).toEqual(byPurpose(byConsent));
    expectProblem(
      await shelterWorker.send('POST', `/api/service-referrals/${sent.id}/decline`, { reason: 'because' }),
      400,
      'validation',
    );
  });

  it('a revoked consent takes an accepted provider off the team for accommodation from then on', async () => {
    const other = await manInWheelchair();
    const consent = await consentToShare(other.caseId, shelterOrg);
    const sent = await ok<Referral>(
      await worker.send('POST', `/api/cases/${other.caseId}/service-referrals`, {
        serviceId: menShelter.id,
        needDomain: 'accommodation',
      }),
      201,
    );
    await ok(await shelterWorker.send('POST', `/api/service-referrals/${sent.id}/accept`, {}));
    expect(await shelterWorker.get(`/api/cases/${other.caseId}/service-referrals`)).toMatchObject({
      statusCode: 200,
    });
    await ok(await worker.send('POST', `/api/consents/${consent.id}/revoke`));
    const accommodation = (await team(other.caseId)).find(
      (m) => m.organisation_id === shelterOrg && m.purpose === 'accommodation',
    );
    expect(accommodation?.removed_at).not.toBeNull();
    expectProblem(await shelterWorker.get(`/api/cases/${other.caseId}/service-referrals`), 404, 'not-found');
  });

  it('does not let a provider accept after the person withdrew consent', async () => {
    const other = await manInWheelchair();
    const consent = await consentToShare(other.caseId, shelterOrg);
    const sent = await ok<Referral>(
      await worker.send('POST', `/api/cases/${other.caseId}/service-referrals`, {
        serviceId: menShelter.id,
        needDomain: 'accommodation',
      }),
      201,
    );
    await ok(await worker.send('POST', `/api/consents/${consent.id}/revoke`));
    expectProblem(
      await shelterWorker.send('POST', `/api/service-referrals/${sent.id}/accept`, {}),
      409,
      'consent-required',
    );
    // The revocation took it off; the refused accept did not put it back.
    expect((await team(other.caseId)).filter((m) => m.organisation_id === shelterOrg)).toEqual([
      expect.objectContaining({ purpose: 'accommodation', removed_at: expect.anything() }),
    ]);
    expect(
      (await team(other.caseId)).filter((m) => m.removed_at === null).map((m) => m.organisation_id),
    ).not.toContain(shelterOrg);
    expectProblem(await shelterWorker.get(`/api/cases/${other.caseId}/service-referrals`), 404, 'not-found');
    const withdrawn = await ok<Referral>(
      await worker.send('POST', `/api/service-referrals/${sent.id}/withdraw`, {}),
    );
    expect(withdrawn.status).toBe('withdrawn');
  });

  it('sends a child’s needs through child protection, without the child’s consent, and says so', async () => {
    const child = await manInWheelchair({ child: true });
    const youth = await createService(
      shelterWorker,
      serviceBody({ name: 'Boys’ house', minAge: 10, maxAge: 17 }),
    );
    await setCapacity(shelterWorker, youth.id, 2);
    const match = await ok<Match>(
      await worker.get(`/api/cases/${child.caseId}/service-matches?need=accommodation`),
    );
    expect(match.candidates[0]).toMatchObject({ service: { id: youth.id }, verdict: 'fits' });
    expect(match.candidates.find((c) => c.service.id === menShelter.id)?.reasons).toContainEqual(
      expect.objectContaining({ code: 'adults_only' }),
    );
    const sent = await ok<Referral>(
      await worker.send('POST', `/api/cases/${child.caseId}/service-referrals`, {
        serviceId: youth.id,
        needDomain: 'accommodation',
      }),
      201,
    );
    expect(sent).toMatchObject({ basis: 'child_protection', person: { isChild: true } });
    expect(await team(child.caseId)).not.toContainEqual(
      expect.objectContaining({ organisation_id: shelterOrg }),
    );
    const res = await shelterWorker.send('POST', `/api/service-referrals/${sent.id}/accept`, {});
    const accepted = await ok<Referral>(res);
    expect(accepted.status).toBe('accepted');
    expect(await team(child.caseId)).toContainEqual({
      organisation_id: shelterOrg,
      purpose: 'accommodation',
      removed_at: null,
    });
    expect((await audits(res)).map((a) => a.action)).toEqual(['service_referral.accept', 'case_team.add']);
  });

  it('accepting adds the purpose of the service when the consent put the provider on for another', async () => {
    const nightNgo = await t.createOrganisation('ngo', 'Night shelter NGO (test)');
    const nightWorker = await signIn(
      t,
      await t.createUser({ organisationId: nightNgo, roles: ['case_worker'] }),
    );
    const beds = await createService(nightWorker, serviceBody({ name: 'Night beds (test)' }));
    await setCapacity(nightWorker, beds.id, 3);
    const other = await manInWheelchair();
    await consentToShare(other.caseId, nightNgo);
    expect((await team(other.caseId)).filter((m) => m.organisation_id === nightNgo)).toEqual([
      { organisation_id: nightNgo, purpose: 'assistance', removed_at: null },
    ]);
    const sent = await ok<Referral>(
      await worker.send('POST', `/api/cases/${other.caseId}/service-referrals`, {
        serviceId: beds.id,
        needDomain: 'accommodation',
      }),
      201,
    );

    const res = await nightWorker.send('POST', `/api/service-referrals/${sent.id}/accept`, {});

    await ok<Referral>(res);
    expect((await audits(res)).map((a) => a.action)).toEqual(['service_referral.accept', 'case_team.add']);
    const rows = (await team(other.caseId)).filter((m) => m.organisation_id === nightNgo);
    expect(rows.map((m) => [m.purpose, m.removed_at]).sort()).toEqual([
      ['accommodation', null],
      ['assistance', null],
    ]);
  });
});
