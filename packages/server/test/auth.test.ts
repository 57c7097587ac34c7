import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSession } from '../src/access/schemas.js';
import { type App, buildApp } from '../src/http/app.js';
import { createLogger } from '../src/platform/logger.js';
import {
  cookieFrom,
  expectProblem,
  type InjectResponse,
  nextClientAddress,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
} from './helpers/app.js';

type SignedIn = Extract<TSession, { authenticated: true }>;
type Pending = { cookie: string; csrfToken: string; stage: SignedIn['stage']; app: App };

let t: TestApp;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = await t.createOrganisation('ngo');
});

afterAll(async () => {
  await t?.close();
});

function login(email: string, password: string, app: App = t.app): Promise<InjectResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: nextClientAddress(),
    payload: { email, password },
  });
}

/** First step only: password accepted, whatever stage the session is in. */
async function startSignIn(user: { email: string; password: string }, app: App = t.app): Promise<Pending> {
  const res = await login(user.email, user.password, app);
  expect(res.statusCode).toBe(200);
  const session = res.json() as SignedIn;
  return { cookie: cookieFrom(res), csrfToken: session.csrfToken, stage: session.stage, app };
}

function verifyCode(p: Pending, code: string): Promise<InjectResponse> {
  return p.app.inject({
    method: 'POST',
    url: '/api/auth/mfa/verify',
    remoteAddress: nextClientAddress(),
    headers: { cookie: p.cookie, 'x-csrf-token': p.csrfToken },
    payload: { code },
  });
}

function getCases(cookie: string, app: App = t.app): Promise<InjectResponse> {
  return app.inject({ method: 'GET', url: '/api/cases', headers: { cookie } });
}

/** A six-digit code that is valid for none of the steps around now. */
async function wrongCode(secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const valid = new Set(
    await Promise.all([-60, -30, 0, 30, 60].map((offset) => generate({ secret, epoch: now + offset }))),
  );
  let n = Number.parseInt([...valid][0] ?? '0', 10);
  let code: string;
  do {
    n = (n + 1) % 1_000_000;
    code = String(n).padStart(6, '0');
  } while (valid.has(code));
  return code;
}

async function caseWorker(options: { mfa?: boolean; demo?: boolean } = {}): Promise<TestUser> {
  return t.createUser({ organisationId: orgId, roles: ['case_worker'], ...options });
}

/** Enrols a user who has no second factor yet, as the web app would. */
async function enrol(user: TestUser): Promise<{ secret: string; recoveryCodes: string[]; pending: Pending }> {
  const pending = await startSignIn(user);
  expect(pending.stage).toBe('mfa_enrolment_required');
  const headers = { cookie: pending.cookie, 'x-csrf-token': pending.csrfToken };
  const started = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment', headers });
  expect(started.statusCode).toBe(200);
  const { secret } = started.json() as { secret: string };
  const confirmed = await t.app.inject({
    method: 'POST',
    url: '/api/auth/mfa/enrolment/confirm',
    headers,
    payload: { code: await generate({ secret }) },
  });
  expect(confirmed.statusCode).toBe(200);
  const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
  return { secret, recoveryCodes, pending };
}

describe('password sign-in', () => {
  it('refuses a wrong password with invalid-credentials', async () => {
    const user = await caseWorker();

    const res = await login(user.email, 'not the right password');

    expectProblem(res, 401, 'invalid-credentials');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers an unknown e-mail exactly like a wrong password, so accounts cannot be enumerated', async () => {
    const user = await caseWorker();

    const wrongPassword = await login(user.email, 'not the right password');
    const unknownEmail = await login('nobody-here@test.example', 'not the right password');

    expectProblem(unknownEmail, 401, 'invalid-credentials');
    const strip = (res: InjectResponse): Record<string, unknown> => {
      const { requestId: _requestId, ...rest } = res.json() as Record<string, unknown>;
      return rest;
    };
    expect(strip(unknownEmail)).toEqual(strip(wrongPassword));
    expect(unknownEmail.headers['content-type']).toBe(wrongPassword.headers['content-type']);
  });

  it('locks the account after the configured number of failures, with retryAfterSeconds', async () => {
    const user = await caseWorker();
    const max = t.config.loginMaxFailures;

    for (let i = 1; i < max; i++)
      expectProblem(await login(user.email, `wrong ${i}`), 401, 'invalid-credentials');
    const locked = await login(user.email, 'wrong again');

    const body = expectProblem(locked, 423, 'account-locked');
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(t.config.lockoutSeconds);
  });

  it('refuses even the right password while the account is locked', async () => {
    const user = await caseWorker();
    for (let i = 0; i < t.config.loginMaxFailures; i++) await login(user.email, `wrong ${i}`);

    const res = await login(user.email, user.password);

    expectProblem(res, 423, 'account-locked');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('lets a locked-out user in again once an administrator of their organisation unlocks them', async () => {
    const user = await caseWorker();
    for (let i = 0; i < t.config.loginMaxFailures; i++) await login(user.email, `wrong ${i}`);
    const admin = await signIn(
      t,
      await t.createUser({ organisationId: orgId, roles: ['organisation_admin'] }),
    );

    const unlocked = await admin.send('POST', `/api/users/${user.id}/unlock`);
    const res = await login(user.email, user.password);

    expect(unlocked.statusCode).toBe(204);
    expect(res.statusCode).toBe(200);
    expect((res.json() as SignedIn).authenticated).toBe(true);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict', async () => {
    const user = await caseWorker();

    const res = await login(user.email, user.password);

    const raw = res.headers['set-cookie'];
    const cookie = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
    expect(cookie).toMatch(/^nrm_session=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });
});

describe('second factor', () => {
  it('asks a role that sees personal data for a second factor before any case data', async () => {
    const user = await caseWorker();

    const pending = await startSignIn(user);
    const res = await getCases(pending.cookie);

    expect(pending.stage).toBe('mfa_required');
    expectProblem(res, 401, 'mfa-required');
  });

  it('accepts a valid TOTP code, after which cases are served', async () => {
    const user = await caseWorker();
    const pending = await startSignIn(user);

    const verified = await verifyCode(pending, await generate({ secret: user.totpSecret ?? '' }));
    const res = await getCases(pending.cookie);

    expect(verified.statusCode).toBe(200);
    expect((verified.json() as SignedIn).stage).toBe('ready');
    expect(res.statusCode).toBe(200);
  });

  it('refuses a wrong code with invalid-code and keeps the session unverified', async () => {
    const user = await caseWorker();
    const pending = await startSignIn(user);

    const res = await verifyCode(pending, await wrongCode(user.totpSecret ?? ''));

    expectProblem(res, 401, 'invalid-code');
    expectProblem(await getCases(pending.cookie), 401, 'mfa-required');
  });

  it('refuses a code that was already used, even in a new session (replay)', async () => {
    const user = await caseWorker();
    const code = await generate({ secret: user.totpSecret ?? '' });
    const first = await startSignIn(user);
    expect((await verifyCode(first, code)).statusCode).toBe(200);
    const second = await startSignIn(user);

    const replay = await verifyCode(second, code);

    expectProblem(replay, 401, 'invalid-code');
    expectProblem(await getCases(second.cookie), 401, 'mfa-required');
  });

  it('enrols a user without a second factor: QR code, secret, confirmation, ten recovery codes', async () => {
    const user = await caseWorker({ mfa: false });
    const pending = await startSignIn(user);
    const headers = { cookie: pending.cookie, 'x-csrf-token': pending.csrfToken };
    expect(pending.stage).toBe('mfa_enrolment_required');
    expectProblem(await getCases(pending.cookie), 401, 'mfa-required');

    const started = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment', headers });
    const material = started.json() as { otpauthUri: string; qrCodeDataUrl: string; secret: string };
    const badConfirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/enrolment/confirm',
      headers,
      payload: { code: await wrongCode(material.secret) },
    });
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/enrolment/confirm',
      headers,
      payload: { code: await generate({ secret: material.secret }) },
    });

    expect(started.statusCode).toBe(200);
    expect(material.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(material.otpauthUri).toContain(`secret=${material.secret}`);
    expect(material.qrCodeDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]{100,}/);
    expectProblem(badConfirm, 401, 'invalid-code');
    expect(confirmed.statusCode).toBe(200);
    const body = confirmed.json() as { recoveryCodes: string[]; session: SignedIn };
    expect(body.recoveryCodes).toHaveLength(10);
    expect(new Set(body.recoveryCodes).size).toBe(10);
    expect(body.session.stage).toBe('ready');
    expect(body.session.user.mfaEnrolled).toBe(true);
    expect((await getCases(pending.cookie)).statusCode).toBe(200);
  });

  it('accepts a recovery code once and refuses it the second time', async () => {
    const user = await caseWorker({ mfa: false });
    const { recoveryCodes } = await enrol(user);
    const [code, otherCode] = recoveryCodes;

    const first = await startSignIn(user);
    const firstUse = await verifyCode(first, code ?? '');
    const second = await startSignIn(user);
    const secondUse = await verifyCode(second, code ?? '');
    const another = await verifyCode(second, otherCode ?? '');

    expect(first.stage).toBe('mfa_required');
    expect(firstUse.statusCode).toBe(200);
    expect((firstUse.json() as SignedIn).stage).toBe('ready');
    expectProblem(secondUse, 401, 'invalid-code');
    expect(another.statusCode).toBe(200);
  });

  it('lets an analyst in without a second factor', async () => {
    const analyst = await t.createUser({ organisationId: orgId, roles: ['analyst'], mfa: false });

    const pending = await startSignIn(analyst);

    expect(pending.stage).toBe('ready');
  });

  it('requires a second factor from an analyst who also holds a case role', async () => {
    const user = await t.createUser({ organisationId: orgId, roles: ['analyst', 'case_worker'], mfa: false });

    const pending = await startSignIn(user);

    expect(pending.stage).toBe('mfa_enrolment_required');
  });

  describe('demo accounts', () => {
    let demoApp: App;

    beforeAll(async () => {
      // A second server on the same database, started in demo mode.
      demoApp = await buildApp({
        database: t.database,
        keyring: t.keyring,
        config: t.config,
        demoMode: true,
        logger: createLogger('silent'),
      });
      await demoApp.ready();
    });

    afterAll(async () => {
      await demoApp?.close();
    });

    it('skip the second factor when the server runs in demo mode', async () => {
      const demoUser = await caseWorker({ mfa: false, demo: true });

      const pending = await startSignIn(demoUser, demoApp);

      expect(pending.stage).toBe('ready');
      expect((await getCases(pending.cookie, demoApp)).statusCode).toBe(200);
    });

    it('do not skip the second factor when the server is not in demo mode', async () => {
      const demoUser = await caseWorker({ mfa: false, demo: true });

      const pending = await startSignIn(demoUser);

      expect(pending.stage).toBe('mfa_enrolment_required');
      expectProblem(await getCases(pending.cookie), 401, 'mfa-required');
    });

    it('do not exempt ordinary accounts from the second factor in demo mode', async () => {
      const ordinary = await caseWorker({ demo: false });

      const pending = await startSignIn(ordinary, demoApp);

      expect(pending.stage).toBe('mfa_required');
      expectProblem(await getCases(pending.cookie, demoApp), 401, 'mfa-required');
    });

    it('tell the web app whether the signed-in account is a demo account', async () => {
      const demoUser = await caseWorker({ mfa: false, demo: true });
      const ordinary = await caseWorker({ demo: false });

      const asDemo = (await login(demoUser.email, demoUser.password, demoApp)).json() as SignedIn;
      const asOrdinary = (await login(ordinary.email, ordinary.password, demoApp)).json() as SignedIn;

      expect([asDemo.demoMode, asDemo.user.demo]).toEqual([true, true]);
      expect([asOrdinary.demoMode, asOrdinary.user.demo]).toEqual([true, false]);
    });
  });
});

describe('sessions', () => {
  async function setSession(userId: string, values: { last_seen_at?: Date; absolute_expires_at?: Date }) {
    await t.database.db.updateTable('sessions').set(values).where('user_id', '=', userId).execute();
  }

  it('ends a session that was idle for longer than the idle limit', async () => {
    const user = await caseWorker();
    const client = await signIn(t, user);
    expect((await client.get('/api/cases')).statusCode).toBe(200);

    await setSession(user.id, {
      last_seen_at: new Date(Date.now() - (t.config.sessionIdleSeconds + 60) * 1000),
    });
    const res = await client.get('/api/cases');

    expectProblem(res, 401, 'session-expired');
  });

  it('ends a session past its absolute lifetime even when it was just used', async () => {
    const user = await caseWorker();
    const client = await signIn(t, user);

    await setSession(user.id, { last_seen_at: new Date(), absolute_expires_at: new Date(Date.now() - 1000) });
    const res = await client.get('/api/cases');

    expectProblem(res, 401, 'session-expired');
  });

  it('ends the session on logout: the cookie no longer works', async () => {
    const client = await signIn(t, await caseWorker());

    const out = await client.send('POST', '/api/auth/logout');
    const res = await client.get('/api/cases');
    const session = await client.get('/api/auth/session');

    expect(out.statusCode).toBe(204);
    expectProblem(res, 401, 'unauthenticated');
    expect(session.json()).toMatchObject({ authenticated: false });
  });

  it('ends every session of the user on logout-everywhere, and no one else’s', async () => {
    const user = await caseWorker();
    const here = await signIn(t, user);
    const elsewhere = await signIn(t, user);
    const colleague = await signIn(t, await caseWorker());

    const out = await here.send('POST', '/api/auth/logout-everywhere');

    expect(out.statusCode).toBe(204);
    expectProblem(await here.get('/api/cases'), 401, 'unauthenticated');
    expectProblem(await elsewhere.get('/api/cases'), 401, 'unauthenticated');
    expect((await colleague.get('/api/cases')).statusCode).toBe(200);
  });

  it('refuses a state-changing request without a CSRF token', async () => {
    const client = await signIn(t, await caseWorker());

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      headers: { cookie: client.cookie },
    });

    expectProblem(res, 403, 'csrf');
    expect((await client.get('/api/cases')).statusCode).toBe(200);
  });

  it('refuses a state-changing request with a wrong CSRF token', async () => {
    const client = await signIn(t, await caseWorker());

    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/me/locale',
      headers: { cookie: client.cookie, 'x-csrf-token': `${client.csrfToken.slice(1)}x` },
      payload: { locale: 'uk' },
    });

    expectProblem(res, 403, 'csrf');
    const locale = await t.database.db
      .selectFrom('users')
      .select('locale')
      .where('email', '=', (await client.get('/api/auth/session')).json<SignedIn>().user.email)
      .executeTakeFirstOrThrow();
    expect(locale.locale).toBe('en');
  });

  it('refuses a resource write carrying another session’s CSRF token', async () => {
    const mine = await signIn(t, await caseWorker());
    const theirs = await signIn(t, await caseWorker());

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: mine.cookie, 'x-csrf-token': theirs.csrfToken },
      payload: {},
    });

    expectProblem(res, 403, 'csrf');
  });
});

describe('temporary passwords', () => {
  async function resetByAdmin(user: TestUser): Promise<string> {
    const admin = await signIn(
      t,
      await t.createUser({ organisationId: orgId, roles: ['organisation_admin'] }),
    );
    const res = await admin.send('POST', `/api/users/${user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    return (res.json() as { temporaryPassword: string }).temporaryPassword;
  }

  it('keeps a user with a temporary password away from resources until they choose a new one', async () => {
    const user = await caseWorker();
    const temporaryPassword = await resetByAdmin(user);

    const oldPassword = await login(user.email, user.password);
    const pending = await startSignIn({ email: user.email, password: temporaryPassword });
    const refused = await getCases(pending.cookie);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: pending.cookie, 'x-csrf-token': pending.csrfToken },
      payload: { currentPassword: temporaryPassword, newPassword: 'seven quiet rivers under old bridges' },
    });

    expectProblem(oldPassword, 401, 'invalid-credentials');
    expect(pending.stage).toBe('password_change_required');
    expectProblem(refused, 403, 'forbidden');
    expect(changed.statusCode).toBe(200);
    // The password is changed; the second factor is still asked for in this session.
    expect((changed.json() as SignedIn).stage).toBe('mfa_required');
    const verified = await verifyCode(pending, await generate({ secret: user.totpSecret ?? '' }));
    expect((verified.json() as SignedIn).stage).toBe('ready');
    expect((await getCases(pending.cookie)).statusCode).toBe(200);
    expect((await login(user.email, 'seven quiet rivers under old bridges')).statusCode).toBe(200);
  });

  it('refuses a weak new password with a validation problem that points at the field', async () => {
    const user = await caseWorker();
    const temporaryPassword = await resetByAdmin(user);
    const pending = await startSignIn({ email: user.email, password: temporaryPassword });

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: pending.cookie, 'x-csrf-token': pending.csrfToken },
      payload: { currentPassword: temporaryPassword, newPassword: 'short' },
    });

    const body = expectProblem(res, 400, 'validation');
    expect(body.errors).toEqual([{ path: 'body.newPassword', message: expect.any(String) }]);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: pending.cookie },
    });
    expect((after.json() as SignedIn).stage).toBe('password_change_required');
  });
});

describe('rate limiting', () => {
  it('answers sign-in attempts beyond the limit from one address with a rate-limited problem', async () => {
    const remoteAddress = '192.0.2.77';
    const attempt = (): Promise<InjectResponse> =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { email: 'nobody-here@test.example', password: 'whatever it is' },
      });
    const statuses: number[] = [];

    let last: InjectResponse | undefined;
    for (let i = 0; i < 30 && last?.statusCode !== 429; i++) {
      last = await attempt();
      statuses.push(last.statusCode);
    }

    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(statuses.length).toBeGreaterThan(1);
    if (!last) throw new Error('no attempt was made');
    expectProblem(last, 429, 'rate-limited');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expectProblem(await login('nobody-here@test.example', 'whatever it is'), 401, 'invalid-credentials');
  });
});
