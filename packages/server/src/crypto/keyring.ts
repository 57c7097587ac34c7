import { createHmac } from 'node:crypto';
import { KeyringError } from './errors.js';
import { readOrCreateKeyFile } from './key-file.js';
import { assertKekId, decodeKey, deriveKey, fingerprintKekId } from './key-material.js';

/**
 * The master keys (KEKs) and the blind-index key of this instance.
 *
 * Sources, in order:
 * - env `OPENNRM_MASTER_KEY`: either one base64 key, or comma-separated entries
 *   `id:base64` (or bare `base64`), FIRST = current, the others older keys kept until
 *   every data key has been re-wrapped. A bare key's id is a short fingerprint of it,
 *   stable across restarts.
 * - a key file (embedded mode), created with mode 0600 when absent; see key-file.ts.
 *
 * Blind-index key (must NOT change on rotation, or every stored `_bidx` stops matching):
 * - env `OPENNRM_BLIND_INDEX_KEY` (base64 of 32 bytes), or the key file's `blindIndexKey`;
 * - otherwise derived from the OLDEST master key listed (the last entry). Prepending a
 *   new key on rotation keeps it stable; dropping that oldest key changes it and then
 *   requires re-indexing. `blindIndexSource === 'derived'` lets the server warn.
 *
 * Raw keys live in private fields (never printed by `console.log` or `util.inspect`),
 * and only keys derived with HKDF are ever used: the wrapping key
 * (info 'opennrm kek wrap v1') and the blind-index key (info 'opennrm blind index v1').
 */
export type KeyringSource = 'env' | 'file';
export type BlindIndexSource = 'explicit' | 'derived';

export type LoadKeyringOptions = {
  /** Value of OPENNRM_MASTER_KEY; when set, the key file is not used. */
  readonly masterKey?: string | undefined;
  /** Value of OPENNRM_BLIND_INDEX_KEY (env mode only). */
  readonly blindIndexKey?: string | undefined;
  /** Path of the embedded-mode key file; created when absent. */
  readonly keyFile?: string | undefined;
};

const WRAP_INFO = 'opennrm kek wrap v1';
const BLIND_INDEX_INFO = 'opennrm blind index v1';

type KekInput = { readonly id: string; readonly key: Buffer };

export class Keyring {
  readonly source: KeyringSource;
  readonly currentKekId: string;
  /** All master key ids, current first. */
  readonly kekIds: readonly string[];
  readonly blindIndexSource: BlindIndexSource;
  /** A non-secret tag of the blind-index key, to check that two keyrings index alike. */
  readonly blindIndexFingerprint: string;
  readonly #wrappingKeys: ReadonlyMap<string, Buffer>;
  readonly #blindIndexKey: Buffer;

  private constructor(source: KeyringSource, keks: readonly KekInput[], blindIndexSecret: Buffer | null) {
    const first = keks[0];
    const oldest = keks[keks.length - 1];
    if (!first || !oldest) throw new KeyringError('a keyring needs at least one master key');
    const wrapping = new Map<string, Buffer>();
    const seen = new Set<string>();
    for (const { id, key } of keks) {
      assertKekId(id);
      if (wrapping.has(id)) throw new KeyringError(`master key id "${id}" is listed twice`);
      const hex = key.toString('hex');
      if (seen.has(hex)) throw new KeyringError(`master key "${id}" is listed twice under different ids`);
      seen.add(hex);
      wrapping.set(id, deriveKey(key, WRAP_INFO));
    }
    this.source = source;
    this.currentKekId = first.id;
    this.kekIds = keks.map((k) => k.id);
    this.blindIndexSource = blindIndexSecret ? 'explicit' : 'derived';
    this.#blindIndexKey = deriveKey(blindIndexSecret ?? oldest.key, BLIND_INDEX_INFO);
    this.#wrappingKeys = wrapping;
    this.blindIndexFingerprint = createHmac('sha256', this.#blindIndexKey)
      .update('opennrm blind index fingerprint')
      .digest('base64url')
      .slice(0, 12);
  }

  /** Builds a keyring from raw keys (current first). Used by the loaders and by tests. */
  static fromKeys(
    source: KeyringSource,
    keks: readonly KekInput[],
    blindIndexSecret: Buffer | null = null,
  ): Keyring {
    return new Keyring(source, keks, blindIndexSecret);
  }

  hasKek(kekId: string): boolean {
    return this.#wrappingKeys.has(kekId);
  }

  /** @internal AES-256 key that wraps data keys for `kekId`; only envelope.ts calls this. */
  wrappingKey(kekId: string): Buffer | undefined {
    return this.#wrappingKeys.get(kekId);
  }

  /** @internal HMAC key for blind indexes; only blind-index.ts calls this. */
  blindIndexKey(): Buffer {
    return this.#blindIndexKey;
  }

  toJSON(): { source: KeyringSource; currentKekId: string; kekIds: readonly string[] } {
    return { source: this.source, currentKekId: this.currentKekId, kekIds: this.kekIds };
  }
}

/** Parses OPENNRM_MASTER_KEY: `base64` or `id:base64[,id:base64…]` (bare entries allowed). */
export function parseMasterKeyList(value: string): KekInput[] {
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  if (entries.length === 0) throw new KeyringError('OPENNRM_MASTER_KEY is empty');
  return entries.map((entry, i) => {
    const colon = entry.indexOf(':');
    if (colon === -1) {
      const key = decodeKey(entry, `OPENNRM_MASTER_KEY entry ${i + 1}`);
      return { id: fingerprintKekId(key), key };
    }
    const id = entry.slice(0, colon);
    assertKekId(id);
    return { id, key: decodeKey(entry.slice(colon + 1), `OPENNRM_MASTER_KEY entry "${id}"`) };
  });
}

export async function loadKeyring(options: LoadKeyringOptions): Promise<Keyring> {
  const masterKey = options.masterKey?.trim();
  if (masterKey) {
    const blindIndex = options.blindIndexKey?.trim()
      ? decodeKey(options.blindIndexKey, 'OPENNRM_BLIND_INDEX_KEY')
      : null;
    return Keyring.fromKeys('env', parseMasterKeyList(masterKey), blindIndex);
  }
  if (options.blindIndexKey?.trim()) {
    // Mixing an env blind-index key with a key file would let the two drift apart.
    throw new KeyringError('OPENNRM_BLIND_INDEX_KEY is only used together with OPENNRM_MASTER_KEY');
  }
  if (!options.keyFile) {
    throw new KeyringError('no master key: set OPENNRM_MASTER_KEY or run in embedded mode with a key file');
  }
  const file = await readOrCreateKeyFile(options.keyFile);
  const keks = file.keys.map((k) => ({ id: k.id, key: decodeKey(k.key, `key file entry "${k.id}"`) }));
  const blindIndex = file.blindIndexKey ? decodeKey(file.blindIndexKey, 'key file blindIndexKey') : null;
  return Keyring.fromKeys('file', keks, blindIndex);
}

/** Reads OPENNRM_MASTER_KEY and OPENNRM_BLIND_INDEX_KEY from `env`, falling back to `keyFile`. */
export function loadKeyringFromEnv(env: NodeJS.ProcessEnv, keyFile?: string): Promise<Keyring> {
  return loadKeyring({
    masterKey: env.OPENNRM_MASTER_KEY,
    blindIndexKey: env.OPENNRM_BLIND_INDEX_KEY,
    keyFile,
  });
}
