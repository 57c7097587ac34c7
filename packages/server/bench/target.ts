// One benchmark target in its own process, so that the load generator (the parent)
// does not share an event loop with the server it measures.
//   target.ts hello
//   target.ts app pglite <dataDir>
//   target.ts app postgres <url>
// Prints one JSON line `{ ready: true, port, cookie?, personIds? }` once listening.
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { loadKeyring } from '../src/crypto/index.js';
import { connect, type Database } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildApp } from '../src/http/app.js';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logger.js';
import { seedBenchFixture } from './fixture.js';

const PERSONS = 1000;

type Ready = { ready: true; port: number; cookie?: string; personIds?: readonly string[] };
type Stop = () => Promise<void>;

async function startHello(): Promise<{ ready: Ready; stop: Stop }> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { ready: { ready: true, port: portOf(app.server.address()) }, stop: () => app.close() };
}

async function startApp(kind: 'pglite' | 'postgres', where: string): Promise<{ ready: Ready; stop: Stop }> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    OPENNRM_WEB_DIST: '/nonexistent',
    OPENNRM_DATA_DIR: kind === 'pglite' ? where : '/nonexistent',
  });
  const keyring = await loadKeyring({ masterKey: randomBytes(32).toString('base64') });
  const database: Database =
    kind === 'pglite'
      ? await connect({ kind: 'pglite', dataDir: where })
      : await connect({ kind: 'postgres', url: where });
  await migrateToLatest(database.db);
  const fixture = await seedBenchFixture(database, keyring, config, PERSONS);
  const app = await buildApp({ database, keyring, config, demoMode: false, logger: createLogger('silent') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    ready: { ready: true, port: portOf(app.server.address()), ...fixture },
    stop: async () => {
      await app.close();
      await database.close();
    },
  };
}

function portOf(address: ReturnType<import('node:net').Server['address']>): number {
  if (address && typeof address === 'object') return address.port;
  throw new Error('server is not listening on a TCP port');
}

async function main(): Promise<void> {
  const [mode, kind, where] = process.argv.slice(2);
  const started =
    mode === 'hello'
      ? await startHello()
      : mode === 'app' && (kind === 'pglite' || kind === 'postgres') && where
        ? await startApp(kind, where)
        : null;
  if (!started) throw new Error('usage: target.ts hello | app pglite <dataDir> | app postgres <url>');
  const stop = async (): Promise<void> => {
    await started.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  // The parent closing our stdin means it is gone: do not outlive it.
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify(started.ready)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench target failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
