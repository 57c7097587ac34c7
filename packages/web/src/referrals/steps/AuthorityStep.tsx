import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/Alerts';
import { SelectInput } from '../../ui/fields';
import { fieldId } from '../../ui/form-errors';
import { FORM_ID, type StepProps } from './types';

/** The organisation that decides on identification; the first one is chosen unless another is picked. */
export function AuthorityStep({ value, update, options }: StepProps): ReactNode {
  const t = useT();
  const authorities = options.competentAuthorities;
  if (authorities.length === 0) {
    return (
      <Notice tone="attention" title={t('referrals.authority.noneTitle')}>
        <p>{t('referrals.authority.none')}</p>
      </Notice>
    );
  }
  const chosen = value.competentOrgId ?? authorities[0]?.id ?? null;
  return (
    <>
      <SelectInput
        id={fieldId(FORM_ID, 'competentOrgId')}
        name="competentOrgId"
        label={t('referrals.authority.label')}
        description={t('referrals.authority.hint')}
        placeholder={t('common.choose')}
        options={authorities.map((org) => ({ id: org.id, label: org.name }))}
        value={chosen}
        onChange={(competentOrgId) => update({ competentOrgId })}
      />
      <p>
        {options.profile.decisionStages === 2
          ? t('referrals.authority.twoStages', {
              profile: options.profile.name,
              days: options.profile.reasonableGroundsDeadlineWorkingDays,
            })
          : t('referrals.authority.oneStage', { profile: options.profile.name })}
      </p>
    </>
  );
}
