import { type ReactNode, useId, useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import './offline.css';
import type { DraftConflict } from './types';

type Props<T> = {
  /** The conflict of `useOfflineDraft`; the dialog is open while there is one. */
  readonly conflict: DraftConflict<T> | null;
  /** A readable summary of one version (the same function renders both). */
  readonly renderVersion: (version: T) => ReactNode;
  readonly onResolve: (choice: 'mine' | 'theirs') => void;
};

/**
 * Two versions of a draft side by side, after someone else saved a newer one while this
 * one changed offline. Nothing has been overwritten; the user picks which to keep, or
 * decides later (the draft stays in conflict and is not synced until then).
 */
export function ConflictDialog<T>({ conflict, renderVersion, onResolve }: Props<T>): ReactNode {
  const intl = useIntl();
  const [laterFor, setLaterFor] = useState<number | null>(null);
  const headingId = useId();
  const isOpen = conflict !== null && laterFor !== conflict.theirsVersion;
  if (!conflict) return null;

  const values = {
    name: <bdi>{conflict.theirsUpdatedBy}</bdi>,
    date: intl.formatDate(conflict.theirsUpdatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
  };
  return (
    <Modal
      className="modal"
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => {
        if (!open) setLaterFor(conflict.theirsVersion);
      }}
    >
      <Dialog className="dialog dialog-wide">
        {({ close }) => (
          <>
            <Heading slot="title" className="dialog-title">
              <FormattedMessage id="offline.conflict.title" />
            </Heading>
            <p>
              <FormattedMessage
                id={conflict.theirsDeleted ? 'offline.conflict.deletedIntro' : 'offline.conflict.intro'}
                values={values}
              />
            </p>
            <div className="conflict-versions">
              <section className="conflict-version" aria-labelledby={`${headingId}-mine`}>
                <h3 id={`${headingId}-mine`}>
                  <FormattedMessage id="offline.conflict.mine" />
                </h3>
                <div className="conflict-version-body">{renderVersion(conflict.mine)}</div>
                <Button className="button button-primary" onPress={() => onResolve('mine')}>
                  <FormattedMessage
                    id={
                      conflict.theirsDeleted
                        ? 'offline.conflict.keepMineDeleted'
                        : 'offline.conflict.keepMine'
                    }
                  />
                </Button>
                {conflict.theirsDeleted ? null : (
                  <p className="conflict-version-hint">
                    <FormattedMessage id="offline.conflict.keepMineHint" />
                  </p>
                )}
              </section>
              <section className="conflict-version" aria-labelledby={`${headingId}-theirs`}>
                <h3 id={`${headingId}-theirs`}>
                  <FormattedMessage id="offline.conflict.theirs" values={{ name: values.name }} />
                </h3>
                <div className="conflict-version-body">
                  {conflict.theirsDeleted ? (
                    <p>
                      <FormattedMessage id="offline.conflict.deleted" />
                    </p>
                  ) : (
                    renderVersion(conflict.theirs)
                  )}
                </div>
                <Button className="button button-secondary" onPress={() => onResolve('theirs')}>
                  <FormattedMessage
                    id={
                      conflict.theirsDeleted ? 'offline.conflict.discardMine' : 'offline.conflict.keepTheirs'
                    }
                  />
                </Button>
                {conflict.theirsDeleted ? null : (
                  <p className="conflict-version-hint">
                    <FormattedMessage id="offline.conflict.keepTheirsHint" />
                  </p>
                )}
              </section>
            </div>
            <div className="button-row">
              <Button className="button button-quiet" onPress={close}>
                <FormattedMessage id="offline.conflict.later" />
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </Modal>
  );
}
