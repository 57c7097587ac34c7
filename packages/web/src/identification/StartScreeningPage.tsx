import {
  SCREENING_LANGUAGES,
  type ScreenDepth,
  type ScreeningLanguage,
  type ScreeningMode,
  screeningLanguage,
} from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLabels } from '../i18n/labels';
import { languageEndonym } from '../i18n/names';
import { useT } from '../i18n/use-t';
import { DraftLockedNotice, newDraftId, useOfflineDraft, useOnline } from '../offline';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SingleCheckbox, TextInput } from '../ui/fields';
import { fieldId, summaryItems } from '../ui/form-errors';
import { Page } from '../ui/Page';
import { emptyScreeningDraft, newScreeningDraft, parseBirthYear } from './draft';
import { ChoiceField } from './fields';
import { useScreening, useStartScreening } from './queries';

const FORM_ID = 'screening-start';
type Field = 'depth' | 'language' | 'mode' | 'birthYear';

function LanguageAndMode({
  language,
  mode,
  onLanguage,
  onMode,
}: {
  readonly language: ScreeningLanguage;
  readonly mode: ScreeningMode;
  readonly onLanguage: (value: ScreeningLanguage) => void;
  readonly onMode: (value: ScreeningMode) => void;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  return (
    <>
      <ChoiceField
        id={fieldId(FORM_ID, 'language')}
        name="language"
        label={t('identification.start.language')}
        description={t('identification.start.languageHint')}
        options={SCREENING_LANGUAGES.map((code) => ({
          id: code,
          label: labels.language(code),
          hint: languageEndonym(code),
        }))}
        value={language}
        onChange={onLanguage}
      />
      <ChoiceField
        id={fieldId(FORM_ID, 'mode')}
        name="mode"
        label={t('identification.start.mode')}
        options={[
          { id: 'worker', label: t('identification.start.mode.worker') },
          { id: 'person_facing', label: t('identification.start.mode.person_facing') },
        ]}
        value={mode}
        onChange={onMode}
      />
    </>
  );
}

/**
 * A new screening. A short screen is kept in an offline draft from the first moment, so
 * it works with no network; a full screen (about a hundred questions) is kept on the
 * server and needs a connection.
 */
function StartNewScreening(): ReactNode {
  const intl = useIntl();
  const t = useT();
  const navigate = useNavigate();
  const online = useOnline();
  const start = useStartScreening();
  const [draftId] = useState(newDraftId);
  const draft = useOfflineDraft('screening', draftId, emptyScreeningDraft);
  const [depth, setDepth] = useState<ScreenDepth>('short');
  const [language, setLanguage] = useState<ScreeningLanguage>(screeningLanguage(intl.locale) ?? 'en');
  const [mode, setMode] = useState<ScreeningMode>('worker');
  const [birthYear, setBirthYear] = useState('');
  const [ageUncertain, setAgeUncertain] = useState(false);
  const [reasonsToBelieveChild, setReasonsToBelieveChild] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  if (draft.status === 'loading') return <Loading />;
  if (draft.status === 'locked') return <DraftLockedNotice />;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const now = new Date();
    const year = parseBirthYear(birthYear, now);
    if (!year.ok) {
      setErrors({ birthYear: t('identification.start.birthYearInvalid') });
      return;
    }
    setErrors({});
    if (depth === 'full') {
      start.mutate(
        {
          depth,
          mode,
          language,
          person: { birthYear: year.value, ageUncertain, reasonsToBelieveChild, gender: null },
        },
        { onSuccess: (detail) => void navigate(`/screenings/${detail.id}`, { replace: true }) },
      );
      return;
    }
    draft.update(
      newScreeningDraft({ mode, language, birthYear: year.value, ageUncertain, reasonsToBelieveChild }, now),
    );
    void navigate(`/screenings/draft/${draftId}`, { replace: true });
  };

  return (
    <form id={FORM_ID} className="form" noValidate onSubmit={submit}>
      <ErrorSummary items={summaryItems(FORM_ID, errors, ['depth', 'language', 'mode', 'birthYear'])} />
      <ProblemNotice error={start.error} />
      <ChoiceField
        id={fieldId(FORM_ID, 'depth')}
        name="depth"
        label={t('identification.start.depth')}
        options={[
          { id: 'short', label: t('identification.start.depth.short') },
          { id: 'full', label: t('identification.start.depth.full') },
        ]}
        value={depth}
        onChange={setDepth}
      />
      {depth === 'full' && !online ? (
        <Notice tone="attention">
          <p>{t('identification.start.offlineFull')}</p>
        </Notice>
      ) : null}
      <LanguageAndMode language={language} mode={mode} onLanguage={setLanguage} onMode={setMode} />
      <fieldset className="screening-fieldset">
        <legend className="field-label">{t('identification.start.age')}</legend>
        <p className="field-hint">{t('identification.start.childHint')}</p>
        <TextInput
          id={fieldId(FORM_ID, 'birthYear')}
          name="birthYear"
          label={t('identification.start.birthYear')}
          description={t('identification.start.birthYearHint')}
          value={birthYear}
          onChange={setBirthYear}
          inputMode="numeric"
          maxLength={4}
          ltr
          error={errors.birthYear}
        />
        <SingleCheckbox
          name="ageUncertain"
          label={t('identification.start.ageUncertain')}
          isSelected={ageUncertain}
          onChange={setAgeUncertain}
        />
        <SingleCheckbox
          name="reasonsToBelieveChild"
          label={t('identification.start.reasonsToBelieveChild')}
          isSelected={reasonsToBelieveChild}
          onChange={setReasonsToBelieveChild}
        />
      </fieldset>
      <div className="button-row">
        <Button
          type="submit"
          className="button button-primary"
          isDisabled={(depth === 'full' && !online) || start.isPending}
        >
          {t('identification.start.submit')}
        </Button>
        <Link to="/screenings" className="button button-quiet">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** A full screen continuing a short one: started on the server, which carries the answers over. */
function StartFullScreen({ parentId }: { readonly parentId: string }): ReactNode {
  const t = useT();
  const navigate = useNavigate();
  const online = useOnline();
  const parent = useScreening(parentId);
  const start = useStartScreening();
  const [language, setLanguage] = useState<ScreeningLanguage | null>(null);
  const [mode, setMode] = useState<ScreeningMode>('worker');

  if (parent.isPending) return <Loading />;
  if (parent.error || !parent.data) return <ProblemNotice error={parent.error} />;
  const chosen = language ?? parent.data.language;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    start.mutate(
      { depth: 'full', mode, language: chosen, parentId },
      { onSuccess: (detail) => void navigate(`/screenings/${detail.id}`, { replace: true }) },
    );
  };

  return (
    <form id={FORM_ID} className="form" noValidate onSubmit={submit}>
      {online ? null : (
        <Notice tone="attention">
          <p>{t('identification.start.offlineFull')}</p>
        </Notice>
      )}
      <ProblemNotice error={start.error} />
      <p>
        {t('identification.detail.fromParentCount', {
          count: parent.data.questions.all.length - parent.data.questions.remaining.length,
        })}
      </p>
      <LanguageAndMode language={chosen} mode={mode} onLanguage={setLanguage} onMode={setMode} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={!online || start.isPending}>
          {t('identification.start.submitFull')}
        </Button>
        <Link to={`/screenings/${parentId}`} className="button button-quiet">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** /screenings/new (short screen) and /screenings/new?parent=<id> (full screen continuing it). */
export function StartScreeningPage(): ReactNode {
  const t = useT();
  const [params] = useSearchParams();
  const parentId = params.get('parent');
  const full = parentId !== null && /^[0-9a-f-]{36}$/i.test(parentId);
  return (
    <Page
      title={full ? t('identification.start.fullTitle') : t('identification.start.title')}
      lead={<p>{full ? t('identification.start.fullIntro') : t('identification.start.intro')}</p>}
    >
      {full ? <StartFullScreen parentId={parentId} /> : <StartNewScreening />}
    </Page>
  );
}
