import { type ReactNode, useId, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { buildUrl } from '../api/client';
import { useT } from '../i18n/use-t';
import { ChevronIcon, LockIcon } from '../ui/icons';
import { type ChartModel, type ChartReading, chartModel, chartReading } from './chart-model';
import { apiQuery, type Filters } from './filters';
import { StatChart } from './StatChart';
import { hasSuppressed, StatTableView } from './StatTableView';
import type { StatTable } from './types';
import { type InsightsWords, useInsightsWords } from './words';

/**
 * One statistics table as a reader meets it: a title, a sentence saying what it shows,
 * the chart, its data table (shown on request, or always), why some numbers are
 * withheld, downloads, and the drill-down into the measure by this breakdown.
 */
export function TableFigure({
  table,
  filters,
  threshold,
  headingLevel = 3,
  drillDown,
  tableAlwaysShown = false,
}: {
  readonly table: StatTable;
  readonly filters: Filters;
  readonly threshold: number;
  readonly headingLevel?: 3 | 4;
  /** Where "see in detail" leads (the measure by this breakdown), if anywhere. */
  readonly drillDown?: string;
  readonly tableAlwaysShown?: boolean;
}): ReactNode {
  const t = useT();
  const words = useInsightsWords(filters.granularity);
  const id = useId();
  const titleId = `${id}-title`;
  const readingId = `${id}-reading`;
  const tableId = `${id}-table`;
  const [tableShown, setTableShown] = useState(tableAlwaysShown);
  const model = useMemo(() => chartModel(table), [table]);
  const title = words.table(table);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const headline = table.dimensions.length === 1 && table.dimensions[0] === 'all';

  return (
    <section className="insights-figure" aria-labelledby={titleId} data-table-id={table.id}>
      <Heading id={titleId} className="insights-figure-title">
        {title}
      </Heading>
      {table.noData ? (
        <p className="insights-no-data">{t('insights.noData.table')}</p>
      ) : headline ? (
        <HeadlineFigures table={table} words={words} />
      ) : (
        <>
          <p id={readingId} className="insights-reading">
            <ReadingText model={model} reading={chartReading(model)} table={table} words={words} />
          </p>
          <StatChart
            model={model}
            labelledBy={`${titleId} ${readingId}`}
            labels={{
              categories: model.points.map((point) => words.value(table, model.dimension ?? '', point.code)),
              series: model.series.map((series) => seriesLabel(series.source, table, words)),
              value: (value) => chartValue(model, value, words),
              suppressed: t('insights.cell.suppressed'),
            }}
          />
          {model.truncatedFrom !== null ? (
            <p className="insights-note">
              {t('insights.chart.top', { shown: model.points.length, count: model.truncatedFrom })}
            </p>
          ) : null}
          {model.suppressedCount > 0 ? (
            <p className="insights-note">
              <LockIcon className="insights-inline-icon" />
              {t('insights.chart.suppressedBars', { count: model.suppressedCount })}
            </p>
          ) : null}
          {model.kind === 'none' && table.dimensions.length > 2 ? (
            <p className="insights-note">{t('insights.chart.tableOnly')}</p>
          ) : null}
          {tableAlwaysShown ? null : (
            <Button
              className="button button-quiet button-small insights-toggle"
              aria-expanded={tableShown}
              aria-controls={tableShown ? tableId : undefined}
              onPress={() => setTableShown((shown) => !shown)}
            >
              <ChevronIcon className={tableShown ? 'insights-chevron-open' : undefined} />
              {t(tableShown ? 'insights.table.hide' : 'insights.table.show', { title })}
            </Button>
          )}
          {tableShown ? (
            <div id={tableId}>
              <StatTableView table={table} words={words} caption={title} captionHidden />
            </div>
          ) : null}
        </>
      )}
      {!table.noData && hasSuppressed(table) ? <SuppressionNote threshold={threshold} /> : null}
      <FigureDownloads table={table} filters={filters} title={title} drillDown={drillDown} />
    </section>
  );
}

/** Why a number is missing: the explanation every table with a suppressed cell carries. */
export function SuppressionNote({ threshold }: { readonly threshold: number }): ReactNode {
  const t = useT();
  return (
    <p className="insights-note">
      <LockIcon className="insights-inline-icon" />
      {t('insights.suppression.note', { threshold })}
    </p>
  );
}

/** A table of one row ("all"): its figures side by side, each with its name. */
function HeadlineFigures({
  table,
  words,
}: {
  readonly table: StatTable;
  readonly words: InsightsWords;
}): ReactNode {
  const row = table.rows[0];
  if (!row) return null;
  return (
    <dl className="insights-headline">
      {table.columns.map((column, i) => {
        const cell = row.cells[i] ?? { value: null, suppressed: false };
        return (
          <div key={column.id} className={cell.suppressed ? 'insights-suppressed' : undefined}>
            <dt>{words.column(column)}</dt>
            <dd>
              {cell.suppressed ? <LockIcon className="insights-inline-icon" /> : null}
              {words.cell(column, cell)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function seriesLabel(
  source: ChartModel['series'][number]['source'],
  table: StatTable,
  words: InsightsWords,
): string {
  if ('column' in source) {
    return words.column({ id: source.column });
  }
  return words.value(table, source.dimension, source.value);
}

function chartValue(model: ChartModel, value: number, words: InsightsWords): string {
  switch (model.valueKind) {
    case 'share':
      return words.percent(value);
    case 'count':
    case 'capacity':
      return words.number(value);
    default:
      return words.number(Math.round(value * 10) / 10);
  }
}

function ReadingText({
  model,
  reading,
  table,
  words,
}: {
  readonly model: ChartModel;
  readonly reading: ChartReading;
  readonly table: StatTable;
  readonly words: InsightsWords;
}): ReactNode {
  const t = useT();
  const series = (index: number): string => {
    const source = model.series[index]?.source;
    return source ? seriesLabel(source, table, words) : '';
  };
  const category = (code: string): string => words.value(table, model.dimension ?? '', code);
  const value = (v: number): string =>
    model.valueKind === 'days'
      ? words.cell({ id: 'days', kind: 'days' }, { value: v, suppressed: false })
      : chartValue(model, v, words);
  switch (reading.kind) {
    case 'no_data':
      return t('insights.reading.no_data');
    case 'all_suppressed':
      return t('insights.reading.all_suppressed');
    case 'all_zero':
      return t('insights.reading.all_zero');
    case 'largest':
      return reading.share === null
        ? t('insights.reading.largest', {
            category: category(reading.category),
            series: series(reading.series),
            value: value(reading.value),
          })
        : t('insights.reading.largestShare', {
            category: category(reading.category),
            series: series(reading.series),
            value: value(reading.value),
            share: words.percent(reading.share),
          });
    case 'trend':
      return t('insights.reading.trend', {
        series: series(reading.series),
        first: category(reading.firstCategory),
        firstValue: value(reading.firstValue),
        last: category(reading.lastCategory),
        lastValue: value(reading.lastValue),
        peak: category(reading.peakCategory),
        peakValue: value(reading.peakValue),
      });
    default: {
      const unreachable: never = reading;
      throw new Error(`Unknown reading ${String(unreachable)}`);
    }
  }
}

/** Same-origin downloads (the session cookie goes with them) and the drill-down. */
export function FigureDownloads({
  table,
  filters,
  title,
  drillDown,
}: {
  readonly table: StatTable;
  readonly filters: Filters;
  readonly title: string;
  readonly drillDown?: string;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  // The labels of the file in the reader's language.
  const query = { ...apiQuery(filters), lang: intl.locale };
  const path = `/api/insights/tables/${encodeURIComponent(table.id)}`;
  return (
    <ul className="insights-links">
      {drillDown ? (
        <li>
          <Link to={drillDown}>{t('insights.drill.open', { title })}</Link>
        </li>
      ) : null}
      {table.noData ? null : (
        <>
          <li>
            <a href={buildUrl(`${path}.csv`, query)} download>
              {t('insights.download.csv')}
              <span className="visually-hidden">
                {intl.formatMessage({ id: 'insights.download.of' }, { title })}
              </span>
            </a>
          </li>
          <li>
            <a href={buildUrl(`${path}.xlsx`, query)} download>
              {t('insights.download.xlsx')}
              <span className="visually-hidden">
                {intl.formatMessage({ id: 'insights.download.of' }, { title })}
              </span>
            </a>
          </li>
        </>
      )}
    </ul>
  );
}
