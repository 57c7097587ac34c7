import {
  type AssessedRisks,
  checkRiskAssessment,
  overallRisk,
  RISK_LEVELS,
  type RiskAssessmentInput,
  type RiskLevel,
  suggestedRiskReview,
} from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useCaseDetail } from '../cases/queries';
import { useT } from '../i18n/use-t';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary, type SummaryItem } from '../ui/ErrorSummary';
import { Page } from '../ui/Page';
import { AssistanceProblem, ChoiceGroup, DateInput, LongText, useServerFieldErrors } from './fields';
import { BackLink } from './NeedsAssessmentPage';
import { CalendarDate, RiskBadge } from './parts';
import { useAssistanceChange, useRiskAssessments } from './queries';
import { browserToday } from './today';
import type { RiskAssessment } from './types';
import { useAssistanceWords } from './words';

const FORM = 'risk';
type RiskField = keyof AssessedRisks;
const RISKS: readonly {
  field: RiskField;
  label:
    | 'assistance.risk.traffickers'
    | 'assistance.risk.retrafficking'
    | 'assistance.risk.selfHarm'
    | 'assistance.risk.family';
  hint:
    | 'assistance.riskPage.traffickersHint'
    | 'assistance.riskPage.retraffickingHint'
    | 'assistance.riskPage.selfHarmHint'
    | 'assistance.riskPage.familyHint';
}[] = [
  {
    field: 'traffickersRisk',
    label: 'assistance.risk.traffickers',
    hint: 'assistance.riskPage.traffickersHint',
  },
  {
    field: 'retraffickingRisk',
    label: 'assistance.risk.retrafficking',
    hint: 'assistance.riskPage.retraffickingHint',
  },
  { field: 'selfHarmRisk', label: 'assistance.risk.selfHarm', hint: 'assistance.riskPage.selfHarmHint' },
  { field: 'familyRisk', label: 'assistance.risk.family', hint: 'assistance.riskPage.familyHint' },
];

/**
 * Risk and safety assessment: the four risks, the overall risk (the highest of the
 * four, shown as it is worked out), the safety plan agreed with the person, and when to
 * look at it again. Saving writes a new version.
 */
export function RiskAssessmentPage(): ReactNode {
  const t = useT();
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  const risks = useRiskAssessments(caseId, true);
  const title = detail.data
    ? t('assistance.riskPage.title', { reference: detail.data.reference })
    : t('assistance.risk.title');
  if (risks.isPending || detail.isPending) return <Loading />;
  if (!risks.data) {
    return (
      <Page title={title}>
        <ProblemNotice error={risks.error ?? detail.error} />
        <BackLink caseId={caseId} />
      </Page>
    );
  }
  return (
    <Page title={title} lead={<p>{t('assistance.riskPage.lead')}</p>}>
      <BackLink caseId={caseId} />
      <RiskForm caseId={caseId} current={risks.data.current} />
    </Page>
  );
}

function RiskForm({
  caseId,
  current,
}: {
  readonly caseId: string;
  readonly current: RiskAssessment | null;
}): ReactNode {
  const t = useT();
  const words = useAssistanceWords();
  const navigate = useNavigate();
  const change = useAssistanceChange(caseId);
  const serverErrors = useServerFieldErrors();
  const [risks, setRisks] = useState<Record<RiskField, RiskLevel | null>>({
    traffickersRisk: current?.traffickersRisk ?? null,
    retraffickingRisk: current?.retraffickingRisk ?? null,
    selfHarmRisk: current?.selfHarmRisk ?? null,
    familyRisk: current?.familyRisk ?? null,
  });
  const [safetyPlan, setSafetyPlan] = useState(current?.safetyPlan ?? '');
  const [reviewDueOn, setReviewDueOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const today = browserToday();

  const complete =
    risks.traffickersRisk && risks.retraffickingRisk && risks.selfHarmRisk && risks.familyRisk
      ? {
          traffickersRisk: risks.traffickersRisk,
          retraffickingRisk: risks.retraffickingRisk,
          selfHarmRisk: risks.selfHarmRisk,
          familyRisk: risks.familyRisk,
        }
      : null;
  const overall = complete ? overallRisk(complete) : null;
  const suggested = overall ? suggestedRiskReview(overall, today) : null;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const next: Record<string, string> = {};
    for (const risk of RISKS) {
      if (!risks[risk.field]) next[`${FORM}-${risk.field}`] = t('assistance.riskPage.chooseLevel');
    }
    if (!complete) {
      setErrors(next);
      return;
    }
    const body: RiskAssessmentInput = {
      ...complete,
      safetyPlan: safetyPlan.trim() === '' ? null : safetyPlan.trim(),
      ...(reviewDueOn === '' ? {} : { reviewDueOn }),
    };
    for (const p of checkRiskAssessment(body, today))
      next[`${FORM}-${p.path}`] = words.fieldProblem(p.code) ?? p.code;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    change.mutate(
      { kind: 'risk', input: body },
      {
        onSuccess: () => {
          void navigate(`/cases/${encodeURIComponent(caseId)}#case-assistance`);
        },
        onError: (error) =>
          setErrors(
            Object.fromEntries(
              Object.entries(serverErrors(error)).map(([path, message]) => [`${FORM}-${path}`, message]),
            ),
          ),
      },
    );
  };

  const options = RISK_LEVELS.map((level) => ({ id: level, label: words.risk(level) }));
  const order = [...RISKS.map((r) => `${FORM}-${r.field}`), `${FORM}-safetyPlan`, `${FORM}-reviewDueOn`];
  const summary: SummaryItem[] = order.flatMap((fieldId) => {
    const message = errors[fieldId];
    return message ? [{ fieldId, message }] : [];
  });

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <ErrorSummary items={summary} />
      <AssistanceProblem error={summary.length > 0 ? null : change.error} />
      {RISKS.map((risk) => (
        <ChoiceGroup
          key={risk.field}
          id={`${FORM}-${risk.field}`}
          name={risk.field}
          label={t(risk.label)}
          description={t(risk.hint)}
          options={options}
          value={risks[risk.field]}
          onChange={(level) => setRisks((before) => ({ ...before, [risk.field]: level }))}
          error={errors[`${FORM}-${risk.field}`]}
          inline
          isRequired
        />
      ))}
      <div aria-live="polite">
        {overall ? (
          <Notice tone="info" live="off">
            <p>
              {t('assistance.risk.overall')}: <RiskBadge risk={overall} />
            </p>
            <p>{t('assistance.riskPage.overallRule')}</p>
          </Notice>
        ) : null}
      </div>
      <LongText
        id={`${FORM}-safetyPlan`}
        name="safetyPlan"
        label={t('assistance.risk.safetyPlan')}
        description={t('assistance.riskPage.safetyPlanHint')}
        value={safetyPlan}
        onChange={setSafetyPlan}
        error={errors[`${FORM}-safetyPlan`]}
        rows={6}
        isRequired={overall === 'high' || overall === 'medium'}
      />
      <DateInput
        id={`${FORM}-reviewDueOn`}
        name="reviewDueOn"
        label={t('assistance.risk.reviewDue')}
        description={t('assistance.riskPage.reviewHint')}
        value={reviewDueOn}
        onChange={setReviewDueOn}
        error={errors[`${FORM}-reviewDueOn`]}
      />
      {suggested && reviewDueOn === '' ? (
        <p className="muted">
          {t('assistance.riskPage.reviewWillBe')} <CalendarDate value={suggested} />
        </p>
      ) : null}
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={change.isPending}>
          {t('assistance.riskPage.save')}
        </Button>
        <Link className="button button-secondary" to={`/cases/${encodeURIComponent(caseId)}`}>
          {t('common.cancel')}
        </Link>
      </div>
    </Form>
  );
}
