import {
  CONSENT_METHODS,
  type ConsentAnswers,
  type ConsentMethod,
  PERSON_LANGUAGES,
  providerPurpose,
} from '@opennrm/core';
import { type ReactNode, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useTeamPurpose } from '../../cases/team-purpose';
import { useLabels } from '../../i18n/labels';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/Alerts';
import { ComboInput } from '../../ui/ComboInput';
import { SelectInput, SingleCheckbox } from '../../ui/fields';
import { fieldId } from '../../ui/form-errors';
import { RadioInput } from '../fields';
import { useReferralLabels } from '../labels';
import { FORM_ID, type StepProps } from './types';

/**
 * Informed consent per purpose and recipient (domain.md, "Privacy"). For a child nothing
 * is asked: the child's consent is not required, child protection and a guardian are
 * involved. Informing law enforcement is separate, optional, and nothing depends on it.
 */
export function ConsentStep({
  value,
  update,
  options,
  child,
  errors,
  draftId,
}: StepProps & { readonly draftId: string }): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const teamPurpose = useTeamPurpose();
  const words = useReferralLabels();
  const [provider, setProvider] = useState<string | null>(null);
  const answers: ConsentAnswers = value.consent ?? {};
  const setAnswers = (patch: Partial<ConsentAnswers>) => update({ consent: { ...answers, ...patch } });
  const languages = useMemo(
    () =>
      PERSON_LANGUAGES.map((code) => ({ id: code as string, label: labels.language(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );

  if (child) {
    return (
      <Notice tone="info" title={t('referrals.consent.childTitle')}>
        <p>{t('referrals.consent.childText')}</p>
        <p>{t('referrals.consent.childGuardian')}</p>
      </Notice>
    );
  }

  const authority =
    options.competentAuthorities.find((org) => org.id === value.competentOrgId) ??
    options.competentAuthorities[0];
  const chosenProviders = answers.providerOrgIds ?? [];
  const providerName = (id: string) => options.providers.find((org) => org.id === id)?.name ?? id;
  // The purpose it joins the team for: what its kind of help needs (data minimisation).
  const providerFor = (id: string) => {
    const kind = options.providers.find((org) => org.id === id)?.kind;
    return kind ? t('referrals.consent.providerFor', { purpose: teamPurpose(providerPurpose(kind)) }) : null;
  };
  const providerOptions = options.providers
    .filter((org) => !chosenProviders.includes(org.id))
    .map((org) => ({ id: org.id, label: `${org.name} (${labels.organisationKind(org.kind)})` }));
  const optional = answers.optionalPurposes ?? [];

  return (
    <>
      <p>{t('referrals.consent.intro')}</p>
      <fieldset className="referral-fieldset">
        <legend>{t('referrals.consent.how')}</legend>
        <ComboInput
          id={fieldId(FORM_ID, 'consentLanguage')}
          name="consentLanguage"
          label={t('referrals.consent.language')}
          options={languages}
          value={answers.language ?? value.person?.preferredLanguage ?? null}
          onChange={(language) => setAnswers({ language: language as ConsentAnswers['language'] })}
          error={errors.consentLanguage}
        />
        <div className="field">
          <SingleCheckbox
            name="interpreterUsed"
            label={t('referrals.consent.interpreterUsed')}
            isSelected={answers.interpreterUsed ?? false}
            onChange={(interpreterUsed) => setAnswers({ interpreterUsed })}
          />
        </div>
        <SelectInput<ConsentMethod>
          id={fieldId(FORM_ID, 'consentMethod')}
          name="consentMethod"
          label={t('referrals.consent.method')}
          placeholder={t('common.choose')}
          options={CONSENT_METHODS.map((method) => ({ id: method, label: words.method(method) }))}
          value={answers.method ?? null}
          onChange={(method) => setAnswers({ method })}
          error={errors.consentMethod}
        />
      </fieldset>

      <fieldset className="referral-fieldset">
        <legend>{words.purpose('identification_referral')}</legend>
        <RadioInput<'given' | 'declined'>
          id={fieldId(FORM_ID, 'identificationConsent')}
          name="identificationConsent"
          label={t('referrals.consent.referralQuestion', { authority: authority?.name ?? '' })}
          description={t('referrals.consent.referralHint')}
          options={[
            { id: 'given', label: t('referrals.consent.referralGiven') },
            { id: 'declined', label: t('referrals.consent.referralDeclined') },
          ]}
          value={answers.identificationReferral ?? null}
          onChange={(identificationReferral) =>
            setAnswers({ identificationReferral, recordedAt: new Date().toISOString() })
          }
          error={errors.identificationConsent}
        />
        {answers.identificationReferral === 'declined' ? (
          <Notice tone="info" title={t('referrals.consent.declinedTitle')}>
            <p>{t('referrals.consent.declinedText')}</p>
            <p>
              <Link to={`/referrals/anonymous?draft=${encodeURIComponent(draftId)}`}>
                {t('referrals.consent.declinedLink')}
              </Link>
            </p>
          </Notice>
        ) : null}
      </fieldset>

      <fieldset className="referral-fieldset">
        <legend>{words.purpose('share_with_provider')}</legend>
        <p className="field-hint">{t('referrals.consent.providerHint')}</p>
        {chosenProviders.length === 0 ? <p>{t('referrals.consent.providerNone')}</p> : null}
        {chosenProviders.map((id) => (
          <div className="referral-chosen" key={id}>
            <span>
              <bdi>{providerName(id)}</bdi> <span className="field-hint">{providerFor(id)}</span>
            </span>
            <Button
              className="button button-secondary button-small"
              onPress={() => setAnswers({ providerOrgIds: chosenProviders.filter((other) => other !== id) })}
            >
              {t('referrals.consent.providerRemove', { name: providerName(id) })}
            </Button>
          </div>
        ))}
        {providerOptions.length > 0 && chosenProviders.length < 10 ? (
          <div className="referral-chosen">
            <ComboInput
              id={fieldId(FORM_ID, 'provider')}
              name="provider"
              label={t('referrals.consent.providerPick')}
              options={providerOptions}
              value={provider}
              onChange={setProvider}
            />
            <Button
              className="button button-secondary"
              isDisabled={provider === null}
              onPress={() => {
                if (provider === null) return;
                setAnswers({
                  providerOrgIds: [...chosenProviders, provider],
                  recordedAt: answers.recordedAt ?? new Date().toISOString(),
                });
                setProvider(null);
              }}
            >
              {t('referrals.consent.providerAdd')}
            </Button>
          </div>
        ) : null}
      </fieldset>

      <fieldset className="referral-fieldset">
        <legend>{t('referrals.consent.lawTitle')}</legend>
        <p>{t('referrals.consent.lawText')}</p>
        <div className="field">
          <SingleCheckbox
            name="informLawEnforcement"
            label={t('referrals.consent.lawAgree')}
            isSelected={optional.includes('inform_law_enforcement')}
            onChange={(agreed) =>
              setAnswers({
                optionalPurposes: agreed
                  ? [...optional.filter((p) => p !== 'inform_law_enforcement'), 'inform_law_enforcement']
                  : optional.filter((p) => p !== 'inform_law_enforcement'),
                recordedAt: answers.recordedAt ?? new Date().toISOString(),
              })
            }
          />
        </div>
      </fieldset>
    </>
  );
}
