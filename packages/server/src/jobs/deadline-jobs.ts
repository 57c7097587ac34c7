import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/connect.js';
import { sweepDeadlines } from './deadline-sweep.js';
import { plannerStatistics } from './planner-statistics.js';
import { createJobQueue } from './queue.js';

export const DEADLINE_SWEEP_QUEUE = 'deadline-sweep';

/** A cron expression for "every `minutes` minutes" (pg-boss schedules to the minute, in UTC). */
export function sweepCron(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60) {
    throw new RangeError('The deadline sweep runs every 1 to 60 minutes');
  }
  return minutes === 60 ? '0 * * * *' : `*/${minutes} * * * *`;
}

export type DeadlineJobsOptions = {
  readonly database: Database;
  readonly logger: Logger;
  /** Minutes between two sweeps. */
  readonly everyMinutes: number;
  /** Queue one sweep as soon as the queue starts (default: yes). */
  readonly runAtStart?: boolean;
  /** Take jobs in this process (default: yes); without, jobs are only queued and scheduled. */
  readonly work?: boolean;
  readonly pollingIntervalSeconds?: number;
  /** The sweep's clock (tests). */
  readonly clock?: () => Date;
};

export type DeadlineJobs = {
  /** Queues one sweep (at `startAfter`, or now); null when one is already waiting. */
  requestSweep(startAfter?: Date): Promise<string | null>;
  /** Stops taking jobs, waits for a running sweep to finish; the database stays open. */
  stop(): Promise<void>;
  /** The queue itself, e.g. to look at a job's state. */
  readonly queue: PgBoss;
};

/**
 * Starts the durable job queue with the recurring deadline sweep: scheduled every few
 * minutes (the schedule is stored, so it survives a restart), also queued once at
 * start. A queue policy of "stately" keeps at most one sweep waiting and one running,
 * across every server process using the database. Each run is logged with counts only.
 */
export async function startDeadlineJobs(options: DeadlineJobsOptions): Promise<DeadlineJobs> {
  const log = options.logger.child({ module: 'jobs' });
  const clock = options.clock ?? (() => new Date());
  const queue = createJobQueue(
    options.database,
    log,
    options.pollingIntervalSeconds === undefined
      ? {}
      : { pollingIntervalSeconds: options.pollingIntervalSeconds },
  );
  await queue.start();
  const refreshStatistics = plannerStatistics(options.database);
  try {
    await queue.createQueue(DEADLINE_SWEEP_QUEUE, {
      name: DEADLINE_SWEEP_QUEUE,
      policy: 'stately',
      retryLimit: 3,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    });
    await queue.schedule(DEADLINE_SWEEP_QUEUE, sweepCron(options.everyMinutes), {}, { tz: 'UTC' });
    if (options.work ?? true) {
      await queue.work(
        DEADLINE_SWEEP_QUEUE,
        {
          batchSize: 1,
          ...(options.pollingIntervalSeconds === undefined
            ? {}
            : { pollingIntervalSeconds: options.pollingIntervalSeconds }),
        },
        async (jobs) => {
          for (const job of jobs) {
            const started = Date.now();
            try {
              const result = await sweepDeadlines(options.database.systemDb, clock());
              log.info(
                {
                  job: { id: job.id, queue: DEADLINE_SWEEP_QUEUE },
                  ms: Date.now() - started,
                  periodsEnded: result.periodsEnded,
                  noticesCreated: result.noticesCreated,
                },
                'deadline sweep done',
              );
              // Embedded database upkeep; a failure here is logged, never fails the sweep.
              await refreshStatistics().then(
                (ran) =>
                  ran ? log.info({ job: { id: job.id } }, 'planner statistics refreshed') : undefined,
                (error: unknown) =>
                  log.warn(
                    { failure: { kind: error instanceof Error ? error.name : 'unknown' } },
                    'planner statistics not refreshed',
                  ),
              );
            } catch (error) {
              const failure = error instanceof Error ? error : new Error('unknown');
              log.error(
                {
                  job: { id: job.id, queue: DEADLINE_SWEEP_QUEUE },
                  ms: Date.now() - started,
                  failure: { kind: failure.name, errorCode: (failure as { code?: unknown }).code },
                },
                'deadline sweep failed',
              );
              throw error;
            }
          }
        },
      );
    }
    const requestSweep = async (startAfter?: Date): Promise<string | null> =>
      queue.send(DEADLINE_SWEEP_QUEUE, {}, startAfter ? { startAfter } : {});
    if (options.runAtStart ?? true) await requestSweep();
    log.info({ queue: DEADLINE_SWEEP_QUEUE, everyMinutes: options.everyMinutes }, 'deadline jobs started');
    return {
      requestSweep,
      queue,
      stop: async () => {
        await queue.stop({ graceful: true, timeout: 30_000 });
        log.info({ queue: DEADLINE_SWEEP_QUEUE }, 'deadline jobs stopped');
      },
    };
  } catch (error) {
    await queue.stop({ graceful: false });
    throw error;
  }
}
