import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Pagination } from '../ui/Pagination';
import { useCapacityAlerts } from './queries';
import type { CapacityAlert, CapacityAlerts, CaseloadScope } from './types';
import { useCaseloadWords } from './words';

const PAGE_SIZE = 10;

function Capacity({ alert }: { readonly alert: CapacityAlert }): ReactNode {
  const t = useT();
  if (alert.capacityFree !== null && alert.capacityTotal !== null) {
    return (
      <FormattedMessage
        id="caseload.capacity.free"
        values={{ free: alert.capacityFree, total: alert.capacityTotal }}
      />
    );
  }
  if (alert.capacityFree !== null) return <>{alert.capacityFree}</>;
  if (alert.waitingDays !== null) {
    return <FormattedMessage id="caseload.capacity.waiting" values={{ days: alert.waitingDays }} />;
  }
  return <span className="muted">{t('caseload.capacity.unknown')}</span>;
}

/** Service referrals to my organisation still waiting for its answer (it is the provider). */
function Inbox({ inbox }: { readonly inbox: NonNullable<CapacityAlerts['inbox']> }): ReactNode {
  const t = useT();
  return (
    <>
      <h3 id="caseload-inbox">{t('caseload.inbox.title')}</h3>
      <p>
        <FormattedMessage id="caseload.inbox.summary" values={{ waiting: inbox.waiting, late: inbox.late }} />
      </p>
      {inbox.oldest.length > 0 ? (
        <div className="table-scroll">
          <Table aria-labelledby="caseload-inbox" className="table">
            <TableHeader>
              <Column isRowHeader>{t('caseload.column.service')}</Column>
              <Column>{t('caseload.column.from')}</Column>
              <Column>{t('caseload.column.sent')}</Column>
              <Column>{t('caseload.column.waiting')}</Column>
            </TableHeader>
            <TableBody items={inbox.oldest} dependencies={[t]}>
              {(item) => (
                <Row id={item.id}>
                  <Cell textValue={item.service.name}>
                    <bdi>{item.service.name}</bdi>
                  </Cell>
                  <Cell>
                    <bdi>{item.senderOrganisation.name}</bdi>
                  </Cell>
                  <Cell>
                    <FormattedDate value={item.sentAt} dateStyle="medium" />
                  </Cell>
                  <Cell>
                    <FormattedMessage
                      id="caseload.inbox.workingDays"
                      values={{ days: item.workingDaysWaiting }}
                    />
                    {item.late ? (
                      <>
                        {' '}
                        <span className="caseload-tag">{t('caseload.inbox.late')}</span>
                      </>
                    ) : null}
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
      <p>
        <Link to="/services/inbox">{t('caseload.inbox.open')}</Link>
      </p>
    </>
  );
}

/**
 * Services my cases use or need that are full or whose capacity is stale — so a worker
 * checks with the provider before counting on a place — and my organisation's inbox.
 */
export function CapacityAlertsSection({
  scope,
  page,
  onPageChange,
}: {
  readonly scope: CaseloadScope | undefined;
  readonly page: number;
  readonly onPageChange: (page: number) => void;
}): ReactNode {
  const t = useT();
  const words = useCaseloadWords();
  const list = useCapacityAlerts({ scope, page, pageSize: PAGE_SIZE });
  return (
    <section className="section" aria-labelledby="caseload-capacity">
      <h2 id="caseload-capacity">{t('caseload.capacity.title')}</h2>
      <p>{t('caseload.capacity.intro')}</p>
      <ProblemNotice error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data ? (
        <>
          <div className="table-scroll">
            <Table aria-labelledby="caseload-capacity" className="table">
              <TableHeader>
                <Column isRowHeader>{t('caseload.column.service')}</Column>
                <Column>{t('caseload.column.provider')}</Column>
                <Column>{t('caseload.column.capacity')}</Column>
                <Column>{t('caseload.column.updated')}</Column>
                <Column>{t('caseload.column.why')}</Column>
              </TableHeader>
              <TableBody
                items={list.data.items}
                dependencies={[t, words]}
                renderEmptyState={() => <p className="table-empty">{t('caseload.capacity.none')}</p>}
              >
                {(item: CapacityAlert) => (
                  <Row id={item.id}>
                    <Cell textValue={item.name}>
                      <Link to={`/services/${encodeURIComponent(item.id)}`}>
                        <bdi>{item.name}</bdi>
                      </Link>
                      <span className="muted"> · {words.serviceKind(item.kind)}</span>
                    </Cell>
                    <Cell>
                      <bdi>{item.organisation.name}</bdi>
                    </Cell>
                    <Cell>
                      <Capacity alert={item} />
                      {item.full ? (
                        <>
                          {' '}
                          <span className="caseload-tag">{t('caseload.capacity.full')}</span>
                        </>
                      ) : null}
                    </Cell>
                    <Cell>
                      {item.capacityUpdatedAt ? (
                        <FormattedDate value={item.capacityUpdatedAt} dateStyle="medium" />
                      ) : (
                        t('caseload.capacity.neverUpdated')
                      )}
                      {item.stale ? (
                        <>
                          {' '}
                          <span className="caseload-tag">{t('caseload.capacity.stale')}</span>
                        </>
                      ) : null}
                    </Cell>
                    <Cell>
                      {item.casesUsing > 0 ? (
                        <FormattedMessage id="caseload.capacity.using" values={{ count: item.casesUsing }} />
                      ) : null}
                      {item.casesUsing > 0 && item.casesNeeding > 0 ? <br /> : null}
                      {item.casesNeeding > 0 ? (
                        <FormattedMessage
                          id="caseload.capacity.needing"
                          values={{ count: item.casesNeeding }}
                        />
                      ) : null}
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>
          <Pagination
            label={t('caseload.capacity.pagination')}
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={onPageChange}
          />
          {list.data.inbox ? <Inbox inbox={list.data.inbox} /> : null}
        </>
      ) : null}
    </section>
  );
}
