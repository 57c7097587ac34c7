import type { ReactNode } from 'react';
import { FormattedNumber } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { Organisation } from '../api/types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { OrganisationFormDialog } from './OrganisationFormDialog';
import { useOrganisation } from './queries';
import { UsersPanel } from './UsersPanel';

export function OrganisationPage(): ReactNode {
  const t = useT();
  const { organisationId = '' } = useParams();
  const organisation = useOrganisation(organisationId);
  const permissions = usePermissions();

  if (organisation.isPending) return <Loading />;
  if (!organisation.data) {
    return (
      <Page title={t('organisation.title.unknown')}>
        <ProblemNotice error={organisation.error} />
        <p>
          <Link to="/organisations">{t('organisation.backToList')}</Link>
        </p>
      </Page>
    );
  }
  const item = organisation.data;
  const canEdit = permissions.canInOrganisation('organisation', 'update', item.id);
  const canListUsers = permissions.canInOrganisation('user', 'list', item.id);

  return (
    <Page
      title={item.name}
      actions={
        canEdit ? (
          <OrganisationFormDialog
            existing={item}
            canSetActive={permissions.canEverywhere('organisation', 'update')}
          />
        ) : null
      }
    >
      <p>
        <Link to="/organisations">{t('organisation.backToList')}</Link>
      </p>
      <OrganisationDetails organisation={item} />
      {canListUsers ? (
        <section className="section" aria-labelledby="organisation-users">
          <h2 id="organisation-users">{t('users.title')}</h2>
          <UsersPanel organisationId={item.id} headingId="organisation-users" />
        </section>
      ) : null}
    </Page>
  );
}

function OrganisationDetails({ organisation }: { readonly organisation: Organisation }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const notRecorded = t('common.notRecorded');
  const rows: [string, ReactNode][] = [
    [t('organisation.kind'), labels.organisationKind(organisation.kind)],
    [t('organisation.country'), labels.country(organisation.country)],
    [t('organisation.region'), labels.region(organisation.region)],
    [
      t('organisations.column.status'),
      t(organisation.active ? 'organisations.active' : 'organisations.inactive'),
    ],
    [
      t('organisation.contactEmail'),
      organisation.contactEmail ? (
        <a key="email" href={`mailto:${organisation.contactEmail}`} dir="ltr">
          {organisation.contactEmail}
        </a>
      ) : (
        notRecorded
      ),
    ],
    [
      t('organisation.contactPhone'),
      organisation.contactPhone ? (
        <a key="phone" href={`tel:${organisation.contactPhone.replace(/\s+/g, '')}`} dir="ltr">
          {organisation.contactPhone}
        </a>
      ) : (
        notRecorded
      ),
    ],
    [t('organisations.column.users'), <FormattedNumber key="users" value={organisation.userCount} />],
  ];
  return (
    <section className="section" aria-labelledby="organisation-details">
      <h2 id="organisation-details">{t('organisation.details')}</h2>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
