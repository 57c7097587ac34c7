import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/helpers/database.js';
import type { Database } from '../db/connect.js';
import { createDataKey, decryptField, encryptField, openDataKey } from './envelope.js';
import { DecryptionError, KeyringError } from './errors.js';
import { Keyring } from './keyring.js';
import { countDataKeysByKek, rotateMasterKey } from './rotate.js';

// Uses a real database (PGlite, or PostgreSQL with OPENNRM_TEST_DATABASE_URL): the
// rotation is about rows and transactions.
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
}, 120_000);

afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  await database.db.deleteFrom('data_keys').execute();
});

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const bidx = randomBytes(32);
const oldRing = Keyring.fromKeys('env', [{ id: 'old', key: oldKey }], bidx);
const rotatedRing = Keyring.fromKeys(
  'env',
  [
    { id: 'new', key: newKey },
    { id: 'old', key: oldKey },
  ],
  bidx,
);
const aad = (rowId: string) => ({ table: 'persons', rowId, field: 'given_name_enc' });

async function storeKeys(n: number): Promise<{ id: string; envelope: string }[]> {
  const out: { id: string; envelope: string }[] = [];
  for (let i = 0; i < n; i += 1) {
    const dk = createDataKey(oldRing);
    await database.db
      .insertInto('data_keys')
      .values({ id: dk.id, kek_id: dk.kekId, wrapped: dk.wrapped })
      .execute();
    out.push({ id: dk.id, envelope: encryptField(dk.key, aad(dk.id), `Олена ${i}`) });
  }
  return out;
}

describe('rotateMasterKey', () => {
  it('re-wraps every data key under the new key, in batches, leaving field ciphertext readable', async () => {
    const stored = await storeKeys(7);
    const before = await database.db.selectFrom('data_keys').selectAll().orderBy('id').execute();

    const result = await rotateMasterKey(database.db, oldRing, rotatedRing, { batchSize: 3 });
    expect(result).toEqual({ total: 7, rewrapped: 7, alreadyCurrent: 0, failedIds: [] });
    expect(await countDataKeysByKek(database.db)).toEqual({ new: 7 });

    const after = await database.db.selectFrom('data_keys').selectAll().orderBy('id').execute();
    expect(after.map((r) => r.wrapped)).not.toEqual(before.map((r) => r.wrapped));

    // A keyring holding only the new key opens everything; one holding only the old key opens nothing.
    const newOnly = Keyring.fromKeys('env', [{ id: 'new', key: newKey }], bidx);
    const oldOnly = Keyring.fromKeys('env', [{ id: 'old', key: oldKey }], bidx);
    for (const { id, envelope } of stored) {
      const row = after.find((r) => r.id === id);
      if (!row) throw new Error('row missing');
      expect(decryptField(openDataKey(newOnly, row), aad(id), envelope)).toMatch(/^Олена \d$/);
      expect(() => openDataKey(oldOnly, row)).toThrow(DecryptionError);
    }
  });

  it('skips keys already re-wrapped when run again', async () => {
    await storeKeys(4);
    await rotateMasterKey(database.db, oldRing, rotatedRing);
    const again = await rotateMasterKey(database.db, rotatedRing, rotatedRing);
    expect(again).toEqual({ total: 4, rewrapped: 0, alreadyCurrent: 4, failedIds: [] });
  });

  it('reports a corrupted data key and re-wraps the others', async () => {
    const stored = await storeKeys(3);
    const broken = stored[1]?.id ?? '';
    await database.db
      .updateTable('data_keys')
      .set({ wrapped: 'v1.AAAA.BBBB.CCCC' })
      .where('id', '=', broken)
      .execute();
    const result = await rotateMasterKey(database.db, oldRing, rotatedRing, { batchSize: 2 });
    expect(result).toMatchObject({ rewrapped: 2, failedIds: [broken] });
    expect(await countDataKeysByKek(database.db)).toEqual({ new: 2, old: 1 });
  });

  it('refuses a new keyring with another blind-index key, before changing anything', async () => {
    await storeKeys(2);
    const otherBidx = Keyring.fromKeys(
      'env',
      [
        { id: 'new', key: newKey },
        { id: 'old', key: oldKey },
      ],
      null,
    );
    await expect(rotateMasterKey(database.db, oldRing, otherBidx)).rejects.toBeInstanceOf(KeyringError);
    expect(await countDataKeysByKek(database.db)).toEqual({ old: 2 });
  });

  it('refuses when some data keys are wrapped by a master key neither keyring holds', async () => {
    await storeKeys(1);
    const unrelated = Keyring.fromKeys('env', [{ id: 'zzz', key: randomBytes(32) }], bidx);
    await expect(rotateMasterKey(database.db, unrelated, unrelated)).rejects.toThrow(/old/);
    expect(await countDataKeysByKek(database.db)).toEqual({ old: 1 });
  });
});
