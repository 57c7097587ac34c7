import { randomUUID } from 'node:crypto';
import {
  addWorkingDays,
  type CountryProfile,
  GENERIC_COE_EU_PROFILE,
  type ReferralSubmissionInput,
  UK_LIKE_PROFILE,
} from '@opennrm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCountryProfile } from '../src/profiles/store.js';
import { type Client, expectProblem, signIn, startTestApp, type TestApp } from './helpers/app.js';

type Summary = {
  id: string;
  version: number;
  name: string;
  createdAt: string;
  publishedBy: { id: string; displayName: string } | null;
  active: boolean;
  newest: boolean;
  current: boolean;
};
type VersionView = Summary & { definition: CountryProfile };

let t: TestApp;
let admin: Client;
let adminId: string;
let responder: Client;
let decider: Client;
let authorityOrg: string;

beforeAll(async () => {
  t = await startTestApp();
  const systemOrg = await t.createOrganisation('national_coordinator');
  const referrerOrg = await t.createOrganisation('ngo');
  authorityOrg = await t.createOrganisation('competent_authority');
  await t.createOrganisation('child_protection');
  const adminUser = await t.createUser({ organisationId: systemOrg, roles: ['system_admin'] });
  adminId = adminUser.id;
  admin = await signIn(t, adminUser);
  responder = await signIn(
    t,
    await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] }),
  );
  decider = await signIn(
    t,
    await t.createUser({ organisationId: authorityOrg, roles: ['identification_decision_maker'] }),
  );
});

afterAll(async () => {
  await t?.close();
});

/** A child's referral (no consent needed), as the referral form sends it. */
async function refer(): Promise<{
  id: string;
  caseId: string;
  referredAt: string;
  reasonableGroundsDueAt: string;
}> {
  const body: ReferralSubmissionInput = {
    person: {
      name: 'Synthetic Child',
      birthYear: new Date().getUTCFullYear() - 15,
      ageUncertain: false,
      reasonsToBelieveChild: false,
      gender: 'female',
      nationality: 'MD',
      preferredLanguage: 'ro',
      contact: null,
    },
    region: 'capital',
    elements: { acts: ['recruitment'], means: [], purposes: ['forced_labour'] },
    exploitationForms: ['forced_labour'],
    exploitationLocation: 'in_country',
    events: [],
    urgentNeeds: [],
    interpreterNeeded: false,
    narrative: null,
    screeningId: null,
    consents: [],
    competentOrgId: authorityOrg,
    clientRef: randomUUID(),
  };
  const res = await responder.send('POST', '/api/referrals', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function decidePositive(caseId: string): Promise<void> {
  const res = await decider.send('POST', `/api/cases/${caseId}/decisions`, {
    stage: 'reasonable_grounds',
    outcome: 'positive',
    reasons: 'Synthetic reasons for a test decision.',
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function recoveryDays(caseId: string): Promise<number> {
  const res = await decider.get(`/api/cases/${caseId}/decisions`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { recoveryPeriod: { minimumDays: number } }).recoveryPeriod.minimumDays;
}

describe('reading country profiles', () => {
  it('lists the shipped profiles for any signed-in role, with the active one', async () => {
    const res = await responder.get('/api/country-profiles');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { activeId: string; items: Summary[] };
    expect(body.activeId).toBe(GENERIC_COE_EU_PROFILE.id);
    expect(body.items.map((item) => [item.id, item.version, item.current])).toEqual([
      [GENERIC_COE_EU_PROFILE.id, 1, true],
      [UK_LIKE_PROFILE.id, 1, false],
    ]);
    expect(body.items[0]).toMatchObject({ publishedBy: null, active: true, newest: true });
  });

  it('gives the current rules and any stored version in full', async () => {
    const current = await decider.get('/api/country-profiles/current');
    expect(current.statusCode, current.body).toBe(200);
    expect((current.json() as VersionView).definition).toEqual(GENERIC_COE_EU_PROFILE);

    const uk = await decider.get('/api/country-profiles/uk_like/versions/1');
    expect(uk.statusCode, uk.body).toBe(200);
    expect((uk.json() as VersionView).definition).toEqual(UK_LIKE_PROFILE);

    expectProblem(await decider.get('/api/country-profiles/uk_like/versions/9'), 404, 'not-found');
    expectProblem(await decider.get('/api/country-profiles/Not-A-Slug/versions/1'), 400, 'validation');
  });
});

describe('publishing a version', () => {
  const next = (changes: Partial<CountryProfile>) => ({ ...GENERIC_COE_EU_PROFILE, version: 2, ...changes });

  it('is for system administrators only', async () => {
    expectProblem(
      await decider.send('POST', '/api/country-profiles/generic_coe_eu/versions', next({})),
      403,
      'forbidden',
    );
    expectProblem(
      await responder.send('PUT', '/api/country-profiles/active', { id: 'uk_like' }),
      403,
      'forbidden',
    );
  });

  it('refuses a recovery period under 30 days, naming the field, and stores nothing', async () => {
    const res = await admin.send(
      'POST',
      '/api/country-profiles/generic_coe_eu/versions',
      next({ recoveryPeriodDays: 29 }),
    );
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors).toEqual([
      { path: 'body.recoveryPeriodDays', message: 'CoE art. 13(1): the recovery period is at least 30 days' },
    ]);
    const stored = await t.database.db.selectFrom('country_profiles').select('version').execute();
    expect(stored).toHaveLength(2);
  });

  it('refuses other invalid definitions field by field', async () => {
    const res = await admin.send('POST', '/api/country-profiles/generic_coe_eu/versions', {
      ...next({}),
      decidingKinds: [],
      calendar: { ...GENERIC_COE_EU_PROFILE.calendar, timeZone: 'Mars/Olympus' },
    });
    const problem = expectProblem(res, 400, 'validation');
    const paths = (problem.errors as { path: string }[]).map((error) => error.path).sort();
    expect(paths).toEqual(['body.calendar.timeZone', 'body.decidingKinds']);

    const mismatch = await admin.send('POST', '/api/country-profiles/uk_like/versions', next({}));
    expect(expectProblem(mismatch, 400, 'validation').errors).toEqual([
      { path: 'body.id', message: 'The profile id must be the one in the address' },
    ]);
  });

  it('refuses a version that is not the next one (someone published in between)', async () => {
    expectProblem(
      await admin.send('POST', '/api/country-profiles/generic_coe_eu/versions', next({ version: 3 })),
      409,
      'conflict',
    );
    expectProblem(
      await admin.send('POST', '/api/country-profiles/generic_coe_eu/versions', next({ version: 1 })),
      409,
      'conflict',
    );
  });

  it('applies to new cases only: an existing case keeps the deadlines and recovery period it started with', async () => {
    const before = await refer();

    const res = await admin.send(
      'POST',
      '/api/country-profiles/generic_coe_eu/versions',
      next({ reasonableGroundsDeadlineWorkingDays: 10, recoveryPeriodDays: 45 }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const published = res.json() as VersionView;
    expect(published).toMatchObject({
      id: 'generic_coe_eu',
      version: 2,
      current: true,
      publishedBy: { id: adminId },
    });
    expect((await currentCountryProfile(t.database.db)).version).toBe(2);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'resource_id', 'details'])
      .where('action', '=', 'country_profile.create')
      .where('outcome', '=', 'success')
      .execute();
    expect(audit).toEqual([
      {
        action: 'country_profile.create',
        actor_user_id: adminId,
        resource_id: 'generic_coe_eu@2',
        details: expect.objectContaining({ version: 2, recoveryPeriodDays: 45 }),
      },
    ]);

    const after = await refer();
    const calendar = GENERIC_COE_EU_PROFILE.calendar;
    const referralOf = async (id: string) => {
      const view = await responder.get(`/api/referrals/${id}`);
      expect(view.statusCode, view.body).toBe(200);
      return view.json() as { profile: { id: string; version: number }; reasonableGroundsDueAt: string };
    };
    const oldView = await referralOf(before.id);
    const newView = await referralOf(after.id);
    expect(oldView.profile).toEqual({ id: 'generic_coe_eu', version: 1 });
    expect(newView.profile).toEqual({ id: 'generic_coe_eu', version: 2 });
    expect(oldView.reasonableGroundsDueAt).toBe(
      addWorkingDays(new Date(before.referredAt), 5, calendar).toISOString(),
    );
    expect(newView.reasonableGroundsDueAt).toBe(
      addWorkingDays(new Date(after.referredAt), 10, calendar).toISOString(),
    );
    const cases = await t.database.db
      .selectFrom('cases')
      .select(['id', 'profile_version'])
      .where('id', 'in', [before.caseId, after.caseId])
      .execute();
    expect(Object.fromEntries(cases.map((c) => [c.id, c.profile_version]))).toEqual({
      [before.caseId]: 1,
      [after.caseId]: 2,
    });

    // A positive reasonable-grounds decision starts the period each case's version sets.
    await decidePositive(before.caseId);
    await decidePositive(after.caseId);
    expect(await recoveryDays(before.caseId)).toBe(30);
    expect(await recoveryDays(after.caseId)).toBe(45);

    // The history keeps both versions.
    const listed = (await responder.get('/api/country-profiles')).json() as { items: Summary[] };
    expect(
      listed.items.filter((item) => item.id === 'generic_coe_eu').map((item) => [item.version, item.current]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
  });
});

describe('choosing the active profile', () => {
  it('switches new cases to the newest version of another profile, audited', async () => {
    const res = await admin.send('PUT', '/api/country-profiles/active', { id: 'uk_like' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: 'uk_like', version: 1, current: true });
    const current = (await responder.get('/api/country-profiles/current')).json() as VersionView;
    expect(current.definition.recoveryPeriodDays).toBe(45);
    expect(current.id).toBe('uk_like');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('action', '=', 'country_profile.update')
      .where('outcome', '=', 'success')
      .execute();
    expect(audit).toEqual([
      {
        actor_user_id: adminId,
        details: { activated: 'uk_like', previous: 'generic_coe_eu', version: 1 },
      },
    ]);

    expectProblem(
      await admin.send('PUT', '/api/country-profiles/active', { id: 'nowhere' }),
      404,
      'not-found',
    );
    expectProblem(
      await admin.send('PUT', '/api/country-profiles/active', { id: 'Bad Id' }),
      400,
      'validation',
    );

    const back = await admin.send('PUT', '/api/country-profiles/active', { id: 'generic_coe_eu' });
    expect((back.json() as VersionView).version).toBe(2);
  });
});
