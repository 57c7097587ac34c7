import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

type Handle = Kysely<DB> | Transaction<DB>;

export type PgType = 'uuid' | 'text' | 'integer' | 'boolean' | 'date' | 'timestamptz' | 'numeric';
type Value = string | number | boolean | null;

/** For each column of the table written: its type and how to take its value from a row. */
export type Columns<Table extends keyof DB, T> = {
  readonly [K in keyof DB[Table] & string]?: readonly [PgType, (row: T) => Value];
};

/** Rows per statement: each column travels as one array parameter, so the batch can be large. */
const BATCH = 5000;

/**
 * Inserts many rows with one statement per batch, `insert … select * from unnest($1::uuid[],
 * $2::text[], …)`: one parameter per column instead of one per value, about three times
 * faster than multi-row VALUES on PGlite and on PostgreSQL. For columns of scalar types
 * only (an array column cannot be unnested from a parameter).
 */
export async function bulkInsert<Table extends keyof DB & string, T>(
  db: Handle,
  table: Table,
  rows: readonly T[],
  columns: Columns<Table, T>,
): Promise<void> {
  const entries = Object.entries(columns) as [string, readonly [PgType, (row: T) => Value]][];
  const names = sql.join(entries.map(([name]) => sql.ref(name)));
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const arrays = sql.join(entries.map(([, [type, pick]]) => sql`${chunk.map(pick)}::${sql.raw(type)}[]`));
    await sql`insert into ${sql.table(table)} (${names}) select * from unnest(${arrays})`.execute(db);
  }
}
