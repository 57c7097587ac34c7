import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { quickExit, reloadWhenRestoredFromCache } from './quick-exit';

/** Two presses of Esc within this window leave the app. */
export const DOUBLE_ESCAPE_WINDOW_MS = 1000;

/**
 * Listens for Esc pressed twice within a second, anywhere in the app (also inside
 * dialogs: the listener runs in the capture phase, before widgets stop the event).
 * Returns the exit function for the visible "Quick exit" button.
 */
export function useQuickExit(): () => void {
  const queryClient = useQueryClient();
  const lastEscapeAt = useRef<number | null>(null);
  const exit = useCallback(() => quickExit(queryClient), [queryClient]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.repeat) return;
      const now = Date.now();
      const previous = lastEscapeAt.current;
      lastEscapeAt.current = now;
      if (previous !== null && now - previous <= DOUBLE_ESCAPE_WINDOW_MS) {
        lastEscapeAt.current = null;
        exit();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    const stopWatchingCache = reloadWhenRestoredFromCache();
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      stopWatchingCache();
    };
  }, [exit]);

  return exit;
}
