import type { ScreeningDraft } from '@opennrm/core';
import { useCallback, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { type ApiProblem, isApiProblem } from '../api/problem';
import { submissionBody } from './draft';
import type { ScreeningDetail } from './types';

/**
 * Sending finished screenings. A screening finished offline waits in its draft; it is
 * sent when there is a connection, by the page that shows it or, from anywhere in the
 * app, by the outbox. Both may try at once: one request per draft is in flight, and
 * the server stores a draft id (client reference) once however often it arrives.
 */

export type SubmissionResult =
  | { readonly kind: 'sent'; readonly screeningId: string }
  /** The server refused it (e.g. a conclusion it does not accept): not retried until changed. */
  | { readonly kind: 'refused'; readonly problem: ApiProblem; readonly finishedAt: string };

const inFlight = new Map<string, Promise<SubmissionResult | null>>();
const results = new Map<string, SubmissionResult>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** No answer, a server failure, a session to renew or a rate limit: the next chance tries again. */
export function isRetriable(error: unknown): boolean {
  if (!isApiProblem(error)) return true;
  return error.status === 0 || error.status >= 500 || [401, 403, 408, 429].includes(error.status);
}

/**
 * Sends a finished draft once; on success the draft is discarded (here and on the
 * server's draft store). Resolves to null when it should be tried again later.
 */
export function submitFinishedDraft(
  draftId: string,
  draft: ScreeningDraft,
  discard: () => Promise<void>,
): Promise<SubmissionResult | null> {
  const known = results.get(draftId);
  if (known?.kind === 'sent') return Promise.resolve(known);
  if (known?.kind === 'refused' && known.finishedAt === draft.finishedAt) return Promise.resolve(known);
  const running = inFlight.get(draftId);
  if (running) return running;
  const body = submissionBody(draftId, draft);
  const promise = api
    .post<ScreeningDetail>('/api/screenings', body)
    .then(async (detail): Promise<SubmissionResult> => {
      const result: SubmissionResult = { kind: 'sent', screeningId: detail.id };
      results.set(draftId, result);
      await discard();
      return result;
    })
    .catch((error: unknown): SubmissionResult | null => {
      if (isRetriable(error) || !isApiProblem(error)) return null;
      const result: SubmissionResult = {
        kind: 'refused',
        problem: error,
        finishedAt: draft.finishedAt ?? '',
      };
      results.set(draftId, result);
      return result;
    })
    .finally(() => {
      inFlight.delete(draftId);
      changed();
    });
  inFlight.set(draftId, promise);
  changed();
  return promise;
}

/** Forgets a refusal once the screener changed the conclusion. */
export function forgetSubmission(draftId: string): void {
  if (results.delete(draftId)) changed();
}

export type SubmissionState = { readonly sending: boolean; readonly result: SubmissionResult | null };

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const states = new Map<string, SubmissionState>();

function stateOf(draftId: string): SubmissionState {
  const sending = inFlight.has(draftId);
  const result = results.get(draftId) ?? null;
  const cached = states.get(draftId);
  if (cached && cached.sending === sending && cached.result === result) return cached;
  const next = { sending, result };
  states.set(draftId, next);
  return next;
}

/** Whether a draft is being sent and what came of it, kept current for the page showing it. */
export function useSubmission(draftId: string): SubmissionState {
  const get = useCallback(() => stateOf(draftId), [draftId]);
  return useSyncExternalStore(subscribe, get, get);
}

/** For tests: forget every result. */
export function resetSubmissionsForTests(): void {
  inFlight.clear();
  results.clear();
  states.clear();
}
