import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Notice } from '../ui/Alerts';
import { useOnline } from './hooks';
import type { DraftStatus } from './types';

const STATUS_MESSAGE = {
  loading: 'offline.draftStatus.loading',
  saved_locally: 'offline.draftStatus.saved_locally',
  syncing: 'offline.draftStatus.syncing',
  synced: 'offline.draftStatus.synced',
  conflict: 'offline.draftStatus.conflict',
  locked: 'offline.draftStatus.locked',
} as const satisfies Record<DraftStatus, string>;

/** Where a draft stands, in words (announced politely when it changes). */
export function DraftStatusText({
  status,
  rejected = false,
}: {
  readonly status: DraftStatus;
  readonly rejected?: boolean;
}): ReactNode {
  return (
    <p className="muted" role="status">
      <FormattedMessage id={rejected ? 'offline.draftStatus.rejected' : STATUS_MESSAGE[status]} />
    </p>
  );
}

/** Shown instead of a form while its draft is locked (after a reload, sign-out or quick exit). */
export function DraftLockedNotice(): ReactNode {
  const online = useOnline();
  return (
    <Notice tone="info" title={<FormattedMessage id="offline.locked.title" />}>
      <p>
        <FormattedMessage id="offline.locked.body" />
      </p>
      {online ? null : (
        <p>
          <FormattedMessage id="offline.locked.offline" />
        </p>
      )}
    </Notice>
  );
}
