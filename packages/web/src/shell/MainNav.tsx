import { lazy, type ReactNode, Suspense } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router';
import type { MessageId } from '../i18n/catalogues';
import { usePermissions } from '../session/permissions';
import { moduleNavItems } from './module-nav';

// Sends screenings finished offline once the connection is back, wherever the user is.
const ScreeningOutbox = lazy(() =>
  import('../identification/ScreeningOutbox').then((m) => ({ default: m.ScreeningOutbox })),
);

type Item = { readonly to: string; readonly label: MessageId; readonly end?: boolean };

/** Links only to modules that exist, and only those the policy lets this user use. */
export function MainNav(): ReactNode {
  const intl = useIntl();
  const permissions = usePermissions();
  const items: Item[] = [{ to: '/', label: 'nav.home', end: true }];
  if (permissions.canSome('screening', 'create'))
    items.push({ to: '/screenings', label: 'identification.nav.screen' });
  if (permissions.canSome('case', 'list')) items.push({ to: '/cases', label: 'nav.cases' });
  if (permissions.canSome('decision', 'list')) items.push({ to: '/decisions', label: 'decisions.nav' });
  if (permissions.canSome('referral', 'create')) items.push({ to: '/referrals', label: 'referrals.nav' });
  items.push(...moduleNavItems(permissions));
  if (permissions.canSome('organisation', 'list'))
    items.push({ to: '/organisations', label: 'nav.organisations' });
  if (permissions.canSome('user', 'manage')) items.push({ to: '/admin', label: 'nav.admin' });
  if (permissions.canSome('audit_log', 'list')) items.push({ to: '/audit', label: 'nav.audit' });
  if (permissions.canSome('country_profile', 'read')) items.push({ to: '/nrm-rules', label: 'profiles.nav' });
  items.push({ to: '/account', label: 'nav.account' });

  return (
    <nav className="main-nav" aria-label={intl.formatMessage({ id: 'nav.label' })}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="main-nav-link">
              {intl.formatMessage({ id: item.label })}
            </NavLink>
          </li>
        ))}
      </ul>
      {permissions.canSome('screening', 'create') ? (
        <Suspense fallback={null}>
          <ScreeningOutbox />
        </Suspense>
      ) : null}
    </nav>
  );
}
