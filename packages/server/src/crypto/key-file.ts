import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KeyringError } from './errors.js';
import { assertKekId, decodeKey, generateKekId, generateKeyMaterial } from './key-material.js';

/**
 * The key file embedded mode keeps next to its data folder. JSON:
 * `{ "version": 1, "keys": [{ "id", "key", "createdAt" }], "blindIndexKey": "<base64>" }`.
 * `keys[0]` is the current master key; the others are older keys kept so that data
 * keys not yet re-wrapped can still be opened. The blind-index key is separate and
 * never changes on rotation (changing it would orphan every stored blind index).
 */
export type KeyFileEntry = { readonly id: string; readonly key: string; readonly createdAt: string };
export type KeyFile = {
  readonly version: 1;
  readonly keys: readonly KeyFileEntry[];
  readonly blindIndexKey?: string;
};

const FILE_MODE = 0o600;

function newEntry(): KeyFileEntry {
  return { id: generateKekId(), key: generateKeyMaterial(), createdAt: new Date().toISOString() };
}

function parseKeyFile(text: string, path: string): KeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new KeyringError(`key file ${path} is not valid JSON`);
  }
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { keys?: unknown }).keys)) {
    throw new KeyringError(`key file ${path} has no "keys" list`);
  }
  const { keys, blindIndexKey } = raw as { keys: unknown[]; blindIndexKey?: unknown };
  if (keys.length === 0) throw new KeyringError(`key file ${path} holds no key`);
  const entries = keys.map((k, i): KeyFileEntry => {
    const e = k as Partial<Record<keyof KeyFileEntry, unknown>>;
    if (typeof e?.id !== 'string' || typeof e.key !== 'string') {
      throw new KeyringError(`key file ${path}: entry ${i} needs a string "id" and "key"`);
    }
    assertKekId(e.id);
    decodeKey(e.key, `key file ${path}: entry ${e.id}`);
    return { id: e.id, key: e.key, createdAt: typeof e.createdAt === 'string' ? e.createdAt : '' };
  });
  if (blindIndexKey !== undefined) {
    if (typeof blindIndexKey !== 'string') throw new KeyringError(`key file ${path}: bad "blindIndexKey"`);
    decodeKey(blindIndexKey, `key file ${path}: blindIndexKey`);
    return { version: 1, keys: entries, blindIndexKey };
  }
  return { version: 1, keys: entries };
}

/** Refuses a key file that anyone but its owner could read or change. */
async function assertPrivate(path: string): Promise<void> {
  if (process.platform === 'win32') return; // POSIX modes mean nothing there; rely on ACLs.
  const { mode } = await stat(path);
  if ((mode & 0o077) !== 0) {
    const shown = (mode & 0o777).toString(8).padStart(4, '0');
    throw new KeyringError(
      `key file ${path} is accessible by group or others (mode ${shown}); run: chmod 600 ${path}`,
    );
  }
}

export async function readKeyFile(path: string): Promise<KeyFile> {
  await assertPrivate(path);
  return parseKeyFile(await readFile(path, 'utf8'), path);
}

function serialise(file: KeyFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Creates a key file with a fresh master key and blind-index key, mode 0600, failing
 * if one appeared meanwhile (`wx`) so two starting processes cannot both write one.
 */
export async function createKeyFile(path: string): Promise<KeyFile> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const file: KeyFile = { version: 1, keys: [newEntry()], blindIndexKey: generateKeyMaterial() };
  const handle = await open(path, 'wx', FILE_MODE);
  try {
    await handle.writeFile(serialise(file), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return file;
}

/** Reads the key file, creating it first when it does not exist (embedded mode). */
export async function readOrCreateKeyFile(path: string): Promise<KeyFile> {
  try {
    return await readKeyFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    return await createKeyFile(path);
  } catch (error) {
    // Another process created it between our read and our create: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(path);
    throw error;
  }
}

/** Replaces the file atomically (write a private temporary file, fsync, rename). */
async function writeKeyFile(path: string, file: KeyFile): Promise<void> {
  const temporary = join(dirname(path), `.${generateKekId()}.keys.tmp`);
  const handle = await open(temporary, 'wx', FILE_MODE);
  try {
    await handle.writeFile(serialise(file), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Generates a new current master key and keeps the old ones (CLI `rotate-key`).
 * Data keys are re-wrapped afterwards with `rotateMasterKey`; only when no data key
 * refers to an old key may that key be removed from the file by hand.
 */
export async function addKeyToKeyFile(
  path: string,
): Promise<{ readonly newKekId: string; readonly keptKekIds: readonly string[] }> {
  const file = await readKeyFile(path);
  const entry = newEntry();
  // The blind-index key is carried over untouched. A hand-written file without one
  // derives it from its oldest key, which stays the oldest since new keys go first.
  const updated: KeyFile = {
    version: 1,
    keys: [entry, ...file.keys],
    ...(file.blindIndexKey === undefined ? {} : { blindIndexKey: file.blindIndexKey }),
  };
  await writeKeyFile(path, updated);
  return { newKekId: entry.id, keptKekIds: file.keys.map((k) => k.id) };
}
