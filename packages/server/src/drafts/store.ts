import type { Kysely, Transaction } from 'kysely';
import { type DataKey, decryptJson, encryptJson, type Keyring, openDataKey } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import type { DraftCurrent, DraftKind } from './schemas.js';

type Handle = Kysely<DB> | Transaction<DB>;

/** AAD drafts:<id>:payload_enc: a payload cannot be moved to another draft. */
export function sealPayload(key: DataKey, draftId: string, payload: unknown): string {
  return encryptJson(key, { table: 'drafts', rowId: draftId, field: 'payload_enc' }, payload);
}

export function openPayload(key: DataKey, draftId: string, envelope: string): unknown {
  return decryptJson(key, { table: 'drafts', rowId: draftId, field: 'payload_enc' }, envelope);
}

export type DraftRow = {
  id: string;
  organisation_id: string;
  owner_user_id: string;
  kind: DraftKind;
  data_key_id: string;
  payload_enc: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  updated_by: string;
};

/** One draft with the display name of its last editor; `forUpdate` locks the row. */
export async function findDraft(
  db: Handle,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DraftRow | undefined> {
  let q = db
    .selectFrom('drafts as d')
    .innerJoin('users as u', 'u.id', 'd.updated_by_user_id')
    .select([
      'd.id',
      'd.organisation_id',
      'd.owner_user_id',
      'd.kind',
      'd.data_key_id',
      'd.payload_enc',
      'd.version',
      'd.created_at',
      'd.updated_at',
      'd.deleted_at',
      'u.display_name as updated_by',
    ])
    .where('d.id', '=', id);
  if (options.forUpdate) q = q.forUpdate('d');
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    kind: row.kind as DraftKind,
    created_at: new Date(row.created_at),
    updated_at: new Date(row.updated_at),
    deleted_at: row.deleted_at === null ? null : new Date(row.deleted_at),
  };
}

export async function draftKey(db: Handle, keyring: Keyring, dataKeyId: string): Promise<DataKey> {
  const keyRow = await db
    .selectFrom('data_keys')
    .selectAll()
    .where('id', '=', dataKeyId)
    .executeTakeFirstOrThrow();
  return openDataKey(keyring, keyRow);
}

/** The server's current state of a draft, decrypted, as a conflict answer carries it. */
export async function currentOf(db: Handle, keyring: Keyring, row: DraftRow): Promise<DraftCurrent> {
  const deleted = row.deleted_at !== null;
  return {
    version: row.version,
    payload: deleted
      ? null
      : openPayload(await draftKey(db, keyring, row.data_key_id), row.id, row.payload_enc),
    deleted,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}
