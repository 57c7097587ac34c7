import type { CaseStage } from '@opennrm/core';
import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { AccessLogEntry, CaseDetail, CaseSort, CaseSummary, Page, PersonRecord } from '../api/types';

export type CaseListParams = {
  readonly stage?: CaseStage | undefined;
  readonly child?: 'true' | 'false' | undefined;
  readonly sort?: CaseSort;
  readonly page?: number;
  readonly pageSize?: number;
};

export function useCaseList(params: CaseListParams, enabled = true): UseQueryResult<Page<CaseSummary>> {
  return useQuery({
    queryKey: ['cases', params],
    queryFn: ({ signal }) => api.get<Page<CaseSummary>>('/api/cases', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCaseDetail(caseId: string): UseQueryResult<CaseDetail> {
  return useQuery({
    queryKey: ['case', caseId],
    queryFn: ({ signal }) =>
      api.get<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`, undefined, signal),
  });
}

/**
 * Personal details are fetched only on request, never kept after they leave the screen
 * (gcTime 0) and never refetched behind the user's back: each read is audited.
 */
export function usePersonDetails(personId: string, shown: boolean): UseQueryResult<PersonRecord> {
  return useQuery({
    queryKey: ['person', personId],
    queryFn: ({ signal }) =>
      api.get<PersonRecord>(`/api/persons/${encodeURIComponent(personId)}`, undefined, signal),
    enabled: shown,
    gcTime: 0,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export type AccessLogPage = Page<AccessLogEntry>;

export function useAccessLog(
  personId: string,
  page: number,
  enabled: boolean,
): UseQueryResult<AccessLogPage> {
  return useQuery({
    queryKey: ['person-access-log', personId, page],
    queryFn: ({ signal }) =>
      api.get<AccessLogPage>(
        `/api/persons/${encodeURIComponent(personId)}/access-log`,
        { page, pageSize: 10 },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
