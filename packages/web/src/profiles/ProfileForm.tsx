import { MINIMUM_RECOVERY_PERIOD_DAYS, ORGANISATION_KINDS } from '@opennrm/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button, FieldError, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { ProblemNotice } from '../ui/Alerts';
import { ComboInput } from '../ui/ComboInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Checkboxes, SelectInput, SingleCheckbox, TextInput } from '../ui/fields';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { AttentionIcon } from '../ui/icons';
import {
  DEFAULT_RG_OUTCOMES,
  definitionFrom,
  FIELD_ERRORS,
  FIELDS,
  type Field,
  type OutcomeRow,
  type ProfileFormValues,
  rowKey,
  rows,
  serverFields,
  validateDefinition,
  valuesOf,
} from './form-model';
import { usePublishProfile } from './queries';
import type { ProfileVersionView } from './types';
import { useProfileWords, WEEKDAYS } from './words';
import './profiles.css';

const FORM = 'profile';

function TextAreaField(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}): ReactNode {
  return (
    <TextField
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
      className="field"
    >
      <Label className="field-label">{props.label}</Label>
      <Text slot="description" className="field-hint">
        {props.description}
      </Text>
      <FieldError className="field-error">
        <AttentionIcon />
        <span className="visually-hidden">
          <FormattedMessage id="form.errorPrefix" />{' '}
        </span>
        {props.error}
      </FieldError>
      <TextArea className="input input-ltr profile-holidays" dir="ltr" rows={8} spellCheck={false} />
    </TextField>
  );
}

function OutcomeEditor({
  field,
  legend,
  value,
  onChange,
  error,
}: {
  readonly field: 'reasonableGroundsOutcomes' | 'conclusiveGroundsOutcomes';
  readonly legend: string;
  readonly value: readonly OutcomeRow[];
  readonly onChange: (rows: OutcomeRow[]) => void;
  readonly error: string | undefined;
}): ReactNode {
  const t = useT();
  const words = useProfileWords();
  const errorId = `${fieldId(FORM, field)}-error`;
  const update = (key: string, change: Partial<OutcomeRow>) =>
    onChange(value.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <fieldset
      id={fieldId(FORM, field)}
      className={`field profile-outcomes${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">{legend}</legend>
      <p className="field-hint">{t('profiles.form.outcomesHint')}</p>
      {error ? (
        <p className="field-error" id={errorId}>
          <AttentionIcon />
          <span className="visually-hidden">
            <FormattedMessage id="form.errorPrefix" />{' '}
          </span>
          {error}
        </p>
      ) : null}
      <ol className="profile-outcome-list">
        {value.map((row, index) => (
          <li key={row.key} className="profile-outcome">
            <TextInput
              id={`${fieldId(FORM, field)}-${row.key}`}
              name={`${field}.${index}.id`}
              label={t('profiles.form.outcomeId', { number: index + 1 })}
              description={t('profiles.form.outcomeLabel', {
                label: words.outcome({ id: row.id.trim(), labelKey: row.labelKey }),
              })}
              value={row.id}
              onChange={(id) =>
                update(row.key, {
                  id,
                  // A new id has no words of its own yet: it is shown as written.
                  labelKey: `profile.outcome.${id.trim()}`,
                })
              }
              maxLength={64}
              ltr
              isRequired
            />
            <SingleCheckbox
              name={`${field}.${index}.positive`}
              label={t('profiles.form.outcomePositive')}
              isSelected={row.positive}
              onChange={(positive) => update(row.key, { positive })}
            />
            <Button
              className="button button-quiet button-small"
              onPress={() => onChange(value.filter((other) => other.key !== row.key))}
            >
              {t('profiles.form.outcomeRemove', { number: index + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        className="button button-secondary button-small"
        onPress={() => onChange([...value, { key: rowKey(), id: '', positive: false, labelKey: '' }])}
      >
        {t('profiles.form.outcomeAdd')}
      </Button>
    </fieldset>
  );
}

/**
 * Edits the rules and publishes them as the next version of `base`. Checked in the
 * browser with the server's own rules (core), so every problem shows next to its field;
 * the server checks again and its answer is shown the same way.
 */
export function ProfileForm({
  base,
  onPublished,
  onCancel,
}: {
  readonly base: ProfileVersionView;
  readonly onPublished: (published: ProfileVersionView) => void;
  readonly onCancel: () => void;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const words = useProfileWords();
  const publish = usePublishProfile();
  const [values, setValues] = useState<ProfileFormValues>(() => valuesOf(base.definition));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const kindOptions = useMemo(
    () =>
      ORGANISATION_KINDS.map((kind) => ({ id: kind, label: labels.organisationKind(kind) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );
  const timeZoneOptions = useMemo(() => {
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    zones.add(base.definition.calendar.timeZone);
    return [...zones].sort().map((zone) => ({ id: zone, label: zone }));
  }, [base.definition.calendar.timeZone]);
  const weekdayOptions = WEEKDAYS.map((day) => ({ id: String(day), label: words.weekday(day) }));
  const stageOptions = [
    { id: '2' as const, label: t('profiles.stages.two') },
    { id: '1' as const, label: t('profiles.stages.one') },
  ];

  const set =
    <K extends keyof ProfileFormValues>(key: K) =>
    (value: ProfileFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  const messagesFor = (fields: readonly Field[]): FieldErrors<Field> =>
    Object.fromEntries(fields.map((field) => [field, t(FIELD_ERRORS[field])]));

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const definition = definitionFrom(base.definition, values);
    const checked = validateDefinition(definition, values);
    setErrors(messagesFor(checked.fields));
    if (!checked.profile) return;
    publish.mutate(checked.profile, {
      onSuccess: onPublished,
      onError: (error) => setErrors(messagesFor(serverFields(error))),
    });
  };

  const twoStages = values.decisionStages === '2';
  const order = FIELDS.filter((field) => twoStages || field !== 'reasonableGroundsOutcomes');

  return (
    <>
      <ErrorSummary items={summaryItems(FORM, errors, order)} />
      {hasErrors(errors) ? null : <ProblemNotice error={publish.error} />}
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <p>{t('profiles.form.intro', { version: base.version + 1 })}</p>
        <TextInput
          id={fieldId(FORM, 'name')}
          name="name"
          label={t('profiles.field.name')}
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          maxLength={200}
          isRequired
          spellCheck
        />
        <Checkboxes
          id={fieldId(FORM, 'referringKinds')}
          name="referringKinds"
          label={t('profiles.field.referringKinds')}
          description={t('profiles.form.referringKindsHint')}
          options={kindOptions}
          value={values.referringKinds}
          onChange={set('referringKinds')}
          error={errors.referringKinds}
          isRequired
        />
        <Checkboxes
          id={fieldId(FORM, 'decidingKinds')}
          name="decidingKinds"
          label={t('profiles.field.decidingKinds')}
          options={kindOptions}
          value={values.decidingKinds}
          onChange={set('decidingKinds')}
          error={errors.decidingKinds}
          isRequired
        />
        <SelectInput
          id={fieldId(FORM, 'decisionStages')}
          name="decisionStages"
          label={t('profiles.field.decisionStages')}
          options={stageOptions}
          value={values.decisionStages}
          onChange={(stages) =>
            setValues((current) => ({
              ...current,
              decisionStages: stages,
              reasonableGroundsOutcomes:
                stages === '2' && current.reasonableGroundsOutcomes.length === 0
                  ? rows(DEFAULT_RG_OUTCOMES)
                  : current.reasonableGroundsOutcomes,
            }))
          }
          error={errors.decisionStages}
          placeholder={t('common.choose')}
          isRequired
        />
        {twoStages ? (
          <TextInput
            id={fieldId(FORM, 'reasonableGroundsDeadlineWorkingDays')}
            name="reasonableGroundsDeadlineWorkingDays"
            label={t('profiles.field.reasonableGroundsDeadline')}
            description={t('profiles.form.reasonableGroundsDeadlineHint')}
            inputMode="numeric"
            value={values.reasonableGroundsDeadlineWorkingDays}
            onChange={set('reasonableGroundsDeadlineWorkingDays')}
            error={errors.reasonableGroundsDeadlineWorkingDays}
            maxLength={3}
            ltr
            isRequired
          />
        ) : null}
        <TextInput
          id={fieldId(FORM, 'recoveryPeriodDays')}
          name="recoveryPeriodDays"
          label={t('profiles.field.recoveryPeriodDays')}
          description={t('profiles.form.recoveryPeriodDaysHint', { minimum: MINIMUM_RECOVERY_PERIOD_DAYS })}
          inputMode="numeric"
          value={values.recoveryPeriodDays}
          onChange={set('recoveryPeriodDays')}
          error={errors.recoveryPeriodDays}
          maxLength={4}
          ltr
          isRequired
        />
        <TextInput
          id={fieldId(FORM, 'conclusiveAfterRecoveryDays')}
          name="conclusiveAfterRecoveryDays"
          label={t('profiles.field.conclusiveAfterRecoveryDays')}
          description={t('profiles.form.conclusiveAfterRecoveryDaysHint')}
          inputMode="numeric"
          value={values.conclusiveAfterRecoveryDays}
          onChange={set('conclusiveAfterRecoveryDays')}
          error={errors.conclusiveAfterRecoveryDays}
          maxLength={4}
          ltr
        />
        <TextInput
          id={fieldId(FORM, 'moveOnPeriodDays')}
          name="moveOnPeriodDays"
          label={t('profiles.field.moveOnPeriodDays')}
          inputMode="numeric"
          value={values.moveOnPeriodDays}
          onChange={set('moveOnPeriodDays')}
          error={errors.moveOnPeriodDays}
          maxLength={4}
          ltr
          isRequired
        />
        <TextInput
          id={fieldId(FORM, 'reminderDaysBefore')}
          name="reminderDaysBefore"
          label={t('profiles.field.reminderDaysBefore')}
          description={t('profiles.form.reminderDaysBeforeHint')}
          inputMode="numeric"
          value={values.reminderDaysBefore}
          onChange={set('reminderDaysBefore')}
          error={errors.reminderDaysBefore}
          maxLength={2}
          ltr
          isRequired
        />
        {twoStages ? (
          <OutcomeEditor
            field="reasonableGroundsOutcomes"
            legend={t('profiles.field.reasonableGroundsOutcomes')}
            value={values.reasonableGroundsOutcomes}
            onChange={set('reasonableGroundsOutcomes')}
            error={errors.reasonableGroundsOutcomes}
          />
        ) : null}
        <OutcomeEditor
          field="conclusiveGroundsOutcomes"
          legend={t('profiles.field.conclusiveGroundsOutcomes')}
          value={values.conclusiveGroundsOutcomes}
          onChange={set('conclusiveGroundsOutcomes')}
          error={errors.conclusiveGroundsOutcomes}
        />
        <ComboInput
          id={fieldId(FORM, 'timeZone')}
          name="timeZone"
          label={t('profiles.field.timeZone')}
          options={timeZoneOptions}
          value={values.timeZone}
          onChange={set('timeZone')}
          error={errors.timeZone}
          isRequired
        />
        <Checkboxes
          id={fieldId(FORM, 'weekend')}
          name="weekend"
          label={t('profiles.field.weekend')}
          description={t('profiles.form.weekendHint')}
          options={weekdayOptions}
          value={values.weekend}
          onChange={set('weekend')}
          error={errors.weekend}
        />
        <TextAreaField
          id={fieldId(FORM, 'holidays')}
          name="holidays"
          label={t('profiles.field.holidays')}
          description={t('profiles.form.holidaysHint')}
          value={values.holidays}
          onChange={set('holidays')}
          error={errors.holidays}
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={publish.isPending}>
            {t('profiles.form.publish', { version: base.version + 1 })}
          </Button>
          <Button className="button button-secondary" onPress={onCancel} isDisabled={publish.isPending}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </>
  );
}
