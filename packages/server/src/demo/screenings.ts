import {
  concludeScreening,
  INDICATOR_SETS,
  SAFETY_QUESTIONS,
  SCREENING_LANGUAGES,
  type Screen,
  SHORT_SCREEN_VERSION,
  scoreScreening,
  screeningChildStatus,
  screeningScreen,
} from '@opennrm/core';
import type { ScreeningPerson } from '../identification/schemas.js';
import type { Rng } from './random.js';
import { writeText } from './texts/compose.js';
import type { DemoScreening, DemoScreeningAnswer } from './types.js';
import { type ExploitationForm, SEXUAL_FORMS } from './vocabulary.js';

const MINUTE_MS = 60_000;

type QuestionInfo = {
  readonly forms: ReadonlySet<ExploitationForm>;
  readonly indicatesWhen: 'yes' | 'no';
  /** Asks about exploitative conditions: the element a short screen has fewest questions for. */
  readonly conditions: boolean;
};

/** Per question key: the forms its indicators point to (none: a general indicator) and the indicating answer. */
const QUESTIONS: ReadonlyMap<string, QuestionInfo> = (() => {
  const explicit = new Map<string, Set<ExploitationForm>>();
  const kinds = new Map<string, Set<string>>();
  const indicatesWhen = new Map<string, 'yes' | 'no'>();
  const conditions = new Set<string>();
  for (const set of INDICATOR_SETS) {
    for (const item of set.indicators) {
      const key = item.questionKey;
      if (item.dimension === 'exploitative_conditions') conditions.add(key);
      if (!explicit.has(key)) explicit.set(key, new Set());
      if (!kinds.has(key)) kinds.set(key, new Set());
      for (const form of item.forms ?? []) explicit.get(key)?.add(form);
      if (set.exploitation !== 'any') kinds.get(key)?.add(set.exploitation);
      if (!indicatesWhen.has(key)) indicatesWhen.set(key, item.indicatesWhen ?? 'yes');
    }
  }
  const out = new Map<string, QuestionInfo>();
  for (const [key, forms] of explicit) {
    const only = kinds.get(key)?.size === 1 ? [...(kinds.get(key) ?? [])][0] : undefined;
    const resolved =
      forms.size > 0
        ? forms
        : only === 'labour'
          ? new Set<ExploitationForm>(['forced_labour'])
          : only === 'sexual'
            ? new Set<ExploitationForm>(['sexual_other'])
            : new Set<ExploitationForm>();
    out.set(key, {
      forms: resolved,
      indicatesWhen: indicatesWhen.get(key) ?? 'yes',
      conditions: conditions.has(key),
    });
  }
  return out;
})();

const LABOUR_FAMILY: readonly ExploitationForm[] = [
  'forced_labour',
  'servitude',
  'slavery_similar_practices',
];

/** Forms counted as the same for answering: the sexual forms together, the labour forms together. */
function family(form: ExploitationForm): readonly ExploitationForm[] {
  if (SEXUAL_FORMS.includes(form)) return SEXUAL_FORMS;
  if (LABOUR_FAMILY.includes(form)) return LABOUR_FAMILY;
  return [form];
}

export type ScreeningSubject = {
  /** What the screener records of the person's age (the child status follows from it) and gender. */
  readonly person: ScreeningPerson | null;
  readonly forms: readonly ExploitationForm[];
  readonly urgentNeeds: readonly string[];
  readonly preferredLanguage: string;
  /** Language of free text written about the case (an override reason). */
  readonly textLanguage: string;
};

function opposite(answer: 'yes' | 'no'): 'yes' | 'no' {
  return answer === 'yes' ? 'no' : 'yes';
}

/**
 * Answers a person in this situation would plausibly give: indicators of their own forms
 * of exploitation mostly present, general ones often, others rarely; safety answers
 * follow the urgent needs; some "unsure" and "I don't want to answer", more of them
 * when the person holds the device.
 */
function answerQuestions(
  rng: Rng,
  keys: readonly string[],
  subject: ScreeningSubject,
  personFacing: boolean,
): Record<string, DemoScreeningAnswer> {
  const own = new Set(subject.forms.flatMap(family));
  const needs = new Set(subject.urgentNeeds);
  const answers: Record<string, DemoScreeningAnswer> = {};
  for (const key of keys) {
    const safety = SAFETY_QUESTIONS.find((q) => q.questionKey === key);
    if (rng.chance(personFacing ? 0.07 : 0.03)) {
      answers[key] = 'declined';
      continue;
    }
    if (rng.chance(0.05)) {
      answers[key] = 'unsure';
      continue;
    }
    if (safety) {
      const need = { in_danger_now: 'safety', injured: 'medical', no_safe_place_tonight: 'accommodation' }[
        safety.flag
      ];
      const urgent = needs.has(need) ? rng.chance(0.8) : rng.chance(0.03);
      answers[key] = urgent ? safety.urgentWhen : opposite(safety.urgentWhen);
      continue;
    }
    const info = QUESTIONS.get(key);
    if (!info) continue;
    const related = [...info.forms].some((form) => own.has(form));
    // Persons referred on: general indicators are usually present, conditions most of all.
    const chance = info.forms.size === 0 ? (info.conditions ? 0.85 : 0.6) : related ? 0.8 : 0.04;
    answers[key] = rng.chance(chance) ? info.indicatesWhen : opposite(info.indicatesWhen);
  }
  return answers;
}

/** The person's language when the short screen has it (often read aloud to them), else English. */
function screeningLanguage(rng: Rng, preferred: string): string {
  return (SCREENING_LANGUAGES as readonly string[]).includes(preferred) && rng.chance(0.85)
    ? preferred
    : 'en';
}

/** The indicator sets a screening records, as the route does: a short screen names its question list too. */
export function recordedSets(screen: Screen): { id: string; version: number }[] {
  return [
    ...screen.sets.map((set) => ({ id: set.id, version: set.version })),
    ...(screen.depth === 'short' ? [{ id: 'short_screen', version: SHORT_SCREEN_VERSION }] : []),
  ];
}

/**
 * One screening, as the routes would have stored it. Started (POST /api/screenings): the
 * person's child status at the start chooses the lists (core `screeningChildStatus`); a
 * full screen carries over the short screen's answers it asks too, never asking them
 * again. Completed (POST /api/screenings/:id/complete): every question answered, the
 * suggestion scored with core's rules, and the screener's conclusion — confirmed, or
 * overridden to "indication" with a reason when the indicators found too little — with
 * the forms the screener recorded. In progress: the first questions answered, no
 * suggestion or conclusion yet.
 */
export function buildScreening(
  rng: Rng,
  input: {
    readonly subject: ScreeningSubject;
    readonly depth: 'short' | 'full';
    readonly caseId: string | null;
    readonly organisationId: string;
    readonly screenerUserId: string;
    readonly startedAt: Date;
    /** Share of the questions answered so far; absent: completed. */
    readonly progress?: number;
    readonly parent?: DemoScreening;
    readonly mode?: DemoScreening['mode'];
    readonly language?: string;
  },
): DemoScreening {
  const { subject, depth, parent } = input;
  const person = subject.person ?? parent?.person ?? null;
  const childStatus = screeningChildStatus(person, input.startedAt);
  const screen = screeningScreen(depth, childStatus);
  const language = input.language ?? parent?.language ?? screeningLanguage(rng, subject.preferredLanguage);
  const ownLanguage = language === subject.preferredLanguage;
  const mode =
    input.mode ?? (ownLanguage && rng.chance(0.3) ? 'person_facing' : ('worker' as DemoScreening['mode']));
  // A full screen picks up where the short one stopped: the earlier answers it asks too
  // are carried over and never asked again.
  const inherited = Object.fromEntries(
    Object.entries(parent?.answers ?? {}).filter(([key]) => screen.questionKeys.includes(key)),
  );
  const toAsk = screen.questionKeys.filter((key) => !(key in inherited));
  const asked =
    input.progress === undefined
      ? toAsk
      : toAsk.slice(0, Math.max(1, Math.floor(toAsk.length * input.progress)));
  const answers = { ...inherited, ...answerQuestions(rng, asked, subject, mode === 'person_facing') };
  const minutes = (mode === 'person_facing' ? 1.6 : 1.1) * asked.length + rng.int(3, 12);
  const base: DemoScreening = {
    id: rng.uuid(),
    organisationId: input.organisationId,
    screenerUserId: input.screenerUserId,
    parentId: parent?.id ?? null,
    caseId: input.caseId,
    depth,
    mode,
    language,
    indicatorSets: recordedSets(screen),
    status: 'in_progress',
    person,
    childStatus,
    answers,
    fromParent: Object.keys(inherited),
    suggested: null,
    conclusion: null,
    concluded: null,
    concludedByUserId: null,
    concludedForms: [],
    overrideReason: null,
    startedAt: input.startedAt.toISOString(),
    completedAt: null,
  };
  if (input.progress !== undefined) return base;
  const suggestion = scoreScreening({ answers, childStatus });
  const reason =
    suggestion.overall === 'insufficient' ? writeText(rng, subject.textLanguage, 'screeningOverride') : null;
  const completedAt = new Date(input.startedAt.getTime() + minutes * MINUTE_MS);
  const result = concludeScreening(suggestion, {
    concludedBy: input.screenerUserId,
    concludedAt: completedAt,
    ...(reason === null ? {} : { concluded: 'indication', reason }),
  });
  if (!result.ok) throw new Error(`demo screening conclusion refused: ${result.error}`);
  const { conclusion } = result;
  return {
    ...base,
    status: 'completed',
    suggested: suggestion.overall,
    conclusion: conclusion.kind,
    concluded: conclusion.kind === 'overridden' ? conclusion.concluded : conclusion.suggested,
    concludedByUserId: input.screenerUserId,
    concludedForms: [...new Set(subject.forms)],
    overrideReason: conclusion.kind === 'overridden' ? conclusion.reason : null,
    completedAt: completedAt.toISOString(),
  };
}
