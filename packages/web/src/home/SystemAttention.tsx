import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { Organisation, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';

/** For a system administrator: how many organisations take part, and where to verify the audit chain. */
export function SystemAttention(): ReactNode {
  const t = useT();
  const organisations = useQuery({
    queryKey: ['organisations', { pageSize: 1 }],
    queryFn: ({ signal }) => api.get<Page<Organisation>>('/api/organisations', { pageSize: 1 }, signal),
  });
  return (
    <section className="section" aria-labelledby="home-system">
      <h2 id="home-system">{t('home.system.title')}</h2>
      <ProblemNotice error={organisations.error} />
      {organisations.isPending ? <Loading /> : null}
      {organisations.data ? (
        <p className="big-number">
          <FormattedMessage id="home.system.organisations" values={{ count: organisations.data.total }} />
        </p>
      ) : null}
      <ul className="link-list">
        <li>
          <Link to="/admin">{t('home.system.manageOrganisations')}</Link>
        </li>
        <li>
          <Link to="/audit">{t('home.system.verifyAudit')}</Link>
        </li>
      </ul>
    </section>
  );
}
