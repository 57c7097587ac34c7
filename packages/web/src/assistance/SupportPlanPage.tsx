import { PLAN_AGREEMENTS, type PlanAgreement } from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import type { CaseDetail } from '../api/types';
import { teamByOrganisation } from '../cases/case-team';
import { useCaseDetail } from '../cases/queries';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary, type SummaryItem } from '../ui/ErrorSummary';
import { TextInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { AssistanceProblem, ChoiceGroup, DateInput, LongText } from './fields';
import { BackLink } from './NeedsAssessmentPage';
import { PlanActionFields } from './PlanActionFields';
import {
  type ActionDraft,
  actionField,
  draftToInput,
  fieldOfPath,
  goalField,
  newAction,
  newKey,
  type PlanDraft,
  planField,
  startingDraft,
} from './plan-draft';
import { useAssistanceChange, useDirectoryServices, useSupportPlans } from './queries';
import { browserToday } from './today';
import type { SupportPlan } from './types';
import { useAssistanceWords } from './words';

const DRAFT_MESSAGES = {
  goal_required: 'assistance.planPage.goalRequired',
  domain_required: 'assistance.planPage.domainRequired',
  description_required: 'assistance.planPage.descriptionRequired',
  agreement_required: 'assistance.planPage.agreementRequired',
} as const;

/**
 * Writing the individual support plan with the person, or reviewing it: goals, actions
 * (add, remove, reorder; each with an owner on the case team, a service of the
 * directory when one fits, a due date and its progress), the review date, and what the
 * person said about the plan. A review starts from the current version and saves a new
 * one; the old version is kept as it was.
 */
export function SupportPlanPage(): ReactNode {
  const t = useT();
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  const plans = useSupportPlans(caseId, true);
  const current = plans.data?.current ?? null;
  const reference = detail.data?.reference ?? '';
  const title = current
    ? t('assistance.planPage.reviewTitle', { reference })
    : t('assistance.planPage.title', { reference });
  if (plans.isPending || detail.isPending) return <Loading />;
  if (!plans.data || !detail.data) {
    return (
      <Page title={t('assistance.plan.title')}>
        <ProblemNotice error={plans.error ?? detail.error} />
        <BackLink caseId={caseId} />
      </Page>
    );
  }
  return (
    <Page
      title={title}
      lead={<p>{current ? t('assistance.planPage.reviewLead') : t('assistance.planPage.lead')}</p>}
    >
      <BackLink caseId={caseId} />
      <PlanForm item={detail.data} current={current} />
    </Page>
  );
}

function PlanForm({
  item,
  current,
}: {
  readonly item: CaseDetail;
  readonly current: SupportPlan | null;
}): ReactNode {
  const t = useT();
  const words = useAssistanceWords();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const change = useAssistanceChange(item.id);
  const directory = useDirectoryServices(true);
  const [draft, setDraft] = useState<PlanDraft>(() => startingDraft(current));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const team = teamByOrganisation(item.team);
  const teamIds = new Set(team.map((m) => m.id));
  const owners = team.map((m) => ({ id: m.id, label: m.organisation.name }));
  const myOrganisation = teamIds.has(permissions.actor.organisationId)
    ? permissions.actor.organisationId
    : null;
  const services = directory.isError ? null : (directory.data ?? []);

  const set = (patch: Partial<PlanDraft>): void => setDraft((before) => ({ ...before, ...patch }));
  const setAction = (key: string, patch: Partial<ActionDraft>): void =>
    setDraft((before) => ({
      ...before,
      actions: before.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)),
    }));
  const focusLater = (id: string): void => {
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  const move = (index: number, by: -1 | 1): void => {
    const actions = [...draft.actions];
    const [moved] = actions.splice(index, 1);
    if (!moved) return;
    actions.splice(index + by, 0, moved);
    set({ actions });
    focusLater(actionField(moved.key, 'heading'));
  };
  const remove = (index: number): void => {
    const actions = draft.actions.filter((_, i) => i !== index);
    set({ actions });
    const neighbour = actions[Math.min(index, actions.length - 1)];
    focusLater(neighbour ? actionField(neighbour.key, 'heading') : planField('add-action'));
  };
  const add = (): void => {
    const action = newAction(myOrganisation);
    set({ actions: [...draft.actions, action] });
    focusLater(actionField(action.key, 'heading'));
  };

  const say = (code: string): string =>
    code in DRAFT_MESSAGES
      ? t(DRAFT_MESSAGES[code as keyof typeof DRAFT_MESSAGES])
      : (words.fieldProblem(code) ?? code);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const { input, problems } = draftToInput(draft, {
      today: browserToday(),
      current,
      teamOrganisationIds: teamIds,
      serviceIds: new Set((services ?? []).map((s) => s.id)),
    });
    const next = Object.fromEntries(problems.map((p) => [p.field, say(p.code)]));
    setErrors(next);
    if (!input) return;
    change.mutate(
      { kind: 'plan', input },
      {
        onSuccess: () => {
          void navigate(`/cases/${encodeURIComponent(item.id)}#case-assistance`);
        },
        onError: (error) => {
          const found: Record<string, string> = {};
          if ('errors' in error && Array.isArray(error.errors)) {
            for (const entry of error.errors as { path: string; message: string }[]) {
              found[fieldOfPath(draft, entry.path.replace(/^body\./, ''))] = say(entry.message);
            }
          }
          setErrors(found);
        },
      },
    );
  };

  const order = [
    ...draft.goals.map((g) => goalField(g.key)),
    ...draft.actions.flatMap((a) =>
      ['domain', 'description', 'ownerOrganisationId', 'serviceId', 'dueOn', 'status'].map((n) =>
        actionField(a.key, n),
      ),
    ),
    planField('reviewDueOn'),
    planField('agreement'),
    planField('agreementNote'),
  ];
  const summary: SummaryItem[] = Object.entries(errors)
    .map(([fieldId, message]) => ({ fieldId, message }))
    .sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId));
  const noteNeeded = draft.agreement === 'disagreed' || draft.agreement === 'partly_agreed';

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <ErrorSummary items={summary} />
      <AssistanceProblem error={summary.length > 0 ? null : change.error} />
      {current ? (
        <Notice tone="info" live="off">
          <p>{t('assistance.planPage.reviewNotice', { version: current.version })}</p>
        </Notice>
      ) : null}

      <h2>{t('assistance.plan.goals')}</h2>
      <p>{t('assistance.planPage.goalsHint')}</p>
      {draft.goals.map((goal, index) => (
        <div key={goal.key} className="assistance-goal">
          <TextInput
            id={goalField(goal.key)}
            name={`goal-${index + 1}`}
            label={t('assistance.planPage.goal', { number: index + 1 })}
            value={goal.text}
            onChange={(text) =>
              set({ goals: draft.goals.map((g) => (g.key === goal.key ? { ...g, text } : g)) })
            }
            error={errors[goalField(goal.key)]}
            maxLength={2_000}
            spellCheck
          />
          {draft.goals.length > 1 ? (
            <Button
              className="button button-quiet"
              onPress={() => set({ goals: draft.goals.filter((g) => g.key !== goal.key) })}
            >
              {t('assistance.planPage.removeGoal', { number: index + 1 })}
            </Button>
          ) : null}
        </div>
      ))}
      <Button
        className="button button-secondary"
        onPress={() => {
          const goal = { key: newKey(), text: '' };
          set({ goals: [...draft.goals, goal] });
          focusLater(goalField(goal.key));
        }}
      >
        {t('assistance.planPage.addGoal')}
      </Button>

      <h2>{t('assistance.plan.actions')}</h2>
      {draft.actions.length === 0 ? <p>{t('assistance.planPage.noActionsYet')}</p> : null}
      {draft.actions.map((action, index) => (
        <PlanActionFields
          key={action.key}
          action={action}
          index={index}
          count={draft.actions.length}
          owners={owners}
          services={services}
          errors={errors}
          onChange={(patch) => setAction(action.key, patch)}
          onMove={(by) => move(index, by)}
          onRemove={() => remove(index)}
        />
      ))}
      <Button id={planField('add-action')} className="button button-secondary" onPress={add}>
        {t('assistance.planPage.addAction')}
      </Button>

      <h2>{t('assistance.planPage.agreementHeading')}</h2>
      <DateInput
        id={planField('reviewDueOn')}
        name="reviewDueOn"
        label={t('assistance.plan.reviewDue')}
        description={t('assistance.planPage.reviewHint')}
        value={draft.reviewDueOn}
        onChange={(reviewDueOn) => set({ reviewDueOn })}
        error={errors[planField('reviewDueOn')]}
        isRequired
      />
      <ChoiceGroup<PlanAgreement>
        id={planField('agreement')}
        name="agreement"
        label={t('assistance.plan.agreement')}
        description={t('assistance.planPage.agreementHint')}
        options={PLAN_AGREEMENTS.map((a) => ({ id: a, label: words.agreement(a) }))}
        value={draft.agreement}
        onChange={(agreement) => set({ agreement })}
        error={errors[planField('agreement')]}
        isRequired
      />
      <LongText
        id={planField('agreementNote')}
        name="agreementNote"
        label={t('assistance.planPage.agreementNote')}
        description={t('assistance.planPage.agreementNoteHint')}
        value={draft.agreementNote}
        onChange={(agreementNote) => set({ agreementNote })}
        error={errors[planField('agreementNote')]}
        isRequired={noteNeeded}
        maxLength={5_000}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={change.isPending}>
          {current ? t('assistance.planPage.saveReview') : t('assistance.planPage.save')}
        </Button>
        <Link className="button button-secondary" to={`/cases/${encodeURIComponent(item.id)}`}>
          {t('common.cancel')}
        </Link>
      </div>
    </Form>
  );
}
