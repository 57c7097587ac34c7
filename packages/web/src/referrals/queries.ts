import { isAssistanceProviderKind } from '@opennrm/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Organisation, Page } from '../api/types';
import type {
  ConsentRecord,
  PossibleDuplicate,
  ReferralOptions,
  ReferralRecord,
  ScreeningPrefill,
} from './types';

export function useReferralOptions(): UseQueryResult<ReferralOptions> {
  return useQuery({
    queryKey: ['referral-options'],
    queryFn: ({ signal }) => api.get<ReferralOptions>('/api/referrals/options', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function useScreeningPrefill(screeningId: string | null): UseQueryResult<ScreeningPrefill> {
  return useQuery({
    queryKey: ['referral-prefill', screeningId],
    queryFn: ({ signal }) =>
      api.get<ScreeningPrefill>(
        `/api/referrals/prefill/${encodeURIComponent(screeningId ?? '')}`,
        undefined,
        signal,
      ),
    enabled: screeningId !== null,
    retry: false,
  });
}

/**
 * A referral holds sensitive details (narrative, safe contact) and each read is audited:
 * fetched when shown, not kept in memory afterwards, never refetched behind the user's back.
 */
const AUDITED = { gcTime: 0, staleTime: Number.POSITIVE_INFINITY, retry: false } as const;

export function useReferral(referralId: string): UseQueryResult<ReferralRecord> {
  return useQuery({
    queryKey: ['referral', referralId],
    queryFn: ({ signal }) =>
      api.get<ReferralRecord>(`/api/referrals/${encodeURIComponent(referralId)}`, undefined, signal),
    ...AUDITED,
  });
}

/** The case's referral; with `details`, also the narrative and safe contact (as the policy allows). */
export function useCaseReferral(
  caseId: string,
  details: boolean,
  enabled: boolean,
): UseQueryResult<ReferralRecord> {
  return useQuery({
    queryKey: ['case-referral', caseId, details],
    queryFn: ({ signal }) =>
      api.get<ReferralRecord>(
        `/api/cases/${encodeURIComponent(caseId)}/referral`,
        details ? { include: 'details' } : undefined,
        signal,
      ),
    enabled,
    ...AUDITED,
  });
}

/** Organisations a consent to share may name: active assistance providers of the directory. */
export function useProviders(enabled: boolean): UseQueryResult<Organisation[]> {
  return useQuery({
    queryKey: ['referral-providers'],
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<Organisation>>('/api/organisations', { pageSize: 200 }, signal);
      return page.items.filter((org) => org.active && isAssistanceProviderKind(org.kind));
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useCaseConsents(
  caseId: string,
  enabled: boolean,
): UseQueryResult<{ items: ConsentRecord[] }> {
  return useQuery({
    queryKey: ['case-consents', caseId],
    queryFn: ({ signal }) =>
      api.get<{ items: ConsentRecord[] }>(
        `/api/cases/${encodeURIComponent(caseId)}/consents`,
        undefined,
        signal,
      ),
    enabled,
    retry: false,
  });
}

export function useCaseDuplicates(
  caseId: string,
  enabled: boolean,
): UseQueryResult<{ items: PossibleDuplicate[] }> {
  return useQuery({
    queryKey: ['case-duplicates', caseId],
    queryFn: ({ signal }) =>
      api.get<{ items: PossibleDuplicate[] }>(
        `/api/cases/${encodeURIComponent(caseId)}/duplicates`,
        undefined,
        signal,
      ),
    enabled,
    retry: false,
  });
}
