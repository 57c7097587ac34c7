import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { unwrapDataKey, wrapDataKey } from './envelope.js';
import { DecryptionError, KeyringError } from './errors.js';
import type { Keyring } from './keyring.js';

export type RotationResult = {
  /** Data keys seen in total. */
  readonly total: number;
  /** Re-wrapped under the new current master key. */
  readonly rewrapped: number;
  /** Already wrapped by the new current master key (an earlier, interrupted run). */
  readonly alreadyCurrent: number;
  /** Data keys that failed authentication: corrupted rows to investigate. Ids only. */
  readonly failedIds: readonly string[];
};

/** How many data keys each master key wraps: an old key may be dropped when its count is 0. */
export async function countDataKeysByKek(db: Kysely<DB>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('data_keys')
    .select(['kek_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('kek_id')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.kek_id, Number(r.n)]));
}

/**
 * Re-wraps every data key under `newKeyring`'s current master key, batch by batch,
 * each batch in its own transaction. Field ciphertext is untouched (the data keys
 * themselves do not change), so rotation is cheap and can be re-run after an
 * interruption: rows already under the new key are skipped.
 *
 * Keys are unwrapped with `keyring` (the one in use) or, failing that, `newKeyring`.
 */
export async function rotateMasterKey(
  db: Kysely<DB>,
  keyring: Keyring,
  newKeyring: Keyring,
  options: { readonly batchSize?: number } = {},
): Promise<RotationResult> {
  const batchSize = options.batchSize ?? 500;
  if (keyring.blindIndexFingerprint !== newKeyring.blindIndexFingerprint) {
    // Rotation must not silently orphan every stored blind index.
    throw new KeyringError(
      'the new keyring has a different blind-index key; keep OPENNRM_BLIND_INDEX_KEY (or the oldest master key) unchanged',
    );
  }
  const target = newKeyring.currentKekId;
  const counts = await countDataKeysByKek(db);
  const unknown = Object.keys(counts).filter((id) => !keyring.hasKek(id) && !newKeyring.hasKek(id));
  if (unknown.length > 0) {
    throw new KeyringError(
      `data keys are wrapped by master keys missing from both keyrings: ${unknown.join(', ')}`,
    );
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const alreadyCurrent = counts[target] ?? 0;

  let rewrapped = 0;
  const failedIds: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const after: string | null = cursor;
    const batch = await db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom('data_keys')
        .select(['id', 'kek_id', 'wrapped'])
        .where('kek_id', '<>', target)
        .orderBy('id')
        .limit(batchSize)
        .forUpdate();
      if (after !== null) query = query.where('id', '>', after);
      const rows = await query.execute();
      let done = 0;
      for (const row of rows) {
        const opener = keyring.hasKek(row.kek_id) ? keyring : newKeyring;
        let bytes: Buffer;
        try {
          bytes = unwrapDataKey(opener, row).bytes();
        } catch (error) {
          if (!(error instanceof DecryptionError)) throw error;
          failedIds.push(row.id);
          continue;
        }
        const { kekId, wrapped } = wrapDataKey(newKeyring, row.id, bytes);
        const result = await trx
          .updateTable('data_keys')
          .set({ kek_id: kekId, wrapped })
          .where('id', '=', row.id)
          .where('wrapped', '=', row.wrapped)
          .executeTakeFirst();
        done += Number(result.numUpdatedRows);
      }
      return { last: rows[rows.length - 1]?.id ?? null, size: rows.length, done };
    });
    rewrapped += batch.done;
    if (batch.size < batchSize || batch.last === null) break;
    cursor = batch.last;
  }
  return { total, rewrapped, alreadyCurrent, failedIds };
}
