import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { SelectInput } from '../ui/fields';
import { Pagination } from '../ui/Pagination';
import { type CaseFilters, useOverdueActions, useReviewsDue } from './queries';
import type { OverdueAction, ReviewDue } from './types';
import { calendarDate, useCaseloadWords } from './words';

const PAGE_SIZE = 10;

function Day({ value }: { readonly value: string }): ReactNode {
  return <FormattedDate value={calendarDate(value)} dateStyle="medium" timeZone="UTC" />;
}

function CaseLink({ id, reference }: { readonly id: string; readonly reference: string }): ReactNode {
  return (
    <Link to={`/cases/${encodeURIComponent(id)}`} className="reference" dir="ltr">
      {reference}
    </Link>
  );
}

type Owner = 'any' | 'organisation' | 'me';

/** Overdue actions of current support plans, oldest first; the description stays on the case page. */
export function OverdueActionsSection({
  filters,
  page,
  onPageChange,
  owner,
  onOwnerChange,
}: {
  readonly filters: CaseFilters;
  readonly page: number;
  readonly onPageChange: (page: number) => void;
  readonly owner: Owner;
  readonly onOwnerChange: (owner: Owner) => void;
}): ReactNode {
  const t = useT();
  const words = useCaseloadWords();
  const list = useOverdueActions({
    ...filters,
    owner: owner === 'any' ? undefined : owner,
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <section className="section" aria-labelledby="caseload-actions">
      <div className="caseload-section-header">
        <h2 id="caseload-actions">{t('caseload.actions.title')}</h2>
      </div>
      <p>{t('caseload.actions.intro')}</p>
      <div className="filters">
        <SelectInput<Owner>
          id="caseload-actions-owner"
          name="owner"
          label={t('caseload.actions.owner')}
          options={[
            { id: 'any', label: t('caseload.actions.owner.any') },
            { id: 'organisation', label: t('caseload.actions.owner.organisation') },
            { id: 'me', label: t('caseload.actions.owner.me') },
          ]}
          value={owner}
          onChange={onOwnerChange}
          placeholder={t('common.choose')}
        />
      </div>
      <ProblemNotice error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data ? (
        <>
          <div className="table-scroll">
            <Table aria-labelledby="caseload-actions" className="table">
              <TableHeader>
                <Column isRowHeader>{t('caseload.column.reference')}</Column>
                <Column>{t('caseload.column.domain')}</Column>
                <Column>{t('caseload.column.due')}</Column>
                <Column>{t('caseload.column.late')}</Column>
                <Column>{t('caseload.column.status')}</Column>
                <Column>{t('caseload.column.owner')}</Column>
              </TableHeader>
              <TableBody
                items={list.data.items}
                dependencies={[t, words]}
                renderEmptyState={() => <p className="table-empty">{t('caseload.actions.none')}</p>}
              >
                {(item: OverdueAction) => (
                  <Row id={item.id}>
                    <Cell textValue={item.caseReference}>
                      <CaseLink id={item.caseId} reference={item.caseReference} />
                    </Cell>
                    <Cell>{words.domain(item.domain)}</Cell>
                    <Cell>
                      <Day value={item.dueOn} />
                    </Cell>
                    <Cell>
                      <span className="caseload-tag">
                        <FormattedMessage
                          id="caseload.actions.daysOverdue"
                          values={{ days: item.daysOverdue }}
                        />
                      </span>
                    </Cell>
                    <Cell>{words.actionStatus(item.status)}</Cell>
                    <Cell>
                      {item.ownerOrganisation ? <bdi>{item.ownerOrganisation.name}</bdi> : t('caseload.none')}
                      {item.ownerUser ? (
                        <span className="muted">
                          {' · '}
                          <bdi>{item.ownerUser.name}</bdi>
                        </span>
                      ) : null}
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>
          <Pagination
            label={t('caseload.actions.pagination')}
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={onPageChange}
          />
        </>
      ) : null}
    </section>
  );
}

/** Plan and risk reviews within 14 days or past, soonest first. */
export function ReviewsDueSection({
  filters,
  page,
  onPageChange,
}: {
  readonly filters: CaseFilters;
  readonly page: number;
  readonly onPageChange: (page: number) => void;
}): ReactNode {
  const t = useT();
  const list = useReviewsDue({ ...filters, page, pageSize: PAGE_SIZE });
  return (
    <section className="section" aria-labelledby="caseload-reviews">
      <h2 id="caseload-reviews">{t('caseload.reviews.title')}</h2>
      <p>{t('caseload.reviews.intro')}</p>
      <ProblemNotice error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data ? (
        <>
          <div className="table-scroll">
            <Table aria-labelledby="caseload-reviews" className="table">
              <TableHeader>
                <Column isRowHeader>{t('caseload.column.reference')}</Column>
                <Column>{t('caseload.column.review')}</Column>
                <Column>{t('caseload.column.due')}</Column>
                <Column>{t('caseload.column.when')}</Column>
              </TableHeader>
              <TableBody
                items={list.data.items}
                dependencies={[t]}
                renderEmptyState={() => <p className="table-empty">{t('caseload.reviews.none')}</p>}
              >
                {(item: ReviewDue) => (
                  <Row id={`${item.kind}:${item.id}`}>
                    <Cell textValue={item.caseReference}>
                      <CaseLink id={item.caseId} reference={item.caseReference} />
                    </Cell>
                    <Cell>{t(`caseload.reviews.kind.${item.kind}`)}</Cell>
                    <Cell>
                      <Day value={item.dueOn} />
                    </Cell>
                    <Cell>
                      {item.daysUntil < 0 ? (
                        <span className="caseload-tag">
                          <FormattedMessage
                            id="caseload.reviews.overdueDays"
                            values={{ days: -item.daysUntil }}
                          />
                        </span>
                      ) : (
                        <FormattedMessage id="caseload.reviews.inDays" values={{ days: item.daysUntil }} />
                      )}
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>
          <Pagination
            label={t('caseload.reviews.pagination')}
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={onPageChange}
          />
        </>
      ) : null}
    </section>
  );
}
