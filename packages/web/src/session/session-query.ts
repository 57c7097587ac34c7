import { type QueryClient, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client';
import type { AuthenticatedSession, TSession } from '../api/types';
import { lockOfflineStore } from '../offline/runtime';

export const SESSION_QUERY_KEY = ['session'] as const;

export async function fetchSession(): Promise<TSession> {
  const session = await api.get<TSession>('/api/auth/session');
  setCsrfToken(session.authenticated ? session.csrfToken : null);
  return session;
}

export function useSession(): UseQueryResult<TSession> {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: fetchSession,
    // The session changes through our own requests (login, MFA, logout), which write
    // the new value with applySession; refetching on focus would reset the idle clock.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: 1,
  });
}

/** The signed-in session; only for components rendered behind the route guard. */
export function useAuthenticatedSession(): AuthenticatedSession {
  const { data } = useSession();
  if (!data?.authenticated) throw new Error('useAuthenticatedSession used outside the signed-in area');
  return data;
}

/** Stores a session the server returned (login, MFA, password change) as the current one. */
export function applySession(queryClient: QueryClient, session: TSession): void {
  setCsrfToken(session.authenticated ? session.csrfToken : null);
  queryClient.setQueryData(SESSION_QUERY_KEY, session);
}

/**
 * After sign-out or expiry: forget every cached answer (they may hold data of the old
 * session) and keep only an anonymous session so the guard shows the sign-in page.
 */
export function endLocalSession(queryClient: QueryClient): void {
  const previous = queryClient.getQueryData<TSession>(SESSION_QUERY_KEY);
  setCsrfToken(null);
  lockOfflineStore();
  queryClient.cancelQueries().catch(() => undefined);
  queryClient.clear();
  queryClient.setQueryData<TSession>(SESSION_QUERY_KEY, {
    authenticated: false,
    demoMode: previous?.demoMode ?? false,
  });
}
