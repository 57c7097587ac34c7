import { GENDERS, type Gender, ISO_COUNTRY_CODES, isRegionCode, PERSON_LANGUAGES } from '@opennrm/core';
import { type ReactNode, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useLabels } from '../../i18n/labels';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/Alerts';
import { ComboInput } from '../../ui/ComboInput';
import { SelectInput, SingleCheckbox, TextInput } from '../../ui/fields';
import { fieldId } from '../../ui/form-errors';
import { FORM_ID, type StepProps } from './types';

/** Who the person is, as far as they want to say: every question may stay unanswered. */
export function PersonStep({
  value,
  update,
  options,
  child,
  errors,
  birthYearText,
  onBirthYearText,
}: StepProps & {
  readonly birthYearText: string;
  readonly onBirthYearText: (text: string) => void;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const person = value.person ?? {};
  const setPerson = (patch: Partial<NonNullable<typeof value.person>>) =>
    update({ person: { ...person, ...patch } });

  const countries = useMemo(
    () =>
      ISO_COUNTRY_CODES.map((code) => ({ id: code as string, label: labels.country(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );
  const languages = useMemo(
    () =>
      PERSON_LANGUAGES.map((code) => ({ id: code as string, label: labels.language(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );
  const regions = options.regions
    .filter(isRegionCode)
    .map((region) => ({ id: region, label: labels.region(region) }));

  return (
    <>
      <p>{t('referrals.person.intro')}</p>
      <TextInput
        id={fieldId(FORM_ID, 'name')}
        name="name"
        label={t('referrals.person.name')}
        description={t('referrals.person.nameHint')}
        value={person.name ?? ''}
        onChange={(name) => setPerson({ name })}
        maxLength={500}
        autoComplete="off"
      />
      <TextInput
        id={fieldId(FORM_ID, 'birthYear')}
        name="birthYear"
        label={t('person.birthYear')}
        description={t('referrals.person.birthYearHint')}
        value={birthYearText}
        onChange={onBirthYearText}
        inputMode="numeric"
        maxLength={4}
        ltr
        error={errors.birthYear}
        autoComplete="off"
      />
      <div className="field">
        <SingleCheckbox
          name="ageUncertain"
          label={t('referrals.person.ageUncertain')}
          isSelected={person.ageUncertain ?? false}
          onChange={(ageUncertain) => setPerson({ ageUncertain })}
        />
        <SingleCheckbox
          name="reasonsToBelieveChild"
          label={t('referrals.person.reasonsToBelieveChild')}
          isSelected={person.reasonsToBelieveChild ?? false}
          onChange={(reasonsToBelieveChild) => setPerson({ reasonsToBelieveChild })}
        />
      </div>
      {child ? (
        <Notice tone="info" title={t('referrals.person.childTitle')}>
          <p>{t('referrals.person.childText')}</p>
        </Notice>
      ) : null}
      <SelectInput<Gender>
        id={fieldId(FORM_ID, 'gender')}
        name="gender"
        label={t('referrals.person.gender')}
        placeholder={t('common.choose')}
        options={GENDERS.map((gender) => ({ id: gender, label: labels.gender(gender) }))}
        value={person.gender ?? 'unknown'}
        onChange={(gender) => setPerson({ gender })}
      />
      <ComboInput
        id={fieldId(FORM_ID, 'nationality')}
        name="nationality"
        label={t('referrals.person.nationality')}
        options={countries}
        value={person.nationality ?? null}
        onChange={(nationality) => setPerson({ nationality: nationality as typeof person.nationality })}
      />
      <ComboInput
        id={fieldId(FORM_ID, 'preferredLanguage')}
        name="preferredLanguage"
        label={t('person.preferredLanguage')}
        description={t('referrals.person.languageHint')}
        options={languages}
        value={person.preferredLanguage ?? null}
        onChange={(language) => setPerson({ preferredLanguage: language as typeof person.preferredLanguage })}
      />
      <TextInput
        id={fieldId(FORM_ID, 'contact')}
        name="contact"
        label={t('referrals.person.contact')}
        description={t('referrals.person.contactHint')}
        value={person.contact ?? ''}
        onChange={(contact) => setPerson({ contact })}
        maxLength={1000}
        autoComplete="off"
      />
      {regions.length > 0 ? (
        <SelectInput
          id={fieldId(FORM_ID, 'region')}
          name="region"
          label={t('referrals.person.region')}
          description={t('referrals.person.regionHint')}
          placeholder={t('common.choose')}
          options={regions}
          value={value.region ?? null}
          onChange={(region) => update({ region })}
        />
      ) : null}
    </>
  );
}
