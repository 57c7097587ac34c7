import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { BackLink } from './NeedsAssessmentPage';
import { PlanDetails } from './parts';
import { useSupportPlan } from './queries';

/** One version of the support plan as it was written: earlier versions are kept, read-only. */
export function PlanVersionPage(): ReactNode {
  const t = useT();
  const { caseId = '', planId = '' } = useParams();
  const query = useSupportPlan(caseId, planId);
  if (query.isPending) return <Loading />;
  const plan = query.data;
  return (
    <Page
      title={plan ? t('assistance.versionPage.title', { version: plan.version }) : t('assistance.plan.title')}
    >
      <BackLink caseId={caseId} />
      <ProblemNotice error={query.error} />
      {plan ? (
        <>
          {plan.status === 'superseded' ? (
            <Notice tone="info" live="off">
              <p>{t('assistance.versionPage.superseded')}</p>
            </Notice>
          ) : null}
          <PlanDetails caseId={caseId} plan={plan} subHeading="h2" />
        </>
      ) : null}
    </Page>
  );
}
