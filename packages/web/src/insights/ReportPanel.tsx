import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import { ProblemNotice } from '../ui/Alerts';
import { CheckIcon } from '../ui/icons';
import type { Filters } from './filters';
import { reportPdfUrl, useReportStatus, useRequestReport } from './queries';
import type { ReportStatus } from './types';

/**
 * The national stock-taking report, built on demand by the server in the reader's
 * language for the filters in force. While it builds, a progress bar and a polite live
 * region say how far it is; the user may leave it running and keep reading.
 */
export function ReportPanel({ filters }: { readonly filters: Filters }): ReactNode {
  const t = useT();
  const intl = useIntl();
  const [reportId, setReportId] = useState<string | null>(null);
  const request = useRequestReport();
  const status = useReportStatus(reportId);
  const report = status.data ?? request.data ?? null;
  const building = report !== null && (report.status === 'queued' || report.status === 'running');

  const generate = (): void => {
    request.mutate(
      {
        from: filters.from,
        to: filters.to,
        granularity: filters.granularity,
        ...(filters.region ? { region: filters.region } : {}),
        language: intl.locale,
      },
      { onSuccess: (created) => setReportId(created.id) },
    );
  };

  return (
    <section className="insights-report" aria-labelledby="insights-report-title">
      <h2 id="insights-report-title">{t('insights.report.title')}</h2>
      <p>{t('insights.report.intro')}</p>
      <Button
        className="button button-primary"
        onPress={generate}
        isDisabled={building || request.isPending}
        isPending={request.isPending}
      >
        {t('insights.report.generate')}
      </Button>
      <ProblemNotice error={request.error ?? status.error} />
      {/* Always in the page, so that screen readers hear each change of its text. */}
      <div aria-live="polite" aria-atomic="true" className="insights-report-status">
        {report ? <ReportProgress report={report} /> : null}
      </div>
    </section>
  );
}

function ReportProgress({ report }: { readonly report: ReportStatus }): ReactNode {
  const t = useT();
  const percent = Math.max(0, Math.min(100, Math.round(report.progress)));
  switch (report.status) {
    case 'queued':
    case 'running':
      return (
        <div className="insights-progress">
          <p id="insights-report-progress-label">
            {report.status === 'queued'
              ? t('insights.report.queued')
              : t('insights.report.running', { percent })}
            {report.step ? ` ${t('insights.report.step', { step: stepText(t, report.step) })}` : null}
          </p>
          <div
            role="progressbar"
            aria-labelledby="insights-report-progress-label"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t('insights.report.percent', { percent })}
            className="insights-progress-track"
          >
            <div className="insights-progress-fill" style={{ inlineSize: `${percent}%` }} />
          </div>
        </div>
      );
    case 'done':
      return (
        <div className="insights-progress">
          <p>
            <CheckIcon className="insights-inline-icon" />
            {report.pages === null
              ? t('insights.report.doneNoPages')
              : t('insights.report.done', { pages: report.pages })}
          </p>
          <div
            role="progressbar"
            aria-label={t('insights.report.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={100}
            aria-valuetext={t('insights.report.percent', { percent: 100 })}
            className="insights-progress-track"
          >
            <div className="insights-progress-fill" style={{ inlineSize: '100%' }} />
          </div>
          <p>
            <a className="button button-secondary" href={reportPdfUrl(report)} download>
              {t('insights.report.download')}
            </a>
          </p>
        </div>
      );
    case 'failed':
      return <p className="field-error">{t('insights.report.failed')}</p>;
    default: {
      const unreachable: never = report.status;
      throw new Error(`Unknown report status ${String(unreachable)}`);
    }
  }
}

/** A build step the server names ("charts", "methods"…), in the reader's words when known. */
function stepText(t: ReturnType<typeof useT>, step: string): string {
  const known = ['measures', 'charts', 'tables', 'methods', 'pdf'] as const;
  const match = known.find((k) => k === step);
  return match ? t(`insights.report.steps.${match}`) : step;
}
