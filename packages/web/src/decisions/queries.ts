import type { DecisionStage } from '@opennrm/core';
import {
  keepPreviousData,
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../api/client';
import type { CaseDecisions, DecisionInput, Inbox, ReviewInput } from './types';

export type InboxParams = {
  readonly stage?: DecisionStage | undefined;
  readonly child?: 'true' | 'false' | undefined;
  readonly page?: number;
  readonly pageSize?: number;
};

export function useDecisionInbox(params: InboxParams): UseQueryResult<Inbox> {
  return useQuery({
    queryKey: ['decision-inbox', params],
    queryFn: ({ signal }) => api.get<Inbox>('/api/decisions/inbox', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * A case's decisions hold reasons about the person and each read is audited: fetched
 * when the section shows, not refetched behind the reader's back on window focus.
 */
export function useCaseDecisions(caseId: string, enabled: boolean): UseQueryResult<CaseDecisions> {
  return useQuery({
    queryKey: ['case-decisions', caseId],
    queryFn: ({ signal }) =>
      api.get<CaseDecisions>(`/api/cases/${encodeURIComponent(caseId)}/decisions`, undefined, signal),
    enabled,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** The link to a decision's letter, built by the letters module. */
export function decisionLetterUrl(decisionId: string): string {
  return `/api/decisions/${encodeURIComponent(decisionId)}/letter.pdf`;
}

type Action =
  | { readonly kind: 'decide'; readonly input: DecisionInput }
  | { readonly kind: 'extend'; readonly periodId: string; readonly days: number; readonly reason: string }
  | {
      readonly kind: 'withhold';
      readonly periodId: string;
      readonly ground: string;
      readonly reason: string;
    }
  | { readonly kind: 'reconsider'; readonly decisionId: string; readonly grounds: string }
  | { readonly kind: 'review'; readonly reconsiderationId: string; readonly input: ReviewInput };

function send(caseId: string, action: Action): Promise<unknown> {
  const id = encodeURIComponent;
  switch (action.kind) {
    case 'decide':
      return api.post(`/api/cases/${id(caseId)}/decisions`, action.input);
    case 'extend':
      return api.post(`/api/recovery-periods/${id(action.periodId)}/extensions`, {
        days: action.days,
        reason: action.reason,
      });
    case 'withhold':
      return api.post(`/api/recovery-periods/${id(action.periodId)}/withhold`, {
        ground: action.ground,
        reason: action.reason,
      });
    case 'reconsider':
      return api.post(`/api/decisions/${id(action.decisionId)}/reconsiderations`, {
        grounds: action.grounds,
      });
    case 'review':
      return api.post(`/api/reconsiderations/${id(action.reconsiderationId)}/review`, action.input);
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** Every change to a case's decisions; afterwards the case, its decisions and the inbox are fresh. */
export function useDecisionAction(caseId: string): UseMutationResult<unknown, Error, Action> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: Action) => send(caseId, action),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['case-decisions', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['case', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['decision-inbox'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    },
  });
}
