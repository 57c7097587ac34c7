import { COOPERATION_STATUSES, type CooperationStatus, ISO_COUNTRY_CODES } from '@opennrm/core';
import { type ReactNode, useState } from 'react';
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { isApiProblem } from '../api/problem';
import type { CaseDetail } from '../api/types';
import type { MessageId } from '../i18n/catalogues';
import { useLocale } from '../i18n/LocaleProvider';
import { countryName } from '../i18n/names';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { ConfirmModal } from '../ui/ActionDialog';
import { Notice, ProblemNotice } from '../ui/Alerts';
import { type Option, SelectInput, SingleCheckbox, TextInput } from '../ui/fields';
import { bodyOf, type FieldSpec, type FormState, initialState, KINDS, type KindSpec, NONE } from './kinds';
import { useCooperation, useLegalList, useRecordCooperation, useSaveRecord } from './queries';
import type { CooperationEntry } from './types';
import './legal.css';

/**
 * Case page: the legal module. What the person chose about criminal justice — their free
 * choice, which changes nothing about the help they receive — and the remedies they
 * pursue; a child's best-interests procedures and missing episodes on a child's case
 * only. Each part shows only when the reader's role and purpose on the team allow it
 * (the server answers "not found" otherwise, and nothing is shown).
 */
/** One list of each group tells whether the reader sees the group (same cache as the list itself). */
const RECORD_PROBE = KINDS.find((kind) => !kind.childOnly)?.path ?? '';
const CHILD_PROBE = KINDS.find((kind) => kind.childOnly)?.path ?? '';

export function CaseLegalSection({ item }: { readonly item: CaseDetail }): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const mayCooperation = permissions.canSome('cooperation', 'read');
  const mayRecords = permissions.canSome('legal_record', 'list');
  const cooperation = useCooperation(item.id, mayCooperation);
  const probe = useLegalList(item.id, RECORD_PROBE, mayRecords);
  const childProbe = useLegalList(item.id, CHILD_PROBE, mayRecords && item.isChild);
  const showCooperation = mayCooperation && cooperation.data != null;
  const showRecords = mayRecords && probe.data != null;
  const showChildren = mayRecords && item.isChild && childProbe.data != null;
  if (!showCooperation && !showRecords && !showChildren) return null;
  return (
    <section className="section legal-section" aria-labelledby="case-legal">
      <h2 id="case-legal">{t('legal.section.title')}</h2>
      {showCooperation && cooperation.data ? (
        <CooperationPanel
          caseId={item.id}
          current={cooperation.data.current}
          history={cooperation.data.history}
        />
      ) : null}
      <ProblemNotice error={cooperation.error} />
      {KINDS.filter((kind) => (kind.childOnly ? showChildren : showRecords)).map((kind) => (
        <RecordList key={kind.key} item={item} kind={kind} />
      ))}
    </section>
  );
}

// ---- cooperation with criminal justice

function CooperationPanel(props: {
  readonly caseId: string;
  readonly current: CooperationEntry | null;
  readonly history: readonly CooperationEntry[];
}): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const status = (s: CooperationStatus) => t(`legal.option.cooperation.${s}` as MessageId);
  return (
    <section className="legal-part" aria-labelledby="legal-cooperation">
      <h3 id="legal-cooperation">{t('legal.cooperation.title')}</h3>
      <Notice tone="info" live="off">
        <p>{t('legal.cooperation.unconditional')}</p>
      </Notice>
      <p>
        <strong>{t('legal.cooperation.current')}</strong>{' '}
        {props.current ? status(props.current.status) : t('legal.option.cooperation.not_discussed')}
      </p>
      {permissions.canSome('cooperation', 'create') ? (
        <CooperationDialog caseId={props.caseId} current={props.current?.status ?? null} />
      ) : null}
      {props.history.length > 0 ? (
        <>
          <h4 id="legal-cooperation-history">{t('legal.cooperation.history')}</h4>
          <ol className="legal-history" aria-labelledby="legal-cooperation-history">
            {props.history.map((entry) => (
              <li key={entry.id}>
                <FormattedDate value={entry.recordedAt} dateStyle="medium" timeStyle="short" /> —{' '}
                {status(entry.status)}{' '}
                <span className="muted">
                  ({t('legal.cooperation.recordedBy')} <bdi>{entry.recordedBy.name}</bdi>)
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function CooperationDialog(props: {
  readonly caseId: string;
  readonly current: CooperationStatus | null;
}): ReactNode {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  const [value, setValue] = useState<CooperationStatus | null>(null);
  const record = useRecordCooperation(props.caseId);
  const options: Option<CooperationStatus>[] = COOPERATION_STATUSES.map((s) => ({
    id: s,
    label: t(`legal.option.cooperation.${s}` as MessageId),
  }));
  return (
    <>
      <Button
        className="button button-secondary"
        onPress={() => {
          setValue(props.current);
          setOpen(true);
        }}
      >
        {t('legal.cooperation.record')}
      </Button>
      <ConfirmModal
        isOpen={isOpen}
        onClose={() => setOpen(false)}
        title={t('legal.cooperation.dialogTitle')}
        confirmLabel={t('legal.save')}
        action={() => {
          if (value === null) return Promise.reject(new Error(t('legal.problem.required')));
          return record.mutateAsync(value);
        }}
      >
        <p>{t('legal.cooperation.unconditional')}</p>
        <p>{t('legal.cooperation.appendOnly')}</p>
        <SelectInput
          id="legal-cooperation-status"
          name="status"
          label={t('legal.cooperation.status')}
          options={options}
          value={value}
          onChange={setValue}
          placeholder={t('legal.choose')}
          isRequired
        />
      </ConfirmModal>
    </>
  );
}

// ---- remedies, durable solutions, children's procedures

function RecordList({ item, kind }: { readonly item: CaseDetail; readonly kind: KindSpec }): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const list = useLegalList(item.id, kind.path, true);
  const headingId = `legal-${kind.key}`;
  if (list.data === null) return null;
  const mayCreate = permissions.canSome('legal_record', 'create');
  const mayUpdate = permissions.canSome('legal_record', 'update');
  const items = list.data?.items ?? [];
  return (
    <div className="legal-part">
      <h3 id={headingId}>{t(`legal.kind.${kind.key}.title` as MessageId)}</h3>
      <ProblemNotice error={list.error} />
      {list.data && items.length === 0 ? <p>{t('legal.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table table-dense" aria-labelledby={headingId}>
            <thead>
              <tr>
                {kind.fields.map((field) => (
                  <th key={field.name} scope="col">
                    {t(`legal.field.${field.name}` as MessageId)}
                  </th>
                ))}
                {mayUpdate ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('legal.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((record) => (
                <tr key={String(record.id)}>
                  {kind.fields.map((field) => (
                    <td key={field.name}>
                      <FieldValue field={field} record={record} />
                    </td>
                  ))}
                  {mayUpdate ? (
                    <td>
                      <RecordDialog item={item} kind={kind} record={record} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {mayCreate && list.data ? <RecordDialog item={item} kind={kind} record={null} /> : null}
    </div>
  );
}

function FieldValue({
  field,
  record,
}: {
  readonly field: FieldSpec;
  readonly record: Record<string, unknown>;
}): ReactNode {
  const t = useT();
  const { locale } = useLocale();
  const value = record[field.name];
  if (field.type === 'boolean') return value === true ? t('legal.yes') : t('legal.no');
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  const text = String(value);
  switch (field.type) {
    case 'choice':
      return t(`legal.option.${field.options}.${text}` as MessageId);
    case 'date':
      return <FormattedDate value={`${text}T00:00:00Z`} dateStyle="medium" timeZone="UTC" />;
    case 'datetime':
      return <FormattedDate value={text} dateStyle="medium" timeStyle="short" />;
    case 'money':
      return (
        <FormattedNumber value={Number(text)} style="currency" currency={String(record.currency ?? 'EUR')} />
      );
    case 'country':
      return countryName(locale, text);
    case 'organisation': {
      const org = record.providerOrganisation as { name?: string } | null | undefined;
      return <bdi>{org?.name ?? text}</bdi>;
    }
    default:
      return <bdi>{text}</bdi>;
  }
}

/** Field errors from a 400: `body.decidedOn` → the rule's code in words. */
function fieldErrors(error: unknown, t: (id: MessageId) => string): Record<string, string> {
  if (!isApiProblem(error)) return {};
  const out: Record<string, string> = {};
  for (const entry of error.errors) {
    const name = entry.path.replace(/^body\./, '').split('.')[0] ?? '';
    const known = /^[a-z_]+$/.test(entry.message);
    out[name] = known ? t(`legal.problem.${entry.message}` as MessageId) : t('legal.problem.invalid');
  }
  return out;
}

function RecordDialog(props: {
  readonly item: CaseDetail;
  readonly kind: KindSpec;
  readonly record: Record<string, unknown> | null;
}): ReactNode {
  const { item, kind, record } = props;
  const t = useT();
  const { locale } = useLocale();
  const [isOpen, setOpen] = useState(false);
  const [state, setState] = useState<FormState>(() => initialState(kind, record));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveRecord(item.id, kind.path);
  const title = t(`legal.kind.${kind.key}.${record ? 'edit' : 'add'}` as MessageId);
  const set = (name: string) => (value: string | boolean) => setState((s) => ({ ...s, [name]: value }));
  const formId = `legal-${kind.key}-${record ? String(record.id) : 'new'}`;

  const organisations: Option<string>[] = [
    { id: NONE, label: t('legal.none') },
    ...item.team.map((m) => ({ id: m.organisation.id, label: m.organisation.name })),
  ];
  const countries: Option<string>[] = [
    { id: NONE, label: t('legal.none') },
    ...ISO_COUNTRY_CODES.map((code) => ({ id: code, label: countryName(locale, code) })).sort((a, b) =>
      a.label.localeCompare(b.label, locale),
    ),
  ];

  const input = (field: FieldSpec): ReactNode => {
    const id = `${formId}-${field.name}`;
    const label = t(`legal.field.${field.name}` as MessageId);
    const error = errors[field.name];
    const value = state[field.name];
    const text = typeof value === 'string' ? value : '';
    switch (field.type) {
      case 'boolean':
        return (
          <SingleCheckbox
            name={field.name}
            label={label}
            isSelected={value === true}
            onChange={set(field.name)}
          />
        );
      case 'choice':
        return (
          <SelectInput
            id={id}
            name={field.name}
            label={label}
            options={field.values.map((v) => ({
              id: v,
              label: t(`legal.option.${field.options}.${v}` as MessageId),
            }))}
            value={text === '' ? null : text}
            onChange={set(field.name)}
            placeholder={t('legal.choose')}
            isRequired
            {...(error ? { error } : {})}
          />
        );
      case 'organisation':
      case 'country':
        return (
          <SelectInput
            id={id}
            name={field.name}
            label={label}
            options={field.type === 'country' ? countries : organisations}
            value={text === '' ? NONE : text}
            onChange={set(field.name)}
            placeholder={t('legal.none')}
            {...(error ? { error } : {})}
          />
        );
      case 'date':
      case 'datetime':
        return (
          <TextField
            id={id}
            name={field.name}
            value={text}
            onChange={set(field.name)}
            isInvalid={error !== undefined}
            isRequired={!field.optional}
            validationBehavior="aria"
            className="field legal-date"
          >
            <Label className="field-label">{label}</Label>
            <FieldError className="field-error">{error}</FieldError>
            <Input className="input" type={field.type === 'date' ? 'date' : 'datetime-local'} />
          </TextField>
        );
      default:
        return (
          <TextInput
            id={id}
            name={field.name}
            label={label}
            value={text}
            onChange={set(field.name)}
            inputMode={field.type === 'money' ? 'numeric' : 'text'}
            ltr
            {...(field.type === 'money' ? { description: t('legal.hint.money') } : {})}
            {...(field.type === 'currency' ? { description: t('legal.hint.currency'), maxLength: 3 } : {})}
            {...(error ? { error } : {})}
          />
        );
    }
  };

  return (
    <>
      <Button
        className="button button-secondary"
        onPress={() => {
          setState(initialState(kind, record));
          setErrors({});
          setOpen(true);
        }}
      >
        {record ? t('legal.edit') : title}
      </Button>
      <ConfirmModal
        isOpen={isOpen}
        onClose={() => setOpen(false)}
        title={title}
        confirmLabel={t('legal.save')}
        action={async () => {
          setErrors({});
          try {
            return await save.mutateAsync({
              recordId: record ? String(record.id) : null,
              body: bodyOf(kind, state),
            });
          } catch (error) {
            setErrors(fieldErrors(error, t));
            throw error;
          }
        }}
      >
        <div className="legal-form">
          {kind.fields.map((field) => (
            <div key={field.name}>{input(field)}</div>
          ))}
        </div>
      </ConfirmModal>
    </>
  );
}
