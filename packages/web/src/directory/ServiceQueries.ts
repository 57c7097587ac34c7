import type { NeedDomain, ServiceReferralStatus } from '@opennrm/core';
import {
  keepPreviousData,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../api/client';
import { isApiProblem } from '../api/problem';
import type {
  CapacityGapRecord,
  MatchResult,
  Service,
  ServiceDetail,
  ServiceInput,
  ServiceList,
  ServiceReferral,
  ServiceReferralPage,
} from './ServiceTypes';

/** Query values, arrays sent as repeated keys (`kind=a&kind=b`). */
export type ListQuery = Readonly<
  Record<string, string | number | boolean | readonly string[] | null | undefined>
>;

export function queryString(query: ListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text.length > 0 ? `?${text}` : '';
}

const path = (id: string): string => encodeURIComponent(id);

export function useServiceList(query: ListQuery): UseQueryResult<ServiceList> {
  return useQuery({
    queryKey: ['services', query],
    queryFn: ({ signal }) => api.get<ServiceList>(`/api/services${queryString(query)}`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useService(serviceId: string): UseQueryResult<ServiceDetail> {
  return useQuery({
    queryKey: ['service', serviceId],
    queryFn: ({ signal }) => api.get<ServiceDetail>(`/api/services/${path(serviceId)}`, undefined, signal),
  });
}

function useInvalidateServices(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['services'] });
    await client.invalidateQueries({ queryKey: ['service'] });
    await client.invalidateQueries({ queryKey: ['service-matches'] });
  };
}

export function useSaveService(existingId: string | null) {
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: (input: ServiceInput) =>
      existingId === null
        ? api.post<Service>('/api/services', input)
        : api.patch<Service>(`/api/services/${path(existingId)}`, input),
    onSuccess: invalidate,
  });
}

export function useUpdateCapacity(serviceId: string) {
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: (input: {
      capacityTotal: number | null;
      capacityFree: number | null;
      waitingDays: number | null;
    }) => api.put<Service>(`/api/services/${path(serviceId)}/capacity`, input),
    onSuccess: invalidate,
  });
}

/**
 * Matching reads the person's groups and special needs (each read audited): fetched when
 * the page asks, not kept afterwards, not refetched behind the user's back.
 */
const AUDITED = { gcTime: 0, staleTime: Number.POSITIVE_INFINITY, retry: false } as const;

export function useServiceMatches(
  caseId: string,
  need: NeedDomain | null,
  region: string | null,
): UseQueryResult<MatchResult> {
  return useQuery({
    queryKey: ['service-matches', caseId, need, region],
    queryFn: ({ signal }) =>
      api.get<MatchResult>(
        `/api/cases/${path(caseId)}/service-matches`,
        { need: need ?? undefined, region: region ?? undefined },
        signal,
      ),
    enabled: need !== null,
    ...AUDITED,
  });
}

export function useRecordGap(caseId: string) {
  return useMutation({
    mutationFn: (input: { need: NeedDomain; region?: string | undefined }) =>
      api.post<CapacityGapRecord>(`/api/cases/${path(caseId)}/capacity-gaps`, input),
  });
}

export function useSendServiceReferral(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { serviceId: string; needDomain: NeedDomain; message: string | null }) =>
      api.post<ServiceReferral>(`/api/cases/${path(caseId)}/service-referrals`, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['case-service-referrals', caseId] });
      await client.invalidateQueries({ queryKey: ['service-matches', caseId] });
    },
  });
}

/**
 * The case's service referrals, or null when the reader's purpose on the team does not
 * show them (the server answers "not found", like a case one cannot see).
 */
export function useCaseServiceReferrals(
  caseId: string,
  enabled = true,
): UseQueryResult<readonly ServiceReferral[] | null> {
  return useQuery({
    enabled,
    queryKey: ['case-service-referrals', caseId],
    queryFn: async ({ signal }) => {
      try {
        const list = await api.get<{ items: readonly ServiceReferral[] }>(
          `/api/cases/${path(caseId)}/service-referrals`,
          undefined,
          signal,
        );
        return list.items;
      } catch (error) {
        if (isApiProblem(error) && (error.status === 404 || error.status === 403)) return null;
        throw error;
      }
    },
    retry: false,
  });
}

export function useProviderInbox(
  statuses: readonly ServiceReferralStatus[],
  page: number,
  pageSize: number,
): UseQueryResult<ServiceReferralPage> {
  return useQuery({
    queryKey: ['service-referral-inbox', statuses, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<ServiceReferralPage>(
        `/api/service-referrals/inbox${queryString({ status: statuses, page, pageSize })}`,
        undefined,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export type ReferralStep =
  | { readonly action: 'accept' | 'start' | 'withdraw' }
  | { readonly action: 'decline'; readonly reason: string; readonly note: string | null }
  | { readonly action: 'end'; readonly outcome: string };

export function useServiceReferralStep(referralId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: ReferralStep) => {
      const { action, ...body } = step;
      return api.post<ServiceReferral>(`/api/service-referrals/${path(referralId)}/${action}`, body);
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['service-referral-inbox'] });
      await client.invalidateQueries({ queryKey: ['case-service-referrals'] });
      await client.invalidateQueries({ queryKey: ['notices'] });
    },
  });
}
