import type { DeadlineStatus, DecisionStage, PanelRole, WithholdingGround } from '@opennrm/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { isApiProblem } from '../api/problem';
import type { MessageId } from '../i18n/catalogues';
import type { Outcome, ReconsiderationStatus, RecoveryPeriodStatus } from './types';

export type DecisionWords = {
  readonly stage: (stage: DecisionStage) => string;
  readonly standard: (standard: string) => string;
  /** An outcome category of a country profile, by its label message id; its id if the id has no message. */
  readonly outcome: (outcome: Pick<Outcome, 'id' | 'labelKey'>) => string;
  readonly result: (positive: boolean) => string;
  readonly deadline: (deadline: DeadlineStatus | null) => string;
  readonly periodStatus: (status: RecoveryPeriodStatus) => string;
  readonly ground: (ground: WithholdingGround) => string;
  readonly role: (role: PanelRole) => string;
  readonly reconsideration: (status: ReconsiderationStatus) => string;
  /** The words for a refusal the server explained with a `reason` code, or null. */
  readonly refusal: (error: unknown) => string | null;
};

const STANDARDS: Readonly<Record<string, MessageId>> = {
  reasonable_grounds_to_believe: 'decisions.standard.reasonable_grounds_to_believe',
  balance_of_probabilities: 'decisions.standard.balance_of_probabilities',
};

const REFUSALS: Readonly<Record<string, MessageId>> = {
  recovery_period_running: 'decisions.refusal.recovery_period_running',
  not_awaiting_this_decision: 'decisions.refusal.not_awaiting_this_decision',
  not_referred: 'decisions.refusal.not_referred',
  period_withheld: 'decisions.refusal.period_withheld',
  period_over: 'decisions.refusal.period_over',
  identification_completed: 'decisions.refusal.identification_completed',
  decision_positive: 'decisions.refusal.decision_positive',
  decision_superseded: 'decisions.refusal.decision_superseded',
  reconsideration_open: 'decisions.refusal.reconsideration_open',
  already_reviewed: 'decisions.refusal.already_reviewed',
};

/** Words of the decisions module, built from message ids so every value is translated. */
export function useDecisionWords(): DecisionWords {
  const intl = useIntl();
  return useMemo(() => {
    const say = (id: MessageId): string => intl.formatMessage({ id });
    return {
      stage: (stage) => say(`decisions.stage.${stage}`),
      standard: (standard) => {
        const id = STANDARDS[standard];
        return id ? say(id) : standard;
      },
      outcome: (outcome) =>
        Object.hasOwn(intl.messages, outcome.labelKey) ? say(outcome.labelKey as MessageId) : outcome.id,
      result: (positive) => say(positive ? 'decisions.outcome.positive' : 'decisions.outcome.negative'),
      deadline: (deadline) => say(`decisions.deadline.${deadline ?? 'none'}`),
      periodStatus: (status) => say(`decisions.period.status.${status}`),
      ground: (ground) => say(`decisions.ground.${ground}`),
      role: (role) => say(`decisions.role.${role}`),
      reconsideration: (status) => say(`decisions.reconsiderations.status.${status}`),
      refusal: (error) => {
        if (!isApiProblem(error)) return null;
        const reason = error.extensions.reason;
        const id = typeof reason === 'string' ? REFUSALS[reason] : undefined;
        return id ? say(id) : null;
      },
    };
  }, [intl]);
}
