import { REFERRAL_STEPS, type ReferralStep, type ReferralWorkingDraft } from '@opennrm/core';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { useReferralLabels } from './labels';
import './referrals.css';

/** The steps of the form; each can be reached directly, the current one is marked in words and shape. */
export function StepList({
  current,
  onGo,
}: {
  readonly current: ReferralStep;
  readonly onGo: (step: ReferralStep) => void;
}): ReactNode {
  const t = useT();
  const words = useReferralLabels();
  return (
    <nav className="referral-steps" aria-label={t('referrals.steps.label')}>
      <ol>
        {REFERRAL_STEPS.map((step) => (
          <li key={step}>
            {step === current ? (
              <span aria-current="step">{words.step(step)}</span>
            ) : (
              <Button className="button button-quiet button-small" onPress={() => onGo(step)}>
                {words.step(step)}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A short reading of one version of a draft, to choose between two in a conflict. */
export function DraftSummary({ draft }: { readonly draft: ReferralWorkingDraft }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useReferralLabels();
  const none = t('common.notRecorded');
  const forms = (draft.exploitationForms ?? []).map(labels.exploitationForm);
  return (
    <dl className="summary-list">
      <div>
        <dt>{t('referrals.person.name')}</dt>
        <dd>
          <bdi>{draft.person?.name?.trim() || none}</bdi>
        </dd>
      </div>
      <div>
        <dt>{t('person.birthYear')}</dt>
        <dd>{draft.person?.birthYear ?? none}</dd>
      </div>
      <div>
        <dt>{t('referrals.exploitation.forms')}</dt>
        <dd>{forms.length > 0 ? labels.list(forms) : none}</dd>
      </div>
      <div>
        <dt>{t('referrals.draft.stepReached')}</dt>
        <dd>{words.step(draft.step ?? 'person')}</dd>
      </div>
    </dl>
  );
}
