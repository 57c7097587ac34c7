import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { OrganisationKind, Role } from '@opennrm/core';
import { generate } from 'otplib';
import { expect } from 'vitest';
import { hashPassword } from '../../src/access/passwords.js';
import { newTotpSecret } from '../../src/access/totp.js';
import { sealUserSecret } from '../../src/access/user-secrets.js';
import { insertPerson, type PersonIdentity } from '../../src/cases/person-store.js';
import { type Keyring, loadKeyring } from '../../src/crypto/index.js';
import type { Database } from '../../src/db/connect.js';
import { type App, buildApp } from '../../src/http/app.js';
import { type Config, loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { openTestDatabase } from './database.js';

export type TestUser = {
  id: string;
  email: string;
  password: string;
  organisationId: string;
  roles: Role[];
  totpSecret: string | null;
};

export type TestApp = {
  app: App;
  database: Database;
  keyring: Keyring;
  logs: string[];
  config: Config;
  createOrganisation(kind?: OrganisationKind, name?: string): Promise<string>;
  createUser(input: {
    organisationId: string;
    roles: Role[];
    mfa?: boolean;
    demo?: boolean;
  }): Promise<TestUser>;
  createCase(input: {
    leadOrgId: string;
    teamOrgIds?: string[];
    identity?: Partial<PersonIdentity>;
    gender?: string;
  }): Promise<{ caseId: string; personId: string }>;
  close(): Promise<void>;
};

/**
 * A distinct client address per call. Sign-in routes are rate limited per address, so
 * helpers that sign in many times use a fresh one each time; a test of the limit
 * itself keeps one fixed address.
 */
let addressCounter = 0;
export function nextClientAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

export async function startTestApp(
  options: {
    demoMode?: boolean;
    env?: Record<string, string>;
    /** An already migrated database to use instead of a fresh one (closed by `close()`). */
    database?: Database;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase());
  const keyring = await loadKeyring({ masterKey: randomBytes(32).toString('base64') });
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString('utf8'));
      cb();
    },
  });
  const config = loadConfig({ LOG_LEVEL: 'info', OPENNRM_WEB_DIST: '/nonexistent', ...options.env });
  const logger = createLogger('info', stream);
  const app = await buildApp({ database, keyring, config, demoMode: options.demoMode ?? false, logger });
  await app.ready();
  const passwordHashes = new Map<string, string>();

  return {
    app,
    database,
    keyring,
    logs,
    config,
    async createOrganisation(kind = 'ngo', name) {
      const id = randomUUID();
      await database.db
        .insertInto('organisations')
        .values({
          id,
          name: name ?? `Test ${kind} ${id.slice(0, 6)}`,
          kind,
          country: 'AT',
          region: 'capital',
        })
        .execute();
      return id;
    },
    async createUser({ organisationId, roles, mfa = true, demo = false }) {
      const id = randomUUID();
      const password = 'correct horse battery staple';
      let hash = passwordHashes.get(password);
      if (!hash) {
        hash = await hashPassword(password);
        passwordHashes.set(password, hash);
      }
      const email = `user-${id.slice(0, 8)}@test.example`;
      await database.db
        .insertInto('users')
        .values({
          id,
          organisation_id: organisationId,
          email,
          display_name: `Staff ${id.slice(0, 4)}`,
          roles,
          password_hash: hash,
          demo,
        })
        .execute();
      let totpSecret: string | null = null;
      if (mfa) {
        totpSecret = newTotpSecret();
        const sealed = await sealUserSecret(database.db, keyring, id, 'totp_secret_enc', totpSecret);
        await database.db
          .updateTable('users')
          .set({ totp_secret_enc: sealed, mfa_enrolled_at: new Date() })
          .where('id', '=', id)
          .execute();
      }
      return { id, email, password, organisationId, roles, totpSecret };
    },
    async createCase({ leadOrgId, teamOrgIds = [leadOrgId], identity = {}, gender = 'female' }) {
      const personId = randomUUID();
      const caseId = randomUUID();
      await database.db.transaction().execute(async (trx) => {
        await insertPerson(trx, keyring, {
          id: personId,
          identity: {
            givenName: 'Test',
            familyName: 'Person',
            aliases: [],
            dateOfBirth: '1990-02-03',
            contact: { phone: '+000 555 0101' },
            address: '1 Test Street',
            identityDocuments: [],
            ...identity,
          },
          demographics: {
            gender,
            birthYear: 1990,
            ageUncertain: false,
            nationality: 'UA',
            languages: ['uk'],
            preferredLanguage: 'uk',
          },
          createdByOrgId: leadOrgId,
        });
        await trx
          .insertInto('cases')
          .values({
            id: caseId,
            reference: `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
            person_id: personId,
            stage: 'referred',
            is_child: false,
            exploitation_forms: ['forced_labour'],
            region: 'capital',
            referring_org_id: leadOrgId,
            lead_org_id: leadOrgId,
            first_contact_at: new Date(),
          })
          .execute();
        for (const org of teamOrgIds) {
          await trx
            .insertInto('case_team')
            .values({ case_id: caseId, organisation_id: org, purpose: 'assistance' })
            .execute();
        }
      });
      return { caseId, personId };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: keeps the session cookie and CSRF token like the web app does. */
export type Client = {
  cookie: string;
  csrfToken: string;
  get(url: string): Promise<ReturnType<App['inject']> extends Promise<infer R> ? R : never>;
  send(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<Awaited<ReturnType<App['inject']>>>;
};

export function cookieFrom(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers['set-cookie'];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return typeof first === 'string' ? (first.split(';')[0] ?? '') : '';
}

export async function signIn(t: TestApp, user: TestUser): Promise<Client> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: nextClientAddress(),
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieFrom(res);
  let session = res.json() as { stage: string; csrfToken: string };
  if (session.stage === 'mfa_required' && user.totpSecret) {
    await t.database.db
      .updateTable('users')
      .set({ totp_last_step: null })
      .where('id', '=', user.id)
      .execute();
    const code = await generate({ secret: user.totpSecret });
    const mfa = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      remoteAddress: nextClientAddress(),
      headers: { cookie, 'x-csrf-token': session.csrfToken },
      payload: { code },
    });
    if (mfa.statusCode !== 200) throw new Error(`mfa failed: ${mfa.statusCode} ${mfa.body}`);
    session = mfa.json();
  }
  const csrfToken = session.csrfToken;
  return {
    cookie,
    csrfToken,
    get: (url) => t.app.inject({ method: 'GET', url, headers: { cookie } }),
    send: (method, url, body) =>
      t.app.inject({
        method,
        url,
        headers: { cookie, 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

export type InjectResponse = Awaited<ReturnType<App['inject']>>;

/** Asserts an RFC 9457 problem of this status and type (the last segment of the type URL). */
export function expectProblem(res: InjectResponse, status: number, type: string): Record<string, unknown> {
  expect({ status: res.statusCode, body: res.body }).toMatchObject({ status });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(body.type).toBe(`https://opennrm.org/problems/${type}`);
  expect(body.status).toBe(status);
  expect(typeof body.requestId).toBe('string');
  return body;
}
