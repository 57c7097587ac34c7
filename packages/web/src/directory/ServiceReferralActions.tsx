import { DECLINE_REASONS, type DeclineReason, SERVICE_OUTCOMES, type ServiceOutcome } from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { RadioInput, TextAreaInput } from '../decisions/fields';
import { useT } from '../i18n/use-t';
import { ActionDialog } from '../ui/ActionDialog';
import { ProblemNotice } from '../ui/Alerts';
import { useServiceReferralStep } from './ServiceQueries';
import type { ServiceReferral } from './ServiceTypes';
import { useDirectoryWords } from './ServiceWords';

/** The buttons for what the reader may do now (the server says which), each asking first. */
export function ReferralActions({ item }: { readonly item: ServiceReferral }): ReactNode {
  const t = useT();
  const step = useServiceReferralStep(item.id);
  if (item.actions.length === 0) return null;
  return (
    <div className="button-row">
      {item.actions.includes('accept') ? (
        <ActionDialog
          triggerLabel={t('directory.action.accept')}
          triggerClassName="button button-primary"
          title={t('directory.action.acceptTitle')}
          confirmLabel={t('directory.action.accept')}
          action={() => step.mutateAsync({ action: 'accept' })}
        >
          <p>{t('directory.action.acceptText')}</p>
        </ActionDialog>
      ) : null}
      {item.actions.includes('decline') ? <DeclineDialog item={item} /> : null}
      {item.actions.includes('start') ? (
        <ActionDialog
          triggerLabel={t('directory.action.start')}
          title={t('directory.action.startTitle')}
          confirmLabel={t('directory.action.start')}
          action={() => step.mutateAsync({ action: 'start' })}
        >
          <p>{t('directory.action.startText')}</p>
        </ActionDialog>
      ) : null}
      {item.actions.includes('end') ? <EndDialog item={item} /> : null}
      {item.actions.includes('withdraw') ? (
        <ActionDialog
          triggerLabel={t('directory.action.withdraw')}
          title={t('directory.action.withdrawTitle')}
          confirmLabel={t('directory.action.withdraw')}
          action={() => step.mutateAsync({ action: 'withdraw' })}
        >
          <p>{t('directory.action.withdrawText')}</p>
        </ActionDialog>
      ) : null}
    </div>
  );
}

function DeclineDialog({ item }: { readonly item: ServiceReferral }): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  const step = useServiceReferralStep(item.id);
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!reason) {
      setError(t('directory.action.declineError'));
      return;
    }
    setError(undefined);
    step.mutate(
      { action: 'decline', reason, note: note.trim() === '' ? null : note.trim() },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary">{t('directory.action.decline')}</Button>
      <Modal className="modal" isDismissable={!step.isPending}>
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('directory.action.declineTitle')}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <RadioInput<DeclineReason>
              id={`decline-${item.id}-reason`}
              name="reason"
              label={t('directory.action.declineReason')}
              description={t('directory.action.declineHint')}
              options={DECLINE_REASONS.map((value) => ({ id: value, label: words.declineReason(value) }))}
              value={reason}
              onChange={setReason}
              error={error}
              isRequired
            />
            <TextAreaInput
              id={`decline-${item.id}-note`}
              name="note"
              label={t('directory.action.declineNote')}
              value={note}
              onChange={setNote}
              maxLength={1000}
            />
            <ProblemNotice error={step.error} />
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={step.isPending}>
                {t('directory.action.decline')}
              </Button>
              <Button
                className="button button-secondary"
                onPress={() => setOpen(false)}
                isDisabled={step.isPending}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function EndDialog({ item }: { readonly item: ServiceReferral }): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  const step = useServiceReferralStep(item.id);
  const [isOpen, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<ServiceOutcome | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!outcome) {
      setError(t('directory.action.endError'));
      return;
    }
    setError(undefined);
    step.mutate({ action: 'end', outcome }, { onSuccess: () => setOpen(false) });
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary">{t('directory.action.end')}</Button>
      <Modal className="modal" isDismissable={!step.isPending}>
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('directory.action.endTitle')}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <RadioInput<ServiceOutcome>
              id={`end-${item.id}-outcome`}
              name="outcome"
              label={t('directory.action.endOutcome')}
              options={SERVICE_OUTCOMES.map((value) => ({ id: value, label: words.outcome(value) }))}
              value={outcome}
              onChange={setOutcome}
              error={error}
              isRequired
            />
            <ProblemNotice error={step.error} />
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={step.isPending}>
                {t('directory.action.end')}
              </Button>
              <Button
                className="button button-secondary"
                onPress={() => setOpen(false)}
                isDisabled={step.isPending}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
