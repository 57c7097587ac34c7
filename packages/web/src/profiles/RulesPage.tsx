import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { ProfileHistory } from './ProfileHistory';
import { ProfileView } from './ProfileView';
import { useCurrentProfile, useProfileList, useProfileVersion } from './queries';

/** "NRM rules": the rules new cases start under, read-only, for everyone who works in the NRM. */
export function RulesPage(): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const current = useCurrentProfile();
  const list = useProfileList();
  return (
    <Page title={t('profiles.rules.title')} lead={<p>{t('profiles.rules.lead')}</p>}>
      {permissions.canSome('country_profile', 'create') ? (
        <p>
          <Link to="/admin/country-profile">{t('profiles.rules.manage')}</Link>
        </p>
      ) : null}
      <ProblemNotice error={current.error} />
      {current.isPending ? <Loading /> : null}
      {current.data ? (
        <ProfileView profile={current.data.definition} meta={current.data} idPrefix="rules" />
      ) : null}
      <section className="section" aria-labelledby="rules-history">
        <h2 id="rules-history">{t('profiles.history.title')}</h2>
        <p>{t('profiles.history.intro')}</p>
        <ProblemNotice error={list.error} />
        {list.isPending ? <Loading /> : null}
        {list.data ? <ProfileHistory items={list.data.items} canActivate={false} /> : null}
      </section>
    </Page>
  );
}

/** One stored version, e.g. the one an older case still follows. */
export function RulesVersionPage(): ReactNode {
  const t = useT();
  const params = useParams();
  const id = params.profileId ?? '';
  const version = Number(params.version);
  const valid = /^[a-z][a-z0-9_]{0,62}[a-z0-9]$/.test(id) && Number.isInteger(version) && version >= 1;
  if (valid) return <VersionPage id={id} version={version} />;
  return (
    <Page title={t('profiles.version.notFound')}>
      <p>
        <Link to="/nrm-rules">{t('profiles.version.back')}</Link>
      </p>
    </Page>
  );
}

function VersionPage({ id, version }: { readonly id: string; readonly version: number }): ReactNode {
  const t = useT();
  const view = useProfileVersion(id, version);
  const title = view.data
    ? t('profiles.version.title', { name: view.data.name, version })
    : t('profiles.rules.title');
  return (
    <Page title={title}>
      <p>
        <Link to="/nrm-rules">{t('profiles.version.back')}</Link>
      </p>
      <ProblemNotice error={view.error} />
      {view.isPending ? <Loading /> : null}
      {view.data ? (
        <>
          <Notice tone={view.data.current ? 'success' : 'info'} live="off">
            <p>{t(view.data.current ? 'profiles.version.inForce' : 'profiles.version.notInForce')}</p>
          </Notice>
          <ProfileView profile={view.data.definition} meta={view.data} idPrefix="version" />
        </>
      ) : null}
    </Page>
  );
}
