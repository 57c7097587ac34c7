import { OVERALL_READINGS, type OverallReading } from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/use-t';
import { ErrorSummary } from '../ui/ErrorSummary';
import { fieldId, summaryItems } from '../ui/form-errors';
import { type ConclusionChoice, type ConclusionErrors, conclusionErrors } from './draft';
import { ChoiceField, ReasonField } from './fields';
import { useScreeningWords } from './words';

const FORM_ID = 'screening-conclusion';
type Field = 'kind' | 'concluded' | 'reason';

/**
 * The screener's own conclusion on the suggestion: agree, or conclude differently with
 * a reason (required). Checked here first so the error shows with no network too.
 */
export function ConclusionForm({
  suggested,
  initial,
  submitLabel,
  isPending = false,
  onSubmit,
}: {
  readonly suggested: OverallReading;
  readonly initial?: ConclusionChoice;
  readonly submitLabel: string;
  readonly isPending?: boolean;
  readonly onSubmit: (choice: ConclusionChoice) => void;
}): ReactNode {
  const t = useT();
  const words = useScreeningWords();
  const [kind, setKind] = useState<'confirm' | 'override'>(initial?.kind ?? 'confirm');
  const [concluded, setConcluded] = useState<OverallReading | null>(
    initial?.kind === 'override' ? initial.concluded : null,
  );
  const [reason, setReason] = useState(initial?.kind === 'override' ? initial.reason : '');
  const [errors, setErrors] = useState<ConclusionErrors>({});

  const messages: Partial<Record<Field, string>> = {
    ...(errors.concluded === 'required'
      ? { concluded: t('identification.conclude.error.concludedRequired') }
      : errors.concluded === 'same_as_suggested'
        ? { concluded: t('identification.conclude.error.sameAsSuggested') }
        : {}),
    ...(errors.reason ? { reason: t('identification.conclude.error.reasonRequired') } : {}),
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const choice: ConclusionChoice = kind === 'confirm' ? { kind } : { kind, concluded, reason };
    const found = conclusionErrors(choice, suggested);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(choice);
  };

  return (
    <form id={FORM_ID} className="form" noValidate onSubmit={submit}>
      <ErrorSummary items={summaryItems(FORM_ID, messages, ['kind', 'concluded', 'reason'])} />
      <ChoiceField
        id={fieldId(FORM_ID, 'kind')}
        name="kind"
        label={t('identification.conclude.legend')}
        options={[
          {
            id: 'confirm',
            label: t('identification.conclude.confirm', { reading: words.overall(suggested) }),
          },
          { id: 'override', label: t('identification.conclude.override') },
        ]}
        value={kind}
        onChange={setKind}
      />
      {kind === 'override' ? (
        <>
          <ChoiceField
            id={fieldId(FORM_ID, 'concluded')}
            name="concluded"
            label={t('identification.conclude.concluded')}
            options={OVERALL_READINGS.filter((reading) => reading !== suggested).map((reading) => ({
              id: reading,
              label: words.overall(reading),
            }))}
            value={concluded}
            onChange={setConcluded}
            error={messages.concluded}
          />
          <ReasonField
            id={fieldId(FORM_ID, 'reason')}
            name="reason"
            label={t('identification.conclude.reason')}
            description={t('identification.conclude.reasonHint')}
            value={reason}
            onChange={setReason}
            error={messages.reason}
          />
        </>
      ) : null}
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
