import { DraftEngine } from './engine';
import { browserStorage } from './storage';
import { httpTransport } from './transport';

/**
 * The one engine of the page, made on first use. `lockOfflineStore` never makes one:
 * quick exit and sign-out call it, and they must stay instant.
 */
let engine: DraftEngine | null = null;
let unlocking: Promise<void> | null = null;

export function draftEngine(): DraftEngine {
  if (!engine) {
    engine = new DraftEngine({
      storage: browserStorage(),
      transport: httpTransport,
      isOnline: () => navigator.onLine,
    });
    engine.start();
  }
  return engine;
}

/** For tests of components: use this engine instead of the browser one. */
export function setDraftEngineForTests(replacement: DraftEngine | null): void {
  engine = replacement;
  unlocking = null;
}

/**
 * Drops the key and everything decrypted; the encrypted records stay on the device.
 * Every way a session ends here calls it (sign-out, idle or expired session, quick exit).
 */
export function lockOfflineStore(): void {
  unlocking = null;
  engine?.lock();
}

/**
 * Fetches the signed-in user's key material (GET /api/drafts/key: signed in, second
 * factor passed) and opens their drafts. A user change always passes through
 * `lockOfflineStore`, so an open store is always the current user's.
 */
export function unlockOfflineStore(): Promise<void> {
  const current = draftEngine();
  if (current.unlocked) return Promise.resolve();
  if (unlocking) return unlocking;
  const promise: Promise<void> = current
    .ready()
    .then(() => httpTransport.fetchKey())
    .then(async (material) => {
      if (unlocking !== promise) return; // locked (signed out, quick exit) meanwhile
      await current.unlock(material);
    })
    .finally(() => {
      if (unlocking === promise) unlocking = null;
    });
  unlocking = promise;
  return promise;
}
