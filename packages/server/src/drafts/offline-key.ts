import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import { createDataKey, decryptField, encryptField, type Keyring, openDataKey } from '../crypto/index.js';
import type { DB } from '../db/schema.js';

const MATERIAL_BYTES = 32;

export type OfflineKey = { readonly keyId: string; readonly material: string };

/**
 * The caller's key material for the browser's encrypted draft store: 32 random bytes
 * made on first use and kept sealed under a data key (`draft_keys`). The browser
 * derives its AES key from it with HKDF and holds that key in memory only, so drafts
 * left on a device open only after the user signs in again. Issuing it is audited;
 * the material itself is never logged.
 */
export async function issueOfflineKey(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  requestId: string,
): Promise<OfflineKey> {
  return db.transaction().execute(async (trx) => {
    // Serialises a user's first requests so that exactly one key is made.
    await trx
      .selectFrom('users')
      .select('id')
      .where('id', '=', actor.userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const aad = { table: 'draft_keys', rowId: actor.userId, field: 'material_enc' };
    let row = await trx
      .selectFrom('draft_keys as k')
      .innerJoin('data_keys as d', 'd.id', 'k.data_key_id')
      .select(['k.key_id', 'k.material_enc', 'd.id', 'd.kek_id', 'd.wrapped'])
      .where('k.user_id', '=', actor.userId)
      .executeTakeFirst();
    let created = false;
    if (!row) {
      const dk = createDataKey(keyring);
      const keyId = randomUUID();
      const materialEnc = encryptField(dk.key, aad, randomBytes(MATERIAL_BYTES).toString('base64url'));
      await trx
        .insertInto('data_keys')
        .values({ id: dk.id, kek_id: dk.kekId, wrapped: dk.wrapped })
        .execute();
      await trx
        .insertInto('draft_keys')
        .values({ user_id: actor.userId, key_id: keyId, data_key_id: dk.id, material_enc: materialEnc })
        .execute();
      row = { key_id: keyId, material_enc: materialEnc, id: dk.id, kek_id: dk.kekId, wrapped: dk.wrapped };
      created = true;
    }
    const material = decryptField(openDataKey(keyring, row), aad, row.material_enc);
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'draft.key_issued',
      resourceType: 'draft_key',
      resourceId: row.key_id,
      outcome: 'success',
      requestId,
      details: { created },
    });
    return { keyId: row.key_id, material };
  });
}
