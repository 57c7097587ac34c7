import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/connect.js';

/** pg-boss keeps its tables in a schema of its own, created and upgraded by pg-boss at start. */
export const JOB_SCHEMA = 'pgboss';

export type JobQueueOptions = {
  /** How often an idle worker looks for new jobs (pg-boss minimum: 0.5 s). */
  readonly pollingIntervalSeconds?: number;
};

/**
 * The durable job queue: pg-boss on PostgreSQL and on PGlite alike. pg-boss talks to
 * the database only through the system handle's `executeSql` (database.systemSql),
 * never through a pool of its own, so it shares the embedded PGlite instance (taking
 * its turn with other transactions) and, on PostgreSQL, the small system pool. Jobs,
 * schedules and their state are rows in the database: they survive a restart.
 *
 * pg-boss errors are logged by kind and code only: driver messages can echo values.
 */
export function createJobQueue(database: Database, log: Logger, options: JobQueueOptions = {}): PgBoss {
  const boss = new PgBoss({
    db: {
      executeSql: (text: string, values: unknown[]) =>
        database.systemSql.executeSql(text, values) as Promise<{ rows: never[] }>,
    },
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: true,
    schedule: true,
    ...(options.pollingIntervalSeconds !== undefined
      ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
      : {}),
  });
  boss.on('error', (error: Error & { code?: string }) => {
    log.error({ failure: { kind: error.name, errorCode: error.code } }, 'job queue error');
  });
  return boss;
}
