import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { DraftStatusText, useLocalDrafts, useOfflineDraft, useOnline } from '../offline';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { SelectInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { emptyScreeningDraft, isFinished, isStarted } from './draft';
import { useScreeningList } from './queries';
import type { ScreeningStatus, ScreeningSummary } from './types';
import { useScreeningWords } from './words';

const PAGE_SIZE = 25;

/** One screening kept on this device: where it stands, and the way back into it. */
function OnDeviceItem({ id }: { readonly id: string }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useScreeningWords();
  const draft = useOfflineDraft('screening', id, emptyScreeningDraft);
  const value = draft.value;
  if (draft.status === 'locked' || draft.status === 'loading' || !isStarted(value)) {
    return (
      <li>
        <DraftStatusText status={draft.status} />
      </li>
    );
  }
  const finished = isFinished(value);
  return (
    <li className="screening-on-device">
      <Link to={finished ? `/screenings/draft/${id}/result` : `/screenings/draft/${id}`}>
        <FormattedMessage
          id="identification.list.onDevice.open"
          values={{ date: <FormattedDate value={value.startedAt} dateStyle="medium" timeStyle="short" /> }}
        />
      </Link>{' '}
      <span className="muted">
        {labels.list([
          words.depth(value.depth),
          words.mode(value.mode),
          labels.language(value.language),
          t('identification.draft.answeredCount', { count: Object.keys(value.answers).length }),
        ])}
      </span>
      {finished ? (
        <strong className="screening-waiting"> {t('identification.list.onDevice.waiting')}</strong>
      ) : null}
    </li>
  );
}

function OnDevice(): ReactNode {
  const t = useT();
  const drafts = useLocalDrafts('screening');
  return (
    <section className="section" aria-labelledby="screenings-on-device">
      <h2 id="screenings-on-device">{t('identification.list.onDevice.title')}</h2>
      <p>{t('identification.list.onDevice.intro')}</p>
      {drafts.length === 0 ? (
        <p className="muted">{t('identification.list.onDevice.empty')}</p>
      ) : (
        <ul className="plain-list screening-on-device-list">
          {drafts.map((draft) => (
            <OnDeviceItem key={draft.id} id={draft.id} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ScreeningsTable({ items }: { readonly items: readonly ScreeningSummary[] }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useScreeningWords();
  return (
    <div className="table-scroll">
      <Table aria-labelledby="screenings-recorded" className="table">
        <TableHeader>
          <Column isRowHeader>{t('identification.column.started')}</Column>
          <Column>{t('identification.column.depth')}</Column>
          <Column>{t('identification.column.status')}</Column>
          <Column>{t('identification.column.age')}</Column>
          <Column>{t('identification.column.suggested')}</Column>
          <Column>{t('identification.column.conclusion')}</Column>
          <Column>{t('identification.column.language')}</Column>
          <Column>{t('identification.column.screener')}</Column>
        </TableHeader>
        <TableBody
          items={items}
          dependencies={[t, labels, words]}
          renderEmptyState={() => <p className="table-empty">{t('identification.list.empty')}</p>}
        >
          {(item) => (
            <Row id={item.id}>
              <Cell textValue={item.startedAt}>
                <Link to={`/screenings/${item.id}`}>
                  <FormattedDate value={item.startedAt} dateStyle="medium" timeStyle="short" />
                </Link>
              </Cell>
              <Cell>{words.depth(item.depth)}</Cell>
              <Cell>{words.status(item.status)}</Cell>
              <Cell>{words.childStatus(item.childStatus)}</Cell>
              <Cell>{item.suggested ? words.overall(item.suggested) : '—'}</Cell>
              <Cell>
                {item.concluded && item.conclusion
                  ? `${words.overall(item.concluded)} (${words.conclusion(item.conclusion)})`
                  : '—'}
              </Cell>
              <Cell>{labels.language(item.language)}</Cell>
              <Cell>
                <bdi>{item.screener.displayName}</bdi>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/** /screenings — what is in progress on this device, and the organisation's screenings. */
export function ScreeningsPage(): ReactNode {
  const t = useT();
  const words = useScreeningWords();
  const online = useOnline();
  const permissions = usePermissions();
  const [params, setParams] = useListParams(['status', 'page'] as const);
  const status: ScreeningStatus | undefined =
    params.status === 'in_progress' || params.status === 'completed' ? params.status : undefined;
  const page = pageNumber(params.page);
  const list = useScreeningList({ status, page, pageSize: PAGE_SIZE });
  const canStart = permissions.canSome('screening', 'create');

  return (
    <Page
      title={t('identification.list.title')}
      lead={<p>{t('identification.list.intro')}</p>}
      actions={
        canStart ? (
          <Link to="/screenings/new" className="button button-primary">
            {t('identification.list.start')}
          </Link>
        ) : undefined
      }
    >
      {permissions.canSome('draft', 'update') ? <OnDevice /> : null}
      <section className="section" aria-labelledby="screenings-recorded">
        <h2 id="screenings-recorded">{t('identification.list.recorded.title')}</h2>
        {online ? null : (
          <Notice tone="info">
            <p>{t('identification.list.offline')}</p>
          </Notice>
        )}
        <search className="filters" aria-label={t('identification.list.filter.label')}>
          <SelectInput
            id="screenings-status"
            name="status"
            label={t('identification.column.status')}
            options={[
              { id: 'all', label: t('identification.list.filter.all') },
              { id: 'in_progress', label: words.status('in_progress') },
              { id: 'completed', label: words.status('completed') },
            ]}
            value={status ?? 'all'}
            onChange={(value) => setParams({ status: value === 'all' ? null : value, page: null })}
            placeholder={t('common.choose')}
          />
        </search>
        <ProblemNotice error={list.error} />
        {list.isPending ? <Loading /> : null}
        {list.data ? (
          <>
            <ScreeningsTable items={list.data.items} />
            <Pagination
              label={t('identification.list.pagination')}
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              onPageChange={(next) => setParams({ page: next === 1 ? null : next })}
            />
          </>
        ) : null}
      </section>
    </Page>
  );
}
