import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { LOGIN_PATH } from './guard';
import { type SignOutNotice, setSignOutNotice } from './notice';
import { endLocalSession } from './session-query';

/**
 * Ends the session on the server (this one, or all of the user's sessions), then
 * forgets everything locally and returns to the sign-in page with a notice.
 */
export function useSignOut(): (scope?: 'this' | 'everywhere') => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (scope: 'this' | 'everywhere' = 'this'): Promise<void> => {
      const notice: SignOutNotice = scope === 'everywhere' ? 'signed-out-everywhere' : 'signed-out';
      if (scope === 'everywhere') {
        // Must succeed before we say so: the caller shows the problem otherwise.
        await api.post<void>('/api/auth/logout-everywhere');
      } else {
        try {
          await api.post<void>('/api/auth/logout');
        } catch {
          // Even when the server could not be told, nothing of the session stays on screen.
        }
      }
      endLocalSession(queryClient);
      setSignOutNotice(notice);
      await navigate(LOGIN_PATH, { replace: true });
    },
    [queryClient, navigate],
  );
}
