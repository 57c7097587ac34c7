import {
  type Actor,
  type ChildStatus,
  concludeScreening,
  type ScreeningAnswers,
  type ScreeningConclusion,
  type ScreeningSuggestion,
  scoreScreening,
} from '@opennrm/core';
import type { DataKey } from '../crypto/index.js';
import { type Problem, problems } from '../http/problem.js';
import type { ConclusionInput } from './schemas.js';
import { sealReason, sealScreeningField } from './screening-store.js';

/** The columns a completed screening gets. */
export type CompletionColumns = {
  status: 'completed';
  suggested: string;
  suggestion_enc: string;
  conclusion: 'confirmed' | 'overridden';
  concluded: string;
  concluded_by_user_id: string;
  concluded_forms: string[];
  override_reason_enc: string | null;
  completed_at: Date;
};

export type Completion =
  | {
      readonly ok: true;
      readonly columns: CompletionColumns;
      readonly suggestion: ScreeningSuggestion;
      readonly conclusion: ScreeningConclusion;
    }
  | { readonly ok: false; readonly problem: Problem };

/**
 * Scores the answers with core's rules (never the browser's word for it) and records the
 * screener's conclusion: a confirmation, or an override with its reason (core
 * conclusion.ts). `pathPrefix` names where the conclusion sits in the request body.
 */
export function completion(
  key: DataKey,
  screeningId: string,
  answers: ScreeningAnswers,
  childStatus: ChildStatus,
  input: ConclusionInput,
  actor: Actor,
  now: Date,
  pathPrefix: string,
): Completion {
  const suggestion = scoreScreening({ answers, childStatus });
  const result = concludeScreening(suggestion, {
    concludedBy: actor.userId,
    concludedAt: now,
    ...(input.concluded ? { concluded: input.concluded } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
  });
  if (!result.ok) {
    return {
      ok: false,
      problem: problems.validation([
        {
          path: `${pathPrefix}reason`,
          message:
            result.error === 'reason_required'
              ? 'A reason is required to conclude differently from the suggestion.'
              : 'The conclusion is not valid.',
        },
      ]),
    };
  }
  const { conclusion } = result;
  const concluded = conclusion.kind === 'overridden' ? conclusion.concluded : conclusion.suggested;
  const forms = input.forms ?? suggestion.forms.map((suggested) => suggested.form);
  return {
    ok: true,
    suggestion,
    conclusion,
    columns: {
      status: 'completed',
      suggested: suggestion.overall,
      suggestion_enc: sealScreeningField(key, screeningId, 'suggestion_enc', suggestion),
      conclusion: conclusion.kind,
      concluded,
      concluded_by_user_id: actor.userId,
      concluded_forms: [...new Set(forms)],
      override_reason_enc:
        conclusion.kind === 'overridden' ? sealReason(key, screeningId, conclusion.reason) : null,
      completed_at: now,
    },
  };
}
