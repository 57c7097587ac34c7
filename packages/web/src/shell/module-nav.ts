import type { MessageId } from '../i18n/catalogues';
import type { Permissions } from '../session/permissions';

export type NavItem = { readonly to: string; readonly label: MessageId; readonly end?: boolean };

/**
 * Navigation entries of the modules of issues 4 and 5, each shown only when the policy
 * lets this user use it. Each module adds its own lines here (one line each).
 */
export function moduleNavItems(_permissions: Permissions): NavItem[] {
  const items: NavItem[] = [];
  if (_permissions.canSome('statistics', 'read')) items.push({ to: '/insights', label: 'insights.nav' });
  if (_permissions.canSome('service', 'list')) items.push({ to: '/services', label: 'directory.nav' });
  if (_permissions.canSome('caseload', 'list')) items.push({ to: '/caseload', label: 'caseload.nav' });
  return items;
}
