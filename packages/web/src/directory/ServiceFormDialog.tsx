import {
  DISABILITY_TYPES,
  type DisabilityType,
  PERSON_LANGUAGES,
  SERVICE_GENDERS,
  SERVICE_KINDS,
  type ServiceGender,
  type ServiceKind,
} from '@opennrm/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { TextAreaInput } from '../decisions/fields';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { ProblemNotice } from '../ui/Alerts';
import { ComboInput } from '../ui/ComboInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Checkboxes, SelectInput, SingleCheckbox, TextInput } from '../ui/fields';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { useSaveService } from './ServiceQueries';
import type { Service, ServiceInput } from './ServiceTypes';
import { useDirectoryWords } from './ServiceWords';

const FORM = 'service';
type Field = 'kind' | 'name' | 'minAge' | 'maxAge' | 'contactEmail';
const FIELDS: readonly Field[] = ['kind', 'name', 'minAge', 'maxAge', 'contactEmail'];

type Values = {
  kind: ServiceKind | null;
  name: string;
  description: string;
  regions: string;
  languages: string[];
  genders: ServiceGender[];
  minAge: string;
  maxAge: string;
  lgbtiSafe: boolean;
  accessibility: DisabilityType[];
  acceptsWithoutStatus: boolean;
  openingHours: string;
  contactPhone: string;
  contactEmail: string;
  active: boolean;
};

const AGE = /^\d{1,3}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Add a service of my organisation, or change one ("existing"), as its provider. */
export function ServiceFormDialog({
  existing,
  onSaved,
}: {
  readonly existing?: Service;
  readonly onSaved?: (service: Service) => void;
}): ReactNode {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className={existing ? 'button button-secondary' : 'button button-primary'}>
        {t(existing ? 'directory.service.edit' : 'directory.services.add')}
      </Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {t(existing ? 'directory.form.editTitle' : 'directory.form.addTitle')}
          </Heading>
          <ServiceForm
            existing={existing}
            onCancel={() => setOpen(false)}
            onSaved={(service) => {
              setOpen(false);
              onSaved?.(service);
            }}
          />
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function ServiceForm({
  existing,
  onCancel,
  onSaved,
}: {
  readonly existing: Service | undefined;
  readonly onCancel: () => void;
  readonly onSaved: (service: Service) => void;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const words = useDirectoryWords();
  const save = useSaveService(existing?.id ?? null);
  const [values, setValues] = useState<Values>(() => ({
    kind: existing?.kind ?? null,
    name: existing?.name ?? '',
    description: existing?.description ?? '',
    regions: (existing?.regions ?? []).map((code) => labels.region(code)).join(', '),
    languages: [...(existing?.languages ?? [])],
    genders: (existing?.genders ?? []).filter((g): g is ServiceGender =>
      (SERVICE_GENDERS as readonly string[]).includes(g),
    ),
    minAge: existing?.minAge?.toString() ?? '',
    maxAge: existing?.maxAge?.toString() ?? '',
    lgbtiSafe: existing?.lgbtiSafe ?? false,
    accessibility: (existing?.accessibility ?? []).filter((d): d is DisabilityType =>
      (DISABILITY_TYPES as readonly string[]).includes(d),
    ),
    acceptsWithoutStatus: existing?.acceptsWithoutStatus ?? true,
    openingHours: existing?.openingHours ?? '',
    contactPhone: existing?.contactPhone ?? '',
    contactEmail: existing?.contactEmail ?? '',
    active: existing?.active ?? true,
  }));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]): void =>
    setValues((current) => ({ ...current, [key]: value }));
  const languageOptions = useMemo(
    () =>
      PERSON_LANGUAGES.filter((code) => !values.languages.includes(code))
        .map((code) => ({ id: code as string, label: labels.language(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, intl.locale)),
    [labels, intl.locale, values.languages],
  );

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!values.kind) found.kind = t('directory.form.error.kind');
    if (values.name.trim().length < 2) found.name = t('directory.form.error.name');
    for (const field of ['minAge', 'maxAge'] as const) {
      const text = values[field].trim();
      if (text !== '' && (!AGE.test(text) || Number(text) > 120))
        found[field] = t('directory.form.error.age');
    }
    if (!found.minAge && !found.maxAge && values.minAge.trim() !== '' && values.maxAge.trim() !== '') {
      if (Number(values.maxAge) < Number(values.minAge)) found.maxAge = t('directory.form.error.ageOrder');
    }
    if (values.contactEmail.trim() !== '' && !EMAIL.test(values.contactEmail.trim()))
      found.contactEmail = t('directory.form.error.email');
    setErrors(found);
    if (hasErrors(found) || !values.kind) return;
    const regions = values.regions
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
      .map((part) => labels.regionCode(part));
    const input: ServiceInput = {
      kind: values.kind,
      name: values.name.trim(),
      description: blankToNull(values.description),
      regions: [...new Set(regions)],
      languages: values.languages,
      genders: values.genders,
      minAge: values.minAge.trim() === '' ? null : Number(values.minAge),
      maxAge: values.maxAge.trim() === '' ? null : Number(values.maxAge),
      lgbtiSafe: values.lgbtiSafe,
      accessibility: values.accessibility,
      acceptsWithoutStatus: values.acceptsWithoutStatus,
      openingHours: blankToNull(values.openingHours),
      contactPhone: blankToNull(values.contactPhone),
      contactEmail: blankToNull(values.contactEmail),
      ...(existing ? { active: values.active } : {}),
    };
    save.mutate(input, { onSuccess: onSaved });
  };

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <ErrorSummary items={summaryItems(FORM, errors, FIELDS)} />
      <SelectInput<ServiceKind>
        id={fieldId(FORM, 'kind')}
        name="kind"
        label={t('directory.form.kind')}
        placeholder={t('common.choose')}
        options={SERVICE_KINDS.map((kind) => ({ id: kind, label: words.kind(kind) }))}
        value={values.kind}
        onChange={(kind) => set('kind', kind)}
        error={errors.kind}
        isRequired
      />
      <TextInput
        id={fieldId(FORM, 'name')}
        name="name"
        label={t('directory.form.name')}
        value={values.name}
        onChange={(name) => set('name', name)}
        error={errors.name}
        maxLength={200}
        isRequired
        spellCheck
      />
      <TextAreaInput
        id={fieldId(FORM, 'description')}
        name="description"
        label={t('directory.form.description')}
        value={values.description}
        onChange={(description) => set('description', description)}
        maxLength={2000}
      />
      <TextInput
        id={fieldId(FORM, 'regions')}
        name="regions"
        label={t('directory.form.regions')}
        description={t('directory.form.regionsHint')}
        value={values.regions}
        onChange={(regions) => set('regions', regions)}
        maxLength={500}
      />
      <fieldset className="field service-fieldset">
        <legend className="field-label">{t('directory.form.languages')}</legend>
        {values.languages.length > 0 ? (
          <ul className="service-languages">
            {values.languages.map((code) => (
              <li key={code}>
                <span lang={code}>{labels.language(code)}</span>
                <Button
                  className="button button-quiet button-small"
                  aria-label={t('directory.form.removeLanguage', { language: labels.language(code) })}
                  onPress={() =>
                    set(
                      'languages',
                      values.languages.filter((other) => other !== code),
                    )
                  }
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('directory.none')}</p>
        )}
        <ComboInput
          id={fieldId(FORM, 'language')}
          name="language"
          label={t('directory.form.addLanguage')}
          options={languageOptions}
          value={null}
          onChange={(code) => {
            if (code && !values.languages.includes(code)) set('languages', [...values.languages, code]);
          }}
        />
      </fieldset>
      <Checkboxes<ServiceGender>
        id={fieldId(FORM, 'genders')}
        name="genders"
        label={t('directory.form.genders')}
        description={t('directory.form.gendersHint')}
        options={SERVICE_GENDERS.map((gender) => ({ id: gender, label: words.gender(gender) }))}
        value={values.genders}
        onChange={(genders) => set('genders', genders)}
      />
      <TextInput
        id={fieldId(FORM, 'minAge')}
        name="minAge"
        inputMode="numeric"
        label={t('directory.form.minAge')}
        value={values.minAge}
        onChange={(minAge) => set('minAge', minAge)}
        error={errors.minAge}
        maxLength={3}
      />
      <TextInput
        id={fieldId(FORM, 'maxAge')}
        name="maxAge"
        inputMode="numeric"
        label={t('directory.form.maxAge')}
        value={values.maxAge}
        onChange={(maxAge) => set('maxAge', maxAge)}
        error={errors.maxAge}
        maxLength={3}
      />
      <Checkboxes<DisabilityType>
        id={fieldId(FORM, 'accessibility')}
        name="accessibility"
        label={t('directory.form.accessibility')}
        options={DISABILITY_TYPES.map((type) => ({ id: type, label: words.disability(type) }))}
        value={values.accessibility}
        onChange={(accessibility) => set('accessibility', accessibility)}
      />
      <div className="field">
        <SingleCheckbox
          name="lgbtiSafe"
          label={t('directory.form.lgbtiSafe')}
          isSelected={values.lgbtiSafe}
          onChange={(on) => set('lgbtiSafe', on)}
        />
        <SingleCheckbox
          name="acceptsWithoutStatus"
          label={t('directory.form.withoutStatus')}
          isSelected={values.acceptsWithoutStatus}
          onChange={(on) => set('acceptsWithoutStatus', on)}
        />
      </div>
      <TextInput
        id={fieldId(FORM, 'openingHours')}
        name="openingHours"
        label={t('directory.form.hours')}
        value={values.openingHours}
        onChange={(openingHours) => set('openingHours', openingHours)}
        maxLength={500}
      />
      <TextInput
        id={fieldId(FORM, 'contactPhone')}
        name="contactPhone"
        type="tel"
        label={t('directory.form.phone')}
        value={values.contactPhone}
        onChange={(contactPhone) => set('contactPhone', contactPhone)}
        maxLength={40}
        ltr
      />
      <TextInput
        id={fieldId(FORM, 'contactEmail')}
        name="contactEmail"
        type="email"
        label={t('directory.form.email')}
        value={values.contactEmail}
        onChange={(contactEmail) => set('contactEmail', contactEmail)}
        error={errors.contactEmail}
        maxLength={254}
        ltr
      />
      {existing ? (
        <div className="field">
          <SingleCheckbox
            name="active"
            label={t('directory.form.active')}
            isSelected={values.active}
            onChange={(on) => set('active', on)}
          />
        </div>
      ) : null}
      <ProblemNotice error={save.error} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('directory.form.save')}
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
