import { type ReactNode, useEffect, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { ProblemNotice } from './Alerts';

type ConfirmProps<T> = {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly action: () => Promise<T>;
  /** Shown after success instead of closing (e.g. a temporary password, shown once). */
  readonly result?: (value: T) => ReactNode;
  readonly onDone?: (value: T) => void;
};

/**
 * Asks before doing something that cannot simply be undone, then does it, showing any
 * problem inside the dialog. Escape or "Cancel" leave without acting. Controlled.
 */
export function ConfirmModal<T>(
  props: ConfirmProps<T> & { readonly isOpen: boolean; readonly onClose: () => void },
): ReactNode {
  const intl = useIntl();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<{ value: T } | null>(null);
  const { isOpen, onClose, onDone } = props;

  useEffect(() => {
    if (isOpen) {
      setError(null);
      setOutcome(null);
    }
  }, [isOpen]);

  const close = (): void => {
    if (pending) return;
    if (outcome) onDone?.(outcome.value);
    onClose();
  };

  const confirm = (): void => {
    setPending(true);
    setError(null);
    props
      .action()
      .then((value) => {
        if (props.result) setOutcome({ value });
        else {
          onDone?.(value);
          onClose();
        }
      })
      .catch(setError)
      .finally(() => setPending(false));
  };

  return (
    <Modal
      className="modal"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      isDismissable={!pending}
      isKeyboardDismissDisabled={pending}
    >
      <Dialog role="alertdialog" className="dialog">
        <Heading slot="title" className="dialog-title">
          {props.title}
        </Heading>
        {outcome && props.result ? (
          <>
            {props.result(outcome.value)}
            <div className="button-row">
              <Button className="button button-primary" onPress={close} autoFocus>
                {intl.formatMessage({ id: 'common.done' })}
              </Button>
            </div>
          </>
        ) : (
          <>
            {props.children}
            <ProblemNotice error={error} />
            <div className="button-row">
              <Button className="button button-primary" onPress={confirm} isDisabled={pending}>
                {props.confirmLabel}
              </Button>
              <Button className="button button-secondary" onPress={close} isDisabled={pending} autoFocus>
                {intl.formatMessage({ id: 'common.cancel' })}
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </Modal>
  );
}

/** A button that opens a ConfirmModal. */
export function ActionDialog<T>(
  props: ConfirmProps<T> & {
    readonly triggerLabel: string;
    readonly triggerClassName?: string;
  },
): ReactNode {
  const [isOpen, setOpen] = useState(false);
  const { triggerLabel, triggerClassName, ...confirm } = props;
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className={triggerClassName ?? 'button button-secondary'}>{triggerLabel}</Button>
      <ConfirmModal {...confirm} isOpen={isOpen} onClose={() => setOpen(false)} />
    </DialogTrigger>
  );
}
