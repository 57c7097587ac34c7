import {
  type Action,
  type Actor,
  authorize,
  type Decision,
  type Relationship,
  type Resource,
  scopesFor,
} from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/index.js';
import { Problem, problems } from '../http/problem.js';

/** The signed-in, fully verified actor of a request; routes with a `resource` policy always have one. */
export function requireActor(req: FastifyRequest): Actor {
  const actor = req.ctx.actor;
  if (!actor) throw problems.unauthenticated();
  return actor;
}

type Allowed = Extract<Decision, { allowed: true }>;

/**
 * Instance-level check through the one shared evaluator. A refusal is audited and
 * answered as "not found" when `hideExistence` is set, so that a caller cannot learn
 * that a case or person exists in another organisation.
 */
export async function authorizeInstance(
  req: FastifyRequest,
  resource: Resource,
  action: Action,
  relationships: ReadonlySet<Relationship>,
  target: { id: string; hideExistence?: boolean; subjectPersonId?: string },
): Promise<Allowed> {
  const actor = requireActor(req);
  const decision = authorize(actor, resource, action, relationships);
  if (decision.allowed) return decision;
  await appendAudit(req.server.deps.database.db, {
    actorKind: 'user',
    actorUserId: actor.userId,
    actorOrgId: actor.organisationId,
    action: `${resource}.${action}`,
    resourceType: resource,
    resourceId: target.id,
    ...(target.subjectPersonId ? { subjectPersonId: target.subjectPersonId } : {}),
    outcome: 'denied',
    requestId: req.ctx.requestId,
    details: { reason: decision.reason },
  });
  if (target.hideExistence) throw problems.notFound(resource);
  throw problems.forbidden();
}

/** The relationships under which `actor` may list `resource`; empty means refuse. */
export function listScopes(
  actor: Actor,
  resource: Resource,
  action: Action = 'list',
): readonly Relationship[] {
  const scopes = scopesFor(actor, resource, action);
  if (scopes.length === 0) throw new Problem(403, 'forbidden', 'You do not have permission to do this.');
  return scopes;
}
