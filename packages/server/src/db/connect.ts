import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Raw SQL on the system connection, in the shape pg-boss takes as its `db` adapter. */
export type SystemSql = {
  executeSql(text: string, values?: readonly unknown[]): Promise<{ rows: unknown[] }>;
};

/**
 * The one place that opens a database. `db` is the privileged handle: request
 * handlers never receive it directly, they go through the per-request context.
 * `systemDb` and `systemSql` are the separately named privileged system handle used
 * only by jobs and migrations: its own connection (pool) on PostgreSQL, its own
 * Kysely instance on PGlite, so that background work never runs inside a request's
 * open transaction (PGlite has a single session).
 */
export type Database = {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  readonly systemDb: Kysely<DB>;
  readonly systemSql: SystemSql;
  close(): Promise<void>;
};

export type ConnectOptions =
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number }
  | { readonly kind: 'pglite'; readonly dataDir: string | null };

const INT8_OID = 20;
/** Connections for jobs (the deadline sweep and pg-boss's own upkeep). */
const SYSTEM_POOL_SIZE = 4;

export async function connect(options: ConnectOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const openPool = (max: number, applicationName: string): pg.Pool => {
      const pool = new pg.Pool({
        connectionString: options.url,
        max,
        application_name: applicationName,
        // int8 as number on both drivers (counts, audit sequence); values stay < 2^53.
        types: {
          getTypeParser: (oid: number, format?: 'text' | 'binary') =>
            oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
        } as pg.CustomTypesConfig,
      });
      // An idle client losing its connection (server restart, failover) must not crash the
      // process; the pool replaces it and the next query reports the error to its caller.
      pool.on('error', () => undefined);
      return pool;
    };
    const pool = openPool(options.poolSize ?? 20, 'opennrm');
    const systemPool = openPool(SYSTEM_POOL_SIZE, 'opennrm-system');
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const systemDb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: systemPool }) });
    const systemSql: SystemSql = {
      async executeSql(text, values) {
        // Without values node-postgres uses the simple protocol: several statements at once.
        const result: pg.QueryResult | pg.QueryResult[] = await systemPool.query(
          text,
          values ? [...values] : [],
        );
        return { rows: Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows };
      },
    };
    return {
      kind: 'postgres',
      db,
      systemDb,
      systemSql,
      close: async () => {
        await systemDb.destroy();
        await db.destroy();
      },
    };
  }

  let lock: DataDirLock | null = null;
  let pglite: PGlite;
  if (options.dataDir) {
    lock = acquireDataDirLock(options.dataDir);
    pglite = new PGlite(join(options.dataDir, 'pgdata'), {
      parsers: { [INT8_OID]: (v: string) => Number(v) },
    });
  } else {
    pglite = new PGlite({ parsers: { [INT8_OID]: (v: string) => Number(v) } });
  }
  await pglite.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  // A second Kysely instance on the same PGlite: each waits for the other's transactions
  // (PGlite's exclusive transaction lock) instead of running inside them.
  const systemDb = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  const systemSql: SystemSql = {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await pglite.query(text, [...values]);
        return { rows: result.rows };
      }
      // `query` takes one statement (extended protocol); `exec` takes several.
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
  return {
    kind: 'pglite',
    db,
    systemDb,
    systemSql,
    close: async () => {
      await systemDb.destroy();
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      lock?.release();
    },
  };
}
