import { randomBytes, randomUUID } from 'node:crypto';
import { open, seal } from './aead.js';
import { DecryptionError } from './errors.js';
import { KEY_BYTES } from './key-material.js';
import type { Keyring } from './keyring.js';
import { LruCache } from './lru.js';

/**
 * Envelope encryption. Each personal-data record has its own data key (DEK), stored
 * in `data_keys` wrapped by a master key (KEK); fields are sealed under the DEK with
 * AAD `${table}:${rowId}:${field}`, so a ciphertext copied to another row or field
 * fails to open.
 *
 * Formats (base64url parts): wrapped DEK `v1.<iv>.<tag>.<ct>`, field `e1.<iv>.<tag>.<ct>`.
 */
const WRAP_VERSION = 'v1';
const FIELD_VERSION = 'e1';

/** An unwrapped data key. The key bytes are private: logging a DataKey shows only its id. */
export class DataKey {
  readonly id: string;
  readonly #bytes: Buffer;

  constructor(id: string, bytes: Buffer) {
    if (bytes.length !== KEY_BYTES) throw new RangeError('a data key is 32 bytes');
    this.id = id;
    this.#bytes = bytes;
  }

  /** @internal Only this module encrypts with the bytes. */
  bytes(): Buffer {
    return this.#bytes;
  }

  toJSON(): { id: string } {
    return { id: this.id };
  }
}

/** A new data key: insert `{ id, kek_id: kekId, wrapped }` into `data_keys`, use `key` to encrypt. */
export type NewDataKey = {
  readonly id: string;
  readonly kekId: string;
  readonly wrapped: string;
  readonly key: DataKey;
};

/** The `data_keys` columns needed to open a data key. */
export type DataKeyRow = { readonly id: string; readonly kek_id: string; readonly wrapped: string };

export type FieldAad = { readonly table: string; readonly rowId: string; readonly field: string };

const CACHE_SIZE = 1_000;
type CachedKey = { readonly wrapped: string; readonly key: DataKey };
// One cache per keyring, so a keyring never sees a key it could not unwrap itself.
const caches = new WeakMap<Keyring, LruCache<string, CachedKey>>();

function cacheFor(keyring: Keyring): LruCache<string, CachedKey> {
  let cache = caches.get(keyring);
  if (!cache) {
    cache = new LruCache(CACHE_SIZE);
    caches.set(keyring, cache);
  }
  return cache;
}

function wrapAad(dataKeyId: string): string {
  return `data_keys:${dataKeyId}`;
}

/** Wraps raw DEK bytes under the keyring's current master key. */
export function wrapDataKey(keyring: Keyring, id: string, bytes: Buffer): { kekId: string; wrapped: string } {
  const kekId = keyring.currentKekId;
  const kek = keyring.wrappingKey(kekId);
  if (!kek) throw new Error('current master key missing from keyring');
  return { kekId, wrapped: seal(WRAP_VERSION, kek, wrapAad(id), bytes) };
}

/** Unwraps a data key without touching the cache (key rotation reads every key once). */
export function unwrapDataKey(keyring: Keyring, row: DataKeyRow): DataKey {
  const kek = keyring.wrappingKey(row.kek_id);
  if (!kek) {
    throw new DecryptionError(
      'unknown-kek',
      `data key ${row.id} is wrapped by master key "${row.kek_id}", not in keyring`,
    );
  }
  const bytes = open(WRAP_VERSION, kek, wrapAad(row.id), row.wrapped);
  if (bytes.length !== KEY_BYTES)
    throw new DecryptionError('malformed', `data key ${row.id} has a bad length`);
  return new DataKey(row.id, bytes);
}

export function createDataKey(keyring: Keyring): NewDataKey {
  const id = randomUUID();
  const bytes = randomBytes(KEY_BYTES);
  const { kekId, wrapped } = wrapDataKey(keyring, id, bytes);
  const key = new DataKey(id, bytes);
  cacheFor(keyring).set(id, { wrapped, key });
  return { id, kekId, wrapped, key };
}

/**
 * Opens a stored data key, from the cache when the same wrapped value was opened
 * before (a hot read does not unwrap every time; a re-wrapped row misses and is opened).
 */
export function openDataKey(keyring: Keyring, row: DataKeyRow): DataKey {
  const cache = cacheFor(keyring);
  const hit = cache.get(row.id);
  if (hit && hit.wrapped === row.wrapped) return hit.key;
  const key = unwrapDataKey(keyring, row);
  cache.set(row.id, { wrapped: row.wrapped, key });
  return key;
}

// Table and field names must not hold ':' so that the AAD string parses one way only.
const AAD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fieldAad({ table, rowId, field }: FieldAad): string {
  if (!AAD_NAME.test(table) || !AAD_NAME.test(field) || rowId.length === 0) {
    throw new RangeError('encryption context needs a table name, a row id and a field name');
  }
  return `${table}:${rowId}:${field}`;
}

export function encryptField(key: DataKey, aad: FieldAad, plaintext: string): string {
  return seal(FIELD_VERSION, key.bytes(), fieldAad(aad), Buffer.from(plaintext, 'utf8'));
}

export function decryptField(key: DataKey, aad: FieldAad, envelope: string): string {
  const bytes = open(FIELD_VERSION, key.bytes(), fieldAad(aad), envelope);
  // fatal: a key that opens but yields invalid UTF-8 is a bug, not text to guess at.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DecryptionError('malformed', 'decrypted value is not UTF-8 text');
  }
}

/** Null and undefined stay null (a column that was never filled in), anything else is encrypted. */
export function encryptNullableField(
  key: DataKey,
  aad: FieldAad,
  plaintext: string | null | undefined,
): string | null {
  return plaintext === null || plaintext === undefined ? null : encryptField(key, aad, plaintext);
}

export function decryptNullableField(
  key: DataKey,
  aad: FieldAad,
  envelope: string | null | undefined,
): string | null {
  return envelope === null || envelope === undefined ? null : decryptField(key, aad, envelope);
}

/** Encrypts any JSON value (lists of aliases, contact objects). */
export function encryptJson(key: DataKey, aad: FieldAad, value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('value cannot be represented as JSON');
  return encryptField(key, aad, text);
}

/** Returns `unknown`: validate the shape (zod) before use. */
export function decryptJson(key: DataKey, aad: FieldAad, envelope: string): unknown {
  const text = decryptField(key, aad, envelope);
  try {
    return JSON.parse(text);
  } catch {
    throw new DecryptionError('invalid-json', 'decrypted value is not JSON');
  }
}

export function encryptNullableJson(key: DataKey, aad: FieldAad, value: unknown): string | null {
  return value === null || value === undefined ? null : encryptJson(key, aad, value);
}

export function decryptNullableJson(
  key: DataKey,
  aad: FieldAad,
  envelope: string | null | undefined,
): unknown {
  return envelope === null || envelope === undefined ? null : decryptJson(key, aad, envelope);
}
