import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  nextClientAddress,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';

const PROBLEM_KEYS = [
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'requestId',
  'errors',
  'retryAfterSeconds',
];

let t: TestApp;
let worker: Client;

beforeAll(async () => {
  t = await startTestApp();
  const orgId = await t.createOrganisation('ngo');
  worker = await signIn(t, await t.createUser({ organisationId: orgId, roles: ['case_worker'] }));
});

afterAll(async () => {
  await t?.close();
});

/** A problem body holds only the documented members and nothing that looks like a stack trace. */
function expectCleanProblem(res: InjectResponse): void {
  const body = res.json() as Record<string, unknown>;
  for (const key of Object.keys(body)) expect(PROBLEM_KEYS).toContain(key);
  expect(res.body).not.toMatch(/\bat .+:\d+:\d+/);
  expect(res.body).not.toMatch(/node_modules|\/src\/|\.ts\b|stack/i);
  expect(body.requestId).toBe(res.headers['x-request-id']);
}

describe('problem details', () => {
  it('answers a malformed JSON body with 400, without echoing what was sent', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextClientAddress(),
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "echo-canary@test.example", "password": ',
    });

    expectProblem(res, 400, 'validation');
    expectCleanProblem(res);
    expect(res.body).not.toContain('echo-canary');
  });

  it.each(['application/x-www-form-urlencoded', 'application/xml'])(
    'answers a body sent as %s with 415',
    async (contentType) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: nextClientAddress(),
        headers: { 'content-type': contentType },
        payload: 'email=someone&password=secret',
      });

      expectProblem(res, 415, 'unsupported-media-type');
      expectCleanProblem(res);
    },
  );

  it('answers an unknown API path with 404 carrying the request id', async () => {
    const get = await t.app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' });
    const post = await worker.send('POST', '/api/no-such-thing', {});

    const body = expectProblem(get, 404, 'not-found');
    expect(body.instance).toBe('/api/no-such-thing');
    expectCleanProblem(get);
    expectProblem(post, 404, 'not-found');
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextClientAddress(),
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@test.example', password: 'x'.repeat(2 * 1024 * 1024) }),
    });

    expectProblem(res, 413, 'payload-too-large');
    expectCleanProblem(res);
  });

  it('answers an id that is not a UUID with a validation problem on the parameter', async () => {
    const res = await worker.get('/api/cases/not-a-uuid');

    const body = expectProblem(res, 400, 'validation');
    expectCleanProblem(res);
    expect((body.errors as { path: string }[]).map((e) => e.path)).toEqual(['params.id']);
  });

  it('answers a validation failure with field errors and no internals', async () => {
    const res = await worker.send('POST', '/api/cases', { person: { gender: 'female' }, region: '' });

    const body = expectProblem(res, 400, 'validation');
    expectCleanProblem(res);
    expect(Array.isArray(body.errors)).toBe(true);
  });
});

describe('service endpoints', () => {
  it('reports health with the database kind this run uses and the version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: process.env.OPENNRM_TEST_DATABASE_URL ? 'postgres' : 'pglite',
      version: t.config.version,
    });
  });

  it('publishes an OpenAPI 3.1 document that shows each route’s access policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });

    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, Record<string, { 'x-opennrm-policy'?: unknown }>>;
    };
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.paths['/api/cases']?.get?.['x-opennrm-policy']).toEqual({
      kind: 'resource',
      resource: 'case',
      action: 'list',
    });
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        where: `${method} ${path}`,
        policy: op['x-opennrm-policy'],
      })),
    );
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.filter((o) => o.policy === undefined).map((o) => o.where)).toEqual([]);
  });
});

describe('security headers', () => {
  it.each([
    ['an API answer', '/api/health'],
    ['a problem', '/api/no-such-thing'],
  ])('sends a strict content security policy and related headers with %s', async (_what, url) => {
    const res = await t.app.inject({ method: 'GET', url });

    const csp = String(res.headers['content-security-policy']);
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toBeDefined();
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
