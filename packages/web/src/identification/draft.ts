import {
  type ChildStatus,
  type OverallReading,
  type QuestionKey,
  type Screen,
  type ScreeningAnswer,
  type ScreeningDraft,
  type ScreeningLanguage,
  type ScreeningMode,
  type ScreeningSuggestion,
  scoreScreening,
  screeningChildStatus,
  screeningScreen,
} from '@opennrm/core';
import type { ScreeningStartBody } from './types';

/**
 * A short screen in progress lives in an offline draft (core `ZScreeningDraft`): these
 * are the pure steps of its life, from the start page to the submission. The same
 * rules as the server (core scoring), so the suggestion shows with no network.
 */

export type StartChoices = {
  readonly mode: ScreeningMode;
  readonly language: ScreeningLanguage;
  readonly birthYear: number | null;
  readonly ageUncertain: boolean;
  readonly reasonsToBelieveChild: boolean;
};

/** Placeholder while the draft store answers, or for an id this device does not hold; never saved. */
export function emptyScreeningDraft(): ScreeningDraft {
  return { depth: 'short', mode: 'worker', language: 'en', answers: {} };
}

export function newScreeningDraft(choices: StartChoices, now: Date): ScreeningDraft {
  return {
    depth: 'short',
    mode: choices.mode,
    language: choices.language,
    answers: {},
    person: {
      birthYear: choices.birthYear,
      ageUncertain: choices.ageUncertain,
      reasonsToBelieveChild: choices.reasonsToBelieveChild,
    },
    position: 0,
    startedAt: now.toISOString(),
  };
}

/** A draft the start page has written (a link to an unknown draft has no start time). */
export function isStarted(draft: ScreeningDraft): draft is ScreeningDraft & { startedAt: string } {
  return typeof draft.startedAt === 'string';
}

export function isFinished(draft: ScreeningDraft): boolean {
  return typeof draft.finishedAt === 'string';
}

export function draftChildStatus(draft: ScreeningDraft): ChildStatus {
  return screeningChildStatus(draft.person, draft.startedAt ? new Date(draft.startedAt) : new Date());
}

export function draftScreen(draft: ScreeningDraft): Screen {
  return screeningScreen(draft.depth, draftChildStatus(draft));
}

export function draftSuggestion(draft: ScreeningDraft): ScreeningSuggestion {
  return scoreScreening({ answers: draft.answers, childStatus: draftChildStatus(draft) });
}

/** The worker records or changes one answer. */
export function withAnswer(draft: ScreeningDraft, key: QuestionKey, answer: ScreeningAnswer): ScreeningDraft {
  return { ...draft, answers: { ...draft.answers, [key]: answer } };
}

/**
 * Person-facing mode: where the person is. `intro` before the first question, then one
 * question at a time in screen order, then `handback` (also after "stop").
 */
export type PersonFacingStep =
  | { readonly kind: 'intro' }
  | { readonly kind: 'question'; readonly key: QuestionKey; readonly index: number; readonly total: number }
  | { readonly kind: 'handback' };

export function personFacingStep(
  position: number,
  questionKeys: readonly QuestionKey[],
  introDone: boolean,
): PersonFacingStep {
  const total = questionKeys.length;
  if (position >= total) return { kind: 'handback' };
  if (position <= 0 && !introDone) return { kind: 'intro' };
  const index = Math.max(0, position);
  const key = questionKeys[index];
  return key === undefined ? { kind: 'handback' } : { kind: 'question', key, index, total };
}

/** The person answers (or declines) the question on screen and moves on; nothing earlier is shown again. */
export function personFacingAnswer(
  draft: ScreeningDraft,
  questionKeys: readonly QuestionKey[],
  key: QuestionKey,
  answer: ScreeningAnswer,
): ScreeningDraft {
  const position = Math.max(draft.position ?? 0, questionKeys.indexOf(key) + 1);
  return { ...withAnswer(draft, key, answer), position: Math.min(position, questionKeys.length) };
}

/** The person stops: the remaining questions stay unanswered, never read as "no". */
export function personFacingStop(
  draft: ScreeningDraft,
  questionKeys: readonly QuestionKey[],
): ScreeningDraft {
  return { ...draft, position: questionKeys.length };
}

export type ConclusionChoice =
  | { readonly kind: 'confirm' }
  | { readonly kind: 'override'; readonly concluded: OverallReading | null; readonly reason: string };

export type ConclusionErrors = {
  readonly concluded?: 'required' | 'same_as_suggested';
  readonly reason?: 'required';
};

/** GOV.UK-style checks before finishing: an override names another reading and gives a reason. */
export function conclusionErrors(choice: ConclusionChoice, suggested: OverallReading): ConclusionErrors {
  if (choice.kind === 'confirm') return {};
  return {
    ...(choice.concluded === null
      ? { concluded: 'required' as const }
      : choice.concluded === suggested
        ? { concluded: 'same_as_suggested' as const }
        : {}),
    ...(choice.reason.trim() === '' ? { reason: 'required' as const } : {}),
  };
}

/** Records the conclusion and marks the screening finished: from now on it waits to be sent. */
export function finishDraft(draft: ScreeningDraft, choice: ConclusionChoice, now: Date): ScreeningDraft {
  return {
    ...draft,
    conclusion:
      choice.kind === 'confirm'
        ? { concluded: null, reason: null }
        : { concluded: choice.concluded, reason: choice.reason.trim() },
    finishedAt: now.toISOString(),
  };
}

/** Back to the conclusion (e.g. after the server refused it): no longer waiting to be sent. */
export function reopenDraft(draft: ScreeningDraft): ScreeningDraft {
  const { finishedAt: _finished, ...rest } = draft;
  return rest;
}

/** The one call that stores a finished screening; the draft id makes sending it twice harmless. */
export function submissionBody(draftId: string, draft: ScreeningDraft): ScreeningStartBody {
  const person = draft.person;
  return {
    clientRef: draftId,
    depth: draft.depth,
    mode: draft.mode,
    language: draft.language,
    ...(person
      ? {
          person: {
            birthYear: person.birthYear ?? null,
            ageUncertain: person.ageUncertain ?? false,
            reasonsToBelieveChild: person.reasonsToBelieveChild ?? false,
            gender: person.gender ?? null,
          },
        }
      : {}),
    ...(draft.parentScreeningId ? { parentId: draft.parentScreeningId } : {}),
    answers: draft.answers,
    conclusion: {
      concluded: draft.conclusion?.concluded ?? null,
      reason: draft.conclusion?.reason ?? null,
    },
    ...(draft.startedAt ? { startedAt: draft.startedAt } : {}),
  };
}

export type BirthYearInput = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/** The birth year field: empty is "not known"; otherwise a plausible four-digit year. */
export function parseBirthYear(text: string, now: Date): BirthYearInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d{4}$/.test(trimmed)) return { ok: false };
  const year = Number(trimmed);
  return year >= 1900 && year <= now.getUTCFullYear() ? { ok: true, value: year } : { ok: false };
}
