import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { ActionDialog } from '../ui/ActionDialog';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { When } from './parts';
import { isHidden, useAdvocates, useAssistanceChange } from './queries';

/**
 * The person's independent advocate (adults; a child has a guardian). A staff member of
 * an organisation on the team takes the role for the person; ending it keeps the record.
 */
export function CaseAdvocateSection({ item }: { readonly item: CaseDetail }): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const query = useAdvocates(item.id, true);
  const change = useAssistanceChange(item.id);
  if (isHidden(query.error)) return null;
  const active = query.data?.items.find((a) => a.endedAt === null) ?? null;
  const earlier = query.data?.items.filter((a) => a.endedAt !== null) ?? [];
  const mayAssign = permissions.canSome('advocate', 'create');
  const mayEnd = permissions.canSome('advocate', 'update');
  const me = permissions.actor.userId;

  return (
    <div className="subsection">
      <h3>{t('assistance.advocate.title')}</h3>
      <ProblemNotice error={query.error} live="polite" />
      {query.isPending ? <Loading /> : null}
      {query.data?.isChild ? <p>{t('assistance.advocate.child')}</p> : null}
      {query.data && !query.data.isChild && !active ? <p>{t('assistance.advocate.none')}</p> : null}
      {active ? (
        <p>
          {t('assistance.advocate.current')} <bdi>{active.advocate.name}</bdi>,{' '}
          <bdi>{active.organisation.name}</bdi> ({t('assistance.advocate.since')}{' '}
          <When value={active.assignedAt} />)
        </p>
      ) : null}
      {query.data && !query.data.isChild && !active && mayAssign ? (
        <ActionDialog
          triggerLabel={t('assistance.advocate.becomeButton')}
          title={t('assistance.advocate.becomeTitle')}
          confirmLabel={t('assistance.advocate.becomeConfirm')}
          action={() => change.mutateAsync({ kind: 'assign-advocate', input: { userId: me } })}
        >
          <p>{t('assistance.advocate.becomeText')}</p>
        </ActionDialog>
      ) : null}
      {active && mayEnd ? (
        <ActionDialog
          triggerLabel={t('assistance.advocate.endButton')}
          title={t('assistance.advocate.endTitle')}
          confirmLabel={t('assistance.advocate.endConfirm')}
          action={() => change.mutateAsync({ kind: 'end-advocate', advocateId: active.id })}
        >
          <p>{t('assistance.advocate.endText')}</p>
        </ActionDialog>
      ) : null}
      {earlier.length > 0 ? (
        <details>
          <summary>{t('assistance.advocate.earlier', { count: earlier.length })}</summary>
          <ul className="assistance-list">
            {earlier.map((a) => (
              <li key={a.id}>
                <bdi>{a.advocate.name}</bdi>, <bdi>{a.organisation.name}</bdi> · <When value={a.assignedAt} />{' '}
                – {a.endedAt ? <When value={a.endedAt} /> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
