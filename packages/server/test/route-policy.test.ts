import { randomUUID } from 'node:crypto';
import { ACTIONS, type Actor, RESOURCES, ROLES, type Role, scopesFor } from '@opennrm/core';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoutePolicy } from '../src/access/route-policy.js';
import { buildApp } from '../src/http/app.js';
import { createLogger } from '../src/platform/logger.js';
import {
  type Client,
  cookieFrom,
  type InjectResponse,
  nextClientAddress,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';

/**
 * Walks every route the server has, so a route added later is covered without anyone
 * remembering to add it here: no route without a policy, no anonymous access beyond
 * `public`, and every role the shared policy gives no scope is refused with 403.
 */

type Route = { method: HTTPMethods; url: string; policy: RoutePolicy };
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PROBLEM = 'https://opennrm.org/problems/';

let t: TestApp;
let orgId: string;
let routes: Route[];
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  orgId = await t.createOrganisation('ngo');
  routes = [...t.app.routePolicies.entries()].map(([key, policy]) => {
    const [method, url] = key.split(' ') as [HTTPMethods, string];
    return { method, url, policy };
  });
  for (const role of ROLES) {
    clients.set(role, await signIn(t, await t.createUser({ organisationId: orgId, roles: [role] })));
  }
});

afterAll(async () => {
  await t?.close();
});

/** A concrete URL for a route pattern: every parameter a random UUID (no such record exists). */
function concrete(url: string): string {
  return url.replace(/:[A-Za-z_]+/g, () => randomUUID()).replace(/\*$/, 'x');
}

function call(route: Route, headers: Record<string, string> = {}): Promise<InjectResponse> {
  return t.app.inject({
    method: route.method,
    url: concrete(route.url),
    headers,
    // An empty object: refusals must not depend on what the body holds.
    ...(WRITE_METHODS.has(route.method) ? { payload: {} } : {}),
  });
}

/** "status type" of a response, for readable failure lists; HEAD answers carry no body. */
function outcome(res: InjectResponse, method: string): string {
  if (method === 'HEAD' || res.body === '') return String(res.statusCode);
  const type = String((res.json() as { type?: unknown }).type ?? '');
  return `${res.statusCode} ${type.replace(PROBLEM, '')}`;
}

function expected(status: number, type: string, method: string): string {
  return method === 'HEAD' ? String(status) : `${status} ${type}`;
}

/** Parses `printRoutes()` (a tree of path segments) into method + full path pairs. */
function printedRoutes(tree: string): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const branch = line.search(/[├└]── /);
    if (branch < 0) continue;
    const depth = Math.floor(branch / 4);
    const match = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line.slice(branch + 4));
    const path = (stack[depth - 1] ?? '') + (match?.[1] ?? '');
    stack.length = depth;
    stack.push(path);
    for (const method of match?.[2]?.split(', ') ?? []) out.push({ method, path });
  }
  return out;
}

describe('declared route policies', () => {
  it('declares a well-formed policy for every route', () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const { method, url, policy } of routes) {
      const where = `${method} ${url}`;
      if (policy.kind === 'resource') {
        expect(RESOURCES, where).toContain(policy.resource);
        expect(ACTIONS, where).toContain(policy.action);
      } else {
        expect(['public', 'session'], where).toContain(policy.kind);
        expect(policy.why.trim().length, where).toBeGreaterThan(3);
      }
    }
  });

  it('knows a policy for every route the router serves', () => {
    const served = printedRoutes(t.app.printRoutes({ commonPrefix: false }));
    const known = (method: string, path: string): boolean =>
      t.app.routePolicies.has(`${method} ${path}`) ||
      // printRoutes shows a wildcard under its nearest printed ancestor
      (path.endsWith('*') &&
        routes.some(
          (r) => r.method === method && r.url.endsWith('*') && r.url.startsWith(path.slice(0, -1)),
        ));

    expect(served).toContainEqual({ method: 'GET', path: '/api/cases/:id' });
    expect(served.filter((r) => !known(r.method, r.path))).toEqual([]);
    expect(served).toHaveLength(t.app.routePolicies.size);
  });

  it('refuses to start a server with a route that declares no policy', async () => {
    const app = await buildApp({
      database: t.database,
      keyring: t.keyring,
      config: t.config,
      demoMode: false,
      logger: createLogger('silent'),
    });
    let failure: unknown = null;
    try {
      app.get('/api/unguarded', async () => ({ secret: true }));
      await app.ready();
    } catch (error) {
      failure = error;
    }
    await app.close().catch(() => undefined);

    expect(String(failure)).toMatch(/GET \/api\/unguarded declares no access policy/);
  });
});

describe('deny matrix', () => {
  it('answers every non-public route without a session with 401', async () => {
    const guarded = routes.filter((r) => r.policy.kind !== 'public');
    const failures: string[] = [];

    for (const route of guarded) {
      const res = await call(route);
      const got = outcome(res, route.method);
      if (got !== expected(401, 'unauthenticated', route.method))
        failures.push(`${route.method} ${route.url}: ${got}`);
    }

    expect(guarded.length).toBeGreaterThan(15);
    expect(failures).toEqual([]);
  });

  it('answers every resource route with 403 for each role the shared policy gives no scope', async () => {
    const checked: string[] = [];
    const failures: string[] = [];

    for (const route of routes) {
      const { policy } = route;
      if (policy.kind !== 'resource') continue;
      for (const role of ROLES) {
        const actor: Actor = {
          userId: randomUUID(),
          organisationId: orgId,
          roles: [role],
          mfaVerified: true,
        };
        if (scopesFor(actor, policy.resource, policy.action).length > 0) continue;
        const client = clients.get(role);
        if (!client) throw new Error(`no client for ${role}`);
        const res = await call(route, { cookie: client.cookie, 'x-csrf-token': client.csrfToken });
        const got = outcome(res, route.method);
        checked.push(`${role} ${route.method} ${route.url}`);
        if (got !== expected(403, 'forbidden', route.method)) {
          failures.push(`${role} ${route.method} ${route.url}: ${got}`);
        }
      }
    }

    expect(checked).toEqual(
      expect.arrayContaining([
        'analyst GET /api/cases',
        'analyst GET /api/persons/:id',
        'system_admin GET /api/persons/:id',
        'system_admin POST /api/cases',
        'organisation_admin POST /api/organisations',
        'case_worker GET /api/audit',
        'guardian POST /api/cases',
      ]),
    );
    expect(checked.length).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });

  it('answers every resource route with 401 mfa-required before the second factor', async () => {
    const user = await t.createUser({ organisationId: orgId, roles: ['case_worker'] });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextClientAddress(),
      payload: { email: user.email, password: user.password },
    });
    const csrfToken = (login.json() as { csrfToken: string }).csrfToken;
    const failures: string[] = [];

    for (const route of routes.filter((r) => r.policy.kind === 'resource')) {
      const res = await call(route, { cookie: cookieFrom(login), 'x-csrf-token': csrfToken });
      const got = outcome(res, route.method);
      if (got !== expected(401, 'mfa-required', route.method))
        failures.push(`${route.method} ${route.url}: ${got}`);
    }

    expect(login.json()).toMatchObject({ stage: 'mfa_required' });
    expect(failures).toEqual([]);
  });

  it('answers every resource route with 403 while a temporary password is not yet changed', async () => {
    const user = await t.createUser({ organisationId: orgId, roles: ['case_supervisor', 'system_admin'] });
    await t.database.db
      .updateTable('users')
      .set({ password_must_change: true })
      .where('id', '=', user.id)
      .execute();
    const client = await signIn(t, user);
    const failures: string[] = [];

    for (const route of routes.filter((r) => r.policy.kind === 'resource')) {
      const res = await call(route, { cookie: client.cookie, 'x-csrf-token': client.csrfToken });
      const got = outcome(res, route.method);
      if (got !== expected(403, 'forbidden', route.method))
        failures.push(`${route.method} ${route.url}: ${got}`);
    }

    expect(failures).toEqual([]);
  });

  it('answers every state-changing route behind a session with 403 csrf when the token is missing', async () => {
    // A role with the widest write rights, so the CSRF check is the only thing in the way.
    const client = clients.get('system_admin');
    if (!client) throw new Error('no system_admin client');
    const writes = routes.filter((r) => r.policy.kind !== 'public' && WRITE_METHODS.has(r.method));
    const failures: string[] = [];

    for (const route of writes) {
      const res = await call(route, { cookie: client.cookie });
      const got = outcome(res, route.method);
      if (got !== '403 csrf') failures.push(`${route.method} ${route.url}: ${got}`);
    }

    expect(writes.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
