import { join } from 'node:path';
import type { Logger } from 'pino';
import { type Keyring, loadKeyring } from '../crypto/index.js';
import { connect, type Database } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { isDemoSeeded, isEmpty, seedDemo } from '../demo/seed.js';
import { startInsightsJobs } from '../insights/report/report-jobs.js';
import { type DeadlineJobs, startDeadlineJobs } from '../jobs/deadline-jobs.js';
import type { Config } from './config.js';

export type Runtime = { database: Database; keyring: Keyring; demoMode: boolean };

export function keyFilePath(config: Config): string | undefined {
  return config.database.kind === 'pglite' ? join(config.dataDir, 'master-key.json') : undefined;
}

/**
 * Opens the database (taking the data-folder lock in embedded mode), applies
 * migrations, loads the master key, and seeds the demo data set on first start.
 */
export async function openRuntime(
  config: Config,
  log: Logger,
  options: { seedDemoIfEmpty: boolean },
): Promise<Runtime> {
  if (config.database.kind === 'postgres' && !config.masterKey) {
    throw new Error(
      'OPENNRM_MASTER_KEY is required with DATABASE_URL (base64 of 32 random bytes; see README).',
    );
  }
  const keyFile = keyFilePath(config);
  const keyring = await loadKeyring({
    ...(config.masterKey ? { masterKey: config.masterKey } : {}),
    ...(config.blindIndexKey ? { blindIndexKey: config.blindIndexKey } : {}),
    ...(keyFile && !config.masterKey ? { keyFile } : {}),
  });
  const database = await connect(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    const applied = await migrateToLatest(database.systemDb);
    if (applied.length) log.info({ migrations: applied }, 'migrations applied');
    const wantDemo = config.demo === 'on' || (config.demo === 'auto' && config.database.kind === 'pglite');
    if (options.seedDemoIfEmpty && wantDemo && (await isEmpty(database.db))) {
      const started = Date.now();
      log.info('first start: generating the synthetic demo data set');
      const dataset = await seedDemo(database.db, keyring);
      log.info({ persons: dataset.persons.length, ms: Date.now() - started }, 'demo data set ready');
    }
    const demoMode = config.demo === 'on' || (config.demo === 'auto' && (await isDemoSeeded(database.db)));
    return { database, keyring, demoMode };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Starts the durable job queue (pg-boss, on PGlite and PostgreSQL alike) with the
 * recurring deadline sweep. Stop it before closing the database.
 */
export async function startBackgroundJobs(
  runtime: Runtime,
  config: Config,
  log: Logger,
): Promise<DeadlineJobs> {
  const jobs = await startDeadlineJobs({
    database: runtime.database,
    logger: log,
    everyMinutes: config.deadlineSweepMinutes,
    // A sweep every few minutes needs no faster polling; on PGlite each poll takes a turn
    // on the single connection.
    pollingIntervalSeconds: 10,
  });
  // Stock-taking reports and the per-case facts refresh share the same queue (stopped with it).
  await startInsightsJobs({
    queue: jobs.queue,
    database: runtime.database,
    logger: log,
    pollingIntervalSeconds: 5,
  });
  return jobs;
}
