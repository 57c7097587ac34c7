import type { DraftKind, OfflineKeyMaterial, Sealed } from './types';

/**
 * Encryption of the drafts kept in this browser. The AES-GCM key is derived with HKDF
 * from key material the server gives only to a signed-in user with a second factor,
 * and is non-extractable: script can use it but never read it, and it exists only in
 * memory. IndexedDB holds ciphertext; after a reload, sign-out or quick exit nothing
 * there can be read until the user signs in again.
 */
const HKDF_INFO = 'opennrm offline drafts v1';
const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export type StoreKey = { readonly keyId: string; readonly key: CryptoKey };

function base64UrlBytes(value: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) throw new Error('key material is not base64url');
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function deriveStoreKey(material: OfflineKeyMaterial): Promise<StoreKey> {
  const bytes = base64UrlBytes(material.material);
  if (bytes.length !== 32) throw new Error('key material must be 32 bytes');
  const base = await crypto.subtle.importKey('raw', bytes, 'HKDF', false, ['deriveKey']);
  bytes.fill(0);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(material.keyId), info: encoder.encode(HKDF_INFO) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { keyId: material.keyId, key };
}

/** Binds a ciphertext to its draft: a record copied under another id or kind fails to open. */
export function recordAad(keyId: string, kind: DraftKind, id: string): string {
  return `opennrm.draft.v1|${keyId}|${kind}|${id}`;
}

export async function seal(key: StoreKey, aad: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
    key.key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Throws when the key, the AAD or a byte is wrong (GCM authentication). */
export async function open(key: StoreKey, aad: string, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(aad) },
    key.key,
    sealed.data,
  );
  return JSON.parse(decoder.decode(plain));
}
