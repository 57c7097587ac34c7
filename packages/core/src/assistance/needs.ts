import type { AssistanceFieldProblem, NeedsAssessmentInput } from './shapes.js';
import { NEED_DOMAINS, type NeedDomain, type NeedLevel, type Urgency } from './vocabulary.js';

/** One domain of an assessment as stored: the need and how soon help is needed. */
export type AssessedNeed = {
  readonly domain: NeedDomain;
  readonly level: NeedLevel;
  readonly urgency: Urgency;
  readonly notes: string | null;
};

/** Every domain, in the fixed order, saying plainly whether it was assessed. */
export type DomainAssessment =
  | {
      readonly domain: NeedDomain;
      readonly assessed: true;
      readonly level: NeedLevel;
      readonly urgency: Urgency;
      readonly notes: string | null;
    }
  | {
      readonly domain: NeedDomain;
      readonly assessed: false;
      readonly level: null;
      readonly urgency: null;
      readonly notes: null;
    };

/**
 * The rules of a needs assessment beyond its shape:
 * - each domain at most once;
 * - a need ('low' and above) says how urgent it is; 'none' is never urgent (stored as 'routine');
 * - the person's priorities are kept with the language they were said in;
 * - something is recorded: at least one domain, or the person's priorities.
 */
export function checkNeedsAssessment(input: NeedsAssessmentInput): AssistanceFieldProblem[] {
  const problems: AssistanceFieldProblem[] = [];
  const seen = new Set<NeedDomain>();
  input.needs.forEach((need, index) => {
    if (seen.has(need.domain)) problems.push({ path: `needs.${index}.domain`, code: 'duplicate_domain' });
    seen.add(need.domain);
    if (need.level === 'none') {
      if (need.urgency !== undefined && need.urgency !== 'routine') {
        problems.push({ path: `needs.${index}.urgency`, code: 'no_need_not_urgent' });
      }
    } else if (need.urgency === undefined) {
      problems.push({ path: `needs.${index}.urgency`, code: 'urgency_required' });
    }
  });
  const priorities = input.priorities ?? null;
  const language = input.prioritiesLanguage ?? null;
  if (priorities !== null && language === null) {
    problems.push({ path: 'prioritiesLanguage', code: 'language_required' });
  }
  if (priorities === null && language !== null) {
    problems.push({ path: 'priorities', code: 'priorities_required_with_language' });
  }
  if (input.needs.length === 0 && priorities === null) {
    problems.push({ path: 'needs', code: 'nothing_assessed' });
  }
  return problems;
}

/** The needs as stored, once `checkNeedsAssessment` found nothing wrong. */
export function assessedNeeds(input: NeedsAssessmentInput): AssessedNeed[] {
  return input.needs.map((need) => ({
    domain: need.domain,
    level: need.level,
    urgency: need.level === 'none' ? 'routine' : (need.urgency ?? 'routine'),
    notes: need.notes ?? null,
  }));
}

/** All fifteen domains in order; those not assessed are explicit, never silently missing. */
export function domainAssessments(needs: readonly AssessedNeed[]): DomainAssessment[] {
  const byDomain = new Map(needs.map((need) => [need.domain, need]));
  return NEED_DOMAINS.map((domain) => {
    const need = byDomain.get(domain);
    return need
      ? { domain, assessed: true, level: need.level, urgency: need.urgency, notes: need.notes }
      : { domain, assessed: false, level: null, urgency: null, notes: null };
  });
}

const URGENCY_ORDER: readonly Urgency[] = ['immediate', 'within_week', 'within_month', 'routine'];
const LEVEL_ORDER: readonly NeedLevel[] = ['high', 'medium', 'low', 'none'];

/**
 * The needs to act on first: a need above 'none', the most urgent first, then the
 * highest level, then the domain order. What the summary on the case page leads with.
 */
export function needsByPriority<
  T extends { readonly level: NeedLevel; readonly urgency: Urgency; readonly domain: NeedDomain },
>(needs: readonly T[]): T[] {
  return needs
    .filter((need) => need.level !== 'none')
    .toSorted(
      (a, b) =>
        URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency) ||
        LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
        NEED_DOMAINS.indexOf(a.domain) - NEED_DOMAINS.indexOf(b.domain),
    );
}
