import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { InfoIcon } from '../ui/icons';
import { BIAS_CROSS_TABLE, BiasCrossTable } from './BiasSection';
import { TIME_DIMENSIONS } from './chart-model';
import { type Filters, filterSearch } from './filters';
import { TableFigure } from './TableFigure';
import type { MeasureId, MeasureResult, StatTable } from './types';

/** Dimensions a measure can be opened by: every real breakdown (not "all", not time). */
export function drillDimension(table: StatTable): string | null {
  const first = table.dimensions[0];
  if (first === undefined || first === 'all' || TIME_DIMENSIONS.has(first)) return null;
  return first;
}

export function measureHref(measure: MeasureId, filters: Filters, breakdown: string | null): string {
  return `/insights/measures/${measure}${filterSearch(filters, breakdown ? { breakdown } : {})}`;
}

/**
 * One measure of the dashboard: its heading, what it counts, and each of its tables —
 * or, said plainly, that the module feeding it has recorded nothing yet.
 */
export function MeasureSection({
  id,
  result,
  filters,
  threshold,
  headingLevel = 2,
  drillDown = true,
  limit,
}: {
  readonly id: MeasureId;
  readonly result: MeasureResult | undefined;
  readonly filters: Filters;
  readonly threshold: number;
  readonly headingLevel?: 2 | 3;
  readonly drillDown?: boolean;
  /** Show the first tables only (the dashboard); the measure's page shows them all. */
  readonly limit?: number;
}): ReactNode {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const noData = !result || result.noData || result.tables.every((table) => table.noData);
  const tables = result ? (limit === undefined ? result.tables : result.tables.slice(0, limit)) : [];
  const more = result ? result.tables.length - tables.length : 0;
  return (
    <section id={`measure-${id}`} className="insights-measure" aria-labelledby={`measure-${id}-title`}>
      <Heading id={`measure-${id}-title`}>{t(`insights.measure.${id}.title`)}</Heading>
      <p className="insights-measure-intro">{t(`insights.measure.${id}.intro`)}</p>
      {noData ? (
        <p className="insights-no-data">
          <InfoIcon className="insights-inline-icon" />
          {t(`insights.measure.${id}.noData`)}
        </p>
      ) : tables.length === 0 ? (
        <p className="insights-no-data">{t('insights.measurePage.noTable')}</p>
      ) : (
        tables.map((table) => {
          const dimension = drillDown ? drillDimension(table) : null;
          const href = dimension ? measureHref(id, filters, dimension) : undefined;
          return table.id === BIAS_CROSS_TABLE ? (
            <BiasCrossTable
              key={table.id}
              table={table}
              filters={filters}
              threshold={threshold}
              drillDown={href}
            />
          ) : (
            <TableFigure
              key={table.id}
              table={table}
              filters={filters}
              threshold={threshold}
              headingLevel={headingLevel === 2 ? 3 : 4}
              drillDown={href}
            />
          );
        })
      )}
      {!noData && more > 0 ? (
        <p className="insights-more">
          <Link to={measureHref(id, filters, null)}>
            {t('insights.measure.more', { count: more, measure: t(`insights.measure.${id}.title`) })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
