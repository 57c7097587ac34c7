import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useLocalDrafts, useOfflineDraft, useOnline } from '../offline';
import { emptyScreeningDraft } from './draft';
import { submitFinishedDraft } from './submission';

function OutboxItem({ id }: { readonly id: string }): ReactNode {
  const queryClient = useQueryClient();
  const draft = useOfflineDraft('screening', id, emptyScreeningDraft);
  const { value, status, discard } = draft;
  const ready = status === 'synced' || status === 'saved_locally' || status === 'syncing';
  const finishedAt = value.finishedAt;

  useEffect(() => {
    if (!ready || finishedAt === undefined) return;
    void submitFinishedDraft(id, value, discard).then((result) => {
      if (result?.kind === 'sent') void queryClient.invalidateQueries({ queryKey: ['screenings'] });
    });
  }, [ready, finishedAt, id, value, discard, queryClient]);

  return null;
}

/**
 * Sends the screenings finished with no network as soon as the connection is back,
 * wherever the user is in the app. Renders nothing; mounted with the navigation for
 * users who may screen. A screening in conflict waits until the user has chosen.
 */
export function ScreeningOutbox(): ReactNode {
  const online = useOnline();
  const drafts = useLocalDrafts('screening');
  // Loads the screening pages now, while online, so a short screen can be done offline later.
  useEffect(() => {
    import('./pages').catch(() => undefined);
  }, []);
  if (!online) return null;
  return drafts
    .filter((draft) => draft.status !== 'locked' && draft.status !== 'conflict')
    .map((draft) => <OutboxItem key={draft.id} id={draft.id} />);
}
