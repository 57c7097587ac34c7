import type { ReactNode } from 'react';
import {
  Cell,
  Column,
  Row,
  type SortDescriptor,
  type SortDirection,
  Table,
  TableBody,
  TableHeader,
} from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import type { CaseloadCase, CaseSort } from './types';
import { calendarDate, useCaseloadWords } from './words';

/** Each sortable column sorts one way on the server: the order a worker needs. */
const COLUMN_SORT: Readonly<Record<string, CaseSort>> = {
  reference: 'reference',
  nextAction: 'next_action',
  overdue: 'overdue',
  review: 'review_due',
  lastActivity: 'last_activity',
};
const SORT_DIRECTION: Readonly<Record<CaseSort, SortDirection>> = {
  reference: 'ascending',
  next_action: 'ascending',
  overdue: 'descending',
  review_due: 'ascending',
  last_activity: 'descending',
  first_contact_desc: 'descending',
  first_contact_asc: 'ascending',
};

function descriptor(sort: CaseSort): SortDescriptor {
  const column = Object.entries(COLUMN_SORT).find(([, value]) => value === sort)?.[0] ?? 'nextAction';
  return { column, direction: SORT_DIRECTION[sort] };
}

function Day({ value }: { readonly value: string }): ReactNode {
  return <FormattedDate value={calendarDate(value)} dateStyle="medium" timeZone="UTC" />;
}

/** A sortable column's label, the sort shown by an arrow and announced through aria-sort. */
function Sortable({
  label,
  direction,
}: {
  readonly label: string;
  readonly direction: SortDirection | undefined;
}) {
  return (
    <>
      {label}
      {direction ? (
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'ascending' ? '▲' : '▼'}
        </span>
      ) : null}
    </>
  );
}

/** The caseload's cases: reference, stage, who follows it, and the plan's figures. No personal data. */
export function MyCasesTable({
  cases,
  sort,
  onSortChange,
  label,
  renderAction,
}: {
  readonly cases: readonly CaseloadCase[];
  readonly sort: CaseSort;
  readonly onSortChange: (sort: CaseSort) => void;
  readonly label: string;
  /** An extra last column (the supervisor's "Reassign"). */
  readonly renderAction?: (item: CaseloadCase) => ReactNode;
}): ReactNode {
  const t = useT();
  const words = useCaseloadWords();
  const notShown = t('caseload.cases.planNotShown');
  return (
    <div className="table-scroll">
      <Table
        aria-label={label}
        className="table"
        sortDescriptor={descriptor(sort)}
        onSortChange={(next) => onSortChange(COLUMN_SORT[String(next.column)] ?? 'next_action')}
      >
        <TableHeader>
          <Column id="reference" isRowHeader allowsSorting>
            {({ sortDirection }) => (
              <Sortable label={t('caseload.column.reference')} direction={sortDirection} />
            )}
          </Column>
          <Column id="stage">{t('caseload.column.stage')}</Column>
          <Column id="worker">{t('caseload.column.worker')}</Column>
          <Column id="nextAction" allowsSorting>
            {({ sortDirection }) => (
              <Sortable label={t('caseload.column.nextAction')} direction={sortDirection} />
            )}
          </Column>
          <Column id="overdue" allowsSorting>
            {({ sortDirection }) => (
              <Sortable label={t('caseload.column.overdue')} direction={sortDirection} />
            )}
          </Column>
          <Column id="review" allowsSorting>
            {({ sortDirection }) => (
              <Sortable label={t('caseload.column.review')} direction={sortDirection} />
            )}
          </Column>
          <Column id="lastActivity" allowsSorting>
            {({ sortDirection }) => (
              <Sortable label={t('caseload.column.lastActivity')} direction={sortDirection} />
            )}
          </Column>
          {renderAction ? <Column id="action">{t('caseload.column.action')}</Column> : null}
        </TableHeader>
        <TableBody
          items={cases}
          dependencies={[t, words, renderAction]}
          renderEmptyState={() => <p className="table-empty">{t('caseload.cases.none')}</p>}
        >
          {(item) => (
            <Row id={item.id}>
              <Cell textValue={item.reference}>
                <Link to={`/cases/${encodeURIComponent(item.id)}`} className="reference" dir="ltr">
                  {item.reference}
                </Link>
                {item.isChild ? (
                  <>
                    {' '}
                    <span className="caseload-tag caseload-tag-quiet">{t('caseload.cases.child')}</span>
                  </>
                ) : null}
              </Cell>
              <Cell>
                {words.stage(item.stage)}
                {item.closed ? <span className="muted"> · {t('caseload.cases.closed')}</span> : null}
              </Cell>
              <Cell>
                {item.caseWorker ? (
                  <bdi>{item.caseWorker.name}</bdi>
                ) : (
                  <span className="muted">
                    {t(
                      item.caseWorkerElsewhere
                        ? 'caseload.cases.workerElsewhere'
                        : 'caseload.cases.unassigned',
                    )}
                  </span>
                )}
              </Cell>
              <Cell>
                {!item.planVisible ? (
                  <span className="muted">{notShown}</span>
                ) : item.nextActionDueOn ? (
                  <Day value={item.nextActionDueOn} />
                ) : (
                  <span className="muted">{t('caseload.none')}</span>
                )}
              </Cell>
              <Cell>
                {!item.planVisible ? (
                  <span className="muted">{notShown}</span>
                ) : item.overdueActions > 0 ? (
                  <span className="caseload-tag">
                    <FormattedMessage
                      id="caseload.cases.overdueCount"
                      values={{ count: item.overdueActions }}
                    />
                  </span>
                ) : (
                  <span className="muted">{t('caseload.none')}</span>
                )}
              </Cell>
              <Cell>
                {!item.planVisible ? (
                  <span className="muted">{notShown}</span>
                ) : item.planReviewDueOn ? (
                  <Day value={item.planReviewDueOn} />
                ) : (
                  <span className="muted">{t('caseload.none')}</span>
                )}
              </Cell>
              <Cell>
                <FormattedDate value={item.lastActivityAt} dateStyle="medium" />
              </Cell>
              {renderAction ? <Cell>{renderAction(item)}</Cell> : null}
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
