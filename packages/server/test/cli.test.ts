import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../src/audit/index.js';
import { connect } from '../src/db/connect.js';
import { acquireDataDirLock } from '../src/db/data-dir-lock.js';

/**
 * The operator CLI against an embedded data folder, run as a separate process the way
 * an operator runs it. Embedded mode on purpose in both test runs: the data-folder
 * lock only exists there.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'packages/server/src/cli/main.ts');

type Result = { code: number; stdout: string; stderr: string };

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'opennrm-cli-'));
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function opennrm(...args: string[]): Promise<Result> {
  const env: NodeJS.ProcessEnv = { ...process.env, OPENNRM_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  delete env.OPENNRM_MASTER_KEY;
  delete env.OPENNRM_TEST_DATABASE_URL;
  return new Promise((resolve) => {
    execFile(TSX, ['--conditions=source', CLI, ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Opens the data folder in this process (taking its lock) for the duration of `fn`. */
async function withDataDir(
  fn: (db: Awaited<ReturnType<typeof connect>>['db']) => Promise<void>,
): Promise<void> {
  const database = await connect({ kind: 'pglite', dataDir });
  try {
    await fn(database.db);
  } finally {
    await database.close();
  }
}

describe('opennrm audit verify', () => {
  it('reports an intact chain on a fresh data folder and exits 0', async () => {
    const result = await opennrm('audit', 'verify');

    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/Audit chain intact: 0 entries verified/);
  });

  it('verifies a chain with entries and exits 0', async () => {
    await withDataDir(async (db) => {
      for (let i = 0; i < 3; i++) {
        await appendAudit(db, {
          actorKind: 'system',
          action: `test.step_${i}`,
          resourceType: 'system',
          resourceId: randomUUID(),
          outcome: 'success',
        });
      }
    });

    const result = await opennrm('audit', 'verify');

    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/Audit chain intact: 3 entries verified/);
  });

  it('exits non-zero and names the first broken entry after the log was tampered with', async () => {
    await withDataDir(async (db) => {
      // What someone with direct database access could do: bypass the append-only trigger.
      await db.transaction().execute(async (trx) => {
        await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(trx);
        await sql`UPDATE audit_log SET outcome = 'failure' WHERE seq = 2`.execute(trx);
        await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(trx);
      });
    });

    const result = await opennrm('audit', 'verify');

    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/BROKEN at entry 2/);
  });

  it('refuses to run while another process holds the data-folder lock', async () => {
    const lock = acquireDataDirLock(dataDir);
    let result: Result;
    try {
      result = await opennrm('audit', 'verify');
    } finally {
      lock.release();
    }

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`in use by process ${process.pid}`);
    expect(result.stdout).not.toMatch(/Audit chain/);
  });
});
