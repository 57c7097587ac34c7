import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

/**
 * The one place that opens a database. `db` is the privileged handle: request
 * handlers never receive it directly, they go through the per-request context.
 */
export type Database = {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  close(): Promise<void>;
};

export type ConnectOptions =
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number }
  | { readonly kind: 'pglite'; readonly dataDir: string | null };

const INT8_OID = 20;

export async function connect(options: ConnectOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 20,
      // int8 as number on both drivers (counts, audit sequence); values stay < 2^53.
      types: {
        getTypeParser: (oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
      } as pg.CustomTypesConfig,
    });
    // An idle client losing its connection (server restart, failover) must not crash the
    // process; the pool replaces it and the next query reports the error to its caller.
    pool.on('error', () => undefined);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, close: () => db.destroy() };
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
  return {
    kind: 'pglite',
    db,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      lock?.release();
    },
  };
}
