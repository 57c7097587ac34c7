/**
 * Offline drafts: shared types of the store, the sync engine and the hooks. A draft is
 * work in progress (a screening or a referral) kept in this browser, encrypted, and
 * synced to the server's `/api/drafts` when there is a connection.
 */
export type DraftKind = 'screening' | 'referral';
export const DRAFT_KINDS: readonly DraftKind[] = ['screening', 'referral'];

export type DraftStatus = 'loading' | 'saved_locally' | 'syncing' | 'synced' | 'conflict' | 'locked';

/**
 * Someone else saved a newer version on the server while this one changed here. Both
 * are kept until the user chooses. `theirsDeleted`: the newer version is a deletion (a
 * colleague submitted or discarded the draft); `theirs` then repeats `mine`.
 */
export type DraftConflict<T> = {
  mine: T;
  theirs: T;
  theirsVersion: number;
  theirsUpdatedBy: string;
  theirsUpdatedAt: string;
  theirsDeleted?: boolean;
};

/** Key material from `GET /api/drafts/key`. */
export type OfflineKeyMaterial = { readonly keyId: string; readonly material: string };

/** AES-GCM output: what IndexedDB holds instead of the draft. */
export type Sealed = { readonly iv: Uint8Array<ArrayBuffer>; readonly data: ArrayBuffer };

/**
 * One draft as stored in IndexedDB. Everything readable here is bookkeeping (ids,
 * times, versions, flags); the draft itself and a conflicting version are in `sealed`.
 */
export type StoredDraft = {
  readonly id: string;
  readonly kind: DraftKind;
  /** The server key the record is sealed under: the user it belongs to. */
  readonly keyId: string;
  readonly updatedAt: string;
  /** Server version the local content is based on; null before the first sync. */
  readonly baseVersion: number | null;
  /** Local changes the server does not have yet. */
  readonly pending: boolean;
  /** Discarded here; the server still has to be told (the content is already wiped). */
  readonly deleted: boolean;
  readonly hasConflict: boolean;
  /** Null for a deleted record. */
  readonly sealed: Sealed | null;
};

/** The storage the engine writes to: IndexedDB in the browser, a map in tests. */
export type DraftStorage = {
  get(id: string): Promise<StoredDraft | undefined>;
  put(record: StoredDraft): Promise<void>;
  delete(id: string): Promise<void>;
  list(): Promise<StoredDraft[]>;
};

/** The server's version of a draft (a 409 answer or a read). */
export type RemoteDraft = {
  readonly version: number;
  readonly payload: unknown;
  readonly deleted: boolean;
  readonly updatedBy: string;
  readonly updatedAt: string;
};

export type PutResult =
  | { readonly outcome: 'saved'; readonly version: number; readonly updatedAt: string }
  | { readonly outcome: 'conflict'; readonly current: RemoteDraft }
  /** The server never had the version this change is based on. */
  | { readonly outcome: 'not_found' }
  /** The server refused the content (validation): kept here, not retried until changed. */
  | { readonly outcome: 'rejected' };

export type DeleteResult =
  | { readonly outcome: 'deleted' }
  | { readonly outcome: 'not_found' }
  | { readonly outcome: 'conflict'; readonly current: RemoteDraft };

/**
 * How the engine talks to the server. Implementations throw when there is no answer
 * (offline) or the session does not allow it: the engine then stops and tries later.
 */
export type DraftTransport = {
  fetchKey(): Promise<OfflineKeyMaterial>;
  get(id: string): Promise<(RemoteDraft & { readonly kind: DraftKind }) | null>;
  put(
    id: string,
    body: { kind: DraftKind; payload: unknown; baseVersion: number | null },
  ): Promise<PutResult>;
  remove(id: string, baseVersion: number): Promise<DeleteResult>;
};
