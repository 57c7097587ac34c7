import { requiresMfa } from '@opennrm/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { ManagedUser, Page } from '../api/types';
import { isLocked } from '../directory/queries';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';

const PAGE_SIZE = 200;
const MAX_PAGES = 10;

async function allUsers(organisationId: string, signal: AbortSignal): Promise<ManagedUser[]> {
  const users: ManagedUser[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await api.get<Page<ManagedUser>>(
      `/api/organisations/${encodeURIComponent(organisationId)}/users`,
      { page, pageSize: PAGE_SIZE },
      signal,
    );
    users.push(...result.items);
    if (users.length >= result.total || result.items.length === 0) break;
  }
  return users;
}

/** For an organisation administrator: accounts that cannot sign in, or sign in without a second factor. */
export function UsersAttention({ organisationId }: { readonly organisationId: string }): ReactNode {
  const t = useT();
  const users = useQuery({
    queryKey: ['organisation-users', organisationId, 'all'],
    queryFn: ({ signal }) => allUsers(organisationId, signal),
  });
  const active = (users.data ?? []).filter((user) => !user.disabled);
  const locked = active.filter((user) => isLocked(user));
  // Only accounts whose roles require a second factor: an analyst without one is not a problem.
  const withoutMfa = active.filter((user) => !user.mfaEnrolled && requiresMfa(user.roles));

  return (
    <section className="section" aria-labelledby="home-users">
      <h2 id="home-users">{t('home.users.title')}</h2>
      <ProblemNotice error={users.error} />
      {users.isPending ? <Loading /> : null}
      {users.data ? (
        <>
          <h3 id="home-users-locked">{t('home.users.locked', { count: locked.length })}</h3>
          {locked.length > 0 ? (
            <ul aria-labelledby="home-users-locked">
              {locked.map((user) => (
                <li key={user.id}>
                  {t('home.users.lockedUntil', { name: user.displayName })}{' '}
                  <FormattedDate value={user.lockedUntil ?? undefined} dateStyle="medium" timeStyle="short" />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.users.noneLocked')}</p>
          )}
          <h3 id="home-users-mfa">{t('home.users.withoutMfa', { count: withoutMfa.length })}</h3>
          {withoutMfa.length > 0 ? (
            <ul aria-labelledby="home-users-mfa">
              {withoutMfa.map((user) => (
                <li key={user.id}>{user.displayName}</li>
              ))}
            </ul>
          ) : (
            <p>{t('home.users.allEnrolled')}</p>
          )}
          <p>
            <Link to="/admin">{t('home.users.manage')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
