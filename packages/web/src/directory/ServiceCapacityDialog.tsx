import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useT } from '../i18n/use-t';
import { ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextInput } from '../ui/fields';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { useUpdateCapacity } from './ServiceQueries';
import type { Service } from './ServiceTypes';

const FORM = 'capacity';
type Field = 'total' | 'free' | 'waiting';
const FIELDS: readonly Field[] = ['total', 'free', 'waiting'];
const WHOLE = /^\d{1,6}$/;

/** The provider reports its capacity now; every report is kept with its date. */
export function ServiceCapacityDialog({ service }: { readonly service: Service }): ReactNode {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-primary">{t('directory.service.updateCapacity')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('directory.capacityForm.title')}
          </Heading>
          <CapacityForm service={service} onDone={() => setOpen(false)} />
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function CapacityForm({
  service,
  onDone,
}: {
  readonly service: Service;
  readonly onDone: () => void;
}): ReactNode {
  const t = useT();
  const update = useUpdateCapacity(service.id);
  const [values, setValues] = useState<Record<Field, string>>({
    total: service.capacity.total?.toString() ?? '',
    free: service.capacity.free?.toString() ?? '',
    waiting: service.capacity.waitingDays?.toString() ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    const parsed: Partial<Record<Field, number | null>> = {};
    for (const field of FIELDS) {
      const text = values[field].trim();
      if (text === '') parsed[field] = null;
      else if (WHOLE.test(text)) parsed[field] = Number(text);
      else found[field] = t('directory.capacityForm.error.number');
    }
    const total = parsed.total ?? null;
    const free = parsed.free ?? null;
    if (!found.free && !found.total && total !== null && free !== null && free > total)
      found.free = t('directory.capacityForm.error.freeAboveTotal');
    setErrors(found);
    if (hasErrors(found)) return;
    update.mutate(
      { capacityTotal: total, capacityFree: free, waitingDays: parsed.waiting ?? null },
      { onSuccess: onDone },
    );
  };

  const input = (field: Field, label: 'total' | 'free' | 'waiting') => (
    <TextInput
      id={fieldId(FORM, field)}
      name={field}
      inputMode="numeric"
      label={t(`directory.capacityForm.${label}`)}
      value={values[field]}
      onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
      error={errors[field]}
      maxLength={6}
    />
  );

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <p>{t('directory.capacityForm.intro')}</p>
      <ErrorSummary items={summaryItems(FORM, errors, FIELDS)} />
      {input('total', 'total')}
      {input('free', 'free')}
      {input('waiting', 'waiting')}
      <ProblemNotice error={update.error} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
          {t('directory.capacityForm.save')}
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
