import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { LockIcon } from '../ui/icons';
import { Page } from '../ui/Page';
import { useImport, useImportFrequencies, useImports, useUploadImport } from './queries';
import { SuppressionNote } from './TableFigure';
import type { CrossFrequencyTable, FrequencyTable, ImportDetail, StatisticsImport } from './types';
import { maybeMessage, readableCode } from './words';
import './insights.css';

/** The largest file the server takes (32 MB): said before sending rather than after. */
const MAX_BYTES = 32 * 1024 * 1024;

/**
 * Historic data in the HTCDS or CTDC layout (such as CTDC's public synthetic data set),
 * loaded to compare with live cases. The import runs on the server and can be left
 * running; every row it could not map is listed with its reason, and CTDC's own
 * frequency tables are reproduced from what was loaded.
 */
export function ImportsPage(): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const canList = permissions.canSome('statistics_import', 'list');
  const canCreate = permissions.canSome('statistics_import', 'create');
  const imports = useImports();
  const [selected, setSelected] = useState<string | null>(null);
  const current = selected ?? imports.data?.items[0]?.id ?? null;

  return (
    <Page title={t('insights.imports.title')} lead={<p>{t('insights.imports.lead')}</p>}>
      <p>
        <Link to="/insights">{t('insights.measurePage.back')}</Link>
      </p>
      {!canList ? (
        <Notice tone="info">{t('insights.imports.notAllowed')}</Notice>
      ) : (
        <>
          {canCreate ? <UploadForm onStarted={setSelected} /> : null}
          <ProblemNotice error={imports.error} />
          {imports.isPending ? <Loading /> : null}
          {current ? <ImportView importId={current} /> : null}
          {imports.data ? (
            <ImportList items={imports.data.items} current={current} onSelect={setSelected} />
          ) : null}
        </>
      )}
    </Page>
  );
}

function UploadForm({ onStarted }: { readonly onStarted: (id: string) => void }): ReactNode {
  const t = useT();
  const upload = useUploadImport();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t('insights.imports.error.noFile'));
      input.current?.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t('insights.imports.error.tooLarge'));
      input.current?.focus();
      return;
    }
    setError(null);
    upload.mutate(file, {
      onSuccess: (started) => {
        onStarted(started.id);
        if (input.current) input.current.value = '';
      },
    });
  };

  return (
    <section className="section" aria-labelledby="insights-upload">
      <h2 id="insights-upload">{t('insights.imports.upload')}</h2>
      <form onSubmit={submit} noValidate>
        <div className={`insights-file field${error ? ' field-invalid' : ''}`}>
          <label htmlFor="insights-import-file" className="field-label">
            {t('insights.imports.file')}
          </label>
          <p id="insights-import-hint" className="field-hint">
            {t('insights.imports.fileHint')}
          </p>
          {error ? (
            <p id="insights-import-error" className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <input
            ref={input}
            id="insights-import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className="input"
            aria-describedby={`insights-import-hint${error ? ' insights-import-error' : ''}`}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <Button type="submit" className="button button-primary" isPending={upload.isPending}>
          {t('insights.imports.start')}
        </Button>
      </form>
      <ProblemNotice error={upload.error} />
    </section>
  );
}

function ImportView({ importId }: { readonly importId: string }): ReactNode {
  const t = useT();
  const detail = useImport(importId);
  const data = detail.data;
  const frequencies = useImportFrequencies(importId, data?.status === 'completed');
  if (detail.error) return <ProblemNotice error={detail.error} />;
  if (!data) return <Loading />;
  return (
    <section className="section" aria-labelledby="insights-import-view">
      <h2 id="insights-import-view">
        {t('insights.imports.viewTitle', { file: data.fileName ?? t('insights.imports.noFileName') })}
      </h2>
      <ImportProgress data={data} />
      {data.status === 'failed' ? <Notice tone="attention">{t('insights.imports.failed')}</Notice> : null}
      {data.status !== 'running' ? <ImportOutcome data={data} /> : null}
      {frequencies.error ? <ProblemNotice error={frequencies.error} /> : null}
      {frequencies.data ? (
        <section className="section" aria-labelledby="insights-frequencies">
          <h3 id="insights-frequencies">{t('insights.imports.frequencies')}</h3>
          <p>
            {frequencies.data.total === null
              ? t('insights.imports.totalSuppressed')
              : t('insights.imports.total', { total: frequencies.data.total })}
          </p>
          {frequencies.data.suppressedCells > 0 ? (
            <SuppressionNote threshold={frequencies.data.suppressionThreshold} />
          ) : null}
          {frequencies.data.tables.map((table) => (
            <FrequencyTableView key={table.key} table={table} />
          ))}
          {frequencies.data.crossTables.map((table) => (
            <CrossTableView key={table.key} table={table} />
          ))}
        </section>
      ) : null}
    </section>
  );
}

function ImportProgress({ data }: { readonly data: StatisticsImport }): ReactNode {
  const t = useT();
  const percent = Math.round(Math.max(0, Math.min(1, data.status === 'running' ? data.progress : 1)) * 100);
  return (
    <div className="insights-progress">
      <p id="insights-import-progress" aria-live="polite">
        {data.status === 'running'
          ? t('insights.imports.running', { done: data.rowsDone, total: data.rowsTotal, percent })
          : t(`insights.imports.status.${data.status}`, {
              imported: data.rowsImported,
              rejected: data.rowsRejected,
            })}
      </p>
      <div
        role="progressbar"
        aria-labelledby="insights-import-progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        className="insights-progress-track"
      >
        <div className="insights-progress-fill" style={{ inlineSize: `${percent}%` }} />
      </div>
    </div>
  );
}

function ImportOutcome({ data }: { readonly data: ImportDetail }): ReactNode {
  const t = useT();
  const intl = useIntl();
  const reason = (code: string): string =>
    maybeMessage(intl, `insights.imports.reason.${code}`) ?? readableCode(code);
  return (
    <>
      <h3>{t('insights.imports.rejected', { count: data.rowsRejected })}</h3>
      {data.rowsRejected === 0 ? (
        <p>{t('insights.imports.noneRejected')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table table-dense">
              <caption className="insights-caption">{t('insights.imports.byReason')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.imports.column.column')}</th>
                  <th scope="col">{t('insights.imports.column.reason')}</th>
                  <th scope="col" className="insights-number">
                    {t('insights.imports.column.rows')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.rejectsByReason.map((entry) => (
                  <tr key={`${entry.column}:${entry.reason}`}>
                    <th scope="row">
                      <code dir="ltr">{entry.column}</code>
                    </th>
                    <td>{reason(entry.reason)}</td>
                    <td className="insights-number">{intl.formatNumber(entry.rows)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-scroll">
            <table className="table table-dense">
              <caption className="insights-caption">
                {t('insights.imports.firstRejects', { shown: data.rejects.length, count: data.rowsRejected })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="insights-number">
                    {t('insights.imports.column.row')}
                  </th>
                  <th scope="col">{t('insights.imports.column.column')}</th>
                  <th scope="col">{t('insights.imports.column.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rejects.map((reject) => (
                  <tr key={`${reject.row}:${reject.column}:${reject.reason}`}>
                    <th scope="row" className="insights-number">
                      {intl.formatNumber(reject.row)}
                    </th>
                    <td>
                      <code dir="ltr">
                        {reject.column === '*' ? t('insights.imports.wholeRow') : reject.column}
                      </code>
                    </td>
                    <td>{reason(reject.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {data.ignoredColumns.length > 0 ? (
        <>
          <h3>{t('insights.imports.ignored')}</h3>
          <ul>
            {data.ignoredColumns.map((entry) => (
              <li key={entry.column}>
                <code dir="ltr">{entry.column}</code>: {reason(entry.reason)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function countText(
  intl: ReturnType<typeof useIntl>,
  count: number | null,
  suppressed: boolean,
  label: string,
): ReactNode {
  if (suppressed) {
    return (
      <>
        <LockIcon className="insights-inline-icon" />
        {label}
      </>
    );
  }
  return count === null ? '' : intl.formatNumber(count);
}

function percentText(intl: ReturnType<typeof useIntl>, value: number | null): string {
  return value === null ? '' : intl.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 2 });
}

/** A CTDC-style frequency table: Frequency, Percent, Valid percent, then Missing and Total. */
function FrequencyTableView({ table }: { readonly table: FrequencyTable }): ReactNode {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const suppressed = t('insights.cell.suppressed');
  return (
    <div className="table-scroll">
      <table className="table table-dense insights-table" aria-describedby={`${id}-key`}>
        <caption className="insights-caption">
          <code dir="ltr">{table.variable}</code>
          <span id={`${id}-key`} className="visually-hidden">
            {table.key}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('insights.imports.column.value')}</th>
            <th scope="col" className="insights-number">
              {t('insights.imports.column.frequency')}
            </th>
            <th scope="col" className="insights-number">
              {t('insights.imports.column.percent')}
            </th>
            <th scope="col" className="insights-number">
              {t('insights.imports.column.validPercent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.categories.map((category) => (
            <tr key={category.value}>
              <th scope="row">
                <bdi>{category.label}</bdi>
              </th>
              <td className={`insights-number${category.suppressed ? ' insights-suppressed' : ''}`}>
                {countText(intl, category.count, category.suppressed, suppressed)}
              </td>
              <td className="insights-number">{percentText(intl, category.percent)}</td>
              <td className="insights-number">{percentText(intl, category.validPercent)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('insights.imports.validTotal')}</th>
            <td className="insights-number">
              {countText(intl, table.validTotal.count, table.validTotal.suppressed, suppressed)}
            </td>
            <td />
            <td />
          </tr>
          <tr>
            <th scope="row">{t('insights.imports.missing')}</th>
            <td className="insights-number">
              {countText(intl, table.missing.count, table.missing.suppressed, suppressed)}
            </td>
            <td className="insights-number">{percentText(intl, table.missing.percent)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function CrossTableView({ table }: { readonly table: CrossFrequencyTable }): ReactNode {
  const t = useT();
  const intl = useIntl();
  const suppressed = t('insights.cell.suppressed');
  return (
    <div className="table-scroll">
      <table className="table table-dense insights-table">
        <caption className="insights-caption">
          <code dir="ltr">{table.key}</code>
        </caption>
        <thead>
          <tr>
            <td />
            {table.columns.map((column) => (
              <th key={column.value} scope="col" className="insights-number">
                <bdi>{column.label.trim() === '' ? t('insights.imports.missing') : column.label}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.value}>
              <th scope="row">
                <bdi>{row.label.trim() === '' ? t('insights.imports.missing') : row.label}</bdi>
              </th>
              {table.columns.map((column, c) => {
                const cell = table.cells[r]?.[c] ?? { count: null, suppressed: false };
                return (
                  <td
                    key={column.value}
                    className={`insights-number${cell.suppressed ? ' insights-suppressed' : ''}`}
                  >
                    {countText(intl, cell.count, cell.suppressed, suppressed)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportList({
  items,
  current,
  onSelect,
}: {
  readonly items: readonly StatisticsImport[];
  readonly current: string | null;
  readonly onSelect: (id: string) => void;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  return (
    <section className="section" aria-labelledby="insights-import-list">
      <h2 id="insights-import-list">{t('insights.imports.list')}</h2>
      {items.length === 0 ? (
        <p>{t('insights.imports.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('insights.imports.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.imports.column.file')}</th>
                <th scope="col">{t('insights.imports.column.source')}</th>
                <th scope="col">{t('insights.imports.column.status')}</th>
                <th scope="col" className="insights-number">
                  {t('insights.imports.column.imported')}
                </th>
                <th scope="col" className="insights-number">
                  {t('insights.imports.column.rejected')}
                </th>
                <th scope="col">{t('insights.imports.column.started')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('insights.imports.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <bdi>{item.fileName ?? t('insights.imports.noFileName')}</bdi>
                  </th>
                  <td>
                    <code dir="ltr">{item.source}</code>
                  </td>
                  <td>{t(`insights.imports.state.${item.status}`)}</td>
                  <td className="insights-number">{intl.formatNumber(item.rowsImported)}</td>
                  <td className="insights-number">{intl.formatNumber(item.rowsRejected)}</td>
                  <td>
                    <FormattedDate value={item.startedAt} dateStyle="medium" timeStyle="short" />
                  </td>
                  <td>
                    {item.id === current ? (
                      <span>{t('insights.imports.shown')}</span>
                    ) : (
                      <Button className="button button-quiet button-small" onPress={() => onSelect(item.id)}>
                        {t('insights.imports.show', {
                          file: item.fileName ?? t('insights.imports.noFileName'),
                        })}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
