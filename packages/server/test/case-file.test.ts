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

/** Fictional texts, made up for these tests. */
const NARRATIVE = 'Canary-story: a made-up account of recruitment abroad for a test.';
const SECOND = 'Canary-version-two: the same made-up account, with a correction.';
const REASON = 'Canary-reason: we arrange the room and need to know what to avoid.';
const TEAM_NOTE = 'Canary-team-note: appointment moved to Thursday.';
const OWN_NOTE = 'Canary-own-note: internal follow-up only.';

type Sections = {
  sections: string[];
  purposes: string[];
  leadsCase: boolean;
  isGuardian: boolean;
  mayManageTeam: boolean;
};
type AccountView = {
  exists: boolean;
  canRead: boolean;
  text?: string;
  shownVersion?: number;
  versions: { version: number; source: string }[];
  mayRecord: boolean;
  mayShare: boolean;
  mayRequest: boolean;
  ownRequest: { id: string; status: string } | null;
};
type Timeline = {
  items: { id: string; kind: string; data: Record<string, unknown>; note?: { body: string } }[];
  total: number;
};

let t: TestApp;
let ngo: string;
let authority: string;
let shelter: string;
let clinic: string;
let legalAid: string;
let outsider: string;
let police: string;
let childProtection: string;
let worker: Client;
let responder: Client;
let decider: Client;
let shelterWorker: Client;
let clinicWorker: Client;
let outsiderWorker: Client;
let policeResponder: Client;
let cpWorker: Client;
let guardian: { id: string; client: Client };
let analyst: Client;

const thisYear = new Date().getUTCFullYear();

function referral(overrides: Record<string, unknown> = {}, person: Record<string, unknown> = {}) {
  return {
    person: {
      name: 'Testa Casefile',
      birthYear: thisYear - 30,
      ageUncertain: false,
      reasonsToBelieveChild: false,
      gender: 'male',
      nationality: 'MD',
      preferredLanguage: 'ro',
      contact: null,
      ...person,
    },
    region: 'capital',
    elements: { acts: ['recruitment'], means: ['deception'], purposes: ['forced_labour'] },
    exploitationForms: ['forced_labour'],
    exploitationLocation: 'abroad',
    events: [],
    urgentNeeds: ['accommodation'],
    interpreterNeeded: false,
    narrative: NARRATIVE,
    screeningId: null,
    consents: [consent('identification_referral')],
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

async function refer(client: Client, body: object): Promise<{ caseId: string; personId: string }> {
  const res = await client.send('POST', '/api/referrals', body);
  expect(res.statusCode, res.body).toBe(201);
  const caseId = (res.json() as { caseId: string }).caseId;
  const row = await t.database.db
    .selectFrom('cases')
    .select('person_id')
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return { caseId, personId: row.person_id };
}

async function auditOf(res: InjectResponse) {
  return t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('request_id', '=', String(res.headers['x-request-id']))
    .execute();
}

async function sectionsOf(client: Client, caseId: string): Promise<Sections> {
  const res = await client.get(`/api/cases/${caseId}/sections`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Sections;
}

async function account(client: Client, caseId: string, query = ''): Promise<AccountView> {
  const res = await client.get(`/api/cases/${caseId}/account${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AccountView;
}

async function consentId(caseId: string, recipient: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('consents')
    .select('id')
    .where('case_id', '=', caseId)
    .where('recipient_org_id', '=', recipient)
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await startTestApp();
  ngo = await t.createOrganisation('ngo');
  authority = await t.createOrganisation('competent_authority');
  shelter = await t.createOrganisation('shelter');
  clinic = await t.createOrganisation('health_service');
  legalAid = await t.createOrganisation('legal_aid_provider');
  outsider = await t.createOrganisation('ngo');
  police = await t.createOrganisation('police');
  childProtection = await t.createOrganisation('child_protection');
  const user = async (organisationId: string, role: Parameters<TestApp['createUser']>[0]['roles'][number]) =>
    signIn(t, await t.createUser({ organisationId, roles: [role] }));
  worker = await user(ngo, 'case_worker');
  responder = await user(ngo, 'first_responder');
  decider = await user(authority, 'identification_decision_maker');
  shelterWorker = await user(shelter, 'case_worker');
  clinicWorker = await user(clinic, 'case_worker');
  outsiderWorker = await user(outsider, 'case_worker');
  policeResponder = await user(police, 'first_responder');
  cpWorker = await user(childProtection, 'case_worker');
  const guardianUser = await t.createUser({ organisationId: childProtection, roles: ['guardian'] });
  guardian = { id: guardianUser.id, client: await signIn(t, guardianUser) };
  analyst = await signIn(t, await t.createUser({ organisationId: ngo, roles: ['analyst'], mfa: false }));
});

afterAll(async () => {
  await t?.close();
});

describe('an adult’s case file', () => {
  let caseId: string;
  let personId: string;

  beforeAll(async () => {
    ({ caseId, personId } = await refer(worker, referral()));
  });

  describe('sections by purpose and role', () => {
    it('lets the lead organisation’s case worker coordinate: the whole file but the legal part', async () => {
      const seen = await sectionsOf(worker, caseId);
      expect(seen.leadsCase).toBe(true);
      expect(seen.mayManageTeam).toBe(true);
      expect(seen.sections).toEqual(
        expect.arrayContaining(['identity', 'exploitation', 'referral', 'needs', 'support_plan', 'notes']),
      );
      expect(seen.sections).not.toContain('legal');
    });

    it('does not show a first-responder referrer the support plan, needs or risk', async () => {
      const own = await sectionsOf(responder, caseId);
      expect(own.sections).toContain('referral');
      expect(own.sections).not.toContain('support_plan');
      expect(own.sections).not.toContain('needs');
      expect(own.sections).not.toContain('risk');

      const byPolice = await refer(policeResponder, referral());
      const police = await sectionsOf(policeResponder, byPolice.caseId);
      expect(police.purposes).toEqual(['referral']);
      expect(police.sections).not.toContain('support_plan');
      expect(police.sections).not.toContain('needs');
    });

    it('shows the decision maker the identification sections without contact or address', async () => {
      const seen = await sectionsOf(decider, caseId);
      expect(seen.sections).toEqual(expect.arrayContaining(['identity', 'exploitation', 'decisions']));
      expect(seen.sections).not.toContain('contact');
      expect(seen.sections).not.toContain('support_plan');
    });

    it('answers 404 to a provider outside the team on every case-file route, and audits it', async () => {
      const urls = [
        `/api/cases/${caseId}/sections`,
        `/api/cases/${caseId}/account`,
        `/api/cases/${caseId}/account/shares`,
        `/api/cases/${caseId}/account/requests`,
        `/api/cases/${caseId}/notes`,
        `/api/cases/${caseId}/timeline`,
        `/api/cases/${caseId}`,
      ];
      for (const url of urls) {
        const res = await outsiderWorker.get(url);
        expectProblem(res, 404, 'not-found');
        expect(await auditOf(res)).toMatchObject([{ outcome: 'denied', actor_org_id: outsider }]);
      }
      const writes: [string, object][] = [
        [`/api/cases/${caseId}/account`, { text: 'x', language: 'en', interpreterUsed: false }],
        [`/api/cases/${caseId}/account/requests`, { reason: 'x' }],
        [`/api/cases/${caseId}/notes`, { body: 'x', visibility: 'team' }],
        [`/api/cases/${caseId}/team`, { organisationId: outsider, purpose: 'assistance' }],
      ];
      for (const [url, body] of writes)
        expectProblem(await outsiderWorker.send('POST', url, body), 404, 'not-found');
      expectProblem(
        await outsiderWorker.send('PATCH', `/api/persons/${personId}/special-needs`, { dependants: 1 }),
        404,
        'not-found',
      );
    });

    it('refuses an analyst the case file with 403', async () => {
      for (const url of [`/api/cases/${caseId}/sections`, `/api/cases/${caseId}/timeline`])
        expectProblem(await analyst.get(url), 403, 'forbidden');
    });
  });

  describe('special needs and demographics', () => {
    it('records migration status, vulnerabilities, disabilities, dependants and languages, auditing which fields', async () => {
      const res = await worker.send('PATCH', `/api/persons/${personId}/special-needs`, {
        migrationStatus: 'asylum_seeker',
        vulnerabilities: ['lgbti', 'serious_violence'],
        disabilities: ['physical'],
        dependants: 1,
        languages: ['ro', 'ru'],
        preferredLanguage: 'ro',
      });

      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        migrationStatus: 'asylum_seeker',
        vulnerabilities: ['lgbti', 'serious_violence'],
        disabilities: ['physical'],
        dependants: 1,
        languages: ['ro', 'ru'],
        preferredLanguage: 'ro',
      });
      const rows = await auditOf(res);
      expect(rows).toMatchObject([{ action: 'person.special_needs.update', outcome: 'success' }]);
      expect(JSON.stringify(rows)).not.toContain('asylum_seeker');
    });

    it('shows them on the case and on the person', async () => {
      const detail = (await worker.get(`/api/cases/${caseId}`)).json();
      const person = (await worker.get(`/api/persons/${personId}`)).json();
      for (const view of [detail, person])
        expect(view).toMatchObject({
          migrationStatus: 'asylum_seeker',
          disabilities: ['physical'],
          dependants: 1,
          languages: ['ro', 'ru'],
        });
    });

    it('refuses unknown fields and values, and a conditional field about the police', async () => {
      for (const body of [
        {},
        { disabilities: ['other'] },
        { cooperatesWithPolice: true },
        { dependants: -1 },
      ])
        expectProblem(
          await worker.send('PATCH', `/api/persons/${personId}/special-needs`, body),
          400,
          'validation',
        );
    });

    it('refuses a change by roles that only read the person', async () => {
      expectProblem(
        await responder.send('PATCH', `/api/persons/${personId}/special-needs`, { dependants: 2 }),
        403,
        'forbidden',
      );
      expectProblem(
        await decider.send('PATCH', `/api/persons/${personId}/special-needs`, { dependants: 2 }),
        403,
        'forbidden',
      );
    });
  });

  describe('the case team with consent', () => {
    it('refuses to add a provider the person has not consented to share with, and explains it', async () => {
      const res = await worker.send('POST', `/api/cases/${caseId}/team`, {
        organisationId: shelter,
        purpose: 'accommodation',
      });
      const problem = expectProblem(res, 422, 'consent-required');
      expect(problem.reason).toBe('consent_required');
      const candidates = (await worker.get(`/api/cases/${caseId}/team/candidates`)).json() as {
        items: { organisation: { id: string }; addable: boolean; reason: string | null }[];
      };
      expect(candidates.items.find((c) => c.organisation.id === shelter)).toMatchObject({
        addable: false,
        reason: 'consent_required',
      });
      expect(candidates.items.map((c) => c.organisation.id)).not.toContain(police);
    });

    it('puts the shelter on for accommodation once the person consented, and no wider', async () => {
      const given = await worker.send(
        'POST',
        `/api/cases/${caseId}/consents`,
        consent('share_with_provider', shelter),
      );

      expect(given.statusCode, given.body).toBe(201);
      expect(
        (await auditOf(given)).filter((r) => r.action === 'case_team.add').map((r) => r.purpose),
      ).toEqual(['accommodation']);
      expect((await sectionsOf(shelterWorker, caseId)).purposes).toEqual(['accommodation']);
      const again = await worker.send('POST', `/api/cases/${caseId}/team`, {
        organisationId: shelter,
        purpose: 'accommodation',
      });
      expect(expectProblem(again, 409, 'conflict').reason).toBe('already_on_team');
    });

    it('adds the shelter for another purpose on the strength of that consent', async () => {
      const res = await worker.send('POST', `/api/cases/${caseId}/team`, {
        organisationId: shelter,
        purpose: 'health',
      });

      expect(res.statusCode, res.body).toBe(201);
      expect((res.json() as { purposes: string[] }).purposes.sort()).toEqual(['accommodation', 'health']);
      const rows = await auditOf(res);
      expect(rows).toMatchObject([{ action: 'case_team.add', purpose: 'health', outcome: 'success' }]);
      expect(rows[0]?.details).toMatchObject({
        organisationId: shelter,
        consentId: await consentId(caseId, shelter),
      });
    });

    it('refuses the police as a provider on the team', async () => {
      const res = await worker.send('POST', `/api/cases/${caseId}/team`, {
        organisationId: police,
        purpose: 'assistance',
      });
      const problem = expectProblem(res, 400, 'validation');
      expect(problem.errors).toEqual([{ path: 'body.organisationId', message: 'not_a_provider' }]);
    });

    it('lets only the lead (or a coordinator) change the team', async () => {
      const res = await shelterWorker.send('POST', `/api/cases/${caseId}/team`, {
        organisationId: clinic,
        purpose: 'health',
      });
      expectProblem(res, 403, 'forbidden');
    });

    it('shows the shelter name, contact, address, needs and safety plan, but never the exploitation', async () => {
      const seen = await sectionsOf(shelterWorker, caseId);
      expect(seen.sections).toEqual(
        expect.arrayContaining(['identity', 'contact', 'address', 'needs', 'safety_plan', 'special_needs']),
      );
      for (const hidden of ['exploitation', 'referral', 'screening', 'decisions', 'risk', 'legal'])
        expect(seen.sections).not.toContain(hidden);

      const detail = await shelterWorker.get(`/api/cases/${caseId}`);
      expect(detail.statusCode).toBe(200);
      const body = detail.json() as Record<string, unknown>;
      expect(body).not.toHaveProperty('exploitationForms');
      expect(body).not.toHaveProperty('exploitationCountries');
      expect(body.hiddenSections).toContain('exploitation');
      const list = (await shelterWorker.get('/api/cases')).json() as { items: Record<string, unknown>[] };
      expect(list.items[0]).not.toHaveProperty('exploitationForms');
      expect(
        ((await worker.get(`/api/cases/${caseId}`)).json() as Record<string, unknown>).exploitationForms,
      ).toEqual(['forced_labour']);
    });

    it('refuses the shelter the referral’s facts and the decisions (their reasons name the exploitation)', async () => {
      expectProblem(await shelterWorker.get(`/api/cases/${caseId}/referral`), 404, 'not-found');
      expectProblem(await shelterWorker.get(`/api/cases/${caseId}/decisions`), 404, 'not-found');
      const denied = await t.database.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('resource_id', '=', caseId)
        .where('outcome', '=', 'denied')
        .where('action', 'in', ['referral.read', 'decision.read'])
        .execute();
      expect(denied.map((row) => row.action).sort()).toEqual(['decision.read', 'referral.read']);
      // The case team still reads both.
      expect((await worker.get(`/api/cases/${caseId}/referral`)).statusCode).toBe(200);
    });
  });

  describe('telling the story once', () => {
    it('keeps the referral’s narrative as version 1 of the account, read by the recorder and audited', async () => {
      const res = await worker.get(`/api/cases/${caseId}/account?include=text`);

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        exists: true,
        canRead: true,
        text: NARRATIVE,
        shownVersion: 1,
        versions: [{ version: 1, source: 'referral' }],
      });
      const rows = await auditOf(res);
      expect(rows).toMatchObject([
        { action: 'case_account.read', outcome: 'success', subject_person_id: personId, actor_org_id: ngo },
      ]);
      expect(JSON.stringify(rows)).not.toContain('Canary');
    });

    it('decrypts nothing and audits nothing when the text is not asked for', async () => {
      const res = await worker.get(`/api/cases/${caseId}/account`);
      expect(res.body).not.toContain('Canary');
      expect(await auditOf(res)).toEqual([]);
    });

    it('records a correction as version 2, stored only encrypted', async () => {
      const res = await worker.send('POST', `/api/cases/${caseId}/account`, {
        text: SECOND,
        language: 'ro',
        interpreterUsed: true,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        version: 2,
        source: 'account',
        language: 'ro',
        interpreterUsed: true,
      });

      const row = await t.database.db
        .selectFrom('case_accounts')
        .selectAll()
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain('Canary');
      expect((await account(worker, caseId, '?include=text')).text).toBe(SECOND);
      expect((await account(worker, caseId, '?include=text&version=1')).text).toBe(NARRATIVE);
    });

    it('lets the decision maker the referral went to read it', async () => {
      expect(await account(decider, caseId, '?include=text')).toMatchObject({ canRead: true, text: SECOND });
    });

    it('never shows the shelter the narrative or the account', async () => {
      const view = await account(shelterWorker, caseId, '?include=text');
      expect(view).toMatchObject({ exists: true, canRead: false, mayRequest: true, mayRecord: false });
      expect(view).not.toHaveProperty('text');
      const referralRes = await shelterWorker.get(`/api/cases/${caseId}/referral?include=details`);
      expect(referralRes.body).not.toContain('Canary');
      expectProblem(await shelterWorker.get(`/api/cases/${caseId}/account/shares`), 404, 'not-found');
    });

    it('refuses a second telling by someone who cannot read it: they ask instead', async () => {
      const res = await shelterWorker.send('POST', `/api/cases/${caseId}/account`, {
        text: 'A second telling',
        language: 'ro',
        interpreterUsed: false,
      });
      expect(expectProblem(res, 409, 'conflict').reason).toBe('request_access_instead');
    });

    it('takes the shelter’s request once, sealed, and shows the recorder its reason', async () => {
      const asked = await shelterWorker.send('POST', `/api/cases/${caseId}/account/requests`, {
        reason: REASON,
      });
      expect(asked.statusCode, asked.body).toBe(201);
      const twice = await shelterWorker.send('POST', `/api/cases/${caseId}/account/requests`, {
        reason: REASON,
      });
      expect(expectProblem(twice, 409, 'conflict').reason).toBe('already_requested');

      const list = await worker.get(`/api/cases/${caseId}/account/requests`);
      expect(list.json()).toMatchObject({ items: [{ reason: REASON, status: 'requested' }] });
      const stored = await t.database.db.selectFrom('account_requests').selectAll().execute();
      expect(JSON.stringify(stored)).not.toContain('Canary');
      expect((await account(shelterWorker, caseId)).ownRequest).toMatchObject({ status: 'requested' });
    });

    it('refuses a grant by anyone but the recorder', async () => {
      const id = (await account(shelterWorker, caseId)).ownRequest?.id;
      expectProblem(
        await shelterWorker.send('POST', `/api/cases/${caseId}/account/requests/${id}/grant`),
        403,
        'forbidden',
      );
    });

    it('grants the request with the person’s consent: the shelter now reads the account, audited', async () => {
      const id = (await account(shelterWorker, caseId)).ownRequest?.id;
      const res = await worker.send('POST', `/api/cases/${caseId}/account/requests/${id}/grant`);
      expect(res.statusCode, res.body).toBe(200);
      expect((await auditOf(res)).map((r) => r.action).sort()).toEqual([
        'account_request.grant',
        'account_share.create',
      ]);

      const read = await shelterWorker.get(`/api/cases/${caseId}/account?include=text`);
      expect(read.json()).toMatchObject({ canRead: true, text: SECOND });
      expect(await auditOf(read)).toMatchObject([{ action: 'case_account.read', actor_org_id: shelter }]);
      const again = await worker.send('POST', `/api/cases/${caseId}/account/requests/${id}/refuse`);
      expect(expectProblem(again, 409, 'conflict').reason).toBe('already_answered');
    });

    it('ends a share when the recorder revokes it, from then on', async () => {
      const shares = (await worker.get(`/api/cases/${caseId}/account/shares`)).json() as {
        items: { id: string; organisation: { id: string }; active: boolean }[];
      };
      const share = shares.items.find((s) => s.organisation.id === shelter && s.active);
      const res = await worker.send('DELETE', `/api/cases/${caseId}/account/shares/${share?.id}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ active: false });
      expect((await account(shelterWorker, caseId, '?include=text')).canRead).toBe(false);

      const shared = await worker.send('POST', `/api/cases/${caseId}/account/shares`, {
        organisationId: shelter,
      });
      expect(shared.statusCode, shared.body).toBe(201);
      expect((await account(shelterWorker, caseId, '?include=text')).text).toBe(SECOND);
      const dup = await worker.send('POST', `/api/cases/${caseId}/account/shares`, {
        organisationId: shelter,
      });
      expect(expectProblem(dup, 409, 'conflict').reason).toBe('already_reads');
    });

    it('refuses to share with a team member the person has not consented to, or with one off the team', async () => {
      await t.database.db
        .insertInto('case_team')
        .values({ case_id: caseId, organisation_id: legalAid, purpose: 'legal_aid' })
        .execute();
      const noConsent = await worker.send('POST', `/api/cases/${caseId}/account/shares`, {
        organisationId: legalAid,
      });
      expect(expectProblem(noConsent, 422, 'consent-required').reason).toBe('consent_required');
      const offTeam = await worker.send('POST', `/api/cases/${caseId}/account/shares`, {
        organisationId: outsider,
      });
      expectProblem(offTeam, 400, 'validation');
    });

    it('lets the recorder refuse a request', async () => {
      const given = await worker.send(
        'POST',
        `/api/cases/${caseId}/consents`,
        consent('share_with_provider', clinic),
      );
      expect(given.statusCode, given.body).toBe(201);
      expect((await sectionsOf(clinicWorker, caseId)).purposes).toEqual(['health']);
      const asked = await clinicWorker.send('POST', `/api/cases/${caseId}/account/requests`, {
        reason: REASON,
      });
      const id = (asked.json() as { id: string }).id;

      const res = await worker.send('POST', `/api/cases/${caseId}/account/requests/${id}/refuse`);

      expect(res.json()).toEqual({ id, status: 'refused' });
      const view = await account(clinicWorker, caseId, '?include=text');
      expect(view).toMatchObject({ canRead: false, ownRequest: { status: 'refused' }, mayRequest: true });
      expect(view).not.toHaveProperty('text');
    });
  });

  describe('notes and the timeline', () => {
    beforeAll(async () => {
      // Records of the other modules, written straight into their tables (the timeline
      // reads them there). Sealed columns hold placeholders: the timeline never opens them.
      const db = t.database.db;
      const { data_key_id: key } = await db
        .selectFrom('persons')
        .select('data_key_id')
        .where('id', '=', personId)
        .executeTakeFirstOrThrow();
      const users = await db.selectFrom('users').select('id').where('organisation_id', '=', ngo).execute();
      const by = users[0]?.id ?? '';
      const at = new Date(Date.now() - 3_600_000);
      const needs = randomUUID();
      await db
        .insertInto('needs_assessments')
        .values({
          id: needs,
          case_id: caseId,
          version: 1,
          data_key_id: key,
          assessed_by_user_id: by,
          assessed_by_org_id: ngo,
          assessed_at: at,
        })
        .execute();
      await db
        .insertInto('assessed_needs')
        .values([
          {
            assessment_id: needs,
            case_id: caseId,
            domain: 'accommodation',
            level: 'high',
            urgency: 'immediate',
          },
          {
            assessment_id: needs,
            case_id: caseId,
            domain: 'physical_health',
            level: 'medium',
            urgency: 'soon',
          },
        ])
        .execute();
      await db
        .insertInto('risk_assessments')
        .values({
          id: randomUUID(),
          case_id: caseId,
          version: 1,
          traffickers_risk: 'high',
          retrafficking_risk: 'medium',
          self_harm_risk: 'low',
          family_risk: 'low',
          overall: 'high',
          data_key_id: key,
          safety_plan_enc: 'e1.placeholder',
          assessed_by_user_id: by,
          assessed_by_org_id: ngo,
          assessed_at: at,
          review_due_on: '2030-01-31',
        })
        .execute();
      await db
        .insertInto('support_plans')
        .values({
          id: randomUUID(),
          case_id: caseId,
          version: 1,
          status: 'current',
          data_key_id: key,
          goals_enc: 'e1.placeholder',
          agreement: 'agreed',
          agreed_on: '2030-01-01',
          review_due_on: '2030-03-01',
          created_by_user_id: by,
          created_by_org_id: ngo,
          created_at: at,
        })
        .execute();
      const service = randomUUID();
      await db
        .insertInto('services')
        .values({ id: service, organisation_id: shelter, kind: 'shelter', name: 'Test beds' })
        .execute();
      await db
        .insertInto('service_referrals')
        .values({
          id: randomUUID(),
          case_id: caseId,
          service_id: service,
          provider_org_id: shelter,
          need_domain: 'accommodation',
          data_key_id: key,
          sent_by_user_id: by,
          sent_by_org_id: ngo,
          sent_at: at,
          status: 'declined',
          decline_reason: 'capacity',
          responded_at: new Date(at.getTime() + 60_000),
        })
        .execute();
      const decision = randomUUID();
      await db
        .insertInto('decisions')
        .values({
          id: decision,
          case_id: caseId,
          stage: 'reasonable_grounds',
          outcome: 'positive',
          positive: true,
          standard: 'reasonable_grounds',
          data_key_id: key,
          reasons_enc: 'e1.placeholder',
          decided_by_user_id: by,
          decided_by_org_id: authority,
          decided_at: at,
          profile_id: 'generic_coe_eu',
          profile_version: 1,
        })
        .execute();
      const period = randomUUID();
      await db
        .insertInto('recovery_periods')
        .values({
          id: period,
          case_id: caseId,
          decision_id: decision,
          starts_at: at,
          ends_at: new Date(at.getTime() + 30 * 86_400_000),
          minimum_days: 30,
          status: 'running',
          no_removal: true,
          data_key_id: key,
        })
        .execute();
      await db
        .insertInto('recovery_extensions')
        .values({
          id: randomUUID(),
          recovery_period_id: period,
          days: 15,
          reason_enc: 'e1.placeholder',
          granted_by_user_id: by,
          granted_at: at,
        })
        .execute();
      await db
        .insertInto('screenings')
        .values({
          id: randomUUID(),
          organisation_id: ngo,
          screener_user_id: by,
          case_id: caseId,
          depth: 'short',
          mode: 'worker',
          language: 'ro',
          indicator_sets: JSON.stringify([]),
          status: 'completed',
          data_key_id: key,
          started_at: at,
          completed_at: at,
        })
        .execute();
    });

    it('keeps an own-organisation note to the author’s organisation', async () => {
      const team = await worker.send('POST', `/api/cases/${caseId}/notes`, {
        body: TEAM_NOTE,
        visibility: 'team',
      });
      const own = await worker.send('POST', `/api/cases/${caseId}/notes`, {
        body: OWN_NOTE,
        visibility: 'own_organisation',
      });
      expect(team.statusCode, team.body).toBe(201);
      expect(own.statusCode).toBe(201);

      const mine = (await worker.get(`/api/cases/${caseId}/notes`)).json() as { items: { body: string }[] };
      const theirs = await shelterWorker.get(`/api/cases/${caseId}/notes`);
      expect(mine.items.map((n) => n.body).sort()).toEqual([OWN_NOTE, TEAM_NOTE].sort());
      expect((theirs.json() as { items: { body: string }[] }).items.map((n) => n.body)).toEqual([TEAM_NOTE]);
      expect(await auditOf(theirs)).toMatchObject([{ action: 'case_note.list', actor_org_id: shelter }]);
      const stored = await t.database.db.selectFrom('case_notes').selectAll().execute();
      expect(JSON.stringify(stored)).not.toContain('Canary');
    });

    it('refuses an empty note and an unknown visibility', async () => {
      for (const body of [
        { body: '', visibility: 'team' },
        { body: 'x', visibility: 'everyone' },
      ])
        expectProblem(await worker.send('POST', `/api/cases/${caseId}/notes`, body), 400, 'validation');
    });

    it('tells the lead everything that happened, with no free text but its notes', async () => {
      const res = await worker.get(`/api/cases/${caseId}/timeline?pageSize=200`);
      expect(res.statusCode).toBe(200);
      const timeline = res.json() as Timeline;
      const kinds = new Set(timeline.items.map((e) => e.kind));
      for (const kind of [
        'case_opened',
        'referral_made',
        'consent_given',
        'team_member_added',
        'account_recorded',
        'account_shared',
        'account_share_revoked',
        'account_requested',
        'account_request_answered',
        'note_written',
        'screening_completed',
        'needs_assessed',
        'risk_assessed',
        'plan_version',
        'service_referral_sent',
        'service_referral_answered',
        'decision_made',
        'recovery_period_started',
        'recovery_period_extended',
      ])
        expect(kinds, kind).toContain(kind);
      expect(timeline.items.find((e) => e.kind === 'needs_assessed')?.data).toEqual({
        version: 1,
        domains: 2,
      });
      expect(timeline.items.find((e) => e.kind === 'service_referral_answered')?.data).toMatchObject({
        answer: 'declined',
        declineReason: 'capacity',
      });
      expect(res.body).not.toContain('e1.placeholder');
      expect(res.body).not.toContain(NARRATIVE);
      expect(res.body).not.toContain(SECOND);
      expect(res.body).not.toContain(REASON);
      expect(timeline.items.flatMap((e) => (e.note ? [e.note.body] : [])).sort()).toEqual(
        [OWN_NOTE, TEAM_NOTE].sort(),
      );
      expect(await auditOf(res)).toMatchObject([{ action: 'case.timeline.read', outcome: 'success' }]);
      const times = timeline.items.map((e) => Date.parse((e as unknown as { at: string }).at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('shows the shelter only what its purpose and role allow', async () => {
      const timeline = (
        await shelterWorker.get(`/api/cases/${caseId}/timeline?pageSize=200`)
      ).json() as Timeline;
      const kinds = new Set(timeline.items.map((e) => e.kind));
      expect(kinds).toContain('note_written');
      expect(kinds).toContain('team_member_added');
      expect(kinds).not.toContain('referral_made');
      expect(kinds).not.toContain('consent_given');
      expect(kinds).not.toContain('screening_completed');
      expect(kinds).toContain('needs_assessed');
      expect(kinds).toContain('service_referral_sent');
      expect(timeline.items.flatMap((e) => (e.note ? [e.note.body] : []))).toEqual([TEAM_NOTE]);
    });

    it('pages the timeline without losing or repeating entries', async () => {
      const all = (await worker.get(`/api/cases/${caseId}/timeline?pageSize=200`)).json() as Timeline;
      const ids: string[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 3); page++) {
        const part = (
          await worker.get(`/api/cases/${caseId}/timeline?page=${page}&pageSize=3`)
        ).json() as Timeline;
        expect(part.total).toBe(all.total);
        ids.push(...part.items.map((e) => e.id));
      }
      expect(ids).toEqual(all.items.map((e) => e.id));
    });
  });

  describe('revoking the consent', () => {
    it('takes the shelter off the team and ends its share of the account from then on', async () => {
      const id = await consentId(caseId, shelter);
      const before = await shelterWorker.get(`/api/cases/${caseId}`);
      expect(before.statusCode).toBe(200);

      const res = await worker.send('POST', `/api/consents/${id}/revoke`);

      expect(res.statusCode, res.body).toBe(200);
      const rows = await t.database.db
        .selectFrom('case_team')
        .select(['purpose', 'removed_at'])
        .where('case_id', '=', caseId)
        .where('organisation_id', '=', shelter)
        .execute();
      // Every purpose it held on the strength of the consent: accommodation (the consent), health (added).
      expect(rows.map((r) => r.purpose).sort()).toEqual(['accommodation', 'health']);
      expect(rows.every((r) => r.removed_at !== null)).toBe(true);
      const shares = await t.database.db
        .selectFrom('account_shares')
        .select('revoked_at')
        .where('case_id', '=', caseId)
        .where('organisation_id', '=', shelter)
        .execute();
      expect(shares.every((s) => s.revoked_at !== null)).toBe(true);
      expect((await auditOf(res)).map((r) => r.action).sort()).toEqual([
        'account_share.revoke',
        'case_team.remove',
        'case_team.remove',
        'consent.revoke',
      ]);
      for (const url of [
        `/api/cases/${caseId}`,
        `/api/cases/${caseId}/account?include=text`,
        `/api/cases/${caseId}/timeline`,
        `/api/cases/${caseId}/notes`,
        `/api/persons/${personId}`,
      ]) {
        const after = await shelterWorker.get(url);
        expectProblem(after, 404, 'not-found');
        expect(after.body).not.toContain('Canary');
      }
    });

    it('shows the revocation and the removal on the lead’s timeline', async () => {
      const timeline = (await worker.get(`/api/cases/${caseId}/timeline?pageSize=200`)).json() as Timeline;
      const kinds = timeline.items.map((e) => e.kind);
      expect(kinds).toContain('consent_revoked');
      expect(kinds).toContain('team_member_removed');
    });
  });

  describe('taking a provider off the team', () => {
    it('removes the clinic, which then sees nothing', async () => {
      const res = await worker.send('DELETE', `/api/cases/${caseId}/team/${clinic}`);
      expect(res.statusCode, res.body).toBe(200);
      expectProblem(await clinicWorker.get(`/api/cases/${caseId}`), 404, 'not-found');
    });

    it('keeps the lead and the identification path on the team', async () => {
      expect(
        expectProblem(await worker.send('DELETE', `/api/cases/${caseId}/team/${ngo}`), 409, 'conflict')
          .reason,
      ).toBe('lead_organisation');
      expectProblem(await worker.send('DELETE', `/api/cases/${caseId}/team/${authority}`), 404, 'not-found');
    });
  });
});

describe('a child’s case file', () => {
  let caseId: string;

  beforeAll(async () => {
    ({ caseId } = await refer(worker, referral({ consents: [] }, { birthYear: thisYear - 15 })));
    await t.database.db
      .updateTable('guardian_appointments')
      .set({ guardian_user_id: guardian.id, appointed_at: new Date() })
      .where('case_id', '=', caseId)
      .execute();
  });

  it('puts child protection on the team, which sees the whole file', async () => {
    const seen = await sectionsOf(cpWorker, caseId);
    expect(seen.purposes).toContain('child_protection');
    expect(seen.mayManageTeam).toBe(true);
    expect(seen.sections).toContain('legal');
  });

  it('lets child protection (not the lead alone) decide to add a provider without a consent', async () => {
    const byLead = await worker.send('POST', `/api/cases/${caseId}/team`, {
      organisationId: shelter,
      purpose: 'accommodation',
    });
    expect(expectProblem(byLead, 422, 'consent-required').reason).toBe('guardian_or_child_protection');

    const byChildProtection = await cpWorker.send('POST', `/api/cases/${caseId}/team`, {
      organisationId: shelter,
      purpose: 'accommodation',
    });
    expect(byChildProtection.statusCode, byChildProtection.body).toBe(201);
  });

  it('lets child protection share the account with the shelter', async () => {
    const res = await cpWorker.send('POST', `/api/cases/${caseId}/account/shares`, {
      organisationId: shelter,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ consentId: null, active: true });
    expect((await account(shelterWorker, caseId, '?include=text')).text).toBe(NARRATIVE);
  });

  it('lets the child’s guardian read the account and the whole file', async () => {
    expect(await account(guardian.client, caseId, '?include=text')).toMatchObject({
      canRead: true,
      text: NARRATIVE,
    });
    const seen = await sectionsOf(guardian.client, caseId);
    expect(seen.isGuardian).toBe(true);
    expect(seen.sections).toContain('support_plan');
    const timeline = await guardian.client.get(`/api/cases/${caseId}/timeline`);
    expect(timeline.statusCode).toBe(200);
  });
});
