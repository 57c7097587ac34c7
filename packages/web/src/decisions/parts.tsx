import type { DeadlineStatus } from '@opennrm/core';
import type { FormEvent, ReactNode } from 'react';
import { Button, Dialog, Form, Heading, Modal } from 'react-aria-components';
import { useT } from '../i18n/use-t';
import { Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary, type SummaryItem } from '../ui/ErrorSummary';
import { AttentionIcon, CheckIcon, InfoIcon } from '../ui/icons';
import { useDecisionWords } from './words';
import './decisions.css';

/** A deadline in words with an icon and a shape: never colour alone (WCAG 1.4.1). */
export function DeadlineBadge({ deadline }: { readonly deadline: DeadlineStatus | null }): ReactNode {
  const words = useDecisionWords();
  const Icon =
    deadline === 'overdue' || deadline === 'due_soon' ? AttentionIcon : deadline ? CheckIcon : InfoIcon;
  return (
    <span className={`decision-badge decision-badge-${deadline ?? 'none'}`}>
      <Icon />
      {words.deadline(deadline)}
    </span>
  );
}

/** A failed change: a refusal the module can explain in the reader's words, else the general notice. */
export function DecisionProblem({ error }: { readonly error: unknown }): ReactNode {
  const words = useDecisionWords();
  const text = words.refusal(error);
  if (!error) return null;
  if (text) {
    return (
      <Notice tone="attention" live="assertive">
        <p>{text}</p>
      </Notice>
    );
  }
  return <ProblemNotice error={error} />;
}

/**
 * A form in a modal dialog: title, error summary at the top (GOV.UK), the fields, and
 * the submit and cancel buttons. The caller validates and submits.
 */
export function FormDialog(props: {
  readonly isOpen: boolean;
  readonly onClose: () => void;
  readonly title: string;
  readonly intro?: ReactNode;
  readonly errors: readonly SummaryItem[];
  readonly problem: unknown;
  readonly pending: boolean;
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  readonly children: ReactNode;
}): ReactNode {
  const t = useT();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <Modal
      className="modal"
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open && !props.pending) props.onClose();
      }}
      isDismissable={!props.pending}
      isKeyboardDismissDisabled={props.pending}
    >
      <Dialog className="dialog dialog-wide">
        <Heading slot="title" className="dialog-title">
          {props.title}
        </Heading>
        {props.intro}
        <ErrorSummary items={props.errors} />
        <DecisionProblem error={props.problem} />
        <Form className="form" onSubmit={submit} validationBehavior="aria">
          {props.children}
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={props.pending}>
              {props.submitLabel}
            </Button>
            <Button className="button button-secondary" onPress={props.onClose} isDisabled={props.pending}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      </Dialog>
    </Modal>
  );
}
