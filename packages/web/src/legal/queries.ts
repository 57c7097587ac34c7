import type { CooperationStatus } from '@opennrm/core';
import {
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../api/client';
import { isApiProblem } from '../api/problem';
import type { Cooperation, LegalList } from './types';

const path = encodeURIComponent;

/**
 * Reads of the legal module are audited: fetched when the section shows, not refetched
 * behind the reader's back. A case whose legal part the reader's purpose does not show
 * answers "not found": the section then shows nothing (null).
 */
const AUDITED = { staleTime: 60_000, refetchOnWindowFocus: false, retry: false } as const;

async function hiddenAsNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (isApiProblem(error) && (error.status === 404 || error.status === 403)) return null;
    throw error;
  }
}

export function useCooperation(caseId: string, enabled: boolean): UseQueryResult<Cooperation | null> {
  return useQuery({
    queryKey: ['legal-cooperation', caseId],
    queryFn: ({ signal }) =>
      hiddenAsNull(() => api.get<Cooperation>(`/api/cases/${path(caseId)}/cooperation`, undefined, signal)),
    enabled,
    ...AUDITED,
  });
}

export function useRecordCooperation(
  caseId: string,
): UseMutationResult<Cooperation, unknown, CooperationStatus> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status) => api.post<Cooperation>(`/api/cases/${path(caseId)}/cooperation`, { status }),
    onSuccess: (data) => client.setQueryData(['legal-cooperation', caseId], data),
  });
}

/** `legal/residence-permits`, `children/missing`…: the record kind's path under the case. */
export function useLegalList(
  caseId: string,
  kindPath: string,
  enabled: boolean,
): UseQueryResult<LegalList | null> {
  return useQuery({
    queryKey: ['legal-records', caseId, kindPath],
    queryFn: ({ signal }) =>
      hiddenAsNull(() => api.get<LegalList>(`/api/cases/${path(caseId)}/${kindPath}`, undefined, signal)),
    enabled,
    ...AUDITED,
  });
}

export type SaveRecord = { readonly recordId: string | null; readonly body: Record<string, unknown> };

export function useSaveRecord(
  caseId: string,
  kindPath: string,
): UseMutationResult<unknown, unknown, SaveRecord> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ recordId, body }) =>
      recordId === null
        ? api.post(`/api/cases/${path(caseId)}/${kindPath}`, body)
        : api.patch(`/api/cases/${path(caseId)}/${kindPath}/${path(recordId)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['legal-records', caseId] }),
  });
}
