import { type DecisionStage, standardFor } from '@opennrm/core';
import { type ReactNode, useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useT } from '../i18n/use-t';
import { Notice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { RadioInput, TextAreaInput } from './fields';
import { DecisionProblem } from './parts';
import { useDecisionAction } from './queries';
import type { Outcome } from './types';
import { useDecisionWords } from './words';

const FORM = 'decision';
type Field = 'outcome' | 'reasons';
const FIELDS: readonly Field[] = ['outcome', 'reasons'];

/**
 * Recording a decision: the outcome among the profile's categories, the reasons, then
 * a "check your answers" step that says what the decision will do before it is recorded.
 */
export function DecisionDialog({
  caseId,
  stage,
  outcomes,
  recoveryPeriodDays,
  isOpen,
  onClose,
}: {
  readonly caseId: string;
  readonly stage: DecisionStage;
  readonly outcomes: readonly Outcome[];
  readonly recoveryPeriodDays: number;
  readonly isOpen: boolean;
  readonly onClose: () => void;
}): ReactNode {
  const t = useT();
  const words = useDecisionWords();
  const action = useDecisionAction(caseId);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [checking, setChecking] = useState(false);
  const chosen = outcomes.find((item) => item.id === outcome) ?? null;

  const close = (): void => {
    if (action.isPending) return;
    setChecking(false);
    action.reset();
    onClose();
  };

  const review = (): void => {
    const next: FieldErrors<Field> = {};
    if (!chosen) next.outcome = t('decisions.form.outcomeRequired');
    if (reasons.trim().length === 0) next.reasons = t('decisions.form.reasonsRequired');
    setErrors(next);
    if (!hasErrors(next)) setChecking(true);
  };

  const record = (): void => {
    if (!chosen) return;
    action.mutate(
      { kind: 'decide', input: { stage, outcome: chosen.id, reasons: reasons.trim() } },
      {
        onSuccess: () => {
          setOutcome(null);
          setReasons('');
          setChecking(false);
          onClose();
        },
      },
    );
  };

  const effect = !chosen
    ? null
    : !chosen.positive
      ? t('decisions.confirm.effect.negative')
      : stage === 'reasonable_grounds'
        ? t('decisions.confirm.effect.recovery', { days: recoveryPeriodDays })
        : t('decisions.confirm.effect.identified');

  return (
    <Modal
      className="modal"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      isDismissable={!action.isPending}
      isKeyboardDismissDisabled={action.isPending}
    >
      <Dialog className="dialog dialog-wide">
        <Heading slot="title" className="dialog-title">
          {checking ? t('decisions.confirm.title') : t('decisions.form.title', { stage: words.stage(stage) })}
        </Heading>
        {checking && chosen ? (
          <>
            <dl className="summary-list">
              <div>
                <dt>{t('decisions.history.outcome')}</dt>
                <dd>{words.outcome(chosen)}</dd>
              </div>
              <div>
                <dt>{t('decisions.history.standard')}</dt>
                <dd>{words.standard(standardFor(stage))}</dd>
              </div>
              <div>
                <dt>{t('decisions.history.reasons')}</dt>
                <dd className="reasons" dir="auto">
                  {reasons.trim()}
                </dd>
              </div>
            </dl>
            <Notice tone="info" live="off">
              <p>{effect}</p>
              <p>{t('decisions.confirm.final')}</p>
            </Notice>
            <DecisionProblem error={action.error} />
            <div className="button-row">
              <Button className="button button-primary" onPress={record} isDisabled={action.isPending}>
                {t('decisions.confirm.submit')}
              </Button>
              <Button
                className="button button-secondary"
                onPress={() => setChecking(false)}
                isDisabled={action.isPending}
              >
                {t('decisions.form.back')}
              </Button>
            </div>
          </>
        ) : (
          <>
            <ErrorSummary items={summaryItems(FORM, errors, FIELDS)} />
            <p>{t('decisions.form.standard', { standard: words.standard(standardFor(stage)) })}</p>
            <div className="form">
              <RadioInput
                id={fieldId(FORM, 'outcome')}
                name="outcome"
                label={t('decisions.form.outcome')}
                description={t('decisions.form.outcomeHint')}
                options={outcomes.map((item) => ({ id: item.id, label: words.outcome(item) }))}
                value={outcome}
                onChange={setOutcome}
                error={errors.outcome}
                isRequired
              />
              <TextAreaInput
                id={fieldId(FORM, 'reasons')}
                name="reasons"
                label={t('decisions.form.reasons')}
                description={t('decisions.form.reasonsHint')}
                value={reasons}
                onChange={setReasons}
                error={errors.reasons}
                isRequired
              />
              <div className="button-row">
                <Button className="button button-primary" onPress={review}>
                  {t('decisions.form.continue')}
                </Button>
                <Button className="button button-secondary" onPress={close}>
                  {t('common.cancel')}
                </Button>
              </div>
            </div>
          </>
        )}
      </Dialog>
    </Modal>
  );
}
