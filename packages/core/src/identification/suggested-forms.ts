import { EXPLOITATION_FORMS, type ExploitationForm } from '../cases/exploitation.js';
import type { IndicatorSet, QuestionKey, SetExploitation } from './indicators/types.js';
import type { DimensionReading } from './scoring.js';

export type SuggestedForm = {
  readonly form: ExploitationForm;
  /** The questions whose answers point to this form, so the screener sees why. */
  readonly questionKeys: readonly QuestionKey[];
};

/** The form a list for one kind of exploitation points to when its indicator names none. */
const DEFAULT_FORM: Readonly<Record<Exclude<SetExploitation, 'any'>, ExploitationForm>> = {
  labour: 'forced_labour',
  sexual: 'sexual_other',
};

/**
 * Forms of exploitation the indicators found point to. A question points to the forms
 * its indicators name; when they name none, to the form of its lists' exploitation —
 * but only when all its lists agree: "your documents were kept" is asked in the labour
 * and the sexual lists alike and points to neither. A suggestion for the screener, who
 * records the forms on the referral.
 */
export function suggestedForms(
  sets: readonly IndicatorSet[],
  dimensions: readonly DimensionReading[],
): readonly SuggestedForm[] {
  const foundKeys = new Set(dimensions.flatMap((reading) => reading.found.map((item) => item.questionKey)));
  const evidence = new Map<ExploitationForm, Set<QuestionKey>>();
  for (const questionKey of foundKeys) {
    const explicit = new Set<ExploitationForm>();
    const kinds = new Set<SetExploitation>();
    for (const set of sets) {
      for (const item of set.indicators) {
        if (item.questionKey !== questionKey) continue;
        for (const form of item.forms ?? []) explicit.add(form);
        kinds.add(set.exploitation);
      }
    }
    kinds.delete('any');
    const [onlyKind] = kinds;
    const forms =
      explicit.size > 0
        ? [...explicit]
        : kinds.size === 1 && onlyKind !== undefined && onlyKind !== 'any'
          ? [DEFAULT_FORM[onlyKind]]
          : [];
    for (const form of forms) {
      const keys = evidence.get(form) ?? new Set<QuestionKey>();
      keys.add(questionKey);
      evidence.set(form, keys);
    }
  }
  return EXPLOITATION_FORMS.filter((form) => evidence.has(form)).map((form) => ({
    form,
    questionKeys: [...(evidence.get(form) ?? [])],
  }));
}
