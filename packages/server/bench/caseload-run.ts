// Runs the caseload benchmark (caseload.ts) in child processes for `npm run bench`: the
// work lists of a case worker and a supervisor over a national caseload of
// OPENNRM_BENCH_CASES cases (default 100 000; 0 skips it), on PGlite in a temporary folder
// and on PostgreSQL in a scratch database created and dropped here. Prints the child's
// JSON lines, then a table of median / slowest milliseconds per query and database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
/** Seeding 100 000 cases and timing every list takes minutes on a busy two-core machine. */
const TIME_LIMIT_MS = 30 * 60_000;

type Timing = {
  bench: 'caseload';
  database: 'pglite' | 'postgres';
  query: string;
  rows: number;
  total: number;
  p50_ms: number;
  max_ms: number;
};
type Seeded = { seeded: Record<string, number>; seed_ms: number; database: string };

function run(args: string[]): Promise<{ timings: Timing[]; seeded: Seeded[] }> {
  const child = spawn(process.execPath, [...process.execArgv, join(here, 'caseload.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  const timings: Timing[] = [];
  const seeded: Seeded[] = [];
  const reader = createInterface({ input: child.stdout });
  reader.on('line', (text) => {
    console.log(text);
    try {
      const line = JSON.parse(text) as Partial<Timing> & Partial<Seeded>;
      if (line.bench === 'caseload') timings.push(line as Timing);
      if (line.seeded) seeded.push(line as Seeded);
    } catch {
      // not a figure
    }
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGTERM'), TIME_LIMIT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ timings, seeded });
      else reject(new Error(`caseload bench exited with code ${code}`));
    });
  });
}

async function admin(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function summary(cases: number, timings: readonly Timing[], seeded: readonly Seeded[]): void {
  console.log(`\ncaseload with ${cases} cases: median / slowest of the runs, ms`);
  for (const s of seeded)
    console.log(`  seeded on ${s.database} in ${s.seed_ms} ms: ${JSON.stringify(s.seeded)}`);
  console.log(`${'query'.padEnd(36)} ${'pglite'.padStart(15)} ${'postgres'.padStart(15)}  rows/total`);
  for (const query of [...new Set(timings.map((t) => t.query))]) {
    const cell = (database: Timing['database']): string => {
      const t = timings.find((x) => x.query === query && x.database === database);
      return t ? `${t.p50_ms} / ${t.max_ms}` : '-';
    };
    const any = timings.find((t) => t.query === query);
    console.log(
      `${query.padEnd(36)} ${cell('pglite').padStart(15)} ${cell('postgres').padStart(15)}  ${any?.rows}/${any?.total}`,
    );
  }
}

export async function runCaseloadBench(serverUrl: string, postgres: boolean): Promise<void> {
  const cases = Number(process.env.OPENNRM_BENCH_CASES ?? 100_000);
  if (!(cases > 0)) return;
  const timings: Timing[] = [];
  const seeded: Seeded[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'opennrm-caseload-'));
  try {
    const r = await run(['pglite', dir, String(cases)]);
    timings.push(...r.timings);
    seeded.push(...r.seeded);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (postgres) {
    // The name is generated here (hex only), so interpolating it is safe.
    const name = `opennrm_caseload_${randomBytes(6).toString('hex')}`;
    await admin(serverUrl, `CREATE DATABASE ${name}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const r = await run(['postgres', url.toString(), String(cases)]);
      timings.push(...r.timings);
      seeded.push(...r.seeded);
    } finally {
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
  summary(cases, timings, seeded);
}
