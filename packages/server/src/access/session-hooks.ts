import { scopesFor } from '@opennrm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/index.js';
import { Problem, problems } from '../http/problem.js';
import { actorFor, sessionStage } from './session-stage.js';
import { csrfMatches, findSession, SESSION_COOKIE } from './sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reads the session cookie (if any) into the request context. */
export async function resolveSession(req: FastifyRequest): Promise<void> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return;
  const { database, config, demoMode } = req.server.deps;
  const found = await findSession(database.db, token, {
    idleSeconds: config.sessionIdleSeconds,
    absoluteSeconds: config.sessionAbsoluteSeconds,
  });
  if (found.status === 'expired') {
    req.ctx.sessionExpired = true;
    return;
  }
  if (found.status !== 'active') return;
  const { session } = found;
  req.ctx.session = session;
  req.ctx.stage = sessionStage(session.user, session.mfaVerified, demoMode);
  req.ctx.actor = actorFor(session.user, session.mfaVerified, demoMode);
  req.log = req.log.child({ userId: session.user.id, orgId: session.user.organisation_id });
}

/**
 * Enforces the route's declared policy before validation and the handler. Handlers of
 * `resource` routes still check the instance (relationship) through the evaluator.
 */
export async function enforceRoutePolicy(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  // No route matched: the not-found handler answers 404 (or the web app's index.html),
  // which reveals nothing, to anyone.
  if (req.is404) return;
  const policy = req.routeOptions.config.policy;
  if (!policy) throw problems.forbidden();
  if (policy.kind === 'public') return;

  const { session, stage, actor } = req.ctx;
  if (!session || !stage || !actor) {
    if (req.ctx.sessionExpired)
      throw new Problem(401, 'session-expired', 'Your session has ended. Please sign in again.');
    throw problems.unauthenticated();
  }
  // CSRF: cookie sessions + SameSite=Strict, and a per-session token on every write.
  if (
    !SAFE_METHODS.has(req.method) &&
    !csrfMatches(session.csrfToken, req.headers['x-csrf-token'] as string | undefined)
  ) {
    throw new Problem(403, 'csrf', 'This request could not be verified. Reload the page and try again.');
  }
  if (policy.kind === 'session') return;

  if (stage === 'password_change_required') {
    throw new Problem(403, 'forbidden', 'Please change your temporary password first.');
  }
  if (stage !== 'ready') throw problems.mfaRequired();
  if (scopesFor(actor, policy.resource, policy.action).length === 0) {
    await appendAudit(req.server.deps.database.db, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: `${policy.resource}.${policy.action}`,
      resourceType: policy.resource,
      outcome: 'denied',
      requestId: req.id,
      details: { reason: 'no_rule' },
    });
    throw problems.forbidden();
  }
}
