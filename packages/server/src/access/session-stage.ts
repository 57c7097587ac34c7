import { type Actor, type Role, requiresMfa } from '@opennrm/core';
import type { User } from '../db/schema.js';

export type SessionStage = 'password_change_required' | 'mfa_enrolment_required' | 'mfa_required' | 'ready';

/**
 * Where a signed-in user stands. MFA is required for every role that can see personal
 * data; demo accounts may skip it only while the server runs in demo mode.
 */
export function sessionStage(
  user: Pick<User, 'roles' | 'mfa_enrolled_at' | 'password_must_change' | 'demo'>,
  sessionMfaVerified: boolean,
  demoMode: boolean,
): SessionStage {
  if (user.password_must_change) return 'password_change_required';
  if (mfaSatisfied(user, sessionMfaVerified, demoMode)) return 'ready';
  return user.mfa_enrolled_at ? 'mfa_required' : 'mfa_enrolment_required';
}

export function mfaSatisfied(
  user: Pick<User, 'roles' | 'demo'>,
  sessionMfaVerified: boolean,
  demoMode: boolean,
): boolean {
  if (sessionMfaVerified) return true;
  if (!requiresMfa(user.roles as Role[])) return true;
  return demoMode && user.demo;
}

export function actorFor(
  user: Pick<User, 'id' | 'organisation_id' | 'roles' | 'demo' | 'mfa_enrolled_at' | 'password_must_change'>,
  sessionMfaVerified: boolean,
  demoMode: boolean,
): Actor {
  return {
    userId: user.id,
    organisationId: user.organisation_id,
    roles: user.roles as Role[],
    mfaVerified: !user.password_must_change && mfaSatisfied(user, sessionMfaVerified, demoMode),
  };
}
