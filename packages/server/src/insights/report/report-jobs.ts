import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../../db/connect.js';
import { JOB_SCHEMA } from '../../jobs/queue.js';
import { pendingFacts, rebuildAllFacts, refreshDirtyFacts } from '../facts.js';
import { compactRollup, refreshMarkedMonths } from '../rollup.js';
import { loadInsightsSettings } from '../settings.js';
import { buildReport } from './build-report.js';

/**
 * The insights module's jobs on the durable queue (pg-boss, the deadline jobs' queue):
 * - `insights-report`: builds one requested report (payload: its id only);
 * - `insights-facts`: every few minutes, brings the per-case facts up to date in chunks
 *   (requests refresh small backlogs themselves; this catches the large ones).
 * A report request commits its row first ("queued") and then sends its job; at start
 * every report still queued or left running is sent again, so none is lost.
 */

export const REPORT_QUEUE = 'insights-report';
export const FACTS_QUEUE = 'insights-facts';
const FACTS_CHUNK = 20_000;
const FACTS_MAX_CHUNKS = 100;

export type InsightsJobsOptions = {
  readonly queue: PgBoss;
  readonly database: Database;
  readonly logger: Logger;
  /** Take jobs in this process (default: yes). */
  readonly work?: boolean;
  readonly pollingIntervalSeconds?: number;
};

/**
 * Refreshes every pending case's facts chunk by chunk (with their rollup deltas), rebuilds
 * the months marked by notifications and remedies, and merges the rollup's deltas.
 */
export async function refreshAllPendingFacts(database: Database): Promise<{ cases: number; months: number }> {
  const settings = await loadInsightsSettings(database.systemDb);
  // First start on a large existing database: one full build is far cheaper than deltas.
  const empty = await database.systemDb
    .selectFrom('insights_case_facts')
    .select('case_id')
    .limit(1)
    .executeTakeFirst();
  if (!empty && (await pendingFacts(database.systemDb)) > FACTS_CHUNK) {
    const built = await rebuildAllFacts(database.systemDb, settings);
    return { cases: built, months: 0 };
  }
  let cases = 0;
  for (let i = 0; i < FACTS_MAX_CHUNKS; i++) {
    const n = await refreshDirtyFacts(database.systemDb, settings, FACTS_CHUNK);
    cases += n;
    if (n < FACTS_CHUNK) break;
  }
  let months = await refreshMarkedMonths(database.systemDb);
  for (
    let merged = await compactRollup(database.systemDb);
    merged > 0;
    merged = await compactRollup(database.systemDb)
  ) {
    months += merged;
  }
  return { cases, months };
}

export async function startInsightsJobs(options: InsightsJobsOptions): Promise<void> {
  const { queue, database } = options;
  const log = options.logger.child({ module: 'insights' });
  await queue.createQueue(REPORT_QUEUE, {
    name: REPORT_QUEUE,
    policy: 'standard',
    retryLimit: 1,
    retryDelay: 30,
    expireInSeconds: 30 * 60,
  });
  await queue.createQueue(FACTS_QUEUE, {
    name: FACTS_QUEUE,
    policy: 'stately',
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 30 * 60,
  });
  await queue.schedule(FACTS_QUEUE, '*/5 * * * *', {}, { tz: 'UTC' });
  if (options.work ?? true) {
    const polling =
      options.pollingIntervalSeconds === undefined
        ? {}
        : { pollingIntervalSeconds: options.pollingIntervalSeconds };
    await queue.work<{ reportId?: unknown }>(REPORT_QUEUE, { batchSize: 1, ...polling }, async (jobs) => {
      for (const job of jobs) {
        const reportId = typeof job.data?.reportId === 'string' ? job.data.reportId : null;
        if (!reportId) continue;
        const started = Date.now();
        const outcome = await buildReport(database.systemDb, reportId);
        log.info(
          { job: { id: job.id, queue: REPORT_QUEUE }, report: reportId, outcome, ms: Date.now() - started },
          'report job done',
        );
      }
    });
    await queue.work(FACTS_QUEUE, { batchSize: 1, ...polling }, async () => {
      const started = Date.now();
      const refreshed = await refreshAllPendingFacts(database);
      const pending = await pendingFacts(database.systemDb);
      log.info(
        {
          queue: FACTS_QUEUE,
          cases: refreshed.cases,
          months: refreshed.months,
          pending,
          ms: Date.now() - started,
        },
        'facts refreshed',
      );
    });
  }
  // Reports a stopped process left behind.
  const left = await database.systemDb
    .selectFrom('insights_reports')
    .select('id')
    .where('status', 'in', ['queued', 'running'])
    .execute();
  for (const report of left) await queue.send(REPORT_QUEUE, { reportId: report.id });
  await queue.send(FACTS_QUEUE, {});
  log.info({ queues: [REPORT_QUEUE, FACTS_QUEUE], requeued: left.length }, 'insights jobs started');
}

const senders = new WeakMap<Database, PgBoss>();

/**
 * Sends the job of a committed report request. A sender is a pg-boss instance that is
 * never started: it only inserts jobs, through the system handle. Where no queue runs
 * (pg-boss's tables absent: tests, a CLI) the report stays queued until one starts.
 */
export async function sendReportJob(
  database: Database,
  reportId: string,
  log: { warn(details: object, message: string): void },
): Promise<boolean> {
  let sender = senders.get(database);
  if (!sender) {
    sender = new PgBoss({
      db: {
        executeSql: (text: string, values: unknown[]) =>
          database.systemSql.executeSql(text, values) as Promise<{ rows: never[] }>,
      },
      schema: JOB_SCHEMA,
    });
    senders.set(database, sender);
  }
  try {
    const present = await database.systemSql.executeSql(
      `select to_regclass('${JOB_SCHEMA}.job') is not null as present`,
    );
    if ((present.rows[0] as { present?: boolean } | undefined)?.present !== true) return false;
    return (await sender.send(REPORT_QUEUE, { reportId })) !== null;
  } catch (error) {
    const failure = error instanceof Error ? error : new Error('unknown');
    log.warn(
      { failure: { kind: failure.name, errorCode: (failure as { code?: unknown }).code } },
      'report job not sent',
    );
    return false;
  }
}
