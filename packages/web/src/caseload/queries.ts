import {
  keepPreviousData,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, type QueryValue } from '../api/client';
import type {
  CapacityAlerts,
  CaseloadCase,
  CaseloadScope,
  CaseSort,
  CaseWorkerView,
  OverdueAction,
  ReviewDue,
  Scoped,
  TeamCaseload,
  TeamSort,
} from './types';

export type CaseFilters = {
  readonly scope?: CaseloadScope | undefined;
  readonly stage?: string | undefined;
  readonly child?: 'true' | 'false' | undefined;
  readonly q?: string | undefined;
  readonly page?: number;
  readonly pageSize?: number;
};

export type MyCasesParams = CaseFilters & {
  readonly overdue?: 'true' | undefined;
  readonly worker?: string | undefined;
  readonly status?: 'open' | 'closed' | 'all' | undefined;
  readonly sort?: CaseSort | undefined;
};

/** Work lists change with every plan update and notice: refreshed every few minutes. */
const REFRESH = 3 * 60_000;

function listQuery<T>(
  key: string,
  path: string,
  params: Readonly<Record<string, QueryValue>>,
  enabled = true,
) {
  return {
    queryKey: ['caseload', key, params],
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get<T>(path, params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH,
    enabled,
  };
}

export function useMyCases(params: MyCasesParams, enabled = true): UseQueryResult<Scoped<CaseloadCase>> {
  return useQuery(listQuery<Scoped<CaseloadCase>>('me', '/api/caseload/me', params, enabled));
}

export function useOverdueActions(
  params: CaseFilters & { readonly owner?: 'me' | 'organisation' | undefined },
  enabled = true,
): UseQueryResult<Scoped<OverdueAction>> {
  return useQuery(
    listQuery<Scoped<OverdueAction>>('overdue', '/api/caseload/overdue-actions', params, enabled),
  );
}

export function useReviewsDue(
  params: CaseFilters & { readonly overdue?: 'true' | undefined },
  enabled = true,
): UseQueryResult<Scoped<ReviewDue>> {
  return useQuery(listQuery<Scoped<ReviewDue>>('reviews', '/api/caseload/reviews-due', params, enabled));
}

export function useCapacityAlerts(
  params: { readonly scope?: CaseloadScope | undefined; readonly page?: number; readonly pageSize?: number },
  enabled = true,
): UseQueryResult<CapacityAlerts> {
  return useQuery(listQuery<CapacityAlerts>('capacity', '/api/caseload/capacity-alerts', params, enabled));
}

export function useTeamCaseload(
  params: { readonly sort?: TeamSort; readonly page?: number; readonly pageSize?: number },
  enabled = true,
): UseQueryResult<TeamCaseload> {
  return useQuery(listQuery<TeamCaseload>('team', '/api/caseload/team', params, enabled));
}

/** Names (or clears) a case's worker; every caseload list and the case itself are refreshed after. */
export function useAssignCaseWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, userId }: { caseId: string; userId: string | null }) =>
      api.patch<CaseWorkerView>(`/api/cases/${encodeURIComponent(caseId)}/case-worker`, { userId }),
    onSuccess: (_data, { caseId }) => {
      void queryClient.invalidateQueries({ queryKey: ['caseload'] });
      void queryClient.invalidateQueries({ queryKey: ['case', caseId] });
    },
  });
}
