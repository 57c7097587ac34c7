import { deriveStoreKey, open as openSealed, recordAad, type StoreKey, seal } from './crypto';
import { sameJson } from './equal';
import type {
  DraftConflict,
  DraftKind,
  DraftStatus,
  DraftStorage,
  DraftTransport,
  OfflineKeyMaterial,
  RemoteDraft,
  StoredDraft,
} from './types';

/** What a hook sees of one draft. `value` is undefined when it is not known here (yet). */
export type DraftEntry = {
  readonly id: string;
  readonly kind: DraftKind;
  readonly value: unknown;
  readonly status: DraftStatus;
  readonly conflict: DraftConflict<unknown> | null;
  readonly updatedAt: string | null;
  /** The server refused the content (it does not fit the draft's shape); changed content is tried again. */
  readonly rejected: boolean;
};

export type LocalDraft = { readonly id: string; readonly updatedAt: string; readonly status: DraftStatus };

export type SyncSummary = {
  readonly ready: boolean;
  readonly locked: boolean;
  /** Drafts kept on this device (for a locked store: all of them, whoever they belong to). */
  readonly stored: number;
  /** Changes (and deletions) the server does not have yet, conflicts not counted. */
  readonly waiting: number;
  readonly conflicts: number;
  readonly syncing: boolean;
};

type TheirVersion = Omit<DraftConflict<unknown>, 'mine'>;

type Draft = {
  id: string;
  kind: DraftKind;
  /** The key the stored record is sealed under; null until first stored. */
  keyId: string | null;
  stored: boolean;
  /** The content is known here: decrypted, or a new draft with nothing stored. */
  known: boolean;
  value: unknown;
  baseVersion: number | null;
  pending: boolean;
  conflict: TheirVersion | null;
  hasConflict: boolean;
  updatedAt: string | null;
  /** Grows on every local change, so a sync answer can tell whether it is still current. */
  rev: number;
  syncing: boolean;
  rejectedRev: number | null;
};

type Tombstone = { id: string; kind: DraftKind; keyId: string; baseVersion: number; updatedAt: string };

export type DraftEngineOptions = {
  readonly storage: DraftStorage;
  readonly transport: DraftTransport;
  readonly isOnline: () => boolean;
  readonly now?: () => Date;
  /** Push changes by themselves (debounced after an edit); off in tests, which call syncAll. */
  readonly autoSync?: boolean;
  readonly syncDelayMs?: number;
};

/**
 * Local-first drafts. Every change is sealed (AES-GCM, key in memory only) into the
 * storage at once and pushed to the server with the version it was based on. A push
 * the server refuses because someone saved a newer version becomes a conflict holding
 * both versions until the user chooses: nothing is overwritten silently, in either
 * direction. Without the key (after a reload, sign-out or quick exit) the engine is
 * locked: it still counts what waits on the device but can neither read nor change it.
 */
export class DraftEngine {
  readonly #storage: DraftStorage;
  readonly #transport: DraftTransport;
  readonly #isOnline: () => boolean;
  readonly #now: () => Date;
  readonly #autoSync: boolean;
  readonly #syncDelayMs: number;

  #key: StoreKey | null = null;
  /** Bumped by lock and unlock: an answer that arrives for an older generation is dropped. */
  #generation = 0;
  #ready = false;
  readonly #init: Promise<void>;
  readonly #drafts = new Map<string, Draft>();
  readonly #tombstones = new Map<string, Tombstone>();
  #writes: Promise<void> = Promise.resolve();
  #sync: Promise<void> | null = null;
  #syncAgain = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #revs = 0;

  readonly #listeners = new Set<() => void>();
  #entries = new Map<string, DraftEntry>();
  #summary: SyncSummary | null = null;
  #lists = new Map<DraftKind, LocalDraft[]>();

  constructor(options: DraftEngineOptions) {
    this.#storage = options.storage;
    this.#transport = options.transport;
    this.#isOnline = options.isOnline;
    this.#now = options.now ?? (() => new Date());
    this.#autoSync = options.autoSync ?? true;
    this.#syncDelayMs = options.syncDelayMs ?? 1500;
    this.#init = this.#load();
  }

  // ---- reading (for useSyncExternalStore) ----

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  get unlocked(): boolean {
    return this.#key !== null;
  }

  entry(id: string): DraftEntry | undefined {
    const cached = this.#entries.get(id);
    if (cached) return cached;
    const draft = this.#drafts.get(id);
    if (!draft) return undefined;
    const known = draft.known && this.#key !== null;
    const entry: DraftEntry = {
      id,
      kind: draft.kind,
      value: known ? draft.value : undefined,
      status: this.#statusOf(draft),
      conflict: known && draft.conflict ? { ...draft.conflict, mine: draft.value } : null,
      updatedAt: draft.updatedAt,
      rejected: draft.rejectedRev !== null && draft.rejectedRev === draft.rev,
    };
    this.#entries.set(id, entry);
    return entry;
  }

  summary(): SyncSummary {
    if (this.#summary) return this.#summary;
    const drafts = [...this.#drafts.values()].filter((d) => d.stored && this.#visible(d.keyId));
    const tombstones = [...this.#tombstones.values()].filter((t) => this.#visible(t.keyId));
    this.#summary = {
      ready: this.#ready,
      locked: this.#key === null,
      stored: drafts.length,
      waiting: drafts.filter((d) => d.pending && !d.hasConflict).length + tombstones.length,
      conflicts: drafts.filter((d) => d.hasConflict).length,
      syncing: this.#sync !== null,
    };
    return this.#summary;
  }

  localDrafts(kind: DraftKind): LocalDraft[] {
    const cached = this.#lists.get(kind);
    if (cached) return cached;
    const list = [...this.#drafts.values()]
      .filter((d) => d.kind === kind && d.stored && this.#visible(d.keyId))
      .map((d) => ({ id: d.id, updatedAt: d.updatedAt ?? '', status: this.#statusOf(d) }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    this.#lists.set(kind, list);
    return list;
  }

  // ---- the key ----

  /** Derives the store key and opens this user's drafts; then pushes what waits. */
  async unlock(material: OfflineKeyMaterial): Promise<void> {
    const started = this.#generation;
    await this.#init;
    if (this.#key?.keyId === material.keyId) return;
    const key = await deriveStoreKey(material);
    // Locked (signed out, quick exit) while the key was being derived: stay locked.
    if (started !== this.#generation) return;
    this.#key = key;
    const generation = ++this.#generation;
    await this.#writes;
    const records = await this.#storage.list().catch((): StoredDraft[] => []);
    if (generation !== this.#generation) return;
    for (const record of records) this.#ingest(record);
    for (const record of records) {
      const draft = this.#drafts.get(record.id);
      if (!draft || record.deleted || record.keyId !== key.keyId || !record.sealed) continue;
      try {
        const content = (await openSealed(
          key,
          recordAad(key.keyId, record.kind, record.id),
          record.sealed,
        )) as {
          value?: unknown;
          conflict?: TheirVersion | null;
        };
        if (generation !== this.#generation) return;
        draft.value = content.value;
        draft.conflict = content.conflict ?? null;
        draft.hasConflict = draft.conflict !== null;
        draft.known = true;
      } catch {
        // A record that does not open (altered, or sealed under a replaced key) stays locked.
        draft.known = false;
      }
    }
    for (const draft of this.#drafts.values()) if (!draft.stored) draft.known = true;
    this.#changed();
    void this.syncAll();
  }

  /**
   * Forgets the key and everything decrypted, at once and synchronously (quick exit
   * must not wait). The encrypted records stay: work is not lost, and nothing is readable.
   */
  lock(): void {
    this.#key = null;
    this.#generation += 1;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    for (const draft of this.#drafts.values()) {
      draft.value = undefined;
      draft.conflict = null;
      draft.known = !draft.stored;
      draft.syncing = false;
    }
    this.#changed();
  }

  // ---- drafts ----

  /** Starts following a draft; when online, a newer server version is fetched (or shown as a conflict). */
  open(kind: DraftKind, id: string): void {
    let draft = this.#drafts.get(id);
    if (!draft) {
      draft = this.#fresh(kind, id);
      this.#drafts.set(id, draft);
      this.#changed();
    }
    if (this.#key && this.#ready && draft.known && this.#isOnline()) void this.#refresh(id);
  }

  /** Saves a change here at once (sealed) and pushes it when possible. Ignored while locked or loading. */
  update(kind: DraftKind, id: string, value: unknown): void {
    const key = this.#key;
    if (!key || !this.#ready) return;
    let draft = this.#drafts.get(id);
    if (!draft) {
      draft = this.#fresh(kind, id);
      this.#drafts.set(id, draft);
    }
    if (!draft.known || draft.kind !== kind || (draft.keyId !== null && draft.keyId !== key.keyId)) return;
    draft.value = value;
    draft.rev = ++this.#revs;
    draft.updatedAt = this.#now().toISOString();
    // In a conflict the edit changes "mine"; it is pushed once the user has chosen.
    if (!draft.hasConflict) draft.pending = true;
    this.#persist(draft);
    this.#changed();
    this.#scheduleSync();
  }

  /** After a conflict: keep mine (pushed on top of theirs) or take theirs. */
  resolve(id: string, choice: 'mine' | 'theirs'): void {
    const draft = this.#drafts.get(id);
    if (!this.#key || !draft?.known || !draft.conflict) return;
    const theirs = draft.conflict;
    draft.conflict = null;
    draft.hasConflict = false;
    draft.rev = ++this.#revs;
    draft.rejectedRev = null;
    if (choice === 'mine') {
      draft.baseVersion = theirs.theirsVersion;
      draft.pending = true;
      this.#persist(draft);
      this.#scheduleSync(0);
    } else if (theirs.theirsDeleted) {
      // Their version is the deletion: the draft is gone here too.
      this.#drafts.set(id, this.#fresh(draft.kind, id));
      this.#enqueue(() => this.#storage.delete(id));
    } else {
      draft.value = theirs.theirs;
      draft.baseVersion = theirs.theirsVersion;
      draft.pending = false;
      draft.updatedAt = theirs.theirsUpdatedAt;
      this.#persist(draft);
    }
    this.#changed();
  }

  /**
   * Deletes the draft here at once (its content is wiped) and on the server when
   * online, if nobody changed it there meanwhile; a colleague's newer version is kept.
   */
  async discard(id: string): Promise<void> {
    const draft = this.#drafts.get(id);
    if (!draft) return;
    const keyId = draft.keyId ?? this.#key?.keyId ?? null;
    this.#drafts.set(id, this.#fresh(draft.kind, id));
    if (draft.baseVersion === null || keyId === null) {
      this.#changed();
      await this.#enqueue(() => this.#storage.delete(id));
      return;
    }
    const tombstone: Tombstone = {
      id,
      kind: draft.kind,
      keyId,
      baseVersion: draft.baseVersion,
      updatedAt: this.#now().toISOString(),
    };
    this.#tombstones.set(id, tombstone);
    this.#changed();
    await this.#enqueue(() => this.#storage.put(tombstoneRecord(tombstone)));
    if (this.#key?.keyId === keyId && this.#isOnline()) await this.#pushDelete(id);
  }

  // ---- sync ----

  /** Pushes every waiting change, one at a time; a second call while running runs once more after. */
  syncAll(): Promise<void> {
    if (this.#sync) {
      this.#syncAgain = true;
      return this.#sync;
    }
    if (!this.#key || !this.#ready || !this.#isOnline()) return Promise.resolve();
    this.#sync = this.#runSync().finally(() => {
      this.#sync = null;
      this.#changed();
      if (this.#syncAgain) {
        this.#syncAgain = false;
        void this.syncAll();
      }
    });
    this.#changed();
    return this.#sync;
  }

  /** Resolves once the stored records' bookkeeping has been read. */
  ready(): Promise<void> {
    return this.#init;
  }

  /** Resolves when every queued write and the running sync are done (tests, sign-out). */
  async idle(): Promise<void> {
    await this.#init;
    while (this.#sync) await this.#sync;
    await this.#writes;
  }

  /** Syncs when the browser comes online and every `intervalMs`; returns the stop function. */
  start(intervalMs = 30_000): () => void {
    const onOnline = (): void => void this.syncAll();
    window.addEventListener('online', onOnline);
    const timer = setInterval(onOnline, intervalMs);
    return () => {
      window.removeEventListener('online', onOnline);
      clearInterval(timer);
    };
  }

  async #runSync(): Promise<void> {
    const key = this.#key;
    if (!key) return;
    const generation = this.#generation;
    for (const tombstone of [...this.#tombstones.values()]) {
      if (tombstone.keyId !== key.keyId) continue;
      if (!(await this.#pushDelete(tombstone.id)) || generation !== this.#generation) return;
    }
    for (const draft of [...this.#drafts.values()]) {
      if (!draft.known || !draft.pending || draft.hasConflict || draft.rejectedRev === draft.rev) continue;
      if (draft.keyId !== null && draft.keyId !== key.keyId) continue;
      if (!(await this.#push(draft.id)) || generation !== this.#generation) return;
    }
  }

  /** One PUT; false when the server could not be reached (stop for now). */
  async #push(id: string): Promise<boolean> {
    const draft = this.#drafts.get(id);
    if (!draft) return true;
    const generation = this.#generation;
    const sent = { rev: draft.rev, value: draft.value, baseVersion: draft.baseVersion };
    draft.syncing = true;
    this.#changed();
    let result: Awaited<ReturnType<DraftTransport['put']>>;
    try {
      result = await this.#transport.put(id, {
        kind: draft.kind,
        payload: sent.value,
        baseVersion: sent.baseVersion,
      });
    } catch {
      draft.syncing = false;
      this.#changed();
      return false;
    }
    draft.syncing = false;
    const tombstone = this.#tombstones.get(id);
    if (tombstone && result.outcome === 'saved') {
      // Discarded while this push was under way: delete the version it just made.
      tombstone.baseVersion = result.version;
      await this.#enqueue(() => this.#storage.put(tombstoneRecord(tombstone)));
    }
    if (generation !== this.#generation || this.#drafts.get(id) !== draft) {
      this.#changed();
      return true;
    }
    const unchanged = draft.rev === sent.rev;
    switch (result.outcome) {
      case 'saved':
        draft.baseVersion = result.version;
        draft.pending = !unchanged;
        if (!unchanged) this.#syncAgain = true;
        break;
      case 'conflict':
        this.#conflict(draft, result.current, unchanged);
        break;
      case 'not_found':
        if (sent.baseVersion !== null) {
          // The server never had that version: offer it as a new draft.
          draft.baseVersion = null;
          this.#syncAgain = true;
        } else {
          draft.rejectedRev = sent.rev;
        }
        break;
      case 'rejected':
        draft.rejectedRev = sent.rev;
        break;
      default: {
        const unreachable: never = result;
        return unreachable;
      }
    }
    this.#persist(draft);
    this.#changed();
    return true;
  }

  #conflict(draft: Draft, current: RemoteDraft, unchanged: boolean): void {
    if (!current.deleted && sameJson(current.payload, draft.value)) {
      // The server already holds exactly this (e.g. an answer lost on the way back).
      draft.baseVersion = current.version;
      draft.pending = !unchanged;
      return;
    }
    draft.conflict = {
      theirs: current.deleted ? draft.value : current.payload,
      theirsVersion: current.version,
      theirsUpdatedBy: current.updatedBy,
      theirsUpdatedAt: current.updatedAt,
      theirsDeleted: current.deleted,
    };
    draft.hasConflict = true;
  }

  async #pushDelete(id: string): Promise<boolean> {
    const tombstone = this.#tombstones.get(id);
    if (!tombstone) return true;
    try {
      // Whatever the answer, the local copy goes: deleted, never there, or a colleague's
      // newer version that this deletion must not destroy.
      await this.#transport.remove(id, tombstone.baseVersion);
    } catch {
      return false;
    }
    if (this.#tombstones.get(id) !== tombstone) return true;
    this.#tombstones.delete(id);
    this.#changed();
    await this.#enqueue(async () => {
      const record = await this.#storage.get(id);
      if (record?.deleted) await this.#storage.delete(id);
    });
    return true;
  }

  /** A server version newer than ours: taken when nothing changed here, otherwise a conflict. */
  async #refresh(id: string): Promise<void> {
    const draft = this.#drafts.get(id);
    if (!draft || draft.hasConflict) return;
    const generation = this.#generation;
    const rev = draft.rev;
    let remote: Awaited<ReturnType<DraftTransport['get']>>;
    try {
      remote = await this.#transport.get(id);
    } catch {
      return;
    }
    if (!remote || generation !== this.#generation || this.#drafts.get(id) !== draft) return;
    if (remote.kind !== draft.kind || draft.hasConflict) return;
    if (draft.baseVersion !== null && remote.version <= draft.baseVersion) return;
    if (!draft.pending && draft.rev === rev) {
      draft.value = remote.payload;
      draft.baseVersion = remote.version;
      draft.updatedAt = remote.updatedAt;
      draft.rev = ++this.#revs;
    } else {
      this.#conflict(draft, remote, true);
    }
    this.#persist(draft);
    this.#changed();
  }

  // ---- storage ----

  async #load(): Promise<void> {
    try {
      for (const record of await this.#storage.list()) this.#ingest(record);
    } catch {
      // Storage unreadable: start empty; drafts of this visit still work from memory.
    }
    this.#ready = true;
    this.#changed();
  }

  /** Takes a stored record's bookkeeping (not its content) into memory. */
  #ingest(record: StoredDraft): void {
    if (record.deleted) {
      if (record.baseVersion !== null) {
        this.#tombstones.set(record.id, {
          id: record.id,
          kind: record.kind,
          keyId: record.keyId,
          baseVersion: record.baseVersion,
          updatedAt: record.updatedAt,
        });
      }
      return;
    }
    const existing = this.#drafts.get(record.id);
    // A draft changed in memory since is newer than what the storage says.
    if (existing && existing.rev > 0) return;
    this.#drafts.set(record.id, {
      ...(existing ?? this.#fresh(record.kind, record.id)),
      kind: record.kind,
      keyId: record.keyId,
      stored: true,
      known: false,
      value: undefined,
      baseVersion: record.baseVersion,
      pending: record.pending,
      hasConflict: record.hasConflict,
      conflict: null,
      updatedAt: record.updatedAt,
    });
  }

  #persist(draft: Draft): void {
    const key = this.#key;
    if (!key) return;
    draft.stored = true;
    draft.keyId = key.keyId;
    // Taken now: the write must store this state even if the store is locked right after.
    const { id, kind, value, conflict, baseVersion, pending, hasConflict } = draft;
    const updatedAt = draft.updatedAt ?? this.#now().toISOString();
    void this.#enqueue(async () => {
      const sealed = await seal(key, recordAad(key.keyId, kind, id), { value, conflict });
      await this.#storage.put({
        id,
        kind,
        keyId: key.keyId,
        updatedAt,
        baseVersion,
        pending,
        deleted: false,
        hasConflict,
        sealed,
      });
    });
  }

  #enqueue(write: () => Promise<void>): Promise<void> {
    const next = this.#writes.then(write);
    // A failed write (storage full, blocked) must not stop the ones after it.
    this.#writes = next.catch(() => undefined);
    return next;
  }

  // ---- helpers ----

  #fresh(kind: DraftKind, id: string): Draft {
    return {
      id,
      kind,
      keyId: null,
      stored: false,
      known: true,
      value: undefined,
      baseVersion: null,
      pending: false,
      conflict: null,
      hasConflict: false,
      updatedAt: null,
      rev: 0,
      syncing: false,
      rejectedRev: null,
    };
  }

  #visible(keyId: string | null): boolean {
    return this.#key === null || keyId === null || keyId === this.#key.keyId;
  }

  #statusOf(draft: Draft): DraftStatus {
    if (!this.#ready) return 'loading';
    if (!this.#key || !draft.known || !this.#visible(draft.keyId)) return 'locked';
    if (draft.hasConflict) return 'conflict';
    if (draft.syncing) return 'syncing';
    if (draft.pending) return 'saved_locally';
    return 'synced';
  }

  #scheduleSync(delay = this.#syncDelayMs): void {
    if (!this.#autoSync) return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.syncAll();
    }, delay);
  }

  #changed(): void {
    this.#entries = new Map();
    this.#summary = null;
    this.#lists = new Map();
    for (const listener of this.#listeners) listener();
  }
}

function tombstoneRecord(tombstone: Tombstone): StoredDraft {
  return {
    id: tombstone.id,
    kind: tombstone.kind,
    keyId: tombstone.keyId,
    updatedAt: tombstone.updatedAt,
    baseVersion: tombstone.baseVersion,
    pending: false,
    deleted: true,
    hasConflict: false,
    sealed: null,
  };
}
