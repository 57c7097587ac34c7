import { apiRequest } from '../api/client';
import { isApiProblem } from '../api/problem';
import type {
  DeleteResult,
  DraftKind,
  DraftTransport,
  OfflineKeyMaterial,
  PutResult,
  RemoteDraft,
} from './types';

function remoteDraft(value: unknown): RemoteDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (
    typeof r.version !== 'number' ||
    typeof r.updatedBy !== 'string' ||
    typeof r.updatedAt !== 'string' ||
    typeof r.deleted !== 'boolean'
  ) {
    return null;
  }
  return {
    version: r.version,
    payload: r.payload ?? null,
    deleted: r.deleted,
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt,
  };
}

const path = (id: string): string => `/api/drafts/${encodeURIComponent(id)}`;

/** `/api/drafts` over the app's API client (session cookie, CSRF token, problem details). */
export const httpTransport: DraftTransport = {
  fetchKey: () => apiRequest<OfflineKeyMaterial>('GET', '/api/drafts/key'),

  async get(id) {
    try {
      const found = await apiRequest<{
        kind: DraftKind;
        version: number;
        payload: unknown;
        updatedBy: string;
        updatedAt: string;
      }>('GET', path(id));
      return { ...found, deleted: false };
    } catch (error) {
      if (isApiProblem(error) && error.status === 404) return null;
      throw error;
    }
  },

  async put(id, body): Promise<PutResult> {
    try {
      const saved = await apiRequest<{ version: number; updatedAt: string }>('PUT', path(id), { body });
      return { outcome: 'saved', version: saved.version, updatedAt: saved.updatedAt };
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      if (error.type === 'draft-conflict') {
        const current = remoteDraft(error.extensions.current);
        if (current) return { outcome: 'conflict', current };
      }
      if (error.status === 404) return { outcome: 'not_found' };
      if (error.type === 'validation' || (error.status === 409 && error.type === 'conflict')) {
        return { outcome: 'rejected' };
      }
      throw error;
    }
  },

  async remove(id, baseVersion): Promise<DeleteResult> {
    try {
      await apiRequest<void>('DELETE', path(id), { query: { baseVersion } });
      return { outcome: 'deleted' };
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      if (error.type === 'draft-conflict') {
        const current = remoteDraft(error.extensions.current);
        if (current) return { outcome: 'conflict', current };
      }
      if (error.status === 404) return { outcome: 'not_found' };
      throw error;
    }
  },
};
