import { PERSON_LANGUAGES } from '@opennrm/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { ActionDialog } from '../ui/ActionDialog';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ComboInput } from '../ui/ComboInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectInput, SingleCheckbox } from '../ui/fields';
import { type FieldErrors, fieldId, summaryItems } from '../ui/form-errors';
import { LongTextInput } from './case-file-fields';
import {
  useAccount,
  useAccountRequests,
  useAccountShares,
  useAccountText,
  useCaseFileMutations,
} from './case-file-queries';
import type { AccountVersionMeta, AccountView, ShareCandidate } from './case-file-types';
import { useCaseFileWords } from './case-file-words';

/**
 * Tell the story once: the person's account, recorded once (in versions), read only by
 * the organisations that recorded it or were given it; anyone else on the team asks.
 */
export function AccountPanel({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const account = useAccount(caseId, true);
  return (
    <section className="section" aria-labelledby="case-account">
      <h2 id="case-account">{t('caseFile.account.title')}</h2>
      <p>{t('caseFile.account.intro')}</p>
      {account.isPending ? <Loading /> : null}
      <ProblemNotice error={account.error} />
      {account.data ? <AccountBody caseId={caseId} view={account.data} /> : null}
    </section>
  );
}

function AccountBody({ caseId, view }: { readonly caseId: string; readonly view: AccountView }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useCaseFileWords();
  if (!view.exists) {
    return (
      <>
        <p>{t('caseFile.account.none')}</p>
        {view.mayRecord ? <RecordAccountDialog caseId={caseId} first /> : null}
      </>
    );
  }
  return (
    <>
      <p>
        {t('caseFile.account.recordedBy', { organisations: labels.list(view.recordedBy.map((o) => o.name)) })}
      </p>
      <h3>{t('caseFile.account.versions')}</h3>
      <ul className="plain-list">
        {view.versions.map((v) => (
          <li key={v.version}>
            <VersionLine version={v} />
          </li>
        ))}
      </ul>
      {view.canRead ? (
        <AccountText caseId={caseId} versions={view.versions} />
      ) : (
        <Notice tone="info" live="off">
          <p>{t('caseFile.account.notShared')}</p>
          {view.ownRequest ? (
            <p>
              {t('caseFile.requests.own', {
                date: words.date(view.ownRequest.requestedAt),
                status: words.message(`caseFile.requestStatus.${view.ownRequest.status}`),
              })}
            </p>
          ) : null}
        </Notice>
      )}
      <div className="button-row">
        {view.mayRecord ? <RecordAccountDialog caseId={caseId} first={false} /> : null}
        {view.mayRequest ? <RequestAccessDialog caseId={caseId} /> : null}
      </div>
      {view.mayShare ? (
        <>
          <SharesSection caseId={caseId} />
          <RequestsSection caseId={caseId} />
        </>
      ) : null}
    </>
  );
}

function VersionLine({ version }: { readonly version: AccountVersionMeta }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useCaseFileWords();
  const details = [
    ...(version.source === 'referral' ? [t('caseFile.account.fromReferral')] : []),
    ...(version.language
      ? [t('caseFile.account.language', { language: labels.language(version.language) })]
      : []),
    ...(version.interpreterUsed ? [t('caseFile.account.interpreter')] : []),
  ];
  return (
    <>
      <bdi>
        {t('caseFile.account.versionLine', {
          version: version.version,
          date: words.date(version.recordedAt),
          organisation: version.recordedBy.name,
        })}
      </bdi>
      {details.length > 0 ? <span className="muted"> ({labels.list(details)})</span> : null}
    </>
  );
}

/** The text, fetched only when asked for (each read audited) and dropped when hidden. */
function AccountText({
  caseId,
  versions,
}: {
  readonly caseId: string;
  readonly versions: readonly AccountVersionMeta[];
}): ReactNode {
  const t = useT();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const latest = versions[versions.length - 1]?.version ?? 1;
  const [version, setVersion] = useState<number>(latest);
  const text = useAccountText(caseId, version, shown);
  return (
    <div className="subsection">
      <Notice tone="info" live="off">
        <p>{t('caseFile.account.auditNotice')}</p>
      </Notice>
      {versions.length > 1 ? (
        <SelectInput<string>
          id="account-version"
          name="version"
          label={t('caseFile.account.chooseVersion')}
          placeholder={t('common.choose')}
          options={[...versions].reverse().map((v) => ({
            id: String(v.version),
            label: t('caseFile.account.version', { version: v.version }),
          }))}
          value={String(version)}
          onChange={(v) => setVersion(Number(v))}
        />
      ) : null}
      <Button
        className={`button ${shown ? 'button-secondary' : 'button-primary'}`}
        aria-expanded={shown}
        aria-controls="account-text"
        onPress={() => {
          if (shown) queryClient.removeQueries({ queryKey: ['case-account-text', caseId] });
          setShown(!shown);
        }}
      >
        {t(shown ? 'caseFile.account.hide' : 'caseFile.account.show')}
      </Button>
      <div id="account-text">
        {shown && text.isPending ? <Loading /> : null}
        {shown ? <ProblemNotice error={text.error} /> : null}
        {shown && text.data?.text !== undefined ? (
          <div className="case-file-text" dir="auto">
            {text.data.text}
          </div>
        ) : null}
      </div>
    </div>
  );
}

type RecordField = 'text' | 'language';

function RecordAccountDialog({
  caseId,
  first,
}: {
  readonly caseId: string;
  readonly first: boolean;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const { recordAccount } = useCaseFileMutations(caseId);
  const [isOpen, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<string | null>(null);
  const [interpreterUsed, setInterpreterUsed] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<RecordField>>({});
  const form = 'record-account';
  const languages = useMemo(
    () =>
      PERSON_LANGUAGES.map((code) => ({ id: code as string, label: labels.language(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<RecordField> = {};
    if (text.trim() === '') found.text = t('caseFile.account.textError');
    if (!language) found.language = t('caseFile.account.languageError');
    setErrors(found);
    if (!language || Object.keys(found).length > 0) return;
    recordAccount.mutate(
      { text, language, interpreterUsed },
      {
        onSuccess: () => {
          setText('');
          setOpen(false);
        },
      },
    );
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className={`button ${first ? 'button-primary' : 'button-secondary'}`}>
        {t(first ? 'caseFile.account.record' : 'caseFile.account.addVersion')}
      </Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {t('caseFile.account.recordTitle')}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <ErrorSummary items={summaryItems(form, errors, ['text', 'language'])} />
            <LongTextInput
              id={fieldId(form, 'text')}
              name="text"
              label={t('caseFile.account.text')}
              description={t('caseFile.account.recordHint')}
              value={text}
              onChange={setText}
              error={errors.text}
              maxLength={50_000}
              rows={10}
            />
            <ComboInput
              id={fieldId(form, 'language')}
              name="language"
              label={t('caseFile.account.languageLabel')}
              options={languages}
              value={language}
              onChange={setLanguage}
              error={errors.language}
            />
            <div className="field">
              <SingleCheckbox
                name="interpreterUsed"
                label={t('caseFile.account.interpreterUsed')}
                isSelected={interpreterUsed}
                onChange={setInterpreterUsed}
              />
            </div>
            <ProblemNotice error={recordAccount.error} />
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={recordAccount.isPending}>
                {t('caseFile.account.save')}
              </Button>
              <Button className="button button-secondary" onPress={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function RequestAccessDialog({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const { request } = useCaseFileMutations(caseId);
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const form = 'request-account';
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError(t('caseFile.requests.reasonError'));
      return;
    }
    setError(undefined);
    request.mutate(reason, {
      onSuccess: () => {
        setReason('');
        setOpen(false);
      },
    });
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary">{t('caseFile.requests.ask')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {t('caseFile.requests.askTitle')}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <ErrorSummary items={error ? [{ fieldId: fieldId(form, 'reason'), message: error }] : []} />
            <p>{t('caseFile.requests.askHint')}</p>
            <LongTextInput
              id={fieldId(form, 'reason')}
              name="reason"
              label={t('caseFile.requests.reason')}
              value={reason}
              onChange={setReason}
              error={error}
              maxLength={2_000}
              rows={4}
            />
            <ProblemNotice error={request.error} />
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={request.isPending}>
                {t('caseFile.requests.send')}
              </Button>
              <Button className="button button-secondary" onPress={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

/** Why a team organisation cannot be given the account, in words. */
function useReasonText(): (candidate: ShareCandidate) => string {
  const words = useCaseFileWords();
  return (candidate) =>
    words.message(`caseFile.reason.${candidate.reason ?? 'consent_required'}`, {
      organisation: candidate.organisation.name,
    });
}

function SharesSection({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const words = useCaseFileWords();
  const shares = useAccountShares(caseId, true);
  const { revokeShare } = useCaseFileMutations(caseId);
  const active = shares.data?.items.filter((s) => s.active) ?? [];
  return (
    <div className="subsection">
      <h3>{t('caseFile.shares.title')}</h3>
      {shares.isPending ? <Loading /> : null}
      <ProblemNotice error={shares.error} />
      {shares.data ? (
        <>
          {active.length === 0 ? <p>{t('caseFile.shares.none')}</p> : null}
          <ul className="case-file-list">
            {shares.data.items.map((share) => (
              <li key={share.id}>
                <bdi>{share.organisation.name}</bdi>
                <span className="case-file-meta muted">
                  {t('caseFile.shares.since', { date: words.date(share.grantedAt) })}
                  {share.revokedAt
                    ? ` · ${t('caseFile.shares.ended', { date: words.date(share.revokedAt) })}`
                    : ''}
                </span>
                {share.active ? (
                  <ActionDialog
                    triggerLabel={t('caseFile.shares.revoke', { organisation: share.organisation.name })}
                    triggerClassName="button button-secondary button-small"
                    title={t('caseFile.shares.revokeTitle')}
                    confirmLabel={t('caseFile.shares.revokeConfirm')}
                    action={() => revokeShare.mutateAsync(share.id)}
                  >
                    <p>{t('caseFile.shares.revokeBody', { organisation: share.organisation.name })}</p>
                  </ActionDialog>
                ) : null}
              </li>
            ))}
          </ul>
          <ShareDialog caseId={caseId} candidates={shares.data.candidates} />
        </>
      ) : null}
    </div>
  );
}

function ShareDialog({
  caseId,
  candidates,
}: {
  readonly caseId: string;
  readonly candidates: readonly ShareCandidate[];
}): ReactNode {
  const t = useT();
  const reasonText = useReasonText();
  const { share } = useCaseFileMutations(caseId);
  const [isOpen, setOpen] = useState(false);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const form = 'share-account';
  const shareable = candidates.filter((c) => c.shareable);
  const others = candidates.filter((c) => !c.shareable);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!organisation) {
      setError(t('caseFile.shares.organisationError'));
      return;
    }
    setError(undefined);
    share.mutate(organisation, {
      onSuccess: () => {
        setOrganisation(null);
        setOpen(false);
      },
    });
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary">{t('caseFile.shares.share')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {t('caseFile.shares.shareTitle')}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <ErrorSummary items={error ? [{ fieldId: fieldId(form, 'organisation'), message: error }] : []} />
            {shareable.length > 0 ? (
              <SelectInput<string>
                id={fieldId(form, 'organisation')}
                name="organisation"
                label={t('caseFile.shares.organisation')}
                placeholder={t('common.choose')}
                options={shareable.map((c) => ({ id: c.organisation.id, label: c.organisation.name }))}
                value={organisation}
                onChange={setOrganisation}
                error={error}
              />
            ) : (
              <p>{t('caseFile.shares.noneShareable')}</p>
            )}
            {others.length > 0 ? (
              <>
                <h3>{t('caseFile.shares.whyNot')}</h3>
                <ul className="plain-list">
                  {others.map((c) => (
                    <li key={c.organisation.id}>
                      <bdi>{reasonText(c)}</bdi>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <ProblemNotice error={share.error} />
            <div className="button-row">
              {shareable.length > 0 ? (
                <Button type="submit" className="button button-primary" isDisabled={share.isPending}>
                  {t('caseFile.shares.confirm')}
                </Button>
              ) : null}
              <Button className="button button-secondary" onPress={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function RequestsSection({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const words = useCaseFileWords();
  const requests = useAccountRequests(caseId, true);
  const { answer } = useCaseFileMutations(caseId);
  return (
    <div className="subsection">
      <h3>{t('caseFile.requests.title')}</h3>
      {requests.isPending ? <Loading /> : null}
      <ProblemNotice error={requests.error} />
      <ProblemNotice error={answer.error} />
      {requests.data && requests.data.items.length === 0 ? <p>{t('caseFile.requests.none')}</p> : null}
      <ul className="case-file-list">
        {(requests.data?.items ?? []).map((r) => (
          <li key={r.id}>
            <bdi>
              {t('caseFile.requests.line', {
                organisation: r.requestingOrganisation.name,
                date: words.date(r.requestedAt),
              })}
            </bdi>
            <span className="case-file-meta">{words.message(`caseFile.requestStatus.${r.status}`)}</span>
            {r.reason ? (
              <p className="timeline-note" dir="auto">
                {r.reason}
              </p>
            ) : null}
            {r.status === 'requested' ? (
              <div className="button-row">
                <Button
                  className="button button-primary button-small"
                  isDisabled={answer.isPending}
                  onPress={() => answer.mutate({ id: r.id, answer: 'grant' })}
                >
                  {t('caseFile.requests.grant', { organisation: r.requestingOrganisation.name })}
                </Button>
                <ActionDialog
                  triggerLabel={t('caseFile.requests.refuse', {
                    organisation: r.requestingOrganisation.name,
                  })}
                  triggerClassName="button button-secondary button-small"
                  title={t('caseFile.requests.refuseTitle')}
                  confirmLabel={t('caseFile.requests.refuseConfirm')}
                  action={() => answer.mutateAsync({ id: r.id, answer: 'refuse' })}
                >
                  <p>{t('caseFile.requests.refuseBody', { organisation: r.requestingOrganisation.name })}</p>
                </ActionDialog>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
