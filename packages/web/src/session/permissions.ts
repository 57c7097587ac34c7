import { type Action, type Actor, can, type Relationship, type Resource, scopesFor } from '@opennrm/core';
import { useMemo } from 'react';
import type { AuthenticatedSession } from '../api/types';
import { useAuthenticatedSession } from './session-query';

/**
 * The web app asks the same shared policy as the server, only to hide what the server
 * would refuse. The server stays the authority: it checks every request again.
 */
export function actorFromSession(session: AuthenticatedSession): Actor {
  return {
    userId: session.user.id,
    organisationId: session.user.organisation.id,
    roles: session.user.roles,
    // The server only reports `ready` once the second factor (where required) is passed.
    mfaVerified: session.stage === 'ready',
  };
}

export type Permissions = {
  readonly actor: Actor;
  /** Allowed on at least some instances (e.g. to show a navigation item). */
  readonly canSome: (resource: Resource, action: Action) => boolean;
  /** Allowed on an organisation-owned instance (organisation, its users). */
  readonly canInOrganisation: (resource: Resource, action: Action, organisationId: string) => boolean;
  /** Allowed on every instance, whatever the relationship. */
  readonly canEverywhere: (resource: Resource, action: Action) => boolean;
};

export function permissionsFor(actor: Actor): Permissions {
  const NONE: ReadonlySet<Relationship> = new Set();
  return {
    actor,
    canSome: (resource, action) => scopesFor(actor, resource, action).length > 0,
    canInOrganisation: (resource, action, organisationId) =>
      can(
        actor,
        resource,
        action,
        organisationId === actor.organisationId ? new Set(['own_organisation']) : NONE,
      ),
    canEverywhere: (resource, action) => can(actor, resource, action, NONE),
  };
}

export function usePermissions(): Permissions {
  const session = useAuthenticatedSession();
  return useMemo(() => permissionsFor(actorFromSession(session)), [session]);
}
