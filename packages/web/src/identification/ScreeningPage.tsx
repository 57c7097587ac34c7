import {
  type ChildStatus,
  groupQuestions,
  type QuestionKey,
  questionText,
  type ScreeningAnswer,
  scoreScreening,
  screeningScreen,
} from '@opennrm/core';
import { type ReactNode, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { ConclusionForm } from './ConclusionForm';
import { personFacingStep } from './draft';
import { PersonFacing } from './PersonFacing';
import { QuestionForm } from './QuestionForm';
import { useCompleteScreening, useScreening } from './queries';
import { SuggestionView } from './SuggestionView';
import { type SaveState, useServerAnswers } from './server-answers';
import type { ScreeningDetail } from './types';
import { useScreeningWords } from './words';

function isChildStatus(status: ChildStatus): boolean {
  return status === 'child' || status === 'presumed_child';
}

function SummarySection({ detail }: { readonly detail: ScreeningDetail }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useScreeningWords();
  const rows: [string, ReactNode][] = [
    [t('identification.column.status'), words.status(detail.status)],
    [t('identification.column.depth'), words.depth(detail.depth)],
    [t('identification.column.mode'), words.mode(detail.mode)],
    [t('identification.column.language'), labels.language(detail.language)],
    [t('identification.column.age'), words.childStatus(detail.childStatus)],
    [t('identification.column.screener'), <bdi key="screener">{detail.screener.displayName}</bdi>],
    [
      t('identification.column.started'),
      <FormattedDate key="started" value={detail.startedAt} dateStyle="long" timeStyle="short" />,
    ],
  ];
  if (detail.completedAt) {
    rows.push([
      t('identification.detail.completedAt'),
      <FormattedDate key="completed" value={detail.completedAt} dateStyle="long" timeStyle="short" />,
    ]);
  }
  if (detail.parentId) {
    rows.push([
      t('identification.detail.parent'),
      <Link key="parent" to={`/screenings/${detail.parentId}`}>
        {t('identification.detail.parentLink')}
      </Link>,
    ]);
  }
  if (detail.caseId) {
    rows.push([
      t('identification.detail.case'),
      <Link key="case" to={`/cases/${detail.caseId}`}>
        {t('identification.detail.caseLink')}
      </Link>,
    ]);
  }
  return (
    <section className="section" aria-labelledby="screening-summary">
      <h2 id="screening-summary">{t('identification.detail.summary')}</h2>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ConclusionSection({ detail }: { readonly detail: ScreeningDetail }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useScreeningWords();
  const conclusion = detail.conclusionDetail;
  if (!conclusion) return null;
  return (
    <section className="section" aria-labelledby="screening-concluded">
      <h2 id="screening-concluded">{t('identification.detail.conclusion')}</h2>
      <dl className="summary-list">
        <div>
          <dt>{t('identification.detail.conclusionKind')}</dt>
          <dd>{words.conclusion(conclusion.kind)}</dd>
        </div>
        <div>
          <dt>{t('identification.column.suggested')}</dt>
          <dd>{words.overall(conclusion.suggested)}</dd>
        </div>
        <div>
          <dt>{t('identification.column.conclusion')}</dt>
          <dd>{conclusion.concluded ? words.overall(conclusion.concluded) : t('common.notRecorded')}</dd>
        </div>
        {conclusion.reason ? (
          <div>
            <dt>{t('identification.detail.reason')}</dt>
            <dd className="screening-reason">{conclusion.reason}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('identification.detail.forms')}</dt>
          <dd>
            {conclusion.forms.length > 0
              ? labels.list(conclusion.forms.map(labels.exploitationForm))
              : t('common.notRecorded')}
          </dd>
        </div>
        <div>
          <dt>{t('identification.detail.concludedBy')}</dt>
          <dd>
            <bdi>{conclusion.concludedBy.displayName}</bdi>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The answers, for the worker (never on a person-facing screen), in the order they are asked. */
function AnswersSection({ detail }: { readonly detail: ScreeningDetail }): ReactNode {
  const t = useT();
  const intl = useIntl();
  const words = useScreeningWords();
  const groups = useMemo(
    () => groupQuestions(screeningScreen(detail.depth, detail.childStatus)),
    [detail.depth, detail.childStatus],
  );
  return (
    <section className="section" aria-labelledby="screening-answers">
      <h2 id="screening-answers">{t('identification.result.answers')}</h2>
      <details className="screening-answers-details">
        <summary>{t('identification.result.showAnswers')}</summary>
        {groups.map(({ group, questionKeys }) => (
          <div key={group} className="subsection">
            <h3>{words.group(group)}</h3>
            <dl className="summary-list">
              {questionKeys.map((key) => {
                const text = questionText(key, intl.locale);
                const answer = Object.hasOwn(detail.answers, key) ? detail.answers[key] : undefined;
                return (
                  <div key={key}>
                    <dt lang={text && text.language !== intl.locale ? text.language : undefined}>
                      {text?.text ?? key}
                    </dt>
                    <dd>{answer ? words.answer(answer) : t('identification.answer.none')}</dd>
                  </div>
                );
              })}
            </dl>
          </div>
        ))}
      </details>
    </section>
  );
}

/** What the worker can do with a completed screening: refer, notify anonymously, go deeper. */
function ActionsSection({ detail }: { readonly detail: ScreeningDetail }): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const child = isChildStatus(detail.childStatus);
  const canRefer = permissions.canSome('referral', 'create') && detail.caseId === null;
  // A child is referred, never only counted: no anonymous notification for a child.
  const canNotify =
    permissions.canSome('anonymous_notification', 'create') && detail.caseId === null && !child;
  const canContinue = permissions.canSome('screening', 'create') && detail.depth === 'short';
  if (!canRefer && !canNotify && !canContinue) return null;
  return (
    <section className="section" aria-labelledby="screening-actions">
      <h2 id="screening-actions">{t('identification.detail.actions')}</h2>
      <div className="button-row">
        {canRefer ? (
          <Link className="button button-primary" to={`/referrals/new?screening=${detail.id}`}>
            {t('identification.detail.refer')}
          </Link>
        ) : null}
        {canNotify ? (
          <Link className="button button-secondary" to={`/referrals/anonymous?screening=${detail.id}`}>
            {t('identification.detail.notify')}
          </Link>
        ) : null}
        {canContinue ? (
          <Link className="button button-secondary" to={`/screenings/new?parent=${detail.id}`}>
            {t('identification.detail.continueFull')}
          </Link>
        ) : null}
      </div>
      {canNotify ? <p className="field-hint">{t('identification.detail.notifyHint')}</p> : null}
      {child ? <p className="field-hint">{t('identification.detail.childHint')}</p> : null}
    </section>
  );
}

function SaveStateText({
  state,
  onRetry,
}: {
  readonly state: SaveState;
  readonly onRetry: () => void;
}): ReactNode {
  const t = useT();
  switch (state) {
    case 'idle':
      return null;
    case 'saving':
      return (
        <p className="muted" role="status">
          {t('identification.save.saving')}
        </p>
      );
    case 'saved':
      return (
        <p className="muted" role="status">
          {t('identification.save.saved')}
        </p>
      );
    case 'stale':
      return (
        <Notice tone="attention" live="assertive">
          <p>{t('identification.save.stale')}</p>
          <Button className="button button-secondary" onPress={() => window.location.reload()}>
            {t('identification.save.reload')}
          </Button>
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="attention" live="assertive">
          <p>{t('identification.save.failed')}</p>
          <Button className="button button-secondary" onPress={onRetry}>
            {t('common.tryAgain')}
          </Button>
        </Notice>
      );
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/**
 * A full screen in progress, kept on the server: only the questions the short screen
 * did not answer, each answer saved on top of the last version; then the suggestion
 * and the screener's conclusion.
 */
function InProgress({ detail }: { readonly detail: ScreeningDetail }): ReactNode {
  const t = useT();
  const server = useServerAnswers(detail);
  const complete = useCompleteScreening(detail.id);
  const [phase, setPhase] = useState<'answering' | 'person' | 'result'>(
    detail.mode === 'person_facing' ? 'person' : 'answering',
  );
  // Asked in this screen: everything but what the short screen answered (never asked again).
  const screen = useMemo(
    () => screeningScreen(detail.depth, detail.childStatus),
    [detail.depth, detail.childStatus],
  );
  const own = useMemo(() => {
    const fromParent = new Set(detail.questions.fromParent);
    return { ...screen, questionKeys: screen.questionKeys.filter((key) => !fromParent.has(key)) };
  }, [screen, detail.questions.fromParent]);
  const groups = useMemo(() => groupQuestions(own), [own]);
  // The person sees the questions still open when the device was handed over, one by one.
  const [personKeys] = useState<readonly QuestionKey[]>(() => detail.questions.remaining);
  const [position, setPosition] = useState(0);
  const [introDone, setIntroDone] = useState(false);
  const suggestion = useMemo(
    () => scoreScreening({ answers: server.answers, childStatus: detail.childStatus }),
    [server.answers, detail.childStatus],
  );

  if (phase === 'person') {
    return (
      <>
        <p>{t('identification.personFacing.behind')}</p>
        <PersonFacing
          language={detail.language}
          step={personFacingStep(position, personKeys, introDone)}
          onStart={() => setIntroDone(true)}
          onAnswer={(key: QuestionKey, answer: ScreeningAnswer) => {
            server.answer(key, answer);
            setPosition((current) => Math.max(current, personKeys.indexOf(key) + 1));
          }}
          onStop={() => setPosition(personKeys.length)}
          onContinueAsWorker={() => setPhase('result')}
        />
      </>
    );
  }

  const answered = own.questionKeys.filter((key) => Object.hasOwn(server.answers, key)).length;
  return (
    <>
      <SaveStateText state={server.state} onRetry={server.retry} />
      {detail.questions.fromParent.length > 0 ? (
        <p>{t('identification.detail.fromParentCount', { count: detail.questions.fromParent.length })}</p>
      ) : null}
      {phase === 'answering' ? (
        <>
          <p className="screening-progress" aria-live="polite">
            {t('identification.worker.answered', { answered, total: own.questionKeys.length })}
          </p>
          <QuestionForm
            groups={groups}
            answers={server.answers}
            onAnswer={server.answer}
            personLanguage={detail.language}
            isDisabled={server.state === 'stale'}
          />
          <div className="button-row">
            <Button className="button button-primary" onPress={() => setPhase('result')}>
              {t('identification.worker.seeSuggestion')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <SuggestionView suggestion={suggestion} indicatorSets={detail.indicatorSets} />
          <section className="section" aria-labelledby="screening-conclusion-title">
            <h2 id="screening-conclusion-title">{t('identification.conclude.title')}</h2>
            <ProblemNotice error={complete.error} />
            <ConclusionForm
              suggested={suggestion.overall}
              submitLabel={t('identification.conclude.finish')}
              isPending={complete.isPending || server.state === 'saving'}
              onSubmit={(choice) =>
                complete.mutate(
                  choice.kind === 'confirm'
                    ? { version: server.version }
                    : { version: server.version, concluded: choice.concluded, reason: choice.reason },
                )
              }
            />
            <p>
              <Button className="button button-quiet" onPress={() => setPhase('answering')}>
                {t('identification.result.backToQuestions')}
              </Button>
            </p>
          </section>
        </>
      )}
    </>
  );
}

/** /screenings/:id — a screening stored on the server (audited read). */
export function ScreeningPage(): ReactNode {
  const { screeningId = '' } = useParams();
  const t = useT();
  const intl = useIntl();
  const words = useScreeningWords();
  const query = useScreening(screeningId);

  if (query.isPending) return <Loading />;
  if (query.error || !query.data) {
    return (
      <Page title={t('identification.detail.unavailable')}>
        <ProblemNotice error={query.error} />
        <p>
          <Link to="/screenings">{t('identification.draft.backToList')}</Link>
        </p>
      </Page>
    );
  }
  const detail = query.data;
  const title = t('identification.detail.title', {
    depth: words.depth(detail.depth),
    date: intl.formatDate(detail.startedAt, { dateStyle: 'medium' }),
  });

  if (detail.status === 'in_progress') {
    return (
      <Page title={title} lead={<p>{t('identification.worker.intro')}</p>}>
        <InProgress key={detail.id} detail={detail} />
      </Page>
    );
  }
  return (
    <Page title={title}>
      <ActionsSection detail={detail} />
      <ConclusionSection detail={detail} />
      <SuggestionView suggestion={detail.suggestion} indicatorSets={detail.indicatorSets} />
      <SummarySection detail={detail} />
      <AnswersSection detail={detail} />
    </Page>
  );
}
