import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { KeyringError } from './errors.js';

/** Every key in this module (master keys, blind-index key, data keys) is 256 bits. */
export const KEY_BYTES = 32;

const BASE64_32_BYTES = /^[A-Za-z0-9+/_-]{43}=?$/;
const KEK_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Decodes a base64 (or base64url) 32-byte key; `what` names the setting in the error, never the value. */
export function decodeKey(value: string, what: string): Buffer {
  const trimmed = value.trim();
  if (!BASE64_32_BYTES.test(trimmed)) {
    throw new KeyringError(`${what} must be the base64 encoding of exactly ${KEY_BYTES} random bytes`);
  }
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new KeyringError(`${what} must be the base64 encoding of exactly ${KEY_BYTES} random bytes`);
  }
  return key;
}

export function assertKekId(id: string): void {
  if (!KEK_ID.test(id)) {
    throw new KeyringError('a master key id must be 1-32 characters from A-Z, a-z, 0-9, "_" and "-"');
  }
}

/** A fresh random key, base64: what an operator puts in OPENNRM_MASTER_KEY or OPENNRM_BLIND_INDEX_KEY. */
export function generateKeyMaterial(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/** A short random id for a new master key. Random, so it says nothing about the key. */
export function generateKekId(): string {
  return randomBytes(6).toString('base64url');
}

/**
 * The id of a master key given without one (a bare OPENNRM_MASTER_KEY). It must be
 * stable across restarts because `data_keys.kek_id` refers to it, so it is a short
 * one-way fingerprint: 48 bits of a hash of a 256-bit random key reveal nothing usable.
 */
export function fingerprintKekId(key: Buffer): string {
  const digest = createHash('sha256').update('opennrm kek id v1\0').update(key).digest();
  return `f${digest.subarray(0, 6).toString('base64url')}`;
}

/** HKDF-SHA256 with an empty salt: the inputs are already uniformly random keys. */
export function deriveKey(ikm: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), info, KEY_BYTES));
}
