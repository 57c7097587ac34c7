import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { useAuthenticatedSession } from '../session/session-query';
import { Page } from '../ui/Page';
import { AnalystNote } from './AnalystNote';
import { CaseloadAttention } from './CaseloadAttention';
import { CasesAttention } from './CasesAttention';
import { NoticesAttention } from './NoticesAttention';
import { SystemAttention } from './SystemAttention';
import { UsersAttention } from './UsersAttention';

/** "What needs my attention": one section per kind of work the user's roles give. */
export function HomePage(): ReactNode {
  const t = useT();
  const session = useAuthenticatedSession();
  const permissions = usePermissions();
  const { user } = session;
  const worksOnCases = permissions.canSome('case', 'list');
  const managesOwnUsers = permissions.canInOrganisation('user', 'manage', user.organisation.id);
  const runsSystem = permissions.canEverywhere('organisation', 'create');
  const isAnalyst = user.roles.includes('analyst') && permissions.canSome('statistics', 'read');
  const receivesNotices = permissions.canSome('notice', 'list');
  const hasCaseload = permissions.canSome('caseload', 'list');

  return (
    <Page
      title={t('home.title')}
      lead={<p>{t('home.lead', { name: user.displayName, organisation: user.organisation.name })}</p>}
    >
      {receivesNotices ? <NoticesAttention /> : null}
      {hasCaseload ? <CaseloadAttention /> : null}
      {worksOnCases ? <CasesAttention /> : null}
      {managesOwnUsers ? <UsersAttention organisationId={user.organisation.id} /> : null}
      {runsSystem ? <SystemAttention /> : null}
      {isAnalyst ? <AnalystNote /> : null}
      {!receivesNotices && !hasCaseload && !worksOnCases && !managesOwnUsers && !runsSystem && !isAnalyst ? (
        <p>{t('home.nothing')}</p>
      ) : null}
    </Page>
  );
}
