import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts.js';
import { buildApp } from './http/app.js';
import { openRuntime, startBackgroundJobs } from './platform/bootstrap.js';
import { loadConfig } from './platform/config.js';
import { createLogger } from './platform/logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const runtime = await openRuntime(config, logger, { seedDemoIfEmpty: true });
  const app = await buildApp({ ...runtime, config, logger });
  const jobs = await startBackgroundJobs(runtime, config, logger);
  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    await jobs.stop();
    await runtime.database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  if (runtime.demoMode) {
    // Printed for the person starting the demo, not logged: these are synthetic accounts.
    const lines = DEMO_ACCOUNTS.map(
      (a) => `  ${a.email.padEnd(34)} ${a.roles.join(', ')} — ${a.organisationName}`,
    );
    process.stdout.write(
      `\nOpenNRM is running at ${url} (database: ${runtime.database.kind}, DEMO MODE — synthetic data only)\n` +
        `Demo accounts (password: ${DEMO_PASSWORD}; MFA not enforced for demo accounts in demo mode):\n${lines.join('\n')}\n` +
        `API documentation: ${url}/api/docs\n\n`,
    );
  } else {
    process.stdout.write(`\nOpenNRM is running at ${url} (database: ${runtime.database.kind})\n\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `OpenNRM could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
