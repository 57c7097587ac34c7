import { type ReactNode, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { DashboardFilters } from './DashboardFilters';
import { filterSearch } from './filters';
import { GapSummary } from './GapSummary';
import { MeasureSection } from './MeasureSection';
import { QualityNotes } from './QualityNotes';
import { useDashboard } from './queries';
import { ReportPanel } from './ReportPanel';
import { MEASURES, type MeasureResult, type StatTable } from './types';
import { useFilters, useKnownRegions } from './use-filters';
import { useInsightsWords } from './words';
import './insights.css';

/** Tables of each measure on the dashboard; the measure's own page shows every one. */
const TABLES_ON_DASHBOARD = 4;

/**
 * National stock-taking: the nine measures for a period and region, the five largest
 * gaps at the top, the national report on demand. Aggregates only; every number has
 * already been protected by the server (small cells suppressed, never shown as 0).
 */
export function DashboardPage(): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const permissions = usePermissions();
  const [filters, setFilters] = useFilters();
  const dashboard = useDashboard(filters, intl.locale);
  const words = useInsightsWords(filters.granularity);
  const data = dashboard.data;
  const threshold = data?.protection.threshold ?? 5;
  const regions = useKnownRegions(data?.tables);
  const measures = useMemo(() => measureResults(data), [data]);

  if (!permissions.canSome('statistics', 'read')) {
    return (
      <Page title={t('insights.dashboard.title')}>
        <Notice tone="info">{t('insights.notAllowed')}</Notice>
      </Page>
    );
  }

  return (
    <Page
      title={t('insights.dashboard.title')}
      lead={<p>{t('insights.dashboard.lead')}</p>}
      actions={
        <>
          <Link className="button button-secondary" to={`/insights/methods${filterSearch(filters)}`}>
            {t('insights.methods.link')}
          </Link>
          {permissions.canSome('statistics_release', 'list') ? (
            <Link className="button button-secondary" to="/insights/releases">
              {t('insights.releases.link')}
            </Link>
          ) : null}
          {permissions.canSome('statistics_import', 'list') ? (
            <Link className="button button-secondary" to="/insights/imports">
              {t('insights.imports.link')}
            </Link>
          ) : null}
        </>
      }
    >
      <DashboardFilters filters={filters} regions={regions} onChange={setFilters} />
      <p className="insights-scope" role="status">
        {t('insights.dashboard.scope', {
          from: words.date(filters.from),
          to: words.date(filters.to),
          region: filters.region ? labels.region(filters.region) : t('insights.filter.allRegions'),
        })}
        {dashboard.isFetching && data ? ` ${t('insights.dashboard.updating')}` : null}
      </p>
      <ProblemNotice error={dashboard.error} />
      {dashboard.isPending ? <Loading /> : null}
      {data ? (
        <>
          <GapSummary gaps={data.gaps} />
          <ReportPanel filters={filters} />
          <nav aria-labelledby="insights-toc-title" className="section">
            <h2 id="insights-toc-title">{t('insights.toc.title')}</h2>
            <ol className="insights-toc">
              {MEASURES.map((id) => (
                <li key={id}>
                  <a href={`#measure-${id}`}>{t(`insights.measure.${id}.title`)}</a>
                </li>
              ))}
            </ol>
          </nav>
          {MEASURES.map((id) => (
            <MeasureSection
              key={id}
              id={id}
              result={measures.get(id)}
              filters={filters}
              threshold={threshold}
              limit={TABLES_ON_DASHBOARD}
            />
          ))}
          <QualityNotes notes={data.qualityNotes} />
        </>
      ) : null}
    </Page>
  );
}

/** The tables of each measure, and whether its module has recorded anything. */
export function measureResults(
  data:
    | {
        readonly measures: readonly { id: MeasureResult['id']; noData: boolean }[];
        readonly tables: readonly StatTable[];
      }
    | undefined,
): Map<MeasureResult['id'], MeasureResult> {
  const out = new Map<MeasureResult['id'], MeasureResult>();
  for (const measure of data?.measures ?? []) {
    out.set(measure.id, {
      id: measure.id,
      noData: measure.noData,
      tables: (data?.tables ?? []).filter((table) => table.measure === measure.id),
    });
  }
  return out;
}
