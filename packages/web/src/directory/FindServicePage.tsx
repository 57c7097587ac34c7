import { NEED_DOMAINS, type NeedDomain } from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { isApiProblem } from '../api/problem';
import { useCaseDetail } from '../cases/queries';
import { TextAreaInput } from '../decisions/fields';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { SelectInput, TextInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { useListParams } from '../ui/search-params';
import { CapacityLine, ReasonLists, VerdictTag } from './ServiceParts';
import { useRecordGap, useSendServiceReferral, useServiceMatches } from './ServiceQueries';
import type { MatchCandidate, MatchResult, ServiceReferral } from './ServiceTypes';
import { useDirectoryWords } from './ServiceWords';

function isNeed(value: string | null): value is NeedDomain {
  return value !== null && (NEED_DOMAINS as readonly string[]).includes(value);
}

/**
 * /cases/:caseId/find-service?need=… — services matched to the person for one need, each
 * saying why it fits or not; send a service referral, or record that nothing fits.
 */
export function FindServicePage(): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useDirectoryWords();
  const { caseId = '' } = useParams();
  const item = useCaseDetail(caseId);
  const [params, setParams] = useListParams(['need', 'region'] as const);
  const need = isNeed(params.need) ? params.need : null;
  const region = params.region && params.region.length > 0 ? params.region : null;
  const [regionDraft, setRegionDraft] = useState(region ? labels.region(region) : '');
  const matches = useServiceMatches(caseId, need, region);
  const reference = item.data?.reference;

  const applyRegion = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setParams({ region: regionDraft.trim() === '' ? null : labels.regionCode(regionDraft) });
  };

  return (
    <Page
      title={t('directory.find.title')}
      lead={
        <>
          {reference ? (
            <p>
              {t('directory.find.forCase')} <bdi dir="ltr">{reference}</bdi>
            </p>
          ) : null}
          <p>{t('directory.find.intro')}</p>
        </>
      }
    >
      <p>
        <Link to={`/cases/${encodeURIComponent(caseId)}`}>{t('directory.find.backToCase')}</Link>
      </p>
      <search aria-label={t('directory.find.searchLabel')}>
        <Form className="filters" onSubmit={applyRegion} validationBehavior="aria">
          <SelectInput<NeedDomain>
            id="find-need"
            name="need"
            label={t('directory.find.need')}
            placeholder={t('common.choose')}
            options={NEED_DOMAINS.map((domain) => ({ id: domain, label: words.need(domain) }))}
            value={need}
            onChange={(value) => setParams({ need: value })}
          />
          <TextInput
            id="find-region"
            name="region"
            label={t('directory.find.region')}
            description={t('directory.find.regionHint')}
            value={regionDraft}
            onChange={setRegionDraft}
            maxLength={64}
          />
          <div className="filters-actions">
            <Button type="submit" className="button button-secondary">
              {t('directory.find.search')}
            </Button>
          </div>
        </Form>
      </search>
      {need === null ? <p>{t('directory.find.chooseNeed')}</p> : null}
      <ProblemNotice error={matches.error} />
      {need !== null && matches.isPending ? <Loading /> : null}
      {need !== null && matches.data ? (
        <Matches caseId={caseId} result={matches.data} region={region} />
      ) : null}
    </Page>
  );
}

function Matches({
  caseId,
  result,
  region,
}: {
  readonly caseId: string;
  readonly result: MatchResult;
  readonly region: string | null;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useDirectoryWords();
  const profile = result.profile;
  const flags = [
    ...(profile.withoutResidenceStatus ? [t('directory.find.profile.withoutStatus')] : []),
    ...(profile.lgbti ? [t('directory.find.profile.lgbti')] : []),
    ...(profile.isChild ? [t('directory.find.profile.child')] : []),
  ];
  const rows: readonly [string, string][] = [
    [
      t('directory.find.profile.group'),
      `${words.gender(profile.gender)}, ${labels.ageBand(profile.ageBand)}`,
    ],
    [t('directory.find.profile.languages'), words.languages(profile.languages)],
    [t('directory.find.profile.accessibility'), words.list(profile.disabilities.map(words.disability))],
    [
      t('directory.find.profile.region'),
      profile.region ? labels.region(profile.region) : t('common.notRecorded'),
    ],
    ...(flags.length > 0 ? [[t('directory.find.profile.other'), words.list(flags)] as [string, string]] : []),
  ];
  return (
    <>
      <section className="section" aria-labelledby="find-profile">
        <h2 id="find-profile">{t('directory.find.profile.title')}</h2>
        <dl className="summary-list service-profile">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {result.nothingFits ? <NothingFits caseId={caseId} need={result.need} region={region} /> : null}
      <section className="section" aria-labelledby="find-candidates">
        <h2 id="find-candidates">{t('directory.find.candidates', { count: result.candidates.length })}</h2>
        {result.candidates.length === 0 ? (
          <p>{t('directory.find.noCandidates', { kinds: words.list(result.kinds.map(words.kind)) })}</p>
        ) : (
          <ul className="service-cards">
            {result.candidates.map((candidate) => (
              <li key={candidate.service.id}>
                <CandidateCard
                  caseId={caseId}
                  need={result.need}
                  candidate={candidate}
                  alreadyOpen={result.openReferralServiceIds.includes(candidate.service.id)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function NothingFits({
  caseId,
  need,
  region,
}: {
  readonly caseId: string;
  readonly need: NeedDomain;
  readonly region: string | null;
}): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const record = useRecordGap(caseId);
  return (
    <Notice tone="attention" live="polite" title={t('directory.find.nothingFits.title')}>
      <p>{t('directory.find.nothingFits.text')}</p>
      {record.data ? (
        // Inside the notice, itself a polite live region: no second live region nested in it.
        <p>{t(record.data.alreadyRecorded ? 'directory.find.gapAlready' : 'directory.find.gapRecorded')}</p>
      ) : permissions.canSome('capacity_gap', 'create') ? (
        <Button
          className="button button-primary"
          isDisabled={record.isPending}
          onPress={() => record.mutate({ need, region: region ?? undefined })}
        >
          {t('directory.find.recordGap')}
        </Button>
      ) : null}
      <ProblemNotice error={record.error} />
    </Notice>
  );
}

function CandidateCard({
  caseId,
  need,
  candidate,
  alreadyOpen,
}: {
  readonly caseId: string;
  readonly need: NeedDomain;
  readonly candidate: MatchCandidate;
  readonly alreadyOpen: boolean;
}): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  const { service } = candidate;
  const headingId = `candidate-${service.id}`;
  const [sent, setSent] = useState<ServiceReferral | null>(null);
  return (
    <article className="service-card" aria-labelledby={headingId}>
      <div className="service-card-header">
        <h3 id={headingId}>
          <Link to={`/services/${service.id}`}>
            <bdi>{service.name}</bdi>
          </Link>
        </h3>
        <VerdictTag verdict={candidate.verdict} />
      </div>
      <p className="service-card-meta">
        <bdi>{service.organisation.name}</bdi> · {words.kind(service.kind)} ·{' '}
        <CapacityLine capacity={service.capacity} />
      </p>
      <ReasonLists reasons={candidate.reasons} idPrefix={headingId} />
      {sent ? (
        <Notice tone="success">
          <p>{t('directory.find.sent', { service: service.name })}</p>
        </Notice>
      ) : alreadyOpen ? (
        <p>{t('directory.find.alreadyOpen')}</p>
      ) : candidate.verdict !== 'does_not_fit' ? (
        <SendDialog caseId={caseId} need={need} candidate={candidate} onSent={setSent} />
      ) : null}
    </article>
  );
}

function SendDialog({
  caseId,
  need,
  candidate,
  onSent,
}: {
  readonly caseId: string;
  readonly need: NeedDomain;
  readonly candidate: MatchCandidate;
  readonly onSent: (referral: ServiceReferral) => void;
}): ReactNode {
  const t = useT();
  const send = useSendServiceReferral(caseId);
  const [isOpen, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const { service } = candidate;
  const consentMissing = isApiProblem(send.error) && send.error.type === 'consent-required';
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    send.mutate(
      { serviceId: service.id, needDomain: need, message: message.trim() === '' ? null : message.trim() },
      {
        onSuccess: (referral) => {
          setOpen(false);
          onSent(referral);
        },
      },
    );
  };
  return (
    <DialogTrigger
      isOpen={isOpen}
      onOpenChange={(open) => {
        setOpen(open);
        if (open) send.reset();
      }}
    >
      <Button className="button button-primary">{t('directory.find.send')}</Button>
      <Modal className="modal" isDismissable={!send.isPending}>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {t('directory.find.sendTitle', { service: service.name })}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <p>{t('directory.find.sendText', { provider: service.organisation.name })}</p>
            <TextAreaInput
              id={`send-${service.id}-message`}
              name="message"
              label={t('directory.find.message')}
              description={t('directory.find.messageHint')}
              value={message}
              onChange={setMessage}
              maxLength={2000}
            />
            {consentMissing ? (
              <Notice tone="attention" live="assertive">
                <p>{t('directory.find.consentRequired', { provider: service.organisation.name })}</p>
                <p>
                  <Link to={`/cases/${encodeURIComponent(caseId)}`}>{t('directory.find.consentLink')}</Link>
                </p>
              </Notice>
            ) : (
              <ProblemNotice error={send.error} />
            )}
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={send.isPending}>
                {t('directory.find.sendConfirm')}
              </Button>
              <Button
                className="button button-secondary"
                onPress={() => setOpen(false)}
                isDisabled={send.isPending}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
