/**
 * Every key the app writes to localStorage or sessionStorage starts with this prefix, so
 * quick exit can remove exactly what the app left behind and nothing of other sites.
 */
export const APP_STORAGE_PREFIX = 'opennrm.';

function clearStorage(storage: Storage): void {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(APP_STORAGE_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

export function clearAppStorage(): void {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      clearStorage(window[name]);
    } catch {
      // Storage may be unavailable; nothing was stored then.
    }
  }
}
