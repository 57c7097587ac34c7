import {
  keepPreviousData,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiRequest } from '../api/client';
import type { Page } from '../api/types';
import type {
  AccountRequest,
  AccountShares,
  AccountView,
  CaseNote,
  CaseSections,
  SpecialNeeds,
  TeamAdditionInput,
  TeamCandidate,
  TimelineEntry,
} from './case-file-types';

const base = (caseId: string): string => `/api/cases/${encodeURIComponent(caseId)}`;

/**
 * Reads that decrypt something about the person are audited on the server: fetched when
 * shown, dropped from memory afterwards, never refetched behind the user's back.
 */
const AUDITED = { gcTime: 0, staleTime: Number.POSITIVE_INFINITY, retry: false } as const;

/** The sections the caller sees (shared with the other case-page slots by its query key). */
export function useCaseSections(caseId: string): UseQueryResult<CaseSections> {
  return useQuery({
    queryKey: ['case-sections', caseId],
    queryFn: ({ signal }) => api.get<CaseSections>(`${base(caseId)}/sections`, undefined, signal),
    retry: false,
  });
}

export function useAccount(caseId: string, enabled: boolean): UseQueryResult<AccountView> {
  return useQuery({
    queryKey: ['case-account', caseId],
    queryFn: ({ signal }) => api.get<AccountView>(`${base(caseId)}/account`, undefined, signal),
    enabled,
    retry: false,
  });
}

/** The account's text (one version): each read is audited. */
export function useAccountText(
  caseId: string,
  version: number | null,
  enabled: boolean,
): UseQueryResult<AccountView> {
  return useQuery({
    queryKey: ['case-account-text', caseId, version],
    queryFn: ({ signal }) =>
      api.get<AccountView>(
        `${base(caseId)}/account`,
        { include: 'text', ...(version === null ? {} : { version }) },
        signal,
      ),
    enabled,
    ...AUDITED,
  });
}

export function useAccountShares(caseId: string, enabled: boolean): UseQueryResult<AccountShares> {
  return useQuery({
    queryKey: ['case-account-shares', caseId],
    queryFn: ({ signal }) => api.get<AccountShares>(`${base(caseId)}/account/shares`, undefined, signal),
    enabled,
    retry: false,
  });
}

/** Requests for the account (their reasons are decrypted: audited). */
export function useAccountRequests(
  caseId: string,
  enabled: boolean,
): UseQueryResult<{ items: AccountRequest[] }> {
  return useQuery({
    queryKey: ['case-account-requests', caseId],
    queryFn: ({ signal }) =>
      api.get<{ items: AccountRequest[] }>(`${base(caseId)}/account/requests`, undefined, signal),
    enabled,
    ...AUDITED,
  });
}

export function useCaseNotes(caseId: string, page: number, enabled: boolean): UseQueryResult<Page<CaseNote>> {
  return useQuery({
    queryKey: ['case-notes', caseId, page],
    queryFn: ({ signal }) => api.get<Page<CaseNote>>(`${base(caseId)}/notes`, { page, pageSize: 10 }, signal),
    enabled,
    placeholderData: keepPreviousData,
    ...AUDITED,
  });
}

export const TIMELINE_PAGE_SIZE = 15;

export function useTimeline(
  caseId: string,
  page: number,
  enabled: boolean,
): UseQueryResult<Page<TimelineEntry>> {
  return useQuery({
    queryKey: ['case-timeline', caseId, page],
    queryFn: ({ signal }) =>
      api.get<Page<TimelineEntry>>(
        `${base(caseId)}/timeline`,
        { page, pageSize: TIMELINE_PAGE_SIZE },
        signal,
      ),
    enabled,
    placeholderData: keepPreviousData,
    ...AUDITED,
  });
}

export function useTeamCandidates(
  caseId: string,
  enabled: boolean,
): UseQueryResult<{ items: TeamCandidate[] }> {
  return useQuery({
    queryKey: ['case-team-candidates', caseId],
    queryFn: ({ signal }) =>
      api.get<{ items: TeamCandidate[] }>(`${base(caseId)}/team/candidates`, undefined, signal),
    enabled,
    retry: false,
  });
}

/** After any change to the case file: what other parts of the page show may have changed. */
function useRefreshCase(caseId: string): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await Promise.all(
      [
        ['case', caseId],
        ['case-sections', caseId],
        ['case-account', caseId],
        ['case-account-shares', caseId],
        ['case-account-requests', caseId],
        ['case-account-text', caseId],
        ['case-notes', caseId],
        ['case-timeline', caseId],
        ['case-team-candidates', caseId],
      ].map((queryKey) => client.invalidateQueries({ queryKey })),
    );
  };
}

export function useCaseFileMutations(caseId: string) {
  const refresh = useRefreshCase(caseId);
  const options = { onSuccess: refresh } as const;
  return {
    recordAccount: useMutation({
      mutationFn: (body: { text: string; language: string; interpreterUsed: boolean }) =>
        api.post(`${base(caseId)}/account`, body),
      ...options,
    }),
    share: useMutation({
      mutationFn: (organisationId: string) => api.post(`${base(caseId)}/account/shares`, { organisationId }),
      ...options,
    }),
    revokeShare: useMutation({
      mutationFn: (shareId: string) =>
        apiRequest('DELETE', `${base(caseId)}/account/shares/${encodeURIComponent(shareId)}`),
      ...options,
    }),
    request: useMutation({
      mutationFn: (reason: string) => api.post(`${base(caseId)}/account/requests`, { reason }),
      ...options,
    }),
    answer: useMutation({
      mutationFn: (input: { id: string; answer: 'grant' | 'refuse' }) =>
        api.post(`${base(caseId)}/account/requests/${encodeURIComponent(input.id)}/${input.answer}`),
      ...options,
    }),
    writeNote: useMutation({
      mutationFn: (body: { body: string; visibility: string }) => api.post(`${base(caseId)}/notes`, body),
      ...options,
    }),
    addToTeam: useMutation({
      mutationFn: (body: TeamAdditionInput) => api.post(`${base(caseId)}/team`, body),
      ...options,
    }),
  };
}

export function useSpecialNeedsUpdate(caseId: string, personId: string) {
  const refresh = useRefreshCase(caseId);
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<SpecialNeeds>) =>
      api.patch<SpecialNeeds>(`/api/persons/${encodeURIComponent(personId)}/special-needs`, patch),
    onSuccess: async () => {
      client.removeQueries({ queryKey: ['person', personId] });
      await refresh();
    },
  });
}
