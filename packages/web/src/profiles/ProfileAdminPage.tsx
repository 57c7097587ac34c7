import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { ProfileForm } from './ProfileForm';
import { ProfileHistory } from './ProfileHistory';
import { ProfileView } from './ProfileView';
import { useCurrentProfile, useProfileList } from './queries';
import type { ProfileVersionSummary } from './types';

type Done = { readonly kind: 'published' | 'activated'; readonly name: string; readonly version: number };

/**
 * Country profile administration (system administrators): the rules in force, every
 * stored version, publishing a new version and choosing the active profile. Others are
 * pointed to the read-only "NRM rules".
 */
export function ProfileAdminPage(): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const manages = permissions.canEverywhere('country_profile', 'create');
  const current = useCurrentProfile();
  const list = useProfileList();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  // The form (or dialog) that was used is gone: bring the outcome into view and focus.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (!manages) {
    return (
      <Page title={t('profiles.admin.title')}>
        <p>{t('profiles.admin.notAllowed')}</p>
        <p>
          <Link to="/nrm-rules">{t('profiles.rules.title')}</Link>
        </p>
      </Page>
    );
  }

  const activated = (item: ProfileVersionSummary): void => {
    setEditing(false);
    setDone({ kind: 'activated', name: item.name, version: item.version });
  };

  return (
    <Page title={t('profiles.admin.title')} lead={<p>{t('profiles.admin.lead')}</p>}>
      {done ? (
        <div ref={doneRef} tabIndex={-1}>
          <Notice tone="success">
            <p>
              {t(done.kind === 'published' ? 'profiles.admin.published' : 'profiles.admin.activated', {
                name: done.name,
                version: done.version,
              })}
            </p>
          </Notice>
        </div>
      ) : null}
      <ProblemNotice error={current.error} />
      {current.isPending ? <Loading /> : null}
      {current.data ? (
        <section className="section" aria-labelledby="profile-in-force">
          <h2 id="profile-in-force">{t('profiles.admin.inForce')}</h2>
          {editing ? (
            <section aria-labelledby="profile-edit">
              <h3 id="profile-edit">{t('profiles.form.title', { version: current.data.version + 1 })}</h3>
              <ProfileForm
                base={current.data}
                onCancel={() => setEditing(false)}
                onPublished={(published) => {
                  setEditing(false);
                  setDone({ kind: 'published', name: published.name, version: published.version });
                }}
              />
            </section>
          ) : (
            <>
              <div className="button-row">
                <Button
                  className="button button-primary"
                  onPress={() => {
                    setDone(null);
                    setEditing(true);
                  }}
                >
                  {t('profiles.admin.edit')}
                </Button>
              </div>
              <ProfileView
                profile={current.data.definition}
                meta={current.data}
                headingLevel={3}
                idPrefix="admin"
              />
            </>
          )}
        </section>
      ) : null}
      <section className="section" aria-labelledby="profile-history">
        <h2 id="profile-history">{t('profiles.history.title')}</h2>
        <p>{t('profiles.history.intro')}</p>
        <ProblemNotice error={list.error} />
        {list.isPending ? <Loading /> : null}
        {list.data ? <ProfileHistory items={list.data.items} canActivate onActivated={activated} /> : null}
      </section>
    </Page>
  );
}
