import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { Page as ApiPage } from '../api/types';
import type { MessageId } from '../i18n/catalogues';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { type DraftStatus, useLocalDrafts } from '../offline';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import type { StoredNotification } from './types';
import './referrals.css';

const DRAFT_STATUS: Readonly<Record<DraftStatus, MessageId>> = {
  loading: 'referrals.draftList.status.loading',
  saved_locally: 'referrals.draftList.status.saved_locally',
  syncing: 'referrals.draftList.status.syncing',
  synced: 'referrals.draftList.status.synced',
  conflict: 'referrals.draftList.status.conflict',
  locked: 'referrals.draftList.status.locked',
};

type NotificationItem = StoredNotification & { readonly id: string; readonly notifiedOn: string };

/** `/referrals`: start a referral, carry on a draft kept on this device, see the organisation's anonymous notifications. */
export function ReferralsPage(): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const drafts = useLocalDrafts('referral');
  return (
    <Page title={t('referrals.title')} lead={<p>{t('referrals.intro')}</p>}>
      {permissions.canSome('referral', 'create') ? (
        <p className="button-row">
          <Link className="button button-primary" to="/referrals/new">
            {t('referrals.start')}
          </Link>
          <Link className="button button-secondary" to="/referrals/anonymous">
            {t('referrals.anonymous.start')}
          </Link>
        </p>
      ) : null}
      <section className="section" aria-labelledby="referral-drafts">
        <h2 id="referral-drafts">{t('referrals.draftList.title')}</h2>
        <p>{t('referrals.draftList.intro')}</p>
        {drafts.length === 0 ? (
          <p>{t('referrals.draftList.none')}</p>
        ) : (
          <ul className="link-list">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link to={`/referrals/drafts/${draft.id}`}>
                  {t('referrals.draftList.item')}{' '}
                  <FormattedDate value={draft.updatedAt} dateStyle="medium" timeStyle="short" />
                </Link>{' '}
                <span className="muted">({t(DRAFT_STATUS[draft.status])})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {permissions.canSome('anonymous_notification', 'list') ? <NotificationList /> : null}
    </Page>
  );
}

function NotificationList(): ReactNode {
  const t = useT();
  const labels = useLabels();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['anonymous-notifications', page],
    queryFn: ({ signal }) =>
      api.get<ApiPage<NotificationItem>>('/api/anonymous-notifications', { page, pageSize: 25 }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="section" aria-labelledby="anonymous-notifications">
      <h2 id="anonymous-notifications">{t('referrals.anonymous.listTitle')}</h2>
      <p>{t('referrals.anonymous.listIntro')}</p>
      {list.isPending ? <Loading /> : null}
      <ProblemNotice error={list.error} />
      {list.data ? (
        <>
          <div className="table-scroll">
            <Table aria-labelledby="anonymous-notifications" className="table table-dense">
              <TableHeader>
                <Column isRowHeader>{t('referrals.anonymous.notifiedOn')}</Column>
                <Column>{t('referrals.person.gender')}</Column>
                <Column>{t('referrals.anonymous.ageBand')}</Column>
                <Column>{t('referrals.person.nationality')}</Column>
                <Column>{t('referrals.exploitation.forms')}</Column>
                <Column>{t('referrals.person.region')}</Column>
              </TableHeader>
              <TableBody
                items={list.data.items}
                dependencies={[labels]}
                renderEmptyState={() => <p className="table-empty">{t('referrals.anonymous.listNone')}</p>}
              >
                {(item) => (
                  <Row id={item.id}>
                    <Cell>
                      <FormattedDate
                        value={`${item.notifiedOn}T12:00:00Z`}
                        dateStyle="medium"
                        timeZone="UTC"
                      />
                    </Cell>
                    <Cell>{labels.gender(item.gender)}</Cell>
                    <Cell>{labels.ageBand(item.ageBand)}</Cell>
                    <Cell>{labels.country(item.nationality)}</Cell>
                    <Cell>
                      {item.exploitationForms.length > 0
                        ? labels.list(item.exploitationForms.map(labels.exploitationForm))
                        : t('common.notRecorded')}
                    </Cell>
                    <Cell>{item.region ? labels.region(item.region) : t('common.notRecorded')}</Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={setPage}
            label={t('referrals.anonymous.listTitle')}
          />
        </>
      ) : null}
    </section>
  );
}
