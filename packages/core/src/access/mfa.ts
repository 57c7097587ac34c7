import { POLICY } from './policy.js';
import { type Resource, ROLES, type Role } from './types.js';

/**
 * Resources that hold personal data: survivors' (person, case), staff's (user) and the
 * audit trail, which links people to what was done with their data. Managing users is
 * also a path to every other resource (granting roles), so it needs the same protection.
 * `own_account` is left out: seeing your own account is not a risk to anyone else.
 */
export const PERSONAL_DATA_RESOURCES: readonly Resource[] = ['person', 'case', 'user', 'audit_log'];

/**
 * Roles that must pass a second factor: every role the policy grants anything on a
 * personal-data resource. Derived from POLICY, so a new rule on persons makes its
 * roles require MFA without anyone remembering to update a list.
 */
export const rolesRequiringMfa: readonly Role[] = Object.freeze(
  ROLES.filter((role) =>
    POLICY.some((rule) => rule.roles.includes(role) && PERSONAL_DATA_RESOURCES.includes(rule.resource)),
  ),
);

/** True when any of the roles requires MFA: an analyst who is also a case worker needs it. */
export function requiresMfa(roles: readonly Role[]): boolean {
  return roles.some((role) => rolesRequiringMfa.includes(role));
}
