import type { QueryClient } from '@tanstack/react-query';
import { getCsrfToken, setCsrfToken } from '../api/client';
import { lockOfflineStore } from '../offline/runtime';
import { clearAppStorage } from './app-storage';

/** Used when index.html carries no <meta name="opennrm-quick-exit">. */
export const DEFAULT_NEUTRAL_URL = 'https://www.google.com/search?q=weather+forecast';

const LOGOUT_PATH = '/api/auth/logout';

/** The neutral page configured in index.html; only http(s) URLs are accepted. */
export function neutralUrl(doc: Document = document): string {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="opennrm-quick-exit"]')?.content?.trim();
  if (!content) return DEFAULT_NEUTRAL_URL;
  try {
    const url = new URL(content);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : DEFAULT_NEUTRAL_URL;
  } catch {
    return DEFAULT_NEUTRAL_URL;
  }
}

function endServerSession(csrfToken: string | null): void {
  // The beacon survives the page being replaced; the server accepts it without CSRF
  // for logout only. The keepalive fetch is a second chance where beacons are blocked.
  try {
    navigator.sendBeacon?.(LOGOUT_PATH);
  } catch {
    // Ignored: the fetch below still runs.
  }
  if (csrfToken === null) return;
  try {
    void fetch(LOGOUT_PATH, {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'x-csrf-token': csrfToken },
    }).catch(() => undefined);
  } catch {
    // Ignored: leaving quickly matters more than confirming the logout.
  }
}

/**
 * Leave at once: hide the page, end the session on the server, forget everything the
 * app held in memory and storage, and replace this history entry with a neutral page
 * so "back" does not return to the app.
 */
export function quickExit(queryClient: QueryClient): void {
  if (typeof document !== 'undefined' && document.body) document.body.hidden = true;
  const csrfToken = getCsrfToken();
  endServerSession(csrfToken);
  setCsrfToken(null);
  // Drops the drafts' key (synchronous); the encrypted drafts stay, unreadable.
  lockOfflineStore();
  queryClient.cancelQueries().catch(() => undefined);
  queryClient.clear();
  clearAppStorage();
  window.location.replace(neutralUrl());
}

/**
 * A page restored from the back/forward cache would show what was on screen before;
 * reload it instead so the (ended) session is checked again.
 */
export function reloadWhenRestoredFromCache(): () => void {
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) window.location.reload();
  };
  window.addEventListener('pageshow', onPageShow);
  return () => window.removeEventListener('pageshow', onPageShow);
}
