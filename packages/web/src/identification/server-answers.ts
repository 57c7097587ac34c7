import type { QuestionKey, ScreeningAnswer, ScreeningAnswers } from '@opennrm/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { api } from '../api/client';
import { isApiProblem } from '../api/problem';
import { screeningKey } from './queries';
import type { ScreeningDetail } from './types';

export type SaveState = 'idle' | 'saving' | 'saved' | 'stale' | 'failed';

export type ServerAnswers = {
  readonly answers: ScreeningAnswers;
  readonly version: number;
  readonly state: SaveState;
  readonly answer: (key: QuestionKey, value: ScreeningAnswer) => void;
  /** Sends the latest answers again after a failure. */
  readonly retry: () => void;
};

/**
 * Answers of a screening kept on the server (a full screen, online): each change is
 * saved in turn on top of the version the previous save returned. A 409 (someone else
 * saved meanwhile) stops saving: nothing is overwritten, the page offers to reload.
 */
export function useServerAnswers(detail: ScreeningDetail): ServerAnswers {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<ScreeningAnswers>(detail.answers);
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef<ScreeningAnswers>(detail.answers);
  const version = useRef(detail.version);
  const [shownVersion, setShownVersion] = useState(detail.version);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const stopped = useRef(false);

  const save = useCallback(() => {
    queue.current = queue.current.then(async () => {
      if (stopped.current) return;
      const sending = latest.current;
      setState('saving');
      try {
        const saved = await api.put<ScreeningDetail>(
          `/api/screenings/${encodeURIComponent(detail.id)}/answers`,
          {
            version: version.current,
            answers: sending,
          },
        );
        version.current = saved.version;
        setShownVersion(saved.version);
        queryClient.setQueryData(screeningKey(detail.id), saved);
        setState(latest.current === sending ? 'saved' : 'saving');
      } catch (error) {
        if (isApiProblem(error) && error.status === 409) {
          stopped.current = true;
          setState('stale');
        } else {
          setState('failed');
        }
      }
    });
  }, [detail.id, queryClient]);

  const answer = useCallback(
    (key: QuestionKey, value: ScreeningAnswer) => {
      if (stopped.current) return;
      const next = { ...latest.current, [key]: value };
      latest.current = next;
      setAnswers(next);
      save();
    },
    [save],
  );

  return { answers, version: shownVersion, state, answer, retry: save };
}
