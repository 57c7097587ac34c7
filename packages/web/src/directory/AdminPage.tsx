import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { useAuthenticatedSession } from '../session/session-query';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { OrganisationFormDialog } from './OrganisationFormDialog';
import { OrganisationsTable } from './OrganisationsTable';
import { useOrganisationList } from './queries';
import { UsersPanel } from './UsersPanel';

/**
 * Administration: an organisation administrator manages their own organisation's
 * accounts; a system administrator also registers and manages every organisation.
 */
export function AdminPage(): ReactNode {
  const t = useT();
  const session = useAuthenticatedSession();
  const permissions = usePermissions();
  const ownOrganisation = session.user.organisation;
  const managesOwn = permissions.canInOrganisation('user', 'list', ownOrganisation.id);
  const managesAll = permissions.canEverywhere('organisation', 'create');

  return (
    <Page title={t('admin.title')}>
      {!managesOwn && !managesAll ? <p>{t('admin.nothing')}</p> : null}
      {managesAll ? <AllOrganisations /> : null}
      {managesOwn ? (
        <section className="section" aria-labelledby="admin-own-users">
          <h2 id="admin-own-users">{t('admin.ownUsers', { organisation: ownOrganisation.name })}</h2>
          <UsersPanel organisationId={ownOrganisation.id} headingId="admin-own-users" />
        </section>
      ) : null}
    </Page>
  );
}

function AllOrganisations(): ReactNode {
  const t = useT();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const list = useOrganisationList({ page, pageSize: 25 });
  return (
    <section className="section" aria-labelledby="admin-organisations">
      <h2 id="admin-organisations">{t('admin.organisations')}</h2>
      <p>{t('admin.organisations.intro')}</p>
      <div className="button-row">
        <OrganisationFormDialog
          canSetActive
          onSaved={(organisation) => void navigate(`/organisations/${organisation.id}`)}
        />
        <Link to="/organisations" className="button button-secondary">
          {t('admin.organisations.search')}
        </Link>
      </div>
      <ProblemNotice error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data ? (
        <>
          <OrganisationsTable organisations={list.data.items} label={t('admin.organisations')} />
          <Pagination
            label={t('organisations.pagination')}
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={setPage}
          />
        </>
      ) : null}
    </section>
  );
}
