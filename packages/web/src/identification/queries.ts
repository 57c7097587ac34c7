import {
  keepPreviousData,
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../api/client';
import type {
  ConclusionBody,
  ScreeningDetail,
  ScreeningPage,
  ScreeningStartBody,
  ScreeningStatus,
} from './types';

export type ScreeningListParams = {
  readonly status?: ScreeningStatus | undefined;
  readonly page?: number;
  readonly pageSize?: number;
};

export function useScreeningList(params: ScreeningListParams): UseQueryResult<ScreeningPage> {
  return useQuery({
    queryKey: ['screenings', params],
    queryFn: ({ signal }) => api.get<ScreeningPage>('/api/screenings', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function screeningKey(id: string): readonly unknown[] {
  return ['screening', id];
}

/**
 * A screening with its answers. Each read is audited on the server: never refetched
 * behind the user's back, and not kept once the page is left.
 */
export function useScreening(id: string): UseQueryResult<ScreeningDetail> {
  return useQuery({
    queryKey: screeningKey(id),
    queryFn: ({ signal }) =>
      api.get<ScreeningDetail>(`/api/screenings/${encodeURIComponent(id)}`, undefined, signal),
    gcTime: 0,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Starts a screening on the server (a full screen continuing a short one). */
export function useStartScreening(): UseMutationResult<ScreeningDetail, Error, ScreeningStartBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body) => api.post<ScreeningDetail>('/api/screenings', body),
    onSuccess: (detail) => {
      queryClient.setQueryData(screeningKey(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: ['screenings'] });
    },
  });
}

export function useCompleteScreening(
  id: string,
): UseMutationResult<ScreeningDetail, Error, ConclusionBody & { readonly version: number }> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body) =>
      api.post<ScreeningDetail>(`/api/screenings/${encodeURIComponent(id)}/complete`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(screeningKey(id), detail);
      void queryClient.invalidateQueries({ queryKey: ['screenings'] });
    },
  });
}
