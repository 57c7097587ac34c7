import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../api/problem';

/**
 * No background refetching: every request restarts the server's idle clock, and a tab
 * left open must be allowed to time out. Answers are refetched when a page is opened.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failureCount, error) => {
          // A refusal or a missing record will not change by asking again.
          if (isApiProblem(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
