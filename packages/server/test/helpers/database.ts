import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Database } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/**
 * A migrated database for one test file: PGlite in memory by default, or, when
 * OPENNRM_TEST_DATABASE_URL is set, a fresh uniquely named database on that
 * PostgreSQL server, dropped again on close. PGlite is slow to start (seconds):
 * open one per file in `beforeAll`, not one per test.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.OPENNRM_TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await connect({ kind: 'pglite', dataDir: null });
    await migrateToLatest(database.db);
    return database;
  }
  const name = `opennrm_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let database: Database;
  try {
    database = await connect({ kind: 'postgres', url: url.toString(), poolSize: 25 });
    await migrateToLatest(database.db);
  } catch (error) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
  const opened = database;
  return {
    kind: opened.kind,
    db: opened.db,
    systemDb: opened.systemDb,
    systemSql: opened.systemSql,
    close: async () => {
      await opened.close();
      // pool.end() can resolve before the server has seen every connection go; wait for
      // them (bounded) so that DROP … WITH (FORCE) does not terminate live clients.
      for (let i = 0; i < 50; i++) {
        const n = await adminCount(serverUrl, name);
        if (n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

// The name is generated above (hex only), so interpolating it is safe.
async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function adminCount(serverUrl: string, database: string): Promise<number> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const res = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
      [database],
    );
    return res.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}
