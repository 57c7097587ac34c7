import { useSyncExternalStore } from 'react';

/**
 * Why the user is back on the sign-in page, shown there once. Kept in memory only:
 * it must not survive a reload or a quick exit.
 */
export type SignOutNotice = 'session-expired' | 'idle' | 'signed-out' | 'signed-out-everywhere';

let current: SignOutNotice | null = null;
const listeners = new Set<() => void>();

export function setSignOutNotice(notice: SignOutNotice | null): void {
  current = notice;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSignOutNotice(): SignOutNotice | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
