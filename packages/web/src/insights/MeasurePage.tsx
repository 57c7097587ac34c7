import { type ReactNode, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { DashboardFilters } from './DashboardFilters';
import { filterSearch } from './filters';
import { drillDimension, MeasureSection, measureHref } from './MeasureSection';
import { QualityNotes } from './QualityNotes';
import { useMeasure } from './queries';
import { isMeasureId } from './types';
import { useFilters, useKnownRegions } from './use-filters';
import { useInsightsWords } from './words';
import './insights.css';

const BREAKDOWN = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * One measure opened by a breakdown (drill-down from the dashboard): the same filters,
 * the breakdowns the server offers as links, and the measure's tables by that breakdown.
 */
export function MeasurePage(): ReactNode {
  const t = useT();
  const intl = useIntl();
  const permissions = usePermissions();
  const { measure = '' } = useParams();
  const [params] = useSearchParams();
  const requested = params.get('breakdown');
  const breakdown = requested && BREAKDOWN.test(requested) ? requested : null;
  const [filters, setFilters] = useFilters();
  const words = useInsightsWords(filters.granularity);
  const valid = isMeasureId(measure);
  const detail = useMeasure(measure, filters, intl.locale, isMeasureId(measure));
  const data = detail.data;
  const regions = useKnownRegions(data?.tables);
  // The server sends every table of the measure; the breakdown chosen keeps those by it.
  const breakdowns = useMemo(
    () => [...new Set((data?.tables ?? []).map(drillDimension).filter((d): d is string => d !== null))],
    [data],
  );
  const tables = useMemo(
    () => (data?.tables ?? []).filter((table) => breakdown === null || drillDimension(table) === breakdown),
    [data, breakdown],
  );

  if (!valid || !permissions.canSome('statistics', 'read')) {
    return (
      <Page title={t('insights.measurePage.unknown')}>
        <Notice tone="info">{t(valid ? 'insights.notAllowed' : 'insights.measurePage.unknownBody')}</Notice>
        <p>
          <Link to="/insights">{t('insights.measurePage.back')}</Link>
        </p>
      </Page>
    );
  }

  const title = breakdown
    ? t('insights.measurePage.titleBy', {
        measure: t(`insights.measure.${measure}.title`),
        breakdown: words.dimension(breakdown),
      })
    : t(`insights.measure.${measure}.title`);

  return (
    <Page title={title}>
      <p>
        <Link to={`/insights${filterSearch(filters)}#measure-${measure}`}>
          {t('insights.measurePage.back')}
        </Link>
      </p>
      <DashboardFilters filters={filters} regions={regions} onChange={setFilters} />
      <ProblemNotice error={detail.error} />
      {detail.isPending ? <Loading /> : null}
      {data ? (
        <>
          {breakdowns.length > 0 ? (
            <nav aria-labelledby="insights-breakdowns" className="section">
              <h2 id="insights-breakdowns">{t('insights.measurePage.breakdowns')}</h2>
              <ul className="insights-links">
                <li>
                  {breakdown === null ? (
                    <span aria-current="page">{t('insights.measurePage.allBreakdowns')}</span>
                  ) : (
                    <Link to={measureHref(measure, filters, null)}>
                      {t('insights.measurePage.allBreakdowns')}
                    </Link>
                  )}
                </li>
                {breakdowns.map((name) => (
                  <li key={name}>
                    {name === breakdown ? (
                      <span aria-current="page">{words.dimension(name)}</span>
                    ) : (
                      <Link to={measureHref(measure, filters, name)}>{words.dimension(name)}</Link>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <MeasureSection
            id={measure}
            result={{ id: measure, noData: data.noData, tables }}
            filters={filters}
            threshold={data.protection.threshold}
            drillDown={false}
          />
          {breakdown === null ? <QualityNotes notes={data.qualityNotes} /> : null}
        </>
      ) : null}
    </Page>
  );
}
