import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  nextClientAddress,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
} from './helpers/app.js';

type StaffUser = { id: string; organisationId: string; email: string; roles: string[]; disabled: boolean };
type Organisation = {
  id: string;
  name: string;
  region: string;
  contactPhone: string | null;
  active: boolean;
};

let t: TestApp;
let orgA: string;
let orgB: string;
let systemAdmin: Client;
let adminA: Client;
let adminAUser: TestUser;
let userB: TestUser;

beforeAll(async () => {
  t = await startTestApp();
  const coordinator = await t.createOrganisation('national_coordinator');
  orgA = await t.createOrganisation('ngo');
  orgB = await t.createOrganisation('shelter');
  systemAdmin = await signIn(t, await t.createUser({ organisationId: coordinator, roles: ['system_admin'] }));
  adminAUser = await t.createUser({ organisationId: orgA, roles: ['organisation_admin'] });
  adminA = await signIn(t, adminAUser);
  userB = await t.createUser({ organisationId: orgB, roles: ['case_worker'] });
});

afterAll(async () => {
  await t?.close();
});

function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

function newUserBody(roles: string[] = ['case_worker']): {
  email: string;
  displayName: string;
  roles: string[];
} {
  return { email: `${unique('staff')}@test.example`, displayName: unique('Staff Member'), roles };
}

function login(email: string, password: string): Promise<InjectResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: nextClientAddress(),
    payload: { email, password },
  });
}

describe('organisations', () => {
  it('lets a system administrator create an organisation', async () => {
    const name = unique('Shelter North');

    const res = await systemAdmin.send('POST', '/api/organisations', {
      name,
      kind: 'shelter',
      country: 'AT',
      region: 'north',
      contactEmail: 'office@shelter.example',
    });

    expect(res.statusCode).toBe(201);
    const created = res.json() as Organisation;
    expect(created).toMatchObject({ name, region: 'north', active: true });
    const read = await adminA.get(`/api/organisations/${created.id}`);
    expect(read.json()).toMatchObject({ id: created.id, name });
  });

  it('lets a system administrator update any organisation', async () => {
    const res = await systemAdmin.send('PATCH', `/api/organisations/${orgB}`, {
      region: 'west',
      active: false,
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: orgB, region: 'west', active: false });
    const row = await t.database.db
      .selectFrom('organisations')
      .select(['region', 'active'])
      .where('id', '=', orgB)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ region: 'west', active: false });
  });

  it('refuses to let an organisation administrator create an organisation', async () => {
    const name = unique('Not Allowed');

    const res = await adminA.send('POST', '/api/organisations', {
      name,
      kind: 'ngo',
      country: 'AT',
      region: 'north',
    });

    expectProblem(res, 403, 'forbidden');
    const row = await t.database.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('lets an organisation administrator update their own organisation', async () => {
    const res = await adminA.send('PATCH', `/api/organisations/${orgA}`, { contactPhone: '+000 555 0199' });

    expect(res.statusCode).toBe(200);
    expect((res.json() as Organisation).contactPhone).toBe('+000 555 0199');
  });

  it('refuses to let an organisation administrator update another organisation', async () => {
    const res = await adminA.send('PATCH', `/api/organisations/${orgB}`, { region: 'south' });

    expectProblem(res, 403, 'forbidden');
    const row = await t.database.db
      .selectFrom('organisations')
      .select('region')
      .where('id', '=', orgB)
      .executeTakeFirstOrThrow();
    expect(row.region).not.toBe('south');
  });
});

describe('staff accounts', () => {
  it('lets an organisation administrator list the users of their own organisation only', async () => {
    const own = await adminA.get(`/api/organisations/${orgA}/users`);
    const other = await adminA.get(`/api/organisations/${orgB}/users`);

    expect(own.statusCode).toBe(200);
    const items = (own.json() as { items: StaffUser[] }).items;
    expect(items.map((u) => u.id)).toContain(adminAUser.id);
    expect(items.every((u) => u.organisationId === orgA)).toBe(true);
    expectProblem(other, 404, 'not-found');
  });

  it('lets an organisation administrator create a user in their own organisation', async () => {
    const body = newUserBody();

    const res = await adminA.send('POST', `/api/organisations/${orgA}/users`, body);

    expect(res.statusCode).toBe(201);
    const created = res.json() as { user: StaffUser; temporaryPassword: string };
    expect(created.user).toMatchObject({ organisationId: orgA, email: body.email, roles: ['case_worker'] });
    expect(created.temporaryPassword.length).toBeGreaterThanOrEqual(12);
  });

  it('answers 404 when an organisation administrator creates a user in another organisation', async () => {
    const body = newUserBody();

    const res = await adminA.send('POST', `/api/organisations/${orgB}/users`, body);

    expectProblem(res, 404, 'not-found');
    const row = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', body.email)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('hides the users of another organisation from an organisation administrator', async () => {
    const update = await adminA.send('PATCH', `/api/users/${userB.id}`, { displayName: 'Changed' });
    const reset = await adminA.send('POST', `/api/users/${userB.id}/reset-password`);
    const unlock = await adminA.send('POST', `/api/users/${userB.id}/unlock`);
    const resetMfa = await adminA.send('POST', `/api/users/${userB.id}/reset-mfa`);

    for (const res of [update, reset, unlock, resetMfa]) expectProblem(res, 404, 'not-found');
    const row = await t.database.db
      .selectFrom('users')
      .select(['display_name', 'password_must_change', 'mfa_enrolled_at'])
      .where('id', '=', userB.id)
      .executeTakeFirstOrThrow();
    expect(row.display_name).not.toBe('Changed');
    expect(row.password_must_change).toBe(false);
    expect(row.mfa_enrolled_at).not.toBeNull();
  });

  it('refuses to let an organisation administrator grant the system administrator role', async () => {
    const colleague = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });

    const created = await adminA.send(
      'POST',
      `/api/organisations/${orgA}/users`,
      newUserBody(['system_admin']),
    );
    const promoted = await adminA.send('PATCH', `/api/users/${colleague.id}`, {
      roles: ['case_worker', 'system_admin'],
    });

    expectProblem(created, 403, 'forbidden');
    expectProblem(promoted, 403, 'forbidden');
    const row = await t.database.db
      .selectFrom('users')
      .select('roles')
      .where('id', '=', colleague.id)
      .executeTakeFirstOrThrow();
    expect(row.roles).toEqual(['case_worker']);
  });

  it('lets a system administrator create a user in any organisation', async () => {
    const res = await systemAdmin.send('POST', `/api/organisations/${orgB}/users`, newUserBody());

    expect(res.statusCode).toBe(201);
    expect((res.json() as { user: StaffUser }).user.organisationId).toBe(orgB);
  });

  it('gives a created user a one-time temporary password that must be changed at first sign-in', async () => {
    const created = (await adminA.send('POST', `/api/organisations/${orgA}/users`, newUserBody())).json() as {
      user: StaffUser;
      temporaryPassword: string;
    };

    const first = await login(created.user.email, created.temporaryPassword);
    const cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
    const csrfToken = (first.json() as { csrfToken: string }).csrfToken;
    const refused = await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie } });
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: { currentPassword: created.temporaryPassword, newPassword: 'a lantern over the harbour wall' },
    });
    const again = await login(created.user.email, created.temporaryPassword);

    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ stage: 'password_change_required' });
    expectProblem(refused, 403, 'forbidden');
    expect(changed.statusCode).toBe(200);
    // A new account has no second factor yet: enrolment comes next.
    expect(changed.json()).toMatchObject({ stage: 'mfa_enrolment_required' });
    expectProblem(again, 401, 'invalid-credentials');
  });

  it('refuses a duplicate e-mail address with 409 pointing at body.email', async () => {
    const existing = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });

    const res = await adminA.send('POST', `/api/organisations/${orgA}/users`, {
      ...newUserBody(),
      email: existing.email.toUpperCase(),
    });

    const body = expectProblem(res, 409, 'conflict');
    const errors = body.errors as { path: string }[];
    expect(errors[0]?.path).toBe('body.email');
  });

  it('ends all sessions of a user whose roles change', async () => {
    const worker = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
    const session = await signIn(t, worker);
    expect((await session.get('/api/cases')).statusCode).toBe(200);

    const res = await adminA.send('PATCH', `/api/users/${worker.id}`, { roles: ['case_supervisor'] });

    expect(res.statusCode).toBe(200);
    expect((res.json() as StaffUser).roles).toEqual(['case_supervisor']);
    expectProblem(await session.get('/api/cases'), 401, 'unauthenticated');
  });

  it('keeps a user’s sessions when only their display name changes', async () => {
    const worker = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
    const session = await signIn(t, worker);

    const res = await adminA.send('PATCH', `/api/users/${worker.id}`, { displayName: 'Renamed Staff' });

    expect(res.statusCode).toBe(200);
    expect((await session.get('/api/cases')).statusCode).toBe(200);
  });

  it('refuses to let an administrator disable their own account', async () => {
    const res = await adminA.send('PATCH', `/api/users/${adminAUser.id}`, { disabled: true });

    expectProblem(res, 409, 'conflict');
    const row = await t.database.db
      .selectFrom('users')
      .select('disabled')
      .where('id', '=', adminAUser.id)
      .executeTakeFirstOrThrow();
    expect(row.disabled).toBe(false);
  });

  it('refuses sign-in to a disabled account', async () => {
    const worker = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
    const session = await signIn(t, worker);

    const res = await adminA.send('PATCH', `/api/users/${worker.id}`, { disabled: true });

    expect(res.statusCode).toBe(200);
    expectProblem(await session.get('/api/cases'), 401, 'unauthenticated');
    expectProblem(await login(worker.email, worker.password), 401, 'invalid-credentials');
  });
});

describe('audit of administration', () => {
  it('records every administrative change in the audit log, without e-mail addresses or names', async () => {
    const orgName = unique('Audited Organisation');
    const body = newUserBody();
    const target = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
    const writes: InjectResponse[] = [];
    const org = await systemAdmin.send('POST', '/api/organisations', {
      name: orgName,
      kind: 'ngo',
      country: 'AT',
      region: 'east',
      contactEmail: 'audited@org.example',
      contactPhone: '+000 555 0177',
    });
    writes.push(org);
    const orgId = (org.json() as Organisation).id;
    writes.push(await systemAdmin.send('PATCH', `/api/organisations/${orgId}`, { region: 'west' }));
    const created = await adminA.send('POST', `/api/organisations/${orgA}/users`, body);
    writes.push(created);
    const newUserId = (created.json() as { user: StaffUser }).user.id;
    writes.push(await adminA.send('PATCH', `/api/users/${newUserId}`, { displayName: 'Another Name' }));
    writes.push(await adminA.send('POST', `/api/users/${target.id}/reset-password`));
    writes.push(await adminA.send('POST', `/api/users/${target.id}/reset-mfa`));
    writes.push(await adminA.send('POST', `/api/users/${target.id}/unlock`));
    expect(writes.map((w) => w.statusCode)).toEqual([201, 200, 201, 200, 200, 204, 204]);

    const requestIds = writes.map((w) => String(w.headers['x-request-id']));
    const rows = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', 'in', requestIds)
      .orderBy('seq')
      .execute();

    expect(rows.map((r) => [r.request_id, r.action, r.outcome])).toEqual([
      [requestIds[0], 'organisation.create', 'success'],
      [requestIds[1], 'organisation.update', 'success'],
      [requestIds[2], 'user.create', 'success'],
      [requestIds[3], 'user.update', 'success'],
      [requestIds[4], 'user.reset_password', 'success'],
      [requestIds[5], 'user.reset_mfa', 'success'],
      [requestIds[6], 'user.unlock', 'success'],
    ]);
    expect(rows[2]?.resource_id).toBe(newUserId);
    const text = JSON.stringify(rows).toLowerCase();
    for (const secret of [
      orgName,
      'audited@org.example',
      '+000 555 0177',
      body.email,
      body.displayName,
      'Another Name',
      target.email,
    ]) {
      expect(text).not.toContain(secret.toLowerCase());
    }
  });

  it('records a refused administrative change as denied', async () => {
    const res = await adminA.send('POST', '/api/organisations', {
      name: unique('Refused'),
      kind: 'ngo',
      country: 'AT',
      region: 'east',
    });

    expectProblem(res, 403, 'forbidden');
    const row = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'actor_user_id'])
      .where('request_id', '=', String(res.headers['x-request-id']))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ action: 'organisation.create', outcome: 'denied', actor_user_id: adminAUser.id });
  });
});
