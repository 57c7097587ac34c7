import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo } from 'react';
import { Button } from 'react-aria-components';
import { Link, Navigate, useParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { ConflictDialog, DraftLockedNotice, DraftStatusText, useOfflineDraft, useOnline } from '../offline';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { ConclusionForm } from './ConclusionForm';
import { DraftNotFound, DraftVersionSummary } from './DraftScreeningPage';
import {
  draftSuggestion,
  emptyScreeningDraft,
  finishDraft,
  isFinished,
  isStarted,
  reopenDraft,
} from './draft';
import { SuggestionView } from './SuggestionView';
import { forgetSubmission, submitFinishedDraft, useSubmission } from './submission';
import { useScreeningWords } from './words';

/**
 * /screenings/draft/:draftId/result — the suggestion (computed here with core's rules,
 * so it shows offline too), the screener's conclusion, and the sending: at once when
 * online, otherwise as soon as the connection is back.
 */
export function DraftResultPage(): ReactNode {
  const { draftId = '' } = useParams();
  const t = useT();
  const words = useScreeningWords();
  const online = useOnline();
  const queryClient = useQueryClient();
  const draft = useOfflineDraft('screening', draftId, emptyScreeningDraft);
  const submission = useSubmission(draftId);
  const value = draft.value;
  const suggestion = useMemo(() => draftSuggestion(value), [value]);
  const finished = isFinished(value);
  const sendable =
    finished &&
    online &&
    (draft.status === 'synced' || draft.status === 'saved_locally' || draft.status === 'syncing');

  // Send when finished and online (the outbox may be sending it too: one request goes).
  useEffect(() => {
    if (!sendable) return;
    void submitFinishedDraft(draftId, value, draft.discard).then((result) => {
      if (result?.kind === 'sent') void queryClient.invalidateQueries({ queryKey: ['screenings'] });
    });
  }, [sendable, draftId, value, draft.discard, queryClient]);

  if (submission.result?.kind === 'sent') {
    return <Navigate to={`/screenings/${submission.result.screeningId}`} replace />;
  }
  if (draft.status === 'loading') return <Loading />;
  if (draft.status === 'locked') return <DraftLockedNotice />;
  if (!isStarted(value)) return <DraftNotFound />;

  const refused = submission.result?.kind === 'refused' ? submission.result : null;
  const questionsPath = `/screenings/draft/${draftId}?view=worker`;

  return (
    <Page title={t('identification.result.title')} lead={<p>{words.depth(value.depth)}</p>}>
      <DraftStatusText status={draft.status} rejected={draft.rejected} />
      <ConflictDialog
        conflict={draft.conflict}
        renderVersion={(version) => <DraftVersionSummary draft={version} />}
        onResolve={draft.resolve}
      />
      {finished ? (
        <section className="section" aria-labelledby="screening-sending">
          <h2 id="screening-sending">{t('identification.send.title')}</h2>
          {refused ? (
            <>
              <Notice tone="attention" title={t('identification.send.refused.title')}>
                <p>{t('identification.send.refused.body')}</p>
              </Notice>
              <ProblemNotice error={refused.problem} live="polite" />
              <Button
                className="button button-secondary"
                onPress={() => {
                  forgetSubmission(draftId);
                  draft.update(reopenDraft(value));
                }}
              >
                {t('identification.conclude.change')}
              </Button>
            </>
          ) : online ? (
            <p role="status">{t('identification.send.sending')}</p>
          ) : (
            <Notice tone="info" title={t('identification.send.waiting.title')}>
              <p>{t('identification.send.waiting.body')}</p>
            </Notice>
          )}
        </section>
      ) : null}

      <SuggestionView suggestion={suggestion} />

      {finished ? null : (
        <section className="section" aria-labelledby="screening-conclusion-title">
          <h2 id="screening-conclusion-title">{t('identification.conclude.title')}</h2>
          <ConclusionForm
            suggested={suggestion.overall}
            initial={
              value.conclusion?.concluded
                ? {
                    kind: 'override',
                    concluded: value.conclusion.concluded,
                    reason: value.conclusion.reason ?? '',
                  }
                : undefined
            }
            submitLabel={t('identification.conclude.finish')}
            onSubmit={(choice) => draft.update(finishDraft(value, choice, new Date()))}
          />
          <p>
            <Link to={questionsPath}>{t('identification.result.backToQuestions')}</Link>
          </p>
        </section>
      )}
    </Page>
  );
}
