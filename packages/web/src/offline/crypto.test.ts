import { describe, expect, it } from 'vitest';
import { deriveStoreKey, open, recordAad, seal } from './crypto';
import { keyMaterial } from './test-support';

const draft = { person: { name: 'Test Person Synthetic' }, answers: { dr_job_different: 'yes' } };
const aad = recordAad(keyMaterial(1).keyId, 'referral', '6f1c2a7e-0000-4000-8000-000000000001');

function text(buffer: ArrayBuffer): string {
  return new TextDecoder('latin1').decode(buffer);
}

describe('offline store encryption', () => {
  it('round-trips a draft and keeps the plaintext out of the ciphertext', async () => {
    const key = await deriveStoreKey(keyMaterial(1));
    const sealed = await seal(key, aad, draft);
    expect(sealed.iv).toHaveLength(12);
    expect(text(sealed.data)).not.toContain('Synthetic');
    expect(text(sealed.data)).not.toContain('dr_job_different');
    expect(await open(key, aad, sealed)).toEqual(draft);
  });

  it('uses a fresh IV for every record', async () => {
    const key = await deriveStoreKey(keyMaterial(1));
    const a = await seal(key, aad, draft);
    const b = await seal(key, aad, draft);
    expect(a.iv).not.toEqual(b.iv);
    expect(text(a.data)).not.toBe(text(b.data));
  });

  it('derives a key that script cannot read', async () => {
    const { key } = await deriveStoreKey(keyMaterial(1));
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('does not open under another user’s key, or under the same material with another key id', async () => {
    const sealed = await seal(await deriveStoreKey(keyMaterial(1)), aad, draft);
    await expect(open(await deriveStoreKey(keyMaterial(2)), aad, sealed)).rejects.toThrow();
    const sameBytesOtherId = { ...keyMaterial(1), keyId: keyMaterial(3).keyId };
    await expect(open(await deriveStoreKey(sameBytesOtherId), aad, sealed)).rejects.toThrow();
  });

  it('binds a record to its draft id and kind', async () => {
    const key = await deriveStoreKey(keyMaterial(1));
    const sealed = await seal(key, aad, draft);
    const keyId = keyMaterial(1).keyId;
    await expect(
      open(key, recordAad(keyId, 'referral', '6f1c2a7e-0000-4000-8000-000000000002'), sealed),
    ).rejects.toThrow();
    await expect(
      open(key, recordAad(keyId, 'screening', '6f1c2a7e-0000-4000-8000-000000000001'), sealed),
    ).rejects.toThrow();
  });

  it('detects an altered record', async () => {
    const key = await deriveStoreKey(keyMaterial(1));
    const sealed = await seal(key, aad, draft);
    const altered = new Uint8Array(sealed.data.slice(0));
    altered[0] = (altered[0] ?? 0) ^ 1;
    await expect(open(key, aad, { iv: sealed.iv, data: altered.buffer })).rejects.toThrow();
  });

  it('refuses key material that is not 32 bytes', async () => {
    await expect(deriveStoreKey({ keyId: keyMaterial(1).keyId, material: 'c2hvcnQ' })).rejects.toThrow(
      /32 bytes/,
    );
    await expect(deriveStoreKey({ keyId: keyMaterial(1).keyId, material: 'not base64!' })).rejects.toThrow();
  });
});
