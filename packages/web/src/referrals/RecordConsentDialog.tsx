import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  type ConsentMethod,
  type ConsentPurpose,
  PERSON_LANGUAGES,
  type PersonLanguage,
  providerPurpose,
} from '@opennrm/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { api } from '../api/client';
import { useTeamPurpose } from '../cases/team-purpose';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { ProblemNotice } from '../ui/Alerts';
import { ComboInput } from '../ui/ComboInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectInput, SingleCheckbox } from '../ui/fields';
import { type FieldErrors, fieldId, summaryItems } from '../ui/form-errors';
import { useReferralLabels } from './labels';
import { useProviders } from './queries';
import type { ConsentRecord } from './types';

const FORM = 'record-consent';
type Field = 'purpose' | 'recipient' | 'language' | 'method';
const FIELDS: readonly Field[] = ['purpose', 'recipient', 'language', 'method'];

/** Records a consent given later (e.g. by a child's guardian, or to share with one more provider). */
export function RecordConsentDialog({
  caseId,
  onRecorded,
}: {
  readonly caseId: string;
  readonly onRecorded: () => void;
}): ReactNode {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary">{t('referrals.consents.record')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {t('referrals.consents.recordTitle')}
          </Heading>
          <RecordConsentForm
            caseId={caseId}
            onCancel={() => setOpen(false)}
            onRecorded={() => {
              setOpen(false);
              onRecorded();
            }}
          />
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function RecordConsentForm({
  caseId,
  onCancel,
  onRecorded,
}: {
  readonly caseId: string;
  readonly onCancel: () => void;
  readonly onRecorded: () => void;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const words = useReferralLabels();
  const teamPurpose = useTeamPurpose();
  const [purpose, setPurpose] = useState<ConsentPurpose | null>(null);
  const [recipient, setRecipient] = useState<string | null>(null);
  const [language, setLanguage] = useState<PersonLanguage | null>(null);
  const [method, setMethod] = useState<ConsentMethod | null>(null);
  const [interpreterUsed, setInterpreterUsed] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const providers = useProviders(purpose === 'share_with_provider');
  // The purpose the provider joins the team for: what its kind of help needs (data minimisation).
  const joinsFor = (id: string | null): string | undefined => {
    const org = (providers.data ?? []).find((o) => o.id === id);
    return org
      ? t('referrals.consent.providerJoins', {
          name: org.name,
          purpose: teamPurpose(providerPurpose(org.kind)),
        })
      : undefined;
  };
  const languages = useMemo(
    () =>
      PERSON_LANGUAGES.map((code) => ({ id: code as string, label: labels.language(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.post<ConsentRecord>(`/api/cases/${encodeURIComponent(caseId)}/consents`, body),
    onSuccess: onRecorded,
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!purpose) found.purpose = t('referrals.error.purpose');
    if (purpose === 'share_with_provider' && !recipient) found.recipient = t('referrals.error.provider');
    if (!language) found.language = t('referrals.error.consentLanguage');
    if (!method) found.method = t('referrals.error.consentMethod');
    setErrors(found);
    if (!purpose || !language || !method || Object.keys(found).length > 0) return;
    save.mutate({
      purpose,
      recipientOrgId: purpose === 'share_with_provider' ? recipient : null,
      language,
      interpreterUsed,
      method,
      givenAt: new Date().toISOString(),
    });
  };

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <ErrorSummary items={summaryItems(FORM, errors, FIELDS)} />
      <SelectInput<ConsentPurpose>
        id={fieldId(FORM, 'purpose')}
        name="purpose"
        label={t('referrals.consents.purpose')}
        placeholder={t('common.choose')}
        options={CONSENT_PURPOSES.map((p) => ({ id: p, label: words.purpose(p) }))}
        value={purpose}
        onChange={setPurpose}
        error={errors.purpose}
      />
      {purpose === 'inform_law_enforcement' ? <p>{t('referrals.consent.lawText')}</p> : null}
      {purpose === 'share_with_provider' ? (
        <ComboInput
          id={fieldId(FORM, 'recipient')}
          name="recipient"
          label={t('referrals.consent.providerPick')}
          options={(providers.data ?? []).map((org) => ({
            id: org.id,
            label: `${org.name} (${labels.organisationKind(org.kind)})`,
          }))}
          value={recipient}
          onChange={setRecipient}
          error={errors.recipient}
          description={joinsFor(recipient)}
        />
      ) : null}
      <ComboInput
        id={fieldId(FORM, 'language')}
        name="language"
        label={t('referrals.consent.language')}
        options={languages}
        value={language}
        onChange={(code) => setLanguage(code as PersonLanguage | null)}
        error={errors.language}
      />
      <div className="field">
        <SingleCheckbox
          name="interpreterUsed"
          label={t('referrals.consent.interpreterUsed')}
          isSelected={interpreterUsed}
          onChange={setInterpreterUsed}
        />
      </div>
      <SelectInput<ConsentMethod>
        id={fieldId(FORM, 'method')}
        name="method"
        label={t('referrals.consent.method')}
        placeholder={t('common.choose')}
        options={CONSENT_METHODS.map((m) => ({ id: m, label: words.method(m) }))}
        value={method}
        onChange={setMethod}
        error={errors.method}
      />
      <ProblemNotice error={save.error} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('referrals.consents.recordConfirm')}
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
