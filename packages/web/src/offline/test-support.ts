import type {
  DeleteResult,
  DraftKind,
  DraftTransport,
  OfflineKeyMaterial,
  PutResult,
  RemoteDraft,
} from './types';

/** Test double of `/api/drafts`: the server's version rules, in memory, with a switch for the network. */
export type ServerDraft = RemoteDraft & { kind: DraftKind };

export class FakeDraftServer implements DraftTransport {
  online = true;
  readonly drafts = new Map<string, ServerDraft>();
  readonly calls: string[] = [];
  /** Payloads the server refuses (as a validation problem would). */
  refuse: (payload: unknown) => boolean = () => false;
  /** While set, requests wait for it (to test what happens during a request). */
  gate: Promise<void> | null = null;
  #clock = Date.parse('2026-03-02T09:00:00Z');

  constructor(readonly key: OfflineKeyMaterial = keyMaterial(1)) {}

  async #network(call: string): Promise<void> {
    if (this.gate) await this.gate;
    if (!this.online) throw new Error('network');
    this.calls.push(call);
  }

  #stamp(): string {
    this.#clock += 60_000;
    return new Date(this.#clock).toISOString();
  }

  /** A colleague saves on the server directly. */
  save(id: string, kind: DraftKind, payload: unknown, updatedBy = 'Colleague'): ServerDraft {
    const previous = this.drafts.get(id);
    const draft = {
      kind,
      version: (previous?.version ?? 0) + 1,
      payload,
      deleted: false,
      updatedBy,
      updatedAt: this.#stamp(),
    };
    this.drafts.set(id, draft);
    return draft;
  }

  async fetchKey(): Promise<OfflineKeyMaterial> {
    await this.#network('key');
    return this.key;
  }

  async get(id: string): Promise<ServerDraft | null> {
    await this.#network(`get ${id}`);
    const draft = this.drafts.get(id);
    return draft && !draft.deleted ? draft : null;
  }

  async put(
    id: string,
    body: { kind: DraftKind; payload: unknown; baseVersion: number | null },
  ): Promise<PutResult> {
    await this.#network(`put ${id} base=${body.baseVersion}`);
    if (this.refuse(body.payload)) return { outcome: 'rejected' };
    const current = this.drafts.get(id);
    if (!current) {
      if (body.baseVersion !== null) return { outcome: 'not_found' };
    } else if (current.version !== body.baseVersion) {
      return {
        outcome: 'conflict',
        current: { ...current, payload: current.deleted ? null : current.payload },
      };
    }
    const saved = this.save(id, body.kind, structuredClone(body.payload), 'Me');
    return { outcome: 'saved', version: saved.version, updatedAt: saved.updatedAt };
  }

  async remove(id: string, baseVersion: number): Promise<DeleteResult> {
    await this.#network(`delete ${id} base=${baseVersion}`);
    const current = this.drafts.get(id);
    if (!current) return { outcome: 'not_found' };
    if (current.deleted) return { outcome: 'deleted' };
    if (current.version !== baseVersion) return { outcome: 'conflict', current };
    this.drafts.set(id, {
      ...current,
      version: current.version + 1,
      payload: null,
      deleted: true,
      updatedBy: 'Me',
      updatedAt: this.#stamp(),
    });
    return { outcome: 'deleted' };
  }
}

/** Deterministic 32-byte key material for a test user. */
export function keyMaterial(seed: number): OfflineKeyMaterial {
  const bytes = new Uint8Array(32).map((_, index) => (index * 7 + seed * 31) % 256);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return {
    keyId: `00000000-0000-4000-8000-${String(seed).padStart(12, '0')}`,
    material: btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  };
}
