import { SERVICE_REFERRAL_STATUSES, type ServiceReferralStatus } from '@opennrm/core';
import type { ReactNode } from 'react';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { SelectInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { StatusTag } from './ServiceParts';
import { useProviderInbox } from './ServiceQueries';
import { ReferralActions } from './ServiceReferralActions';
import type { ServiceReferral } from './ServiceTypes';
import { useDirectoryWords } from './ServiceWords';

const PAGE_SIZE = 20;
const OPEN: readonly ServiceReferralStatus[] = ['sent', 'accepted', 'started'];
/** The provider joins the case team when it accepts; before that (or after declining) the case answers 404. */
const CASE_OPEN_TO_PROVIDER: ReadonlySet<ServiceReferralStatus> = new Set(['accepted', 'started', 'ended']);

type Show = 'open' | 'all' | ServiceReferralStatus;

function isShow(value: string | null): value is Show {
  return (
    value === 'open' ||
    value === 'all' ||
    (SERVICE_REFERRAL_STATUSES as readonly string[]).includes(value ?? '')
  );
}

/** What case teams sent to my organisation, and the provider's answers, as dialogs. */
export function ProviderInboxPage(): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  const [params, setParams] = useListParams(['show', 'page'] as const);
  const show: Show = isShow(params.show) ? params.show : 'open';
  const page = pageNumber(params.page);
  const statuses = show === 'open' ? OPEN : show === 'all' ? [] : [show];
  const inbox = useProviderInbox(statuses, page, PAGE_SIZE);

  return (
    <Page title={t('directory.inbox.title')} lead={<p>{t('directory.inbox.intro')}</p>}>
      <p>
        <Link to="/services">{t('directory.service.back')}</Link>
      </p>
      <div className="filters">
        <SelectInput<Show>
          id="inbox-show"
          name="show"
          label={t('directory.inbox.filter.status')}
          placeholder={t('common.choose')}
          options={[
            { id: 'open', label: t('directory.inbox.filter.open') },
            ...SERVICE_REFERRAL_STATUSES.map((status) => ({ id: status, label: words.status(status) })),
            { id: 'all', label: t('directory.inbox.filter.all') },
          ]}
          value={show}
          onChange={(value) => setParams({ show: value === 'open' ? null : value, page: null })}
        />
      </div>
      <ProblemNotice error={inbox.error} />
      {inbox.isPending ? <Loading /> : null}
      {inbox.data ? (
        <>
          {inbox.data.items.length === 0 ? (
            <p>{t('directory.inbox.empty')}</p>
          ) : (
            <ul className="service-cards" aria-label={t('directory.inbox.title')}>
              {inbox.data.items.map((item) => (
                <li key={item.id}>
                  <InboxItem item={item} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            label={t('directory.inbox.pagination')}
            page={inbox.data.page}
            pageSize={inbox.data.pageSize}
            total={inbox.data.total}
            onPageChange={(next) => setParams({ page: next })}
          />
        </>
      ) : null}
    </Page>
  );
}

function InboxItem({ item }: { readonly item: ServiceReferral }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useDirectoryWords();
  const headingId = `inbox-${item.id}`;
  const person = item.person;
  const group = [words.gender(person.gender), labels.ageBand(person.ageBand)].join(', ');
  return (
    <article className="service-card" aria-labelledby={headingId}>
      <div className="service-card-header">
        <h2 id={headingId}>
          {words.need(item.needDomain)}: <bdi>{item.service.name}</bdi>
        </h2>
        <StatusTag status={item.status} />
      </div>
      <p className="service-card-meta muted">
        {t('directory.inbox.sentBy', { organisation: item.sender.name })}{' '}
        <FormattedDate value={item.sentAt} dateStyle="medium" timeStyle="short" />
      </p>
      <dl className="summary-list">
        <div>
          <dt>{t('directory.inbox.field.group')}</dt>
          <dd>
            {group}
            {person.isChild ? ` — ${t('directory.inbox.field.child')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('directory.inbox.field.languages')}</dt>
          <dd>{words.languages(person.languages)}</dd>
        </div>
        <div>
          <dt>{t('directory.inbox.field.accessibility')}</dt>
          <dd>{words.list(person.accessibilityNeeds.map(words.disability))}</dd>
        </div>
        <div>
          <dt>{t('directory.inbox.field.specialNeeds')}</dt>
          <dd>{words.list(person.specialNeeds.map(words.vulnerability))}</dd>
        </div>
        <div>
          <dt>{t('directory.inbox.field.basis')}</dt>
          <dd>{t(`directory.basis.${item.basis}`)}</dd>
        </div>
        <div>
          <dt>{t('directory.inbox.field.message')}</dt>
          <dd>
            {item.message ? (
              <p className="service-message" dir="auto">
                {item.message}
              </p>
            ) : (
              t('directory.inbox.noMessage')
            )}
          </dd>
        </div>
        {item.declineReason ? (
          <div>
            <dt>{t('directory.inbox.field.declineReason')}</dt>
            <dd>
              {words.declineReason(item.declineReason)}
              {item.responseNote ? (
                <p className="service-message" dir="auto">
                  {item.responseNote}
                </p>
              ) : null}
            </dd>
          </div>
        ) : null}
        {item.outcome ? (
          <div>
            <dt>{t('directory.inbox.field.outcome')}</dt>
            <dd>{words.outcome(item.outcome)}</dd>
          </div>
        ) : null}
      </dl>
      {item.caseId && item.caseReference && CASE_OPEN_TO_PROVIDER.has(item.status) ? (
        <p>
          <Link to={`/cases/${item.caseId}`}>
            {t('directory.inbox.openCase', { reference: item.caseReference })}
          </Link>
        </p>
      ) : null}
      <ReferralActions item={item} />
    </article>
  );
}
