import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Cell, Column, Form, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { api } from '../api/client';
import type { AuditEntry, AuditVerification, Page as ListPage } from '../api/types';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { TextInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { useAuditWords } from './audit-words';

const PAGE_SIZE = 50;

/** The hash-chained audit log: who did what, when, with ids only. */
export function AuditPage(): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const [params, setParams] = useListParams(['action', 'page'] as const);
  const page = pageNumber(params.page);
  const [draft, setDraft] = useState(params.action ?? '');
  const entries = useQuery({
    queryKey: ['audit', params.action, page],
    queryFn: ({ signal }) =>
      api.get<ListPage<AuditEntry>>(
        '/api/audit',
        { action: params.action, page, pageSize: PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const scopeAll = permissions.canEverywhere('audit_log', 'list');

  const apply = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setParams({ action: draft.trim(), page: null });
  };

  return (
    <Page title={t('audit.title')} lead={<p>{t(scopeAll ? 'audit.intro.all' : 'audit.intro.own')}</p>}>
      {permissions.canSome('audit_log', 'read') ? <VerifyChain /> : null}
      <section className="section" aria-labelledby="audit-entries">
        <h2 id="audit-entries">{t('audit.entries')}</h2>
        <search aria-label={t('audit.filter.label')}>
          <Form className="filters" onSubmit={apply} validationBehavior="aria">
            <TextInput
              id="audit-action"
              name="action"
              label={t('audit.filter.action')}
              description={t('audit.filter.actionHint')}
              value={draft}
              onChange={setDraft}
              maxLength={64}
              ltr
            />
            <div className="filters-actions">
              <Button type="submit" className="button button-secondary">
                {t('common.applyFilters')}
              </Button>
            </div>
          </Form>
        </search>
        <ProblemNotice error={entries.error} />
        {entries.isPending ? <Loading /> : null}
        {entries.data ? (
          <>
            <AuditTable entries={entries.data.items} />
            <Pagination
              label={t('audit.pagination')}
              page={entries.data.page}
              pageSize={entries.data.pageSize}
              total={entries.data.total}
              onPageChange={(next) => setParams({ page: next })}
            />
          </>
        ) : null}
      </section>
    </Page>
  );
}

function AuditTable({ entries }: { readonly entries: readonly AuditEntry[] }): ReactNode {
  const t = useT();
  const words = useAuditWords();
  return (
    <div className="table-scroll">
      <Table aria-labelledby="audit-entries" className="table table-dense">
        <TableHeader>
          <Column isRowHeader>{t('audit.column.seq')}</Column>
          <Column>{t('audit.column.at')}</Column>
          <Column>{t('audit.column.actorUser')}</Column>
          <Column>{t('audit.column.actorOrg')}</Column>
          <Column>{t('audit.column.action')}</Column>
          <Column>{t('audit.column.resource')}</Column>
          <Column>{t('audit.column.outcome')}</Column>
        </TableHeader>
        <TableBody
          items={entries.map((entry) => ({ ...entry, id: entry.seq }))}
          dependencies={[t, words]}
          renderEmptyState={() => <p className="table-empty">{t('audit.empty')}</p>}
        >
          {(entry) => (
            <Row id={entry.seq}>
              <Cell>{entry.seq}</Cell>
              <Cell>
                <FormattedDate value={entry.at} dateStyle="medium" timeStyle="medium" />
              </Cell>
              <Cell>
                {entry.actorUserId ? (
                  <code className="id">{entry.actorUserId}</code>
                ) : (
                  t('audit.actor.system')
                )}
              </Cell>
              <Cell>{entry.actorOrgId ? <code className="id">{entry.actorOrgId}</code> : '—'}</Cell>
              <Cell textValue={words.action(entry.action)}>
                <span className="audit-action">{words.action(entry.action)}</span>
                {words.named(entry.action) ? (
                  <code className="id" dir="ltr">
                    {entry.action}
                  </code>
                ) : null}
              </Cell>
              <Cell textValue={words.resource(entry.resourceType)}>
                <span className="audit-resource">{words.resource(entry.resourceType)}</span>
                {entry.resourceId ? <ShortId id={entry.resourceId} /> : null}
              </Cell>
              <Cell>{words.outcome(entry.outcome)}</Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * Identifiers are long; the first eight characters tell entries apart on screen (and
 * keep the table readable aloud); the whole id is in the tooltip.
 */
function ShortId({ id }: { readonly id: string }): ReactNode {
  return (
    <code className="id" title={id} dir="ltr">
      {id.length > 12 ? `${id.slice(0, 8)}…` : id}
    </code>
  );
}

function VerifyChain(): ReactNode {
  const t = useT();
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: () => api.post<AuditVerification>('/api/audit/verify'),
    // The check is itself recorded: show its entry.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
  return (
    <section className="section" aria-labelledby="audit-verify">
      <h2 id="audit-verify">{t('audit.verify.title')}</h2>
      <p>{t('audit.verify.intro')}</p>
      <Button className="button button-primary" onPress={() => verify.mutate()} isDisabled={verify.isPending}>
        {t('audit.verify.button')}
      </Button>
      <div aria-live="polite">
        <ProblemNotice error={verify.error} live="polite" />
        {verify.data ? (
          verify.data.ok ? (
            <Notice tone="success" live="off">
              <FormattedMessage id="audit.verify.ok" values={{ checked: verify.data.checked }} />
            </Notice>
          ) : (
            <Notice tone="attention" live="off">
              <FormattedMessage
                id="audit.verify.broken"
                values={{ checked: verify.data.checked, seq: verify.data.firstBrokenSeq ?? '—' }}
              />
            </Notice>
          )
        ) : null}
      </div>
    </section>
  );
}
