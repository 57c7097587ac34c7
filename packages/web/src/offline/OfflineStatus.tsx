import { scopesFor } from '@opennrm/core';
import { type ReactNode, useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import type { TSession } from '../api/types';
import { actorFromSession } from '../session/permissions';
import { useOnline, useSyncSummary } from './hooks';
import { unlockOfflineStore } from './runtime';
import './offline.css';

/**
 * The header's offline indicator, for users who keep drafts: offline or not, how many
 * changes wait to be synced, conflicts to decide, or a locked store. It also opens the
 * store (fetches the key) once the user is signed in and online.
 */
export function OfflineStatus({ session }: { readonly session: TSession | undefined }): ReactNode {
  const ready = session?.authenticated === true && session.stage === 'ready';
  // Only users who keep drafts get the indicator (and an engine, which opens IndexedDB).
  if (!ready || scopesFor(actorFromSession(session), 'draft', 'update').length === 0) return null;
  // Keyed by user: another user signing in starts afresh (and unlocks with their key).
  return <SyncIndicator key={session.user.id} />;
}

function SyncIndicator(): ReactNode {
  const online = useOnline();
  const summary = useSyncSummary();

  useEffect(() => {
    if (!online) return;
    // A failure (offline again, session ended) leaves the store locked; the next chance retries.
    unlockOfflineStore().catch(() => undefined);
  }, [online]);

  const parts: ReactNode[] = [];
  if (!online) parts.push(<FormattedMessage key="offline" id="offline.status.offline" />);
  if (summary.locked && summary.stored > 0) {
    parts.push(<FormattedMessage key="locked" id="offline.status.locked" />);
  } else if (summary.ready) {
    if (summary.conflicts > 0)
      parts.push(
        <FormattedMessage
          key="conflicts"
          id="offline.status.conflicts"
          values={{ count: summary.conflicts }}
        />,
      );
    if (summary.waiting > 0) {
      parts.push(
        summary.syncing && online ? (
          <FormattedMessage key="syncing" id="offline.status.syncing" />
        ) : (
          <FormattedMessage key="waiting" id="offline.status.waiting" values={{ count: summary.waiting }} />
        ),
      );
    } else if (online && summary.conflicts === 0) {
      parts.push(<FormattedMessage key="synced" id="offline.status.synced" />);
    }
  }

  return (
    <p
      className={`offline-status${online ? '' : ' offline-status-offline'}`}
      role="status"
      aria-live="polite"
    >
      <span className="offline-status-parts">
        {parts.map((part, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts have a fixed order.
          <span key={index}>{part}</span>
        ))}
      </span>
    </p>
  );
}
