import type { Action, Resource } from '@opennrm/core';

/**
 * Every route declares who may call it. There is no default: a route without a
 * declared policy makes the server refuse to start (see http/app.ts), and a test
 * walks every route to check the same.
 *
 * - `public`: anyone, signed in or not (health, login, API docs, the web app's files).
 * - `session`: a signed-in user at any stage of sign-in (e.g. MFA enrolment, own password).
 * - `resource`: a fully signed-in user (MFA passed where required) whose roles give
 *   some scope for `action` on `resource` in the shared policy. The handler then
 *   resolves its relationship to the instance and calls `authorizeInstance`.
 */
export type RoutePolicy =
  | { readonly kind: 'public'; readonly why: string }
  | { readonly kind: 'session'; readonly why: string }
  | { readonly kind: 'resource'; readonly resource: Resource; readonly action: Action };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

/** Routes added by third-party plugins (docs UI, static files) and why they are public. */
export const PUBLIC_ROUTE_PREFIXES: readonly { prefix: string; why: string }[] = [
  { prefix: '/api/docs', why: 'API documentation UI, no data' },
  { prefix: '/*', why: 'web app files (static, no data)' },
];

export function policyFor(url: string, declared: RoutePolicy | undefined): RoutePolicy | undefined {
  if (declared) return declared;
  const match = PUBLIC_ROUTE_PREFIXES.find((p) => url.startsWith(p.prefix));
  return match ? { kind: 'public', why: match.why } : undefined;
}
