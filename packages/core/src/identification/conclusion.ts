import { z } from 'zod';
import { ZInstant, ZRequiredText } from './instant.js';
import { OVERALL_READINGS, type OverallReading, type ScreeningSuggestion } from './scoring.js';

const ZOverallReading = z.enum(OVERALL_READINGS);

/**
 * The screener's own conclusion on a screening: the suggestion is confirmed, or
 * overridden with a reason. Separate from the suggestion on purpose, so that the record
 * shows what the indicators said and what the person who met the survivor concluded.
 */
export const ZScreeningConclusion = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('confirmed'),
    suggested: ZOverallReading,
    concludedBy: z.string().min(1),
    concludedAt: ZInstant,
  }),
  z
    .strictObject({
      kind: z.literal('overridden'),
      suggested: ZOverallReading,
      concluded: ZOverallReading,
      reason: ZRequiredText,
      concludedBy: z.string().min(1),
      concludedAt: ZInstant,
    })
    .refine((value) => value.concluded !== value.suggested, {
      message: 'An override must conclude differently from the suggestion',
      path: ['concluded'],
    }),
]);
export type ScreeningConclusion = z.output<typeof ZScreeningConclusion>;

export type ConcludeScreeningInput = {
  readonly concludedBy: string;
  readonly concludedAt: Date;
  /** Absent or equal to the suggestion: confirmed. Otherwise a reason is mandatory. */
  readonly concluded?: OverallReading;
  readonly reason?: string;
};

export type ConcludeScreeningResult =
  | { readonly ok: true; readonly conclusion: ScreeningConclusion }
  | { readonly ok: false; readonly error: 'reason_required' | 'invalid' };

/** Records the screener's confirmation or override of a suggestion. */
export function concludeScreening(
  suggestion: Pick<ScreeningSuggestion, 'overall'>,
  input: ConcludeScreeningInput,
): ConcludeScreeningResult {
  const overriding = input.concluded !== undefined && input.concluded !== suggestion.overall;
  if (overriding && (input.reason === undefined || input.reason.trim() === '')) {
    return { ok: false, error: 'reason_required' };
  }
  const parsed = ZScreeningConclusion.safeParse(
    overriding
      ? {
          kind: 'overridden',
          suggested: suggestion.overall,
          concluded: input.concluded,
          reason: input.reason,
          concludedBy: input.concludedBy,
          concludedAt: input.concludedAt,
        }
      : {
          kind: 'confirmed',
          suggested: suggestion.overall,
          concludedBy: input.concludedBy,
          concludedAt: input.concludedAt,
        },
  );
  return parsed.success ? { ok: true, conclusion: parsed.data } : { ok: false, error: 'invalid' };
}
