import type { CountryProfile } from '@opennrm/core';
import { type UseQueryResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ProfileList, ProfileVersionView } from './types';

export function useProfileList(): UseQueryResult<ProfileList> {
  return useQuery({
    queryKey: ['country-profiles'],
    queryFn: ({ signal }) => api.get<ProfileList>('/api/country-profiles', undefined, signal),
  });
}

/** The rules new cases start under. */
export function useCurrentProfile(): UseQueryResult<ProfileVersionView> {
  return useQuery({
    queryKey: ['country-profile', 'current'],
    queryFn: ({ signal }) => api.get<ProfileVersionView>('/api/country-profiles/current', undefined, signal),
  });
}

export function useProfileVersion(id: string, version: number): UseQueryResult<ProfileVersionView> {
  return useQuery({
    queryKey: ['country-profile', id, version],
    queryFn: ({ signal }) =>
      api.get<ProfileVersionView>(
        `/api/country-profiles/${encodeURIComponent(id)}/versions/${encodeURIComponent(String(version))}`,
        undefined,
        signal,
      ),
    // A stored version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function useInvalidateProfiles(): () => void {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['country-profiles'] });
    void queryClient.invalidateQueries({ queryKey: ['country-profile'] });
  };
}

/** Publishes `definition` as a new version (its `version` is the next number). */
export function usePublishProfile() {
  const invalidate = useInvalidateProfiles();
  return useMutation({
    mutationFn: (definition: CountryProfile) =>
      api.post<ProfileVersionView>(
        `/api/country-profiles/${encodeURIComponent(definition.id)}/versions`,
        definition,
      ),
    onSuccess: invalidate,
  });
}

export function useActivateProfile() {
  const invalidate = useInvalidateProfiles();
  return useMutation({
    mutationFn: (id: string) => api.put<ProfileVersionView>('/api/country-profiles/active', { id }),
    onSuccess: invalidate,
  });
}
