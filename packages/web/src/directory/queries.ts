import type { OrganisationKind } from '@opennrm/core';
import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ManagedUser, Organisation, Page } from '../api/types';

export type OrganisationListParams = {
  readonly kind?: OrganisationKind | undefined;
  readonly region?: string | undefined;
  readonly q?: string | undefined;
  readonly page?: number;
  readonly pageSize?: number;
};

export function useOrganisationList(params: OrganisationListParams): UseQueryResult<Page<Organisation>> {
  return useQuery({
    queryKey: ['organisations', params],
    queryFn: ({ signal }) => api.get<Page<Organisation>>('/api/organisations', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(organisationId: string): UseQueryResult<Organisation> {
  return useQuery({
    queryKey: ['organisation', organisationId],
    queryFn: ({ signal }) =>
      api.get<Organisation>(`/api/organisations/${encodeURIComponent(organisationId)}`, undefined, signal),
  });
}

export function useOrganisationUsers(
  organisationId: string,
  page: number,
  pageSize: number,
): UseQueryResult<Page<ManagedUser>> {
  return useQuery({
    queryKey: ['organisation-users', organisationId, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<ManagedUser>>(
        `/api/organisations/${encodeURIComponent(organisationId)}/users`,
        { page, pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** True while the account cannot sign in because of failed attempts. */
export function isLocked(user: Pick<ManagedUser, 'lockedUntil'>, now: number = Date.now()): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}
