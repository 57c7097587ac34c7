import { URGENT_NEEDS } from '@opennrm/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { Checkboxes, SingleCheckbox } from '../../ui/fields';
import { fieldId } from '../../ui/form-errors';
import { TextAreaInput } from '../fields';
import { useReferralLabels } from '../labels';
import { FORM_ID, type StepProps } from './types';

/** What the person needs now, whether an interpreter is needed, and what happened in the screener's words. */
export function NeedsStep({ value, update }: StepProps): ReactNode {
  const t = useT();
  const words = useReferralLabels();
  return (
    <>
      <Checkboxes
        id={fieldId(FORM_ID, 'urgentNeeds')}
        name="urgentNeeds"
        label={t('referrals.needs.urgent')}
        description={t('referrals.needs.urgentHint')}
        options={URGENT_NEEDS.map((need) => ({ id: need, label: words.need(need) }))}
        value={value.urgentNeeds ?? []}
        onChange={(urgentNeeds) => update({ urgentNeeds })}
      />
      <div className="field">
        <SingleCheckbox
          name="interpreterNeeded"
          label={t('referrals.needs.interpreter')}
          isSelected={value.interpreterNeeded ?? false}
          onChange={(interpreterNeeded) => update({ interpreterNeeded })}
        />
      </div>
      <TextAreaInput
        id={fieldId(FORM_ID, 'narrative')}
        name="narrative"
        label={t('referrals.needs.narrative')}
        description={t('referrals.needs.narrativeHint')}
        value={value.narrative ?? ''}
        onChange={(narrative) => update({ narrative })}
        maxLength={20_000}
      />
    </>
  );
}
