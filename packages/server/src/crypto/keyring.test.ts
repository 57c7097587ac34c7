import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blindIndex } from './blind-index.js';
import { createDataKey, decryptField, encryptField, openDataKey } from './envelope.js';
import { KeyringError } from './errors.js';
import { addKeyToKeyFile, type KeyFile } from './key-file.js';
import { loadKeyring, parseMasterKeyList } from './keyring.js';

const b64 = (): string => randomBytes(32).toString('base64');
const aad = { table: 'persons', rowId: 'row-1', field: 'given_name_enc' };
const posix = process.platform !== 'win32';

describe('keyring from the environment', () => {
  it('takes one bare key, with a stable fingerprint id that is not the key', async () => {
    const key = b64();
    const a = await loadKeyring({ masterKey: key });
    const b = await loadKeyring({ masterKey: ` ${key}\n` });
    expect(a.source).toBe('env');
    expect(a.currentKekId).toBe(b.currentKekId);
    expect(a.currentKekId).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(key).not.toContain(a.currentKekId.slice(1));
    expect(a.blindIndexSource).toBe('derived');
  });

  it('takes a list of id:key entries, the first one current', async () => {
    const ring = await loadKeyring({ masterKey: `new:${b64()}, old:${b64()}` });
    expect(ring.currentKekId).toBe('new');
    expect(ring.kekIds).toEqual(['new', 'old']);
  });

  it('refuses keys that are not 32 bytes, duplicate ids and a missing key', async () => {
    await expect(loadKeyring({ masterKey: randomBytes(16).toString('base64') })).rejects.toBeInstanceOf(
      KeyringError,
    );
    await expect(loadKeyring({ masterKey: 'not base64 at all' })).rejects.toBeInstanceOf(KeyringError);
    await expect(loadKeyring({ masterKey: `a:${b64()},a:${b64()}` })).rejects.toBeInstanceOf(KeyringError);
    await expect(loadKeyring({})).rejects.toBeInstanceOf(KeyringError);
    expect(() => parseMasterKeyList('bad id!:abc')).toThrow(KeyringError);
  });

  it('does not echo the key in its errors', async () => {
    const short = randomBytes(16).toString('base64');
    await expect(loadKeyring({ masterKey: short })).rejects.not.toThrow(short);
  });

  it('keeps the derived blind-index key when a new key is put in front', async () => {
    const old = b64();
    const before = await loadKeyring({ masterKey: old });
    const after = await loadKeyring({ masterKey: `fresh:${b64()},${old}` });
    expect(blindIndex(after, 'person.name', 'x')).toBe(blindIndex(before, 'person.name', 'x'));
  });

  it('uses OPENNRM_BLIND_INDEX_KEY when given, independent of the master keys', async () => {
    const bidx = b64();
    const a = await loadKeyring({ masterKey: b64(), blindIndexKey: bidx });
    const b = await loadKeyring({ masterKey: b64(), blindIndexKey: bidx });
    expect(a.blindIndexSource).toBe('explicit');
    expect(a.blindIndexFingerprint).toBe(b.blindIndexFingerprint);
    expect(blindIndex(a, 'person.name', 'x')).toBe(blindIndex(b, 'person.name', 'x'));
  });
});

describe('keyring from a key file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'opennrm-keys-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.runIf(posix)('creates the file with mode 0600 and reuses it on the next start', async () => {
    const path = join(dir, 'nested', 'keys.json');
    const first = await loadKeyring({ keyFile: path });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const file = JSON.parse(await readFile(path, 'utf8')) as KeyFile;
    expect(file.keys).toHaveLength(1);
    expect(file.keys[0]?.id).toBe(first.currentKekId);
    expect(file.keys[0]?.key).not.toContain(first.currentKekId);
    expect(typeof file.blindIndexKey).toBe('string');

    const second = await loadKeyring({ keyFile: path });
    expect(second.source).toBe('file');
    expect(second.blindIndexSource).toBe('explicit');
    expect(second.currentKekId).toBe(first.currentKekId);
    expect(second.blindIndexFingerprint).toBe(first.blindIndexFingerprint);
  });

  it.runIf(posix)('refuses a key file that group or others can read', async () => {
    const path = join(dir, 'keys.json');
    await loadKeyring({ keyFile: path });
    await chmod(path, 0o644);
    await expect(loadKeyring({ keyFile: path })).rejects.toThrow(/chmod 600/);
    await chmod(path, 0o640);
    await expect(loadKeyring({ keyFile: path })).rejects.toBeInstanceOf(KeyringError);
  });

  it.runIf(posix)('refuses a malformed key file instead of replacing it', async () => {
    const path = join(dir, 'keys.json');
    await writeFile(path, '{"keys": []}', { mode: 0o600 });
    await expect(loadKeyring({ keyFile: path })).rejects.toBeInstanceOf(KeyringError);
    expect(await readFile(path, 'utf8')).toBe('{"keys": []}');
  });

  it('prefers OPENNRM_MASTER_KEY over the key file', async () => {
    const path = join(dir, 'keys.json');
    const ring = await loadKeyring({ masterKey: `envkey:${b64()}`, keyFile: path });
    expect(ring.currentKekId).toBe('envkey');
    await expect(stat(path)).rejects.toThrow();
  });

  it.runIf(posix)('adds a new current key, keeps the old ones and the blind-index key', async () => {
    const path = join(dir, 'keys.json');
    const before = await loadKeyring({ keyFile: path });
    const dataKey = createDataKey(before);
    const envelope = encryptField(dataKey.key, aad, 'Олена');

    const { newKekId, keptKekIds } = await addKeyToKeyFile(path);
    expect(keptKekIds).toEqual([before.currentKekId]);
    expect((await stat(path)).mode & 0o777).toBe(0o600);

    const after = await loadKeyring({ keyFile: path });
    expect(after.currentKekId).toBe(newKekId);
    expect(after.kekIds).toEqual([newKekId, before.currentKekId]);
    expect(after.blindIndexFingerprint).toBe(before.blindIndexFingerprint);
    // Data keys wrapped by the old key still open until they are re-wrapped.
    const opened = openDataKey(after, { id: dataKey.id, kek_id: dataKey.kekId, wrapped: dataKey.wrapped });
    expect(decryptField(opened, aad, envelope)).toBe('Олена');
  });
});
