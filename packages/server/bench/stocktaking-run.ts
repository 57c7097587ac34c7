// Runs the stock-taking benchmark (stocktaking.ts) in child processes for `npm run bench`:
// 100 000 cases on PGlite in a temporary folder, 1 000 000 on PostgreSQL in a scratch
// database created and dropped here. Prints the child's JSON lines, then a summary.
// OPENNRM_BENCH_STOCKTAKING=0 skips it; OPENNRM_BENCH_STOCKTAKING_CASES and
// OPENNRM_BENCH_STOCKTAKING_PGLITE_CASES change the sizes.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
/** Generating a million cases on a busy two-core machine takes minutes. */
const TIME_LIMIT_MS = 60 * 60_000;

type Line = Record<string, unknown>;

function run(args: string[]): Promise<Line[]> {
  const child = spawn(process.execPath, [...process.execArgv, join(here, 'stocktaking.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  const lines: Line[] = [];
  const reader = createInterface({ input: child.stdout });
  reader.on('line', (text) => {
    console.log(text);
    try {
      lines.push(JSON.parse(text) as Line);
    } catch {
      // not a figure
    }
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGTERM'), TIME_LIMIT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(lines);
      else reject(new Error(`stock-taking bench exited with code ${code}`));
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

function summary(lines: readonly Line[]): void {
  console.log('\nstock-taking                                                   database   cases      ms');
  for (const line of lines) {
    if (typeof line.phase !== 'string') continue;
    const ms = line.median_ms ?? line.ms;
    if (ms === undefined) continue;
    console.log(
      `${String(line.phase).slice(0, 62).padEnd(62)} ${String(line.database).padEnd(9)} ${String(line.cases).padStart(8)} ${String(ms).padStart(7)}`,
    );
  }
}

export async function runStocktakingBench(serverUrl: string, postgres: boolean): Promise<void> {
  if (process.env.OPENNRM_BENCH_STOCKTAKING === '0') return;
  const lines: Line[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'opennrm-stocktaking-'));
  try {
    lines.push(
      ...(await run(['pglite', dir, process.env.OPENNRM_BENCH_STOCKTAKING_PGLITE_CASES ?? '100000'])),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (postgres) {
    // The name is generated here (hex only), so interpolating it is safe.
    const name = `opennrm_stocktaking_${randomBytes(6).toString('hex')}`;
    await admin(serverUrl, `CREATE DATABASE ${name}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      lines.push(
        ...(await run([
          'postgres',
          url.toString(),
          process.env.OPENNRM_BENCH_STOCKTAKING_CASES ?? '1000000',
        ])),
      );
    } finally {
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
  summary(lines);
}
