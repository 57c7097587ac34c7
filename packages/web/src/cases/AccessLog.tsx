import { type ReactNode, useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { useAuditWords } from '../audit/audit-words';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Pagination } from '../ui/Pagination';
import { useAccessLog } from './queries';

/** Who has read or changed this person's data: survivors' data is never looked at unseen. */
export function AccessLog({ personId }: { readonly personId: string }): ReactNode {
  const t = useT();
  const words = useAuditWords();
  const [page, setPage] = useState(1);
  const log = useAccessLog(personId, page, true);

  return (
    <div className="subsection">
      <h3 id="access-log">{t('accessLog.title')}</h3>
      <p>{t('accessLog.intro')}</p>
      <ProblemNotice error={log.error} />
      {log.isPending ? <Loading /> : null}
      {log.data ? (
        <>
          <div className="table-scroll">
            <Table aria-labelledby="access-log" className="table">
              <TableHeader>
                <Column isRowHeader>{t('accessLog.when')}</Column>
                <Column>{t('accessLog.organisation')}</Column>
                <Column>{t('accessLog.action')}</Column>
                <Column>{t('accessLog.outcome')}</Column>
                <Column>{t('accessLog.purpose')}</Column>
              </TableHeader>
              <TableBody
                items={log.data.items.map((entry, index) => ({ ...entry, key: `${entry.at}:${index}` }))}
                dependencies={[t, words]}
                renderEmptyState={() => <p className="table-empty">{t('accessLog.empty')}</p>}
              >
                {(entry) => (
                  <Row id={entry.key}>
                    <Cell>
                      <FormattedDate value={entry.at} dateStyle="medium" timeStyle="short" />
                    </Cell>
                    <Cell>
                      <bdi>{entry.actorOrganisation?.name ?? t('accessLog.system')}</bdi>
                    </Cell>
                    <Cell>{words.action(entry.action)}</Cell>
                    <Cell>{words.outcome(entry.outcome)}</Cell>
                    <Cell>{entry.purpose ?? t('common.notRecorded')}</Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>
          <Pagination
            label={t('accessLog.pagination')}
            page={log.data.page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            onPageChange={setPage}
          />
        </>
      ) : null}
    </div>
  );
}
