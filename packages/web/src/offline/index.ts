/**
 * Offline drafts (issue 3): screenings and referrals prepared with no network, kept in
 * this browser encrypted (AES-GCM, key derived from server key material and held in
 * memory only) and synced to `/api/drafts` with conflict detection.
 *
 * Usage:
 *   const draft = useOfflineDraft('screening', id, () => emptyScreening());
 *   if (draft.status === 'locked') return <DraftLockedNotice />;
 *   … draft.value, draft.update(next) …
 *   <ConflictDialog conflict={draft.conflict} renderVersion={summary} onResolve={draft.resolve} />
 *
 * Payloads must fit the server's schema for the kind (core `ZScreeningDraft`; a partial
 * `ZReferralDraft` for referrals, see server/src/drafts/schemas.ts): a refused payload stays
 * saved here and `rejected` is true.
 */
export { ConflictDialog } from './ConflictDialog';
export { DraftLockedNotice, DraftStatusText } from './DraftStatusText';
export type { LocalDraft, SyncSummary } from './engine';
export { type OfflineDraft, useLocalDrafts, useOfflineDraft, useOnline, useSyncSummary } from './hooks';
export { OfflineStatus } from './OfflineStatus';
export { lockOfflineStore } from './runtime';
export type { DraftConflict, DraftKind, DraftStatus } from './types';

/** A client-generated draft id; doubles as client_ref when the finished record is submitted. */
export function newDraftId(): string {
  return crypto.randomUUID();
}
