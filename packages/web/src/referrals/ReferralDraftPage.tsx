import {
  childStatus,
  completeReferral,
  isChildStatus,
  REFERRAL_STEPS,
  type ReferralStep,
  type ReferralWorkingDraft,
} from '@opennrm/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { isApiProblem } from '../api/problem';
import { useT } from '../i18n/use-t';
import { ConflictDialog, DraftLockedNotice, DraftStatusText, useOfflineDraft, useOnline } from '../offline';
import { ActionDialog } from '../ui/ActionDialog';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { type FieldErrors, summaryItems } from '../ui/form-errors';
import { Page } from '../ui/Page';
import { DraftSummary, StepList } from './draft-parts';
import { isUuid, OFFLINE_OPTIONS } from './draft-rules';
import { useReferralOptions, useScreeningPrefill } from './queries';
import { AuthorityStep } from './steps/AuthorityStep';
import { CheckStep } from './steps/CheckStep';
import { ConsentStep } from './steps/ConsentStep';
import { ExploitationStep } from './steps/ExploitationStep';
import { NeedsStep } from './steps/NeedsStep';
import { PersonStep } from './steps/PersonStep';
import { FORM_ID } from './steps/types';
import type { ReferralCreated } from './types';

const ERROR_ORDER = [
  'birthYear',
  'exploitationForms',
  'consentLanguage',
  'consentMethod',
  'identificationConsent',
] as const;

/** `/referrals/drafts/:draftId`: a referral written step by step, saved on the device as it is typed. */
export function ReferralDraftPage(): ReactNode {
  const t = useT();
  const { draftId = '' } = useParams();
  if (!isUuid(draftId)) {
    return (
      <Page title={t('referrals.new.title')}>
        <Notice tone="attention">
          <p>{t('referrals.draft.notFound')}</p>
        </Notice>
        <p>
          <Link to="/referrals">{t('referrals.backToReferrals')}</Link>
        </p>
      </Page>
    );
  }
  return <ReferralDraftForm key={draftId} draftId={draftId} />;
}

function birthYearError(text: string, now: Date): boolean {
  if (text.trim() === '') return false;
  const year = Number(text);
  return !/^\d{4}$/.test(text.trim()) || year < 1900 || year > now.getUTCFullYear();
}

function ReferralDraftForm({ draftId }: { readonly draftId: string }): ReactNode {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const screeningParam = params.get('screening');
  const draft = useOfflineDraft<ReferralWorkingDraft>('referral', draftId, () => ({
    step: 'person',
    screeningId: screeningParam !== null && isUuid(screeningParam) ? screeningParam : null,
  }));
  const online = useOnline();
  const optionsQuery = useReferralOptions();
  const options = optionsQuery.data ?? OFFLINE_OPTIONS;
  const value = draft.value;
  const update = (patch: Partial<ReferralWorkingDraft>): void => draft.update({ ...draft.value, ...patch });
  const step: ReferralStep = value.step ?? 'person';
  const [errors, setErrors] = useState<FieldErrors<string>>({});
  const [birthYearText, setBirthYearText] = useState(() =>
    value.person?.birthYear ? String(value.person.birthYear) : '',
  );
  const heading = useRef<HTMLHeadingElement>(null);

  // A draft that arrives later (loaded from the device, or the colleague's version taken in a conflict).
  const storedYear = value.person?.birthYear ?? null;
  useEffect(() => {
    setBirthYearText((text) => {
      const typed = text.trim() === '' || birthYearError(text, new Date()) ? null : Number(text);
      if (typed === storedYear) return text;
      return storedYear === null ? '' : String(storedYear);
    });
  }, [storedYear]);

  // Tell the story once: the forms the screening concluded fill an untouched list. Never
  // after sending: the discarded draft reads as untouched, and filling it would bring it back.
  const prefill = useScreeningPrefill(value.screeningId ?? null);
  const sent = useRef(false);
  useEffect(() => {
    if (
      sent.current ||
      !prefill.data ||
      draft.status === 'loading' ||
      draft.value.exploitationForms !== undefined
    )
      return;
    const forms = [...prefill.data.concludedForms];
    draft.update({
      ...draft.value,
      exploitationForms: forms,
      elements: { ...draft.value.elements, purposes: forms },
    });
  }, [prefill.data, draft]);

  const now = new Date();
  const person = value.person ?? {};
  const status = childStatus(
    {
      birthYear: person.birthYear ?? null,
      ageUncertain: person.ageUncertain ?? false,
      reasonsToBelieveChild: person.reasonsToBelieveChild ?? false,
    },
    now,
  );
  const child = isChildStatus(status);
  const completion = useMemo(() => completeReferral(value, draftId, new Date()), [value, draftId]);

  // One attempt per spell online: a lost connection is retried when it comes back, never in a loop.
  const attempted = useRef(false);
  useEffect(() => {
    if (!online) attempted.current = false;
  }, [online]);
  const send = useMutation({
    mutationFn: (body: unknown) => api.post<ReferralCreated>('/api/referrals', body),
    onSuccess: (created) => {
      sent.current = true;
      void draft.discard();
      void navigate(`/referrals/${created.id}/confirmation`, { replace: true, state: created });
    },
    onError: (error) => {
      // Without a connection the referral waits (the draft id makes a resend idempotent);
      // any other answer needs the user.
      const network = isApiProblem(error) && error.type === 'network';
      draft.update({
        ...draft.value,
        queuedAt: network ? (draft.value.queuedAt ?? new Date().toISOString()) : null,
      });
    },
  });
  const queued = (value.queuedAt ?? null) !== null;
  useEffect(() => {
    if (!online || !queued || !completion.ok || attempted.current || send.isPending) return;
    attempted.current = true;
    send.mutate(completion.submission);
  }, [online, queued, completion, send]);

  if (draft.status === 'loading' || optionsQuery.isPending) return <Loading />;
  if (draft.status === 'locked') {
    return (
      <Page title={t('referrals.new.title')}>
        <DraftLockedNotice />
      </Page>
    );
  }

  const goTo = (next: ReferralStep): void => {
    setErrors({});
    const patch: Partial<ReferralWorkingDraft> = { step: next };
    // The person is usually informed in the language they prefer: start from it.
    if (next === 'consent' && !value.consent?.language && person.preferredLanguage)
      patch.consent = { ...value.consent, language: person.preferredLanguage };
    update(patch);
    heading.current?.focus();
  };

  const validate = (current: ReferralStep): FieldErrors<string> => {
    const found: FieldErrors<string> = {};
    if (current === 'person' && birthYearError(birthYearText, now))
      found.birthYear = t('referrals.error.birthYear');
    if (current === 'exploitation' && (value.exploitationForms ?? []).length === 0)
      found.exploitationForms = t('referrals.error.forms');
    if (current === 'consent' && !child) {
      const answers = value.consent ?? {};
      if (!answers.identificationReferral)
        found.identificationConsent = t('referrals.error.identificationConsent');
      if (answers.identificationReferral === 'given' || (answers.providerOrgIds ?? []).length > 0) {
        if (!answers.language) found.consentLanguage = t('referrals.error.consentLanguage');
        if (!answers.method) found.consentMethod = t('referrals.error.consentMethod');
      }
    }
    return found;
  };

  const index = REFERRAL_STEPS.indexOf(step);
  const next = REFERRAL_STEPS[index + 1];
  const previous = REFERRAL_STEPS[index - 1];

  const onContinue = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found = validate(step);
    setErrors(found);
    if (Object.keys(found).length > 0 || !next) return;
    goTo(next);
  };

  const submit = (): void => {
    if (!completion.ok) return;
    if (!online) {
      update({ queuedAt: new Date().toISOString() });
      return;
    }
    attempted.current = true;
    send.mutate(completion.submission);
  };

  const stepProps = { value, update, options, child, errors };
  const consentRequired = isApiProblem(send.error) && send.error.type === 'consent-required';

  return (
    <Page
      title={t('referrals.new.title')}
      lead={<DraftStatusText status={draft.status} rejected={draft.rejected} />}
    >
      <ConflictDialog
        conflict={draft.conflict}
        renderVersion={(version) => <DraftSummary draft={version} />}
        onResolve={draft.resolve}
      />
      <p>
        <Link to="/referrals">{t('referrals.backToReferrals')}</Link>
      </p>
      {online ? null : (
        <Notice tone="info" title={t('referrals.offline.title')}>
          <p>{t('referrals.offline.working')}</p>
        </Notice>
      )}
      {!optionsQuery.data ? (
        <Notice tone="info" title={t('referrals.offline.optionsTitle')}>
          <p>{t('referrals.offline.options')}</p>
        </Notice>
      ) : null}
      {optionsQuery.data && !optionsQuery.data.mayRefer ? (
        <Notice tone="attention" title={t('referrals.mayNotRefer.title')}>
          <p>{t('referrals.mayNotRefer.text', { profile: optionsQuery.data.profile.name })}</p>
          <p>
            <Link to={`/referrals/anonymous?draft=${encodeURIComponent(draftId)}`}>
              {t('referrals.consent.declinedLink')}
            </Link>
          </p>
        </Notice>
      ) : null}
      {prefill.data && value.screeningId ? (
        <Notice tone="info" live="off">
          <p>{t('referrals.prefill.fromScreening')}</p>
        </Notice>
      ) : null}
      <StepList current={step} onGo={goTo} />
      <h2 ref={heading} tabIndex={-1}>
        {t('referrals.step.heading', { number: index + 1, total: REFERRAL_STEPS.length })}
      </h2>
      <ErrorSummary items={summaryItems(FORM_ID, errors, ERROR_ORDER)} />
      {step === 'check' ? (
        <>
          <CheckStep
            {...stepProps}
            childStatus={status}
            gaps={completion.ok ? [] : completion.gaps}
            onChange={goTo}
          />
          {!completion.ok && completion.declined ? (
            <Notice tone="info" title={t('referrals.consent.declinedTitle')}>
              <p>{t('referrals.consent.declinedText')}</p>
              <p>
                <Link to={`/referrals/anonymous?draft=${encodeURIComponent(draftId)}`}>
                  {t('referrals.consent.declinedLink')}
                </Link>
              </p>
            </Notice>
          ) : null}
          {queued ? (
            <Notice tone="info" title={t('referrals.queue.title')}>
              <p>{t(online && send.isPending ? 'referrals.queue.sending' : 'referrals.queue.waiting')}</p>
            </Notice>
          ) : null}
          {consentRequired ? (
            <Notice tone="attention" title={t('referrals.consent.declinedTitle')}>
              <p>{t('referrals.error.consentRequired')}</p>
              <p>
                <Link to={`/referrals/anonymous?draft=${encodeURIComponent(draftId)}`}>
                  {t('referrals.consent.declinedLink')}
                </Link>
              </p>
            </Notice>
          ) : (
            <ProblemNotice error={send.isError && !queued ? send.error : null} />
          )}
          <div className="button-row">
            {previous ? (
              <Button className="button button-secondary" onPress={() => goTo(previous)}>
                {t('referrals.back')}
              </Button>
            ) : null}
            <Button
              className="button button-primary"
              isDisabled={!completion.ok || send.isPending || (queued && !online)}
              onPress={submit}
            >
              {t(online ? 'referrals.send' : 'referrals.sendLater')}
            </Button>
          </div>
        </>
      ) : (
        <Form className="form" onSubmit={onContinue} validationBehavior="aria">
          {step === 'person' ? (
            <PersonStep
              {...stepProps}
              birthYearText={birthYearText}
              onBirthYearText={(text) => {
                setBirthYearText(text);
                const year = birthYearError(text, new Date()) || text.trim() === '' ? null : Number(text);
                update({ person: { ...person, birthYear: year } });
              }}
            />
          ) : null}
          {step === 'exploitation' ? <ExploitationStep {...stepProps} /> : null}
          {step === 'needs' ? <NeedsStep {...stepProps} /> : null}
          {step === 'authority' ? <AuthorityStep {...stepProps} /> : null}
          {step === 'consent' ? <ConsentStep {...stepProps} draftId={draftId} /> : null}
          <div className="button-row">
            {previous ? (
              <Button className="button button-secondary" onPress={() => goTo(previous)}>
                {t('referrals.back')}
              </Button>
            ) : null}
            <Button type="submit" className="button button-primary">
              {t('referrals.continue')}
            </Button>
          </div>
        </Form>
      )}
      <div className="section">
        <ActionDialog
          title={t('referrals.draft.deleteTitle')}
          triggerLabel={t('referrals.draft.delete')}
          confirmLabel={t('referrals.draft.deleteConfirm')}
          action={() => draft.discard()}
          onDone={() => void navigate('/referrals', { replace: true })}
        >
          <p>{t('referrals.draft.deleteText')}</p>
        </ActionDialog>
      </div>
    </Page>
  );
}
