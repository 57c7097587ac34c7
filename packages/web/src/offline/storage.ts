import { openDB } from 'idb';
import { DRAFT_KINDS, type DraftStorage, type StoredDraft } from './types';

const DB_NAME = 'opennrm-offline';
const STORE = 'drafts';

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const sealed = r.sealed as { iv?: unknown; data?: unknown } | null | undefined;
  return (
    typeof r.id === 'string' &&
    DRAFT_KINDS.includes(r.kind as StoredDraft['kind']) &&
    typeof r.keyId === 'string' &&
    typeof r.updatedAt === 'string' &&
    (r.baseVersion === null || (typeof r.baseVersion === 'number' && Number.isInteger(r.baseVersion))) &&
    typeof r.pending === 'boolean' &&
    typeof r.deleted === 'boolean' &&
    typeof r.hasConflict === 'boolean' &&
    (sealed === null || (sealed?.iv instanceof Uint8Array && sealed.data instanceof ArrayBuffer))
  );
}

/**
 * The browser's store: one IndexedDB object store of encrypted records. Where IndexedDB
 * cannot be opened (some private modes) it keeps the records in memory instead, so that
 * the visit still works; nothing survives a reload then.
 */
export function indexedDbStorage(): DraftStorage {
  const fallback = memoryStorage();
  const db = openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'id' });
    },
  }).catch(() => null);
  return {
    async get(id) {
      const open = await db;
      if (!open) return fallback.get(id);
      const value: unknown = await open.get(STORE, id);
      return isStoredDraft(value) ? value : undefined;
    },
    async put(record) {
      const open = await db;
      if (!open) return fallback.put(record);
      await open.put(STORE, record);
    },
    async delete(id) {
      const open = await db;
      if (!open) return fallback.delete(id);
      await open.delete(STORE, id);
    },
    async list() {
      const open = await db;
      if (!open) return fallback.list();
      const values: unknown[] = await open.getAll(STORE);
      return values.filter(isStoredDraft);
    },
  };
}

/** A store in memory: for tests, and where IndexedDB is unavailable (nothing survives a reload). */
export function memoryStorage(): DraftStorage & { readonly records: Map<string, StoredDraft> } {
  const records = new Map<string, StoredDraft>();
  return {
    records,
    get: async (id) => records.get(id),
    put: async (record) => {
      records.set(record.id, record);
    },
    delete: async (id) => {
      records.delete(id);
    },
    list: async () => [...records.values()],
  };
}

/** IndexedDB when the browser has it, memory otherwise. */
export function browserStorage(): DraftStorage {
  return typeof indexedDB === 'undefined' ? memoryStorage() : indexedDbStorage();
}
