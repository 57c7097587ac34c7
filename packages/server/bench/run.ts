// `npm run bench`: requests per second of a bare Fastify hello-world (the ceiling of
// this machine) and of OpenNRM's most sensitive read — GET /api/persons/:id, which
// resolves the session, checks the policy and the case-team relationship, decrypts
// the person's fields and appends a hash-chained audit entry — on PGlite and, when
// it answers at 127.0.0.1:5432, PostgreSQL. Prints figures; never fails on a number.
// OPENNRM_BENCH_CONNECTIONS (default 64) and OPENNRM_BENCH_DATABASE_URL (default the
// local server's postgres database, used only to create and drop a scratch database).
// Then the stock-taking benchmark (stocktaking-run.ts; OPENNRM_BENCH_STOCKTAKING=0 skips it).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { runCaseloadBench } from './caseload-run.js';
import { runStocktakingBench } from './stocktaking-run.js';

const CONNECTIONS = Number(process.env.OPENNRM_BENCH_CONNECTIONS ?? 64);
const WARMUP_SECONDS = 1;
const DURATION_SECONDS = 5;
const START_TIMEOUT_MS = 60_000;
const WATCHDOG_MS = 115_000;
const SERVER_URL = process.env.OPENNRM_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type DatabaseKind = 'pglite' | 'postgres';
type Line = {
  bench: string;
  database: DatabaseKind;
  target: 'hello' | 'app';
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  non2xx: number;
};
type Ready = { ready: true; port: number; cookie?: string; personIds?: string[] };

const here = dirname(fileURLToPath(import.meta.url));
const children = new Set<ChildProcess>();
const cleanups: Array<() => Promise<void>> = [];

function startTarget(args: string[]): Promise<{ ready: Ready; child: ChildProcess }> {
  // Same node flags as ours (tsx loader, --conditions=source), another process.
  const child = spawn(process.execPath, [...process.execArgv, join(here, 'target.ts'), ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`target ${args[0]} did not start in time`)),
      START_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve({ ready: JSON.parse(line) as Ready, child });
      } catch (error) {
        reject(error);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`target ${args[0]} exited with code ${code}`));
    });
  });
}

async function stopTarget(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function load(
  port: number,
  paths: readonly string[],
  headers: Record<string, string>,
  seconds: number,
): Promise<Result> {
  let next = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    headers,
    // Each request goes to the next id: spreads reads over the whole fixture.
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] ?? '/' }),
      },
    ],
  });
}

async function measure(database: DatabaseKind, target: 'hello' | 'app', args: string[]): Promise<Line> {
  const { ready, child } = await startTarget(args);
  try {
    const paths = target === 'hello' ? ['/'] : (ready.personIds ?? []).map((id) => `/api/persons/${id}`);
    const headers: Record<string, string> = ready.cookie ? { cookie: ready.cookie } : {};
    const probe = await fetch(`http://127.0.0.1:${ready.port}${paths[0]}`, { headers });
    if (probe.status !== 200) throw new Error(`${target} answered ${probe.status} to its first request`);
    await load(ready.port, paths, headers, WARMUP_SECONDS);
    const r = await load(ready.port, paths, headers, DURATION_SECONDS);
    return {
      bench: target === 'hello' ? 'fastify-hello' : 'persons-read',
      database,
      target,
      rps: Math.round(r.requests.average),
      p50_ms: r.latency.p50,
      p99_ms: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    };
  } finally {
    await stopTarget(child);
  }
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function benchDatabase(database: DatabaseKind): Promise<Line[]> {
  let where: string;
  if (database === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'opennrm-bench-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    where = dir;
  } else {
    // The name is generated here (hex only), so interpolating it is safe.
    const name = `opennrm_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    where = url.toString();
  }
  const hello = await measure(database, 'hello', ['hello']);
  console.log(JSON.stringify(hello));
  const app = await measure(database, 'app', ['app', database, where]);
  console.log(JSON.stringify(app));
  return [hello, app];
}

async function cleanUp(): Promise<void> {
  await Promise.all([...children].map(stopTarget));
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
  }
}

function printTable(lines: readonly Line[]): void {
  console.log('\ndatabase  hello rps  app rps  app/hello  app p50 ms  app p99 ms');
  for (const database of ['pglite', 'postgres'] as const) {
    const hello = lines.find((l) => l.database === database && l.target === 'hello');
    const app = lines.find((l) => l.database === database && l.target === 'app');
    if (!hello || !app) continue;
    const ratio = hello.rps > 0 ? (app.rps / hello.rps).toFixed(3) : 'n/a';
    console.log(
      `${database.padEnd(9)} ${String(hello.rps).padStart(9)}  ${String(app.rps).padStart(7)}  ${ratio.padStart(9)}  ${String(app.p50_ms).padStart(10)}  ${String(app.p99_ms).padStart(10)}`,
    );
  }
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error('benchmark took too long: stopping');
    void cleanUp().finally(() => process.exit(2));
  }, WATCHDOG_MS);
  watchdog.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  const lines: Line[] = [];
  let postgres = false;
  try {
    lines.push(...(await benchDatabase('pglite')));
    postgres = await postgresAnswers();
    if (postgres) lines.push(...(await benchDatabase('postgres')));
    else console.log(`# PostgreSQL does not answer at ${new URL(SERVER_URL).host}: skipped`);
  } finally {
    await cleanUp();
  }
  printTable(lines);
  clearTimeout(watchdog);
  // The caseload work lists with 100 000 cases, with its own limit.
  await runCaseloadBench(SERVER_URL, postgres);
  // National stock-taking at scale (minutes: it generates a million cases), with its own limit.
  await runStocktakingBench(SERVER_URL, postgres);
}

main().catch((error: unknown) => {
  console.error(`benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  void cleanUp().finally(() => process.exit(1));
});
