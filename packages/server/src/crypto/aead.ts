import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptionError } from './errors.js';

/**
 * AES-256-GCM with a random 96-bit IV and a 128-bit tag, in a dotted, versioned,
 * base64url text form `<version>.<iv>.<tag>.<ciphertext>`. Shared by data-key wrapping
 * (`v1`) and field encryption (`e1`). Random IVs are safe here: far fewer than 2^32
 * messages are ever sealed under one key (one data key per record).
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function seal(version: string, key: Buffer, aad: string, plaintext: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    version,
    iv.toString('base64url'),
    tag.toString('base64url'),
    ciphertext.toString('base64url'),
  ].join('.');
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function part(value: string | undefined, bytes: number | null): Buffer {
  if (value === undefined || !BASE64URL.test(value)) {
    throw new DecryptionError('malformed', 'encrypted value is malformed');
  }
  const decoded = Buffer.from(value, 'base64url');
  // Reject non-canonical encodings so one ciphertext has exactly one text form.
  if (decoded.toString('base64url') !== value || (bytes !== null && decoded.length !== bytes)) {
    throw new DecryptionError('malformed', 'encrypted value is malformed');
  }
  return decoded;
}

export function open(version: string, key: Buffer, aad: string, sealed: string): Buffer {
  const parts = sealed.split('.');
  if (parts[0] !== version) {
    throw new DecryptionError('unsupported-version', `unsupported envelope version (expected ${version})`);
  }
  if (parts.length !== 4) throw new DecryptionError('malformed', 'encrypted value is malformed');
  const iv = part(parts[1], IV_BYTES);
  const tag = part(parts[2], TAG_BYTES);
  const ciphertext = part(parts[3], null);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // GCM failure: wrong key, wrong AAD or altered bytes. Indistinguishable on purpose.
    throw new DecryptionError('authentication-failed', 'encrypted value failed authentication');
  }
}
