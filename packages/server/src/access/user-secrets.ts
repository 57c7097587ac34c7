import type { Kysely, Transaction } from 'kysely';
import { createDataKey, decryptField, encryptField, type Keyring, openDataKey } from '../crypto/index.js';
import type { DB } from '../db/schema.js';

type Handle = Kysely<DB> | Transaction<DB>;
type SecretField = 'totp_secret_enc' | 'totp_pending_enc';

/** TOTP secrets are encrypted like personal data: a per-user data key wrapped by the master key. */
export async function sealUserSecret(
  db: Handle,
  keyring: Keyring,
  userId: string,
  field: SecretField,
  plaintext: string,
): Promise<string> {
  const user = await db
    .selectFrom('users')
    .select('data_key_id')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  let dataKeyId = user.data_key_id;
  let key: ReturnType<typeof openDataKey>;
  if (dataKeyId) {
    const row = await db
      .selectFrom('data_keys')
      .selectAll()
      .where('id', '=', dataKeyId)
      .executeTakeFirstOrThrow();
    key = openDataKey(keyring, row);
  } else {
    const created = createDataKey(keyring);
    await db
      .insertInto('data_keys')
      .values({ id: created.id, kek_id: created.kekId, wrapped: created.wrapped })
      .execute();
    await db.updateTable('users').set({ data_key_id: created.id }).where('id', '=', userId).execute();
    dataKeyId = created.id;
    key = created.key;
  }
  return encryptField(key, { table: 'users', rowId: userId, field }, plaintext);
}

export async function openUserSecret(
  db: Handle,
  keyring: Keyring,
  user: { id: string; data_key_id: string | null },
  field: SecretField,
  ciphertext: string,
): Promise<string> {
  if (!user.data_key_id) throw new Error('User has no data key');
  const row = await db
    .selectFrom('data_keys')
    .selectAll()
    .where('id', '=', user.data_key_id)
    .executeTakeFirstOrThrow();
  return decryptField(openDataKey(keyring, row), { table: 'users', rowId: user.id, field }, ciphertext);
}
