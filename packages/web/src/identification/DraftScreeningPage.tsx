import { groupQuestions, type QuestionKey, type ScreeningAnswer, type ScreeningDraft } from '@opennrm/core';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { FormattedDate } from 'react-intl';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import {
  ConflictDialog,
  DraftLockedNotice,
  DraftStatusText,
  type OfflineDraft,
  useOfflineDraft,
} from '../offline';
import { Loading, Notice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import {
  draftScreen,
  emptyScreeningDraft,
  isFinished,
  isStarted,
  personFacingAnswer,
  personFacingStep,
  personFacingStop,
  withAnswer,
} from './draft';
import { PersonFacing } from './PersonFacing';
import { QuestionForm } from './QuestionForm';
import { useScreeningWords } from './words';

/** A readable summary of one version of a draft, for the conflict dialog (no answers shown). */
export function DraftVersionSummary({ draft }: { readonly draft: ScreeningDraft }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useScreeningWords();
  return (
    <ul className="plain-list">
      <li>{words.depth(draft.depth)}</li>
      <li>{labels.language(draft.language)}</li>
      <li>{t('identification.draft.answeredCount', { count: Object.keys(draft.answers).length })}</li>
      {draft.startedAt ? (
        <li>
          <FormattedDate value={draft.startedAt} dateStyle="medium" timeStyle="short" />
        </li>
      ) : null}
    </ul>
  );
}

export function DraftNotFound(): ReactNode {
  const t = useT();
  return (
    <Page title={t('identification.draft.notFound.title')}>
      <p>{t('identification.draft.notFound.body')}</p>
      <p>
        <Link to="/screenings">{t('identification.draft.backToList')}</Link>
      </p>
    </Page>
  );
}

/**
 * The answers of a draft, changed one at a time. The latest value is kept in a ref so
 * that two quick answers never build on the same stale draft.
 */
function useDraftAnswers(draft: OfflineDraft<ScreeningDraft>): {
  readonly change: (next: (current: ScreeningDraft) => ScreeningDraft) => void;
} {
  const latest = useRef(draft.value);
  latest.current = draft.value;
  const { update } = draft;
  const change = useCallback(
    (next: (current: ScreeningDraft) => ScreeningDraft) => {
      const value = next(latest.current);
      latest.current = value;
      update(value);
    },
    [update],
  );
  return { change };
}

/** /screenings/draft/:draftId — answering a short screen, online or not. */
export function DraftScreeningPage(): ReactNode {
  const { draftId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const t = useT();
  const words = useScreeningWords();
  const draft = useOfflineDraft('screening', draftId, emptyScreeningDraft);
  const { change } = useDraftAnswers(draft);
  const [introDone, setIntroDone] = useState(false);
  const value = draft.value;
  const screen = useMemo(() => draftScreen(value), [value]);
  const groups = useMemo(() => groupQuestions(screen), [screen]);
  const onAnswer = useCallback(
    (key: QuestionKey, answer: ScreeningAnswer) => change((current) => withAnswer(current, key, answer)),
    [change],
  );

  if (draft.status === 'loading') return <Loading />;
  if (draft.status === 'locked') return <DraftLockedNotice />;
  if (!isStarted(value)) return <DraftNotFound />;
  const resultPath = `/screenings/draft/${draftId}/result`;
  if (isFinished(value)) return <Navigate to={resultPath} replace />;

  const title = words.depth(value.depth);
  const conflict = (
    <ConflictDialog
      conflict={draft.conflict}
      renderVersion={(version) => <DraftVersionSummary draft={version} />}
      onResolve={draft.resolve}
    />
  );

  if (value.mode === 'person_facing' && params.get('view') !== 'worker') {
    const keys = screen.questionKeys;
    const step = personFacingStep(value.position ?? 0, keys, introDone);
    return (
      <Page title={title} lead={<p>{t('identification.personFacing.behind')}</p>}>
        <DraftStatusText status={draft.status} rejected={draft.rejected} />
        <PersonFacing
          language={value.language}
          step={step}
          onStart={() => setIntroDone(true)}
          onAnswer={(key, answer) => change((current) => personFacingAnswer(current, keys, key, answer))}
          onStop={() => change((current) => personFacingStop(current, keys))}
          onContinueAsWorker={() => void navigate(resultPath)}
        />
        {conflict}
      </Page>
    );
  }

  const answered = screen.questionKeys.filter((key) => Object.hasOwn(value.answers, key)).length;
  return (
    <Page title={title} lead={<p>{t('identification.worker.intro')}</p>}>
      <DraftStatusText status={draft.status} rejected={draft.rejected} />
      {draft.rejected ? (
        <Notice tone="attention">
          <p>{t('identification.draft.rejected')}</p>
        </Notice>
      ) : null}
      <p className="screening-progress" aria-live="polite">
        {t('identification.worker.answered', { answered, total: screen.questionKeys.length })}
      </p>
      <QuestionForm
        groups={groups}
        answers={value.answers}
        onAnswer={onAnswer}
        personLanguage={value.language}
      />
      <div className="button-row">
        <Link to={resultPath} className="button button-primary">
          {t('identification.worker.seeSuggestion')}
        </Link>
        <Link to="/screenings" className="button button-quiet">
          {t('identification.draft.later')}
        </Link>
      </div>
      {conflict}
    </Page>
  );
}
