import { ISO_COUNTRY_CODES, ORGANISATION_KINDS, type OrganisationKind } from '@opennrm/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { api } from '../api/client';
import type { Organisation, OrganisationPatch } from '../api/types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { ProblemNotice } from '../ui/Alerts';
import { ComboInput } from '../ui/ComboInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectInput, SingleCheckbox, TextInput } from '../ui/fields';
import {
  type FieldErrors,
  fieldId,
  hasErrors,
  isFieldProblem,
  problemFieldNames,
  summaryItems,
} from '../ui/form-errors';

const FORM = 'organisation';
type Field = 'name' | 'kind' | 'country' | 'region' | 'contactEmail' | 'contactPhone';
const FIELDS: readonly Field[] = ['name', 'kind', 'country', 'region', 'contactEmail', 'contactPhone'];

type Values = {
  name: string;
  kind: OrganisationKind | null;
  country: string | null;
  region: string;
  contactEmail: string;
  contactPhone: string;
  active: boolean;
};

function initialValues(organisation: Organisation | undefined): Values {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? null,
    country: organisation?.country ?? null,
    region: organisation?.region ?? '',
    contactEmail: organisation?.contactEmail ?? '',
    contactPhone: organisation?.contactPhone ?? '',
    active: organisation?.active ?? true,
  };
}

/** Register an organisation, or change one ("existing"). `canSetActive`: only system administrators. */
export function OrganisationFormDialog({
  existing,
  canSetActive,
  onSaved,
}: {
  readonly existing?: Organisation;
  readonly canSetActive: boolean;
  readonly onSaved?: (organisation: Organisation) => void;
}): ReactNode {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  const title = t(existing ? 'organisation.edit.title' : 'organisation.create.title');
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className={existing ? 'button button-secondary' : 'button button-primary'}>
        {t(existing ? 'organisation.edit' : 'organisation.create')}
      </Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <OrganisationForm
            existing={existing}
            canSetActive={canSetActive}
            onCancel={() => setOpen(false)}
            onSaved={(organisation) => {
              setOpen(false);
              onSaved?.(organisation);
            }}
          />
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function OrganisationForm({
  existing,
  canSetActive,
  onCancel,
  onSaved,
}: {
  readonly existing: Organisation | undefined;
  readonly canSetActive: boolean;
  readonly onCancel: () => void;
  readonly onSaved: (organisation: Organisation) => void;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => initialValues(existing));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const kindOptions = ORGANISATION_KINDS.map((kind) => ({ id: kind, label: labels.organisationKind(kind) }));
  const countryOptions = useMemo(
    () =>
      ISO_COUNTRY_CODES.map((code) => ({ id: code as string, label: labels.country(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );

  const save = useMutation({
    mutationFn: (body: OrganisationPatch) =>
      existing
        ? api.patch<Organisation>(`/api/organisations/${encodeURIComponent(existing.id)}`, body)
        : api.post<Organisation>('/api/organisations', body),
    onSuccess: (organisation) => {
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
      void queryClient.invalidateQueries({ queryKey: ['organisation', organisation.id] });
      onSaved(organisation);
    },
    onError: (error) => {
      const next: FieldErrors<Field> = {};
      for (const name of problemFieldNames(error)) {
        if ((FIELDS as readonly string[]).includes(name)) next[name as Field] = t('form.invalidValue');
      }
      setErrors(next);
    },
  });

  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const next: FieldErrors<Field> = {};
    if (values.name.trim().length < 2) next.name = t('organisation.nameRequired');
    if (!values.kind) next.kind = t('organisation.kindRequired');
    if (!values.country) next.country = t('organisation.countryRequired');
    if (values.region.trim().length === 0) next.region = t('organisation.regionRequired');
    if (values.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.contactEmail.trim()))
      next.contactEmail = t('organisation.emailInvalid');
    setErrors(next);
    if (hasErrors(next) || !values.kind || !values.country) return;
    save.mutate({
      name: values.name.trim(),
      kind: values.kind,
      country: values.country,
      region: values.region.trim(),
      contactEmail: values.contactEmail.trim() || null,
      contactPhone: values.contactPhone.trim() || null,
      ...(existing && canSetActive ? { active: values.active } : {}),
    });
  };

  return (
    <>
      <ErrorSummary items={summaryItems(FORM, errors, FIELDS)} />
      {isFieldProblem(save.error, FIELDS) ? null : <ProblemNotice error={save.error} />}
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextInput
          id={fieldId(FORM, 'name')}
          name="name"
          label={t('organisation.name')}
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          maxLength={200}
          isRequired
          spellCheck
        />
        <SelectInput
          id={fieldId(FORM, 'kind')}
          name="kind"
          label={t('organisation.kind')}
          options={kindOptions}
          value={values.kind}
          onChange={set('kind')}
          error={errors.kind}
          placeholder={t('common.choose')}
          isRequired
        />
        <ComboInput
          id={fieldId(FORM, 'country')}
          name="country"
          label={t('organisation.country')}
          options={countryOptions}
          value={values.country}
          onChange={set('country')}
          error={errors.country}
          isRequired
        />
        <TextInput
          id={fieldId(FORM, 'region')}
          name="region"
          label={t('organisation.region')}
          description={t('organisation.regionHint')}
          value={values.region}
          onChange={set('region')}
          error={errors.region}
          maxLength={64}
          isRequired
        />
        <TextInput
          id={fieldId(FORM, 'contactEmail')}
          name="contactEmail"
          type="email"
          inputMode="email"
          label={t('organisation.contactEmail')}
          value={values.contactEmail}
          onChange={set('contactEmail')}
          error={errors.contactEmail}
          maxLength={254}
          ltr
        />
        <TextInput
          id={fieldId(FORM, 'contactPhone')}
          name="contactPhone"
          type="tel"
          inputMode="tel"
          label={t('organisation.contactPhone')}
          value={values.contactPhone}
          onChange={set('contactPhone')}
          error={errors.contactPhone}
          maxLength={40}
          ltr
        />
        {existing && canSetActive ? (
          <SingleCheckbox
            name="active"
            label={t('organisation.activeLabel')}
            isSelected={values.active}
            onChange={set('active')}
          />
        ) : null}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
            {t(existing ? 'common.saveChanges' : 'organisation.create.submit')}
          </Button>
          <Button className="button button-secondary" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </>
  );
}
