import {
  DISABILITY_TYPES,
  type DisabilityType,
  MIGRATION_STATUSES,
  type MigrationStatus,
  PERSON_LANGUAGES,
  VULNERABILITIES,
  type Vulnerability,
} from '@opennrm/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { Notice, ProblemNotice } from '../ui/Alerts';
import { ComboInput } from '../ui/ComboInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Checkboxes, SelectInput, TextInput } from '../ui/fields';
import { type FieldErrors, fieldId, summaryItems } from '../ui/form-errors';
import { useSpecialNeedsUpdate } from './case-file-queries';
import type { CaseFileDetail, SpecialNeeds } from './case-file-types';
import { useCaseFileWords } from './case-file-words';

const FORM = 'special-needs';
const NOT_ANSWERED = 'not_answered';
type Field = 'dependants';

/**
 * Demographics and special needs (EU art. 11(7)): plain, non-identifying on their own,
 * shown and changed only by those whose purpose on the team shows these sections.
 */
export function SpecialNeedsPanel({
  item,
  demographics,
  specialNeeds,
  mayEdit,
}: {
  readonly item: CaseFileDetail;
  readonly demographics: boolean;
  readonly specialNeeds: boolean;
  readonly mayEdit: boolean;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useCaseFileWords();
  const [saved, setSaved] = useState(false);
  const none = t('caseFile.needs.none');
  const list = (items: readonly string[]): string => (items.length > 0 ? labels.list(items) : none);
  const rows: [string, string][] = [
    ...(demographics
      ? ([
          [
            t('caseFile.needs.migrationStatus'),
            item.migrationStatus ? words.migrationStatus(item.migrationStatus) : t('common.notRecorded'),
          ],
          [t('caseFile.needs.languages'), list((item.languages ?? []).map(labels.language))],
          [
            t('caseFile.needs.preferredLanguage'),
            item.preferredLanguage ? labels.language(item.preferredLanguage) : t('common.notRecorded'),
          ],
        ] as [string, string][])
      : []),
    ...(specialNeeds
      ? ([
          [t('caseFile.needs.vulnerabilities'), list((item.vulnerabilities ?? []).map(words.vulnerability))],
          [t('caseFile.needs.disabilities'), list((item.disabilities ?? []).map(words.disability))],
          [
            t('caseFile.needs.dependants'),
            item.dependants === null || item.dependants === undefined
              ? t('common.notRecorded')
              : String(item.dependants),
          ],
        ] as [string, string][])
      : []),
  ];
  return (
    <section className="section" aria-labelledby="case-special-needs">
      <h2 id="case-special-needs">{t('caseFile.needs.title')}</h2>
      <p>{t('caseFile.needs.intro')}</p>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      {saved ? (
        <Notice tone="success">
          <p>{t('caseFile.needs.saved')}</p>
        </Notice>
      ) : null}
      {mayEdit ? (
        <EditSpecialNeeds
          item={item}
          demographics={demographics}
          specialNeeds={specialNeeds}
          onSaved={() => setSaved(true)}
        />
      ) : null}
    </section>
  );
}

function EditSpecialNeeds(props: {
  readonly item: CaseFileDetail;
  readonly demographics: boolean;
  readonly specialNeeds: boolean;
  readonly onSaved: () => void;
}): ReactNode {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary">{t('caseFile.needs.edit')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog dialog-wide">
          <Heading slot="title" className="dialog-title">
            {t('caseFile.needs.editTitle')}
          </Heading>
          <SpecialNeedsForm
            {...props}
            onCancel={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              props.onSaved();
            }}
          />
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function SpecialNeedsForm({
  item,
  demographics,
  specialNeeds,
  onCancel,
  onSaved,
}: {
  readonly item: CaseFileDetail;
  readonly demographics: boolean;
  readonly specialNeeds: boolean;
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const words = useCaseFileWords();
  const save = useSpecialNeedsUpdate(item.id, item.personId);
  const [migration, setMigration] = useState<MigrationStatus | typeof NOT_ANSWERED>(
    item.migrationStatus ?? NOT_ANSWERED,
  );
  const [vulnerabilities, setVulnerabilities] = useState<Vulnerability[]>([...(item.vulnerabilities ?? [])]);
  const [disabilities, setDisabilities] = useState<DisabilityType[]>([...(item.disabilities ?? [])]);
  const [dependants, setDependants] = useState(
    item.dependants === null || item.dependants === undefined ? '' : String(item.dependants),
  );
  const [languages, setLanguages] = useState<string[]>([...(item.languages ?? [])]);
  const [preferred, setPreferred] = useState<string | null>(item.preferredLanguage ?? null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const languageOptions = useMemo(
    () =>
      PERSON_LANGUAGES.map((code) => ({ id: code as string, label: labels.language(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    const count = dependants.trim() === '' ? null : Number(dependants.trim());
    if (specialNeeds && count !== null && (!Number.isInteger(count) || count < 0 || count > 50))
      found.dependants = t('caseFile.needs.dependantsError');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const patch: Partial<SpecialNeeds> = {
      ...(demographics
        ? {
            migrationStatus: migration === NOT_ANSWERED ? null : migration,
            languages,
            preferredLanguage: preferred,
          }
        : {}),
      ...(specialNeeds ? { vulnerabilities, disabilities, dependants: count } : {}),
    };
    save.mutate(patch, { onSuccess: onSaved });
  };

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <ErrorSummary items={summaryItems(FORM, errors, ['dependants'])} />
      {demographics ? (
        <>
          <SelectInput<MigrationStatus | typeof NOT_ANSWERED>
            id={fieldId(FORM, 'migration')}
            name="migrationStatus"
            label={t('caseFile.needs.migrationStatus')}
            placeholder={t('common.choose')}
            options={[
              { id: NOT_ANSWERED, label: t('caseFile.needs.notAnswered') },
              ...MIGRATION_STATUSES.map((s) => ({ id: s, label: words.migrationStatus(s) })),
            ]}
            value={migration}
            onChange={setMigration}
          />
          <div className="field">
            <p className="field-label" id={fieldId(FORM, 'languages-label')}>
              {t('caseFile.needs.languages')}
            </p>
            <ul className="case-file-chips" aria-labelledby={fieldId(FORM, 'languages-label')}>
              {languages.map((code) => (
                <li key={code}>
                  <bdi>{labels.language(code)}</bdi>
                  <Button
                    className="button button-quiet button-small"
                    aria-label={t('caseFile.needs.removeLanguage', { language: labels.language(code) })}
                    onPress={() => {
                      setLanguages(languages.filter((l) => l !== code));
                      if (preferred === code) setPreferred(null);
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </Button>
                </li>
              ))}
            </ul>
          </div>
          <ComboInput
            id={fieldId(FORM, 'add-language')}
            name="addLanguage"
            label={t('caseFile.needs.addLanguage')}
            options={languageOptions.filter((o) => !languages.includes(o.id))}
            value={null}
            onChange={(code) => {
              if (code && !languages.includes(code)) setLanguages([...languages, code]);
            }}
          />
          <ComboInput
            id={fieldId(FORM, 'preferred')}
            name="preferredLanguage"
            label={t('caseFile.needs.preferredLanguage')}
            options={languageOptions}
            value={preferred}
            onChange={setPreferred}
          />
        </>
      ) : null}
      {specialNeeds ? (
        <>
          <Checkboxes<Vulnerability>
            id={fieldId(FORM, 'vulnerabilities')}
            name="vulnerabilities"
            label={t('caseFile.needs.vulnerabilities')}
            options={VULNERABILITIES.map((v) => ({ id: v, label: words.vulnerability(v) }))}
            value={vulnerabilities}
            onChange={setVulnerabilities}
          />
          <Checkboxes<DisabilityType>
            id={fieldId(FORM, 'disabilities')}
            name="disabilities"
            label={t('caseFile.needs.disabilities')}
            options={DISABILITY_TYPES.map((d) => ({ id: d, label: words.disability(d) }))}
            value={disabilities}
            onChange={setDisabilities}
          />
          <TextInput
            id={fieldId(FORM, 'dependants')}
            name="dependants"
            label={t('caseFile.needs.dependants')}
            description={t('caseFile.needs.dependantsHint')}
            inputMode="numeric"
            value={dependants}
            onChange={setDependants}
            error={errors.dependants}
            maxLength={2}
          />
        </>
      ) : null}
      <ProblemNotice error={save.error} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('caseFile.needs.save')}
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
