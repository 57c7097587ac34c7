import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createDataKey,
  decryptField,
  decryptJson,
  decryptNullableField,
  encryptField,
  encryptJson,
  encryptNullableField,
  openDataKey,
} from './envelope.js';
import { DecryptionError } from './errors.js';
import { Keyring } from './keyring.js';

function keyring(id = 'k1'): Keyring {
  return Keyring.fromKeys('env', [{ id, key: randomBytes(32) }], randomBytes(32));
}

const aad = { table: 'persons', rowId: '7c1f6f3e-1d1b-4a8e-9a57-0c7e2b1f9d10', field: 'given_name_enc' };

function expectDecryptionError(fn: () => unknown, reason?: DecryptionError['reason']): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DecryptionError);
  if (reason) expect((caught as DecryptionError).reason).toBe(reason);
}

// Flips one bit in a base64url part of an envelope `v.<iv>.<tag>.<ct>`.
function tamper(envelope: string, partIndex: number): string {
  const parts = envelope.split('.');
  const bytes = Buffer.from(parts[partIndex] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[partIndex] = bytes.toString('base64url');
  return parts.join('.');
}

describe('field encryption', () => {
  const ring = keyring();
  const { key } = createDataKey(ring);

  it.each([
    ['Latin', 'Olena Petrenko'],
    ['Latin with accents', 'Ólena Nuñez-Łukasz'],
    ['Cyrillic', 'Олена Петренко'],
    ['Arabic', 'فاطمة الزهراء'],
    ['emoji', '🙂 👩🏽‍⚕️'],
    ['empty', ''],
  ])('round-trips %s text', (_, text) => {
    const envelope = encryptField(key, aad, text);
    expect(envelope).toMatch(/^e1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/);
    expect(decryptField(key, aad, envelope)).toBe(text);
  });

  it('uses a fresh IV each time', () => {
    expect(encryptField(key, aad, 'same')).not.toBe(encryptField(key, aad, 'same'));
  });

  it('does not decrypt under another data key', () => {
    const other = createDataKey(ring).key;
    expectDecryptionError(
      () => decryptField(other, aad, encryptField(key, aad, 'secret')),
      'authentication-failed',
    );
  });

  it('does not decrypt for another row or another field', () => {
    const envelope = encryptField(key, aad, 'secret');
    expectDecryptionError(() => decryptField(key, { ...aad, rowId: 'another-row' }, envelope));
    expectDecryptionError(() => decryptField(key, { ...aad, field: 'family_name_enc' }, envelope));
    expectDecryptionError(() => decryptField(key, { ...aad, table: 'cases' }, envelope));
  });

  it.each([
    ['iv', 1],
    ['tag', 2],
    ['ciphertext', 3],
  ])('detects a tampered %s', (_, index) => {
    const envelope = encryptField(key, aad, 'secret text');
    expectDecryptionError(() => decryptField(key, aad, tamper(envelope, index)), 'authentication-failed');
  });

  it('checks the envelope version and shape', () => {
    const envelope = encryptField(key, aad, 'secret');
    expectDecryptionError(
      () => decryptField(key, aad, envelope.replace(/^e1\./, 'e2.')),
      'unsupported-version',
    );
    expectDecryptionError(() => decryptField(key, aad, 'plain text'), 'unsupported-version');
    expectDecryptionError(() => decryptField(key, aad, `${envelope}.extra`), 'malformed');
    expectDecryptionError(
      () => decryptField(key, aad, envelope.replace(/\.[^.]+\./, '.short.')),
      'malformed',
    );
  });

  it('keeps plaintext out of error messages', () => {
    const envelope = encryptField(key, aad, 'Olena Petrenko');
    try {
      decryptField(key, { ...aad, field: 'x' }, envelope);
    } catch (error) {
      expect(String(error)).not.toContain('Olena');
      expect(String(error)).not.toContain(envelope);
    }
  });

  it('round-trips JSON and passes null through', () => {
    const value = { aliases: ['Лена', 'لينا'], phone: null };
    expect(decryptJson(key, aad, encryptJson(key, aad, value))).toEqual(value);
    expect(encryptNullableField(key, aad, null)).toBeNull();
    expect(encryptNullableField(key, aad, undefined)).toBeNull();
    expect(decryptNullableField(key, aad, null)).toBeNull();
    const envelope = encryptNullableField(key, aad, 'x');
    expect(envelope).not.toBeNull();
    expect(decryptNullableField(key, aad, envelope)).toBe('x');
  });

  it('refuses an ambiguous encryption context', () => {
    expect(() => encryptField(key, { ...aad, table: 'a:b' }, 'x')).toThrow(RangeError);
    expect(() => encryptField(key, { ...aad, rowId: '' }, 'x')).toThrow(RangeError);
  });
});

describe('data keys', () => {
  const raw = randomBytes(32);
  const ring = (): Keyring => Keyring.fromKeys('env', [{ id: 'current', key: raw }], null);

  it('wraps under the current master key and opens with another keyring holding that key', () => {
    const created = createDataKey(ring());
    expect(created.kekId).toBe('current');
    expect(created.wrapped).toMatch(/^v1\./);
    const envelope = encryptField(created.key, aad, 'Петренко');
    const opened = openDataKey(ring(), { id: created.id, kek_id: created.kekId, wrapped: created.wrapped });
    expect(decryptField(opened, aad, envelope)).toBe('Петренко');
  });

  it('fails without the master key that wrapped it', () => {
    const created = createDataKey(ring());
    const row = { id: created.id, kek_id: created.kekId, wrapped: created.wrapped };
    expectDecryptionError(() => openDataKey(keyring('other'), row), 'unknown-kek');
    expectDecryptionError(() => openDataKey(keyring('current'), row), 'authentication-failed');
  });

  it('binds the wrapped key to its data-key id', () => {
    const a = createDataKey(ring());
    const b = createDataKey(ring());
    expectDecryptionError(() => openDataKey(ring(), { id: b.id, kek_id: a.kekId, wrapped: a.wrapped }));
  });

  it('does not answer a tampered wrapped key from its cache', () => {
    const reader = ring();
    const created = createDataKey(ring());
    const row = { id: created.id, kek_id: created.kekId, wrapped: created.wrapped };
    expect(openDataKey(reader, row).id).toBe(created.id);
    expect(openDataKey(reader, row)).toBe(openDataKey(reader, row));
    expectDecryptionError(() => openDataKey(reader, { ...row, wrapped: tamper(row.wrapped, 3) }));
  });

  it('never shows key bytes when logged', () => {
    const created = createDataKey(ring());
    expect(JSON.stringify(created.key)).toBe(JSON.stringify({ id: created.id }));
    // util.inspect prints a Buffer as `<Buffer ..>`: none may appear.
    expect(inspect(created.key, { showHidden: true, depth: 5 })).not.toContain('Buffer');
    expect(inspect(ring(), { showHidden: true, depth: 5 })).not.toContain('Buffer');
    expect(JSON.stringify(ring())).not.toContain(raw.toString('base64'));
  });
});
