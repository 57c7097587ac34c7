import { type ReactNode, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { Link, useLocation } from 'react-router';
import type { CaseDetail } from '../api/types';
import type { CaseFileDetail } from '../cases/case-file-types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { DecisionDialog } from './DecisionDialog';
import { DecisionHistory } from './DecisionHistory';
import { DeadlineBadge } from './parts';
import { useCaseDecisions } from './queries';
import { Reconsiderations } from './Reconsiderations';
import { RecoveryPeriodPanel } from './RecoveryPeriodPanel';
import { useDecisionWords } from './words';

/**
 * The case's identification: where it stands, the decision due and its deadline, the
 * recovery-period clock, every decision with its letter, and reconsideration. Shown to
 * those the policy lets read decisions; the server checks every request again.
 */
export function CaseDecisionSection({ item }: { readonly item: CaseDetail }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useDecisionWords();
  const permissions = usePermissions();
  // Data minimisation: an organisation whose purpose on the team does not need the
  // decisions (e.g. a shelter there for accommodation) is not shown them.
  const hidden = (item as CaseFileDetail).hiddenSections?.includes('decisions') ?? false;
  const mayRead = permissions.canSome('decision', 'read') && !hidden;
  const query = useCaseDecisions(item.id, mayRead);
  const [deciding, setDeciding] = useState(false);
  const { hash } = useLocation();
  const loaded = query.data !== undefined;

  // Arriving from the inbox (#case-decisions): bring this section into view once it is there.
  useEffect(() => {
    if (loaded && hash === '#case-decisions') document.getElementById('case-decisions')?.focus();
  }, [loaded, hash]);

  if (!mayRead) return null;
  const data = query.data;
  const outcomes =
    data?.profile && data.due
      ? data.due.stage === 'reasonable_grounds'
        ? data.profile.outcomes.reasonableGrounds
        : data.profile.outcomes.conclusiveGrounds
      : [];
  const identificationOpen =
    data?.stage === 'recovery_period' || data?.stage === 'awaiting_conclusive_grounds';

  return (
    <section className="section" aria-labelledby="case-decisions">
      <h2 id="case-decisions" tabIndex={-1}>
        {t('decisions.section.title')}
      </h2>
      <p>{t('decisions.section.independence')}</p>
      <ProblemNotice error={query.error} live="polite" />
      {query.isPending ? <Loading /> : null}
      {data ? (
        <>
          <dl className="summary-list">
            <div>
              <dt>{t('decisions.section.stage')}</dt>
              <dd>{labels.stage(data.stage)}</dd>
            </div>
            {data.profile ? (
              <div>
                <dt>{t('decisions.section.rulesLabel')}</dt>
                <dd>
                  <Link to={`/nrm-rules/${data.profile.id}/${data.profile.version}`}>
                    {data.profile.name}
                  </Link>{' '}
                  ({t('profiles.field.version')} {data.profile.version})
                </dd>
              </div>
            ) : null}
            {data.due ? (
              <div>
                <dt>{t('decisions.section.due')}</dt>
                <dd>
                  {words.stage(data.due.stage)}
                  {data.due.dueAt ? (
                    <>
                      {', '}
                      {t('decisions.section.dueBy')}{' '}
                      <FormattedDate value={data.due.dueAt} dateStyle="long" timeStyle="short" />
                    </>
                  ) : null}{' '}
                  <DeadlineBadge deadline={data.due.deadline} />
                </dd>
              </div>
            ) : null}
          </dl>
          {data.profile === null ? <p>{t('decisions.section.notReferred')}</p> : null}
          {data.mayDecide && data.due && data.profile && outcomes.length > 0 ? (
            <>
              <div className="button-row">
                <Button className="button button-primary" onPress={() => setDeciding(true)}>
                  {t('decisions.decide.button', { stage: words.stage(data.due.stage) })}
                </Button>
              </div>
              <DecisionDialog
                caseId={data.caseId}
                stage={data.due.stage}
                outcomes={outcomes}
                recoveryPeriodDays={data.profile.recoveryPeriodDays}
                isOpen={deciding}
                onClose={() => setDeciding(false)}
              />
            </>
          ) : null}
          {data.recoveryPeriod ? (
            <RecoveryPeriodPanel
              caseId={data.caseId}
              period={data.recoveryPeriod}
              mayManage={data.mayDecide && identificationOpen}
            />
          ) : null}
          <DecisionHistory
            data={data}
            mayRequestReconsideration={permissions.canSome('reconsideration', 'create')}
          />
          <Reconsiderations data={data} />
        </>
      ) : null}
    </section>
  );
}
