import type {
  ActionStatus,
  NeedDomain,
  NeedLevel,
  PlanAgreement,
  PlanReviewState,
  RiskLevel,
  Urgency,
} from '@opennrm/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { isApiProblem } from '../api/problem';
import type { MessageId } from '../i18n/catalogues';

export type AssistanceWords = {
  readonly domain: (domain: NeedDomain) => string;
  readonly level: (level: NeedLevel) => string;
  readonly urgency: (urgency: Urgency) => string;
  readonly risk: (risk: RiskLevel) => string;
  readonly agreement: (agreement: PlanAgreement) => string;
  readonly actionStatus: (status: ActionStatus) => string;
  readonly reviewState: (state: PlanReviewState) => string;
  /** The words for a refusal the server explained with a `reason` code, or null. */
  readonly refusal: (error: unknown) => string | null;
  /** The words for a rule a field broke (server `errors[].message` codes), or null. */
  readonly fieldProblem: (code: string) => string | null;
};

const REFUSALS: Readonly<Record<string, MessageId>> = {
  plan_changed: 'assistance.refusal.plan_changed',
  no_plan_to_review: 'assistance.refusal.no_plan_to_review',
  plan_superseded: 'assistance.refusal.plan_superseded',
  child_has_guardian: 'assistance.refusal.child_has_guardian',
  advocate_already_assigned: 'assistance.refusal.advocate_already_assigned',
  advocate_not_on_team: 'assistance.refusal.advocate_not_on_team',
  advocate_already_ended: 'assistance.refusal.advocate_already_ended',
};

const FIELD_PROBLEMS: Readonly<Record<string, MessageId>> = {
  duplicate_domain: 'assistance.problem.duplicate_domain',
  urgency_required: 'assistance.problem.urgency_required',
  no_need_not_urgent: 'assistance.problem.no_need_not_urgent',
  language_required: 'assistance.problem.language_required',
  priorities_required_with_language: 'assistance.problem.priorities_required_with_language',
  nothing_assessed: 'assistance.problem.nothing_assessed',
  safety_plan_required: 'assistance.problem.safety_plan_required',
  date_in_past: 'assistance.problem.date_in_past',
  date_in_future: 'assistance.problem.date_in_future',
  not_in_previous_version: 'assistance.problem.not_in_previous_version',
  carried_twice: 'assistance.problem.carried_twice',
  owner_required: 'assistance.problem.owner_required',
  owner_not_on_team: 'assistance.problem.owner_not_on_team',
  owner_user_unknown: 'assistance.problem.owner_user_unknown',
  owner_user_not_in_organisation: 'assistance.problem.owner_user_not_in_organisation',
  service_unknown: 'assistance.problem.service_unknown',
  completed_without_done: 'assistance.problem.completed_without_done',
  review_date_required: 'assistance.problem.review_date_required',
  review_too_far: 'assistance.problem.review_too_far',
  agreement_note_required: 'assistance.problem.agreement_note_required',
  advocate_unknown: 'assistance.problem.advocate_unknown',
};

/** Words of the assistance module, built from message ids so every value is translated. */
export function useAssistanceWords(): AssistanceWords {
  const intl = useIntl();
  return useMemo(() => {
    const say = (id: MessageId): string => intl.formatMessage({ id });
    return {
      domain: (domain) => say(`assistance.domain.${domain}`),
      level: (level) => say(`assistance.level.${level}`),
      urgency: (urgency) => say(`assistance.urgency.${urgency}`),
      risk: (risk) => say(`assistance.riskLevel.${risk}`),
      agreement: (agreement) => say(`assistance.agreement.${agreement}`),
      actionStatus: (status) => say(`assistance.actionStatus.${status}`),
      reviewState: (state) => say(`assistance.reviewState.${state}`),
      refusal: (error) => {
        if (!isApiProblem(error)) return null;
        const reason = error.extensions.reason;
        const id = typeof reason === 'string' ? REFUSALS[reason] : undefined;
        return id ? say(id) : null;
      },
      fieldProblem: (code) => {
        const id = FIELD_PROBLEMS[code];
        return id ? say(id) : null;
      },
    };
  }, [intl]);
}
