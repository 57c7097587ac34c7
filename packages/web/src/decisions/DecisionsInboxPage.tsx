import { DECISION_STAGES, type DecisionStage } from '@opennrm/core';
import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { SelectInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { DeadlineBadge } from './parts';
import { useDecisionInbox } from './queries';
import type { Inbox, InboxItem } from './types';
import { useDecisionWords } from './words';

const PAGE_SIZE = 25;

function isDecisionStage(value: string | null): value is DecisionStage {
  return (DECISION_STAGES as readonly (string | null)[]).includes(value);
}

/** The competent authority's inbox: referred cases waiting for a decision, overdue first. */
export function DecisionsInboxPage(): ReactNode {
  const t = useT();
  const words = useDecisionWords();
  const [params, setParams] = useListParams(['stage', 'child', 'page'] as const);
  const stage = isDecisionStage(params.stage) ? params.stage : undefined;
  const child = params.child === 'true' || params.child === 'false' ? params.child : undefined;
  const page = pageNumber(params.page);
  const inbox = useDecisionInbox({ stage, child, page, pageSize: PAGE_SIZE });

  const stageOptions = [
    { id: 'all', label: t('decisions.filter.allStages') },
    ...DECISION_STAGES.map((value) => ({ id: value, label: words.stage(value) })),
  ];
  const childOptions = [
    { id: 'all', label: t('decisions.filter.allAges') },
    { id: 'true', label: t('decisions.filter.children') },
    { id: 'false', label: t('decisions.filter.adults') },
  ];

  return (
    <Page title={t('decisions.inbox.title')} lead={<p>{t('decisions.inbox.intro')}</p>}>
      <ProblemNotice error={inbox.error} />
      {inbox.data ? <InboxCounts counts={inbox.data.counts} /> : null}
      <search className="filters" aria-label={t('decisions.filter.label')}>
        <SelectInput
          id="decisions-stage"
          name="stage"
          label={t('decisions.filter.stage')}
          options={stageOptions}
          value={stage ?? 'all'}
          onChange={(value) => setParams({ stage: value === 'all' ? null : value, page: null })}
          placeholder={t('common.choose')}
        />
        <SelectInput
          id="decisions-child"
          name="child"
          label={t('decisions.filter.age')}
          options={childOptions}
          value={child ?? 'all'}
          onChange={(value) => setParams({ child: value === 'all' ? null : value, page: null })}
          placeholder={t('common.choose')}
        />
      </search>
      {inbox.isPending ? <Loading /> : null}
      {inbox.data ? (
        <>
          <InboxTable items={inbox.data.items} />
          <Pagination
            label={t('decisions.inbox.pagination')}
            page={inbox.data.page}
            pageSize={inbox.data.pageSize}
            total={inbox.data.total}
            onPageChange={(next) => setParams({ page: next })}
          />
          <ReviewsSection reviews={inbox.data.reviews} />
        </>
      ) : null}
    </Page>
  );
}

function InboxCounts({ counts }: { readonly counts: Inbox['counts'] }): ReactNode {
  const t = useT();
  return (
    <section aria-labelledby="decisions-counts">
      <h2 id="decisions-counts" className="visually-hidden">
        {t('decisions.inbox.counts.label')}
      </h2>
      <ul className="decision-counts">
        <li>{t('decisions.inbox.counts.total', { count: counts.total })}</li>
        <li className={counts.overdue > 0 ? 'decision-counts-overdue' : undefined}>
          {t('decisions.inbox.counts.overdue', { count: counts.overdue })}
        </li>
        <li>{t('decisions.inbox.counts.dueSoon', { count: counts.dueSoon })}</li>
      </ul>
    </section>
  );
}

function InboxTable({ items }: { readonly items: readonly InboxItem[] }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useDecisionWords();
  return (
    <div className="table-scroll">
      <Table aria-label={t('decisions.table.label')} className="table">
        <TableHeader>
          <Column id="reference" isRowHeader>
            {t('decisions.column.reference')}
          </Column>
          <Column id="decision">{t('decisions.column.decision')}</Column>
          <Column id="due">{t('decisions.column.dueAt')}</Column>
          <Column id="referred">{t('decisions.column.referredAt')}</Column>
          <Column id="child">{t('decisions.column.child')}</Column>
          <Column id="ageBand">{t('decisions.column.ageBand')}</Column>
          <Column id="gender">{t('decisions.column.gender')}</Column>
          <Column id="nationality">{t('decisions.column.nationality')}</Column>
          <Column id="forms">{t('decisions.column.forms')}</Column>
          <Column id="duplicates">{t('decisions.column.duplicates')}</Column>
          <Column id="referrer">{t('decisions.column.referrer')}</Column>
        </TableHeader>
        <TableBody
          items={items.map((item) => ({ ...item, id: item.caseId }))}
          dependencies={[t, labels, words]}
          renderEmptyState={() => <p className="table-empty">{t('decisions.inbox.empty')}</p>}
        >
          {(item) => (
            <Row id={item.caseId}>
              <Cell textValue={item.reference}>
                <Link to={`/cases/${item.caseId}#case-decisions`} className="reference" dir="ltr">
                  {item.reference}
                </Link>
              </Cell>
              <Cell>{words.stage(item.decision)}</Cell>
              <Cell>
                <span className="nowrap">
                  {item.dueAt ? <FormattedDate value={item.dueAt} dateStyle="medium" /> : null}{' '}
                  <DeadlineBadge deadline={item.deadline} />
                </span>
              </Cell>
              <Cell>
                {item.referredAt ? (
                  <FormattedDate value={item.referredAt} dateStyle="medium" />
                ) : (
                  t('common.notRecorded')
                )}
              </Cell>
              <Cell>{t(item.isChild ? 'common.yes' : 'common.no')}</Cell>
              <Cell>{labels.ageBand(item.ageBand)}</Cell>
              <Cell>{labels.gender(item.gender)}</Cell>
              <Cell>{labels.country(item.nationality)}</Cell>
              <Cell>
                {item.exploitationForms.length > 0
                  ? labels.list(item.exploitationForms.map(labels.exploitationForm))
                  : t('common.notRecorded')}
              </Cell>
              <Cell>
                {item.possibleDuplicates > 0
                  ? t('decisions.duplicates.count', { count: item.possibleDuplicates })
                  : t('decisions.duplicates.none')}
              </Cell>
              <Cell>
                <bdi>{item.referringOrganisation.name}</bdi>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

function ReviewsSection({ reviews }: { readonly reviews: Inbox['reviews'] }): ReactNode {
  const t = useT();
  const intl = useIntl();
  const words = useDecisionWords();
  return (
    <section className="section" aria-labelledby="decisions-reviews">
      <h2 id="decisions-reviews">{t('decisions.reviews.title')}</h2>
      <p>{t('decisions.reviews.intro')}</p>
      {reviews.length === 0 ? (
        <p>{t('decisions.reviews.empty')}</p>
      ) : (
        <ul className="link-list">
          {reviews.map((review) => (
            <li key={review.reconsiderationId}>
              <Link to={`/cases/${review.caseId}#case-decisions`}>
                {t('decisions.reviews.item', {
                  // First-strong isolates keep a Latin reference whole inside Arabic text.
                  reference: `\u2068${review.reference}\u2069`,
                  stage: words.stage(review.decisionStage),
                  date: intl.formatDate(review.requestedAt, { dateStyle: 'medium' }),
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
