import {
  AGE_BANDS,
  type AgeBand,
  type AnonymousNotification,
  anonymousNotificationFromDraft,
  anonymousNotificationRefusal,
  EXPLOITATION_FORMS,
  GENDERS,
  type Gender,
  ISO_COUNTRY_CODES,
  isRegionCode,
  type ReferralWorkingDraft,
} from '@opennrm/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedDate, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { DraftLockedNotice, useOfflineDraft } from '../offline';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ComboInput } from '../ui/ComboInput';
import { Checkboxes, SelectInput } from '../ui/fields';
import { fieldId } from '../ui/form-errors';
import { Page } from '../ui/Page';
import { isUuid } from './draft-rules';
import { useReferralLabels } from './labels';
import { useReferralOptions } from './queries';
import type { AnonymousNotificationCreated } from './types';
import './referrals.css';

const FORM = 'anonymous';
const EMPTY: AnonymousNotification = {
  gender: 'unknown',
  ageBand: 'unknown',
  nationality: null,
  exploitationForms: [],
  region: null,
};

/**
 * `/referrals/anonymous[?draft=<id>]`: an adult who does not consent is still counted,
 * with nothing that identifies them. Taken from a referral draft, only the five allowed
 * fields are carried over; once sent, the draft (which does identify) is deleted.
 */
export function AnonymousNotificationPage(): ReactNode {
  const [params] = useSearchParams();
  const draftId = params.get('draft');
  if (draftId !== null && isUuid(draftId)) return <FromDraft key={draftId} draftId={draftId} />;
  return <AnonymousNotificationForm initial={EMPTY} onSent={async () => undefined} />;
}

function FromDraft({ draftId }: { readonly draftId: string }): ReactNode {
  const t = useT();
  const draft = useOfflineDraft<ReferralWorkingDraft>('referral', draftId, () => ({}));
  if (draft.status === 'loading') return <Loading />;
  if (draft.status === 'locked') {
    return (
      <Page title={t('referrals.anonymous.title')}>
        <DraftLockedNotice />
      </Page>
    );
  }
  return (
    <AnonymousNotificationForm
      initial={anonymousNotificationFromDraft(draft.value, new Date())}
      onSent={() => draft.discard()}
      fromDraft
    />
  );
}

function AnonymousNotificationForm({
  initial,
  onSent,
  fromDraft = false,
}: {
  readonly initial: AnonymousNotification;
  readonly onSent: () => Promise<void>;
  readonly fromDraft?: boolean;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const options = useReferralOptions();
  const [value, setValue] = useState<AnonymousNotification>(initial);
  const set =
    <K extends keyof AnonymousNotification>(key: K) =>
    (next: AnonymousNotification[K]) =>
      setValue((current) => ({ ...current, [key]: next }));
  const countries = useMemo(
    () =>
      ISO_COUNTRY_CODES.map((code) => ({ id: code as string, label: labels.country(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );
  const regions = (options.data?.regions ?? [])
    .filter(isRegionCode)
    .map((region) => ({ id: region, label: labels.region(region) }));
  const child = anonymousNotificationRefusal(value) === 'child';

  const send = useMutation({
    mutationFn: (body: AnonymousNotification) =>
      api.post<AnonymousNotificationCreated>('/api/anonymous-notifications', body),
    onSuccess: async () => {
      // What identifies the person must not stay behind, on this device or on the server.
      await onSent().catch(() => undefined);
    },
  });

  if (send.data) return <Sent result={send.data} />;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (child) return;
    send.mutate(value);
  };

  return (
    <Page title={t('referrals.anonymous.title')} lead={<p>{t('referrals.anonymous.intro')}</p>}>
      <p>
        <Link to="/referrals">{t('referrals.backToReferrals')}</Link>
      </p>
      <Notice tone="info" title={t('referrals.anonymous.storedTitle')} live="off">
        <p>{t('referrals.anonymous.stored')}</p>
        <p>{t(fromDraft ? 'referrals.anonymous.notStoredDraft' : 'referrals.anonymous.notStored')}</p>
      </Notice>
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <SelectInput<Gender>
          id={fieldId(FORM, 'gender')}
          name="gender"
          label={t('referrals.person.gender')}
          placeholder={t('common.choose')}
          options={GENDERS.map((gender) => ({ id: gender, label: labels.gender(gender) }))}
          value={value.gender}
          onChange={set('gender')}
        />
        <SelectInput<AgeBand>
          id={fieldId(FORM, 'ageBand')}
          name="ageBand"
          label={t('referrals.anonymous.ageBand')}
          description={t('referrals.anonymous.ageBandHint')}
          placeholder={t('common.choose')}
          options={AGE_BANDS.map((band) => ({ id: band, label: labels.ageBand(band) }))}
          value={value.ageBand}
          onChange={set('ageBand')}
          error={child ? t('referrals.anonymous.childError') : undefined}
        />
        {child ? (
          <Notice tone="attention" title={t('referrals.anonymous.childTitle')}>
            <p>{t('referrals.anonymous.childText')}</p>
            <p>
              <Link to="/referrals/new">{t('referrals.start')}</Link>
            </p>
          </Notice>
        ) : null}
        <ComboInput
          id={fieldId(FORM, 'nationality')}
          name="nationality"
          label={t('referrals.person.nationality')}
          options={countries}
          value={value.nationality}
          onChange={(code) => set('nationality')(code as AnonymousNotification['nationality'])}
        />
        <Checkboxes
          id={fieldId(FORM, 'exploitationForms')}
          name="exploitationForms"
          label={t('referrals.exploitation.forms')}
          options={EXPLOITATION_FORMS.map((form) => ({ id: form, label: labels.exploitationForm(form) }))}
          value={value.exploitationForms}
          onChange={set('exploitationForms')}
        />
        {regions.length > 0 ? (
          <SelectInput
            id={fieldId(FORM, 'region')}
            name="region"
            label={t('referrals.person.region')}
            placeholder={t('common.choose')}
            options={regions}
            value={value.region}
            onChange={set('region')}
          />
        ) : null}
        <ProblemNotice error={send.error} />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={child || send.isPending}>
            {t('referrals.anonymous.send')}
          </Button>
        </div>
      </Form>
    </Page>
  );
}

function Sent({ result }: { readonly result: AnonymousNotificationCreated }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useReferralLabels();
  const stored = result.stored;
  const rows: [string, string][] = [
    [t('referrals.person.gender'), labels.gender(stored.gender)],
    [t('referrals.anonymous.ageBand'), labels.ageBand(stored.ageBand)],
    [t('referrals.person.nationality'), labels.country(stored.nationality)],
    [
      t('referrals.exploitation.forms'),
      stored.exploitationForms.length > 0
        ? labels.list(stored.exploitationForms.map(labels.exploitationForm))
        : t('common.notRecorded'),
    ],
    [t('referrals.person.region'), stored.region ? labels.region(stored.region) : t('common.notRecorded')],
  ];
  return (
    <Page title={t('referrals.anonymous.sentTitle')}>
      <Notice tone="success" title={t('referrals.anonymous.sent')}>
        <p>
          {t('referrals.anonymous.sentOn')}{' '}
          <FormattedDate value={`${result.notifiedOn}T12:00:00Z`} dateStyle="long" timeZone="UTC" />
        </p>
      </Notice>
      <section className="section" aria-labelledby="anonymous-stored">
        <h2 id="anonymous-stored">{t('referrals.anonymous.storedTitle')}</h2>
        <dl className="summary-list">
          {rows.map(([term, text]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>
                <bdi>{text}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="section" aria-labelledby="anonymous-support">
        <h2 id="anonymous-support">{t('referrals.support.title')}</h2>
        <p>{t('referrals.support.intro')}</p>
        <dl className="referral-support">
          {result.support.map((code) => (
            <div key={code}>
              <dt>{words.support(code)}</dt>
              <dd>{words.supportText(code)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p>
        <Link to="/referrals">{t('referrals.backToReferrals')}</Link>
      </p>
    </Page>
  );
}
