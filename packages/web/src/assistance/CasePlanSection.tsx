import type { ActionStatus } from '@opennrm/core';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Versions } from './CaseAssistanceSections';
import { AssistanceProblem } from './fields';
import { PlanDetails } from './parts';
import { isHidden, useAssistanceChange, useSupportPlans } from './queries';
import type { PlanAction } from './types';
import { useAssistanceWords } from './words';

/** The next steps an action can take from where it is, as buttons. */
const NEXT: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  planned: ['in_progress', 'done'],
  in_progress: ['done'],
  done: [],
  cancelled: [],
};

/** The individual support plan on the case page: the current version and its history. */
export function CasePlanSection({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const query = useSupportPlans(caseId, true);
  const change = useAssistanceChange(caseId);
  if (isHidden(query.error)) return null;
  const current = query.data?.current ?? null;
  const mayUpdate = permissions.canSome('support_plan', 'update');
  const mayWrite = permissions.canSome('support_plan', 'create');
  const versionLink = (id: string): string =>
    `/cases/${encodeURIComponent(caseId)}/plan/versions/${encodeURIComponent(id)}`;

  return (
    <div className="subsection">
      <h3>{t('assistance.plan.title')}</h3>
      <ProblemNotice error={query.error} live="polite" />
      {query.isPending ? <Loading /> : null}
      {query.data && !current ? <p>{t('assistance.plan.none')}</p> : null}
      {current ? (
        <>
          <AssistanceProblem error={change.error} />
          <PlanDetails
            caseId={caseId}
            plan={current}
            subHeading="h4"
            actionControls={
              mayUpdate
                ? (action) => (
                    <ActionButtons
                      action={action}
                      pending={change.isPending}
                      onMove={(status) =>
                        change.mutate({ kind: 'action-status', actionId: action.id, input: { status } })
                      }
                    />
                  )
                : undefined
            }
          />
        </>
      ) : null}
      {query.data ? (
        <Versions
          items={query.data.versions.map((v) => ({
            id: v.id,
            text: t('assistance.plan.versionLine', {
              version: v.version,
              total: v.actions.total,
              done: v.actions.done,
            }),
            at: v.createdAt,
            by: v.createdByOrganisation.name,
          }))}
          links={versionLink}
        />
      ) : null}
      {mayWrite && query.data ? (
        <p>
          <Link className="button button-secondary" to={`/cases/${encodeURIComponent(caseId)}/plan`}>
            {current ? t('assistance.plan.review') : t('assistance.plan.write')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function ActionButtons({
  action,
  pending,
  onMove,
}: {
  readonly action: PlanAction;
  readonly pending: boolean;
  readonly onMove: (status: ActionStatus) => void;
}): ReactNode {
  const t = useT();
  const words = useAssistanceWords();
  const next = NEXT[action.status];
  if (next.length === 0) return null;
  return (
    <div className="button-row">
      {next.map((status) => (
        <Button
          key={status}
          className="button button-secondary button-small"
          isDisabled={pending}
          onPress={() => onMove(status)}
        >
          {t('assistance.action.moveTo', { status: words.actionStatus(status) })}
          <span className="visually-hidden"> — {action.description}</span>
        </Button>
      ))}
    </div>
  );
}
