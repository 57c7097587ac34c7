import { ledgerSummary } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { computeRawTables, freshenFacts, protect } from '../compute.js';
import { SIGNIFICANCE } from '../measures/bias.js';
import { isReportLanguage, words } from '../messages/index.js';
import type { Granularity, InsightsFilter } from '../period.js';
import { releaseLedger } from '../publish-release.js';
import { loadInsightsSettings } from '../settings.js';
import { composeReport } from './compose-report.js';
import { renderReport } from './report-pdf.js';

/**
 * Builds one requested report (run by the job queue): computes and protects every
 * measure, composes the report in the requested language and renders the PDF, storing
 * progress as it goes so that the requester sees it advance. A report already done is
 * left alone; one left running by a stopped process is built again.
 */

export const REPORT_STEPS = ['computing', 'composing', 'rendering', 'saving'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

const day = (value: Date | string): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

async function setProgress(db: Kysely<DB>, id: string, progress: number, step: ReportStep): Promise<void> {
  await db
    .updateTable('insights_reports')
    .set({ progress: Math.max(0, Math.min(99, Math.round(progress))), step })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export type BuildOutcome = 'done' | 'failed' | 'skipped';

export async function buildReport(
  db: Kysely<DB>,
  id: string,
  now: () => Date = () => new Date(),
): Promise<BuildOutcome> {
  // Take the report: queued, or running without finishing (a stopped process).
  const taken = await db
    .updateTable('insights_reports')
    .set({
      status: 'running',
      progress: 1,
      step: 'computing',
      started_at: now(),
      attempts: sql`attempts + 1`,
    })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .returning(['language', 'period_from', 'period_to', 'region', 'granularity'])
    .executeTakeFirst();
  if (!taken) return 'skipped';
  try {
    const filter: InsightsFilter = {
      from: day(taken.period_from),
      to: day(taken.period_to),
      region: taken.region,
      granularity: taken.granularity as Granularity,
    };
    const language = isReportLanguage(taken.language) ? taken.language : 'en';
    const settings = await loadInsightsSettings(db);
    await freshenFacts(db, settings);
    await setProgress(db, id, 10, 'computing');
    const computation = await computeRawTables(db, filter, undefined, settings);
    const tables = protect(computation);
    await setProgress(db, id, 45, 'composing');
    const ledger = await releaseLedger(db, settings);
    const releases = await db
      .selectFrom('statistics_releases')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirst();
    const summary = ledgerSummary(ledger);
    const model = composeReport(
      {
        tables,
        filter,
        threshold: settings.suppressionThreshold,
        generatedAt: now(),
        budget: {
          budgetEpsilon: summary.budgetEpsilon,
          spentEpsilon: summary.spentEpsilon,
          releases: releases?.n ?? 0,
        },
        alpha: SIGNIFICANCE,
      },
      words(language),
    );
    await setProgress(db, id, 55, 'rendering');
    // Progress while rendering is written at most every tenth of the way (a write is not free).
    let written = 0;
    const pending: Promise<void>[] = [];
    const { pdf, pages } = await renderReport(model, (share) => {
      if (share - written >= 0.1) {
        written = share;
        pending.push(setProgress(db, id, 55 + share * 40, 'rendering'));
      }
    });
    await Promise.all(pending);
    await setProgress(db, id, 97, 'saving');
    await db
      .updateTable('insights_reports')
      .set({ status: 'done', progress: 100, step: null, pdf, pages, finished_at: now(), failure: null })
      .where('id', '=', id)
      .execute();
    return 'done';
  } catch (error) {
    // Only the kind of failure is kept: a driver message could echo values.
    const failure = error instanceof Error ? error.name : 'unknown';
    await db
      .updateTable('insights_reports')
      .set({ status: 'failed', step: null, failure, finished_at: now() })
      .where('id', '=', id)
      .execute();
    return 'failed';
  }
}
