import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { DraftEntry, LocalDraft, SyncSummary } from './engine';
import { draftEngine, unlockOfflineStore } from './runtime';
import type { DraftConflict, DraftKind, DraftStatus } from './types';

export type OfflineDraft<T> = {
  /** The draft; `initial()` while it is new, loading or locked. */
  value: T;
  status: DraftStatus;
  conflict: DraftConflict<T> | null;
  /** True when the server refused this content (it keeps being saved here). */
  rejected: boolean;
  update(next: T): void;
  resolve(choice: 'mine' | 'theirs'): void;
  discard(): Promise<void>;
};

/**
 * Local-first draft: every change is saved encrypted in IndexedDB at once and synced
 * (PUT /api/drafts/:id) when online. While `status` is 'locked' or 'loading' the value
 * is `initial()` and `update` does nothing: show the locked notice instead of the form.
 */
export function useOfflineDraft<T>(kind: DraftKind, id: string, initial: () => T): OfflineDraft<T> {
  const engine = draftEngine();
  const first = useRef<{ id: string; value: T } | null>(null);
  if (first.current?.id !== id) first.current = { id, value: initial() };
  const initialValue = first.current.value;

  const online = useOnline();
  useEffect(() => {
    engine.open(kind, id);
  }, [engine, kind, id]);
  useEffect(() => {
    // Pages may open a draft before the header's indicator has opened the store.
    if (online && !engine.unlocked) unlockOfflineStore().catch(() => undefined);
  }, [engine, online]);

  const getEntry = useCallback((): DraftEntry | undefined => engine.entry(id), [engine, id]);
  const entry = useSyncExternalStore(engine.subscribe, getEntry, getEntry);

  const update = useCallback((next: T) => engine.update(kind, id, next), [engine, kind, id]);
  const resolve = useCallback((choice: 'mine' | 'theirs') => engine.resolve(id, choice), [engine, id]);
  const discard = useCallback(() => engine.discard(id), [engine, id]);

  return {
    value: entry?.value === undefined ? initialValue : (entry.value as T),
    status: entry?.status ?? 'loading',
    conflict: (entry?.conflict as DraftConflict<T> | null | undefined) ?? null,
    rejected: entry?.rejected ?? false,
    update,
    resolve,
    discard,
  };
}

function subscribeOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** navigator.onLine, kept current by the online/offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** The drafts of one kind kept on this device (readable or locked), newest first. */
export function useLocalDrafts(kind: DraftKind): LocalDraft[] {
  const engine = draftEngine();
  const get = useCallback(() => engine.localDrafts(kind), [engine, kind]);
  return useSyncExternalStore(engine.subscribe, get, get);
}

/** What waits to be synced, for the header indicator. */
export function useSyncSummary(): SyncSummary {
  const engine = draftEngine();
  const get = useCallback(() => engine.summary(), [engine]);
  return useSyncExternalStore(engine.subscribe, get, get);
}
