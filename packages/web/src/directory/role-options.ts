import { type Actor, ROLES, type Role } from '@opennrm/core';

/** Only a system administrator may grant the system administrator role (the server refuses otherwise). */
export function assignableRoles(actor: Actor): readonly Role[] {
  return actor.roles.includes('system_admin') ? ROLES : ROLES.filter((role) => role !== 'system_admin');
}
