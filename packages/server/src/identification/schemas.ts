import {
  CHILD_STATUSES,
  DIMENSION_LEVELS,
  INDICATOR_STRENGTHS,
  MAX_DRAFT_ANSWERS,
  NEXT_STEP_ACTIONS,
  OVERALL_READINGS,
  SCREEN_DEPTHS,
  SCREENING_DIMENSIONS,
  SCREENING_ELEMENTS,
  SCREENING_LANGUAGES,
  SCREENING_MODES,
  URGENT_FLAGS,
  ZExploitationForm,
  ZGender,
  ZScreeningAnswers,
} from '@opennrm/core';
import { z } from 'zod';
import { ZPage } from '../organisations/schemas.js';

/**
 * Screenings (issue 3): a suggestion from indicators, never a decision. Request and
 * response shapes; the response schemas also filter what leaves the server.
 */

const ZOverall = z.enum(OVERALL_READINGS);
const ZInstantString = z.iso.datetime({ offset: true });

export const ZScreeningAnswersInput = ZScreeningAnswers.refine(
  (answers) => Object.keys(answers).length <= MAX_DRAFT_ANSWERS,
  'Too many answers',
);

/** What a screening knows about the person: only what decides the child lists, and gender. */
export const ZScreeningPerson = z.strictObject({
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  ageUncertain: z.boolean().default(false),
  reasonsToBelieveChild: z.boolean().default(false),
  gender: ZGender.nullable().default(null),
});
export type ScreeningPerson = z.output<typeof ZScreeningPerson>;

/** The screener's conclusion: no `concluded` (or the suggestion itself) confirms; otherwise a reason is required. */
export const ZConclusionInput = z.strictObject({
  concluded: ZOverall.nullable().optional(),
  reason: z.string().trim().max(4000).nullable().optional(),
  /** The forms the screener retains; absent means the suggested forms. */
  forms: z.array(ZExploitationForm).max(20).optional(),
});
export type ConclusionInput = z.output<typeof ZConclusionInput>;

export const ZScreeningStart = z.strictObject({
  /** The browser's draft id: a second submission with the same reference returns the first. */
  clientRef: z.uuid().optional(),
  depth: z.enum(SCREEN_DEPTHS),
  mode: z.enum(SCREENING_MODES),
  language: z.enum(SCREENING_LANGUAGES),
  person: ZScreeningPerson.optional(),
  /** A full screen continuing this short screen of the same organisation. */
  parentId: z.uuid().optional(),
  answers: ZScreeningAnswersInput.optional(),
  /** Given: the screening is completed in the same call (an offline screening submitted later). */
  conclusion: ZConclusionInput.optional(),
  /** When the screening started in the browser (it may have been offline). */
  startedAt: ZInstantString.optional(),
});
export type ScreeningStart = z.output<typeof ZScreeningStart>;

export const ZScreeningAnswersPut = z.strictObject({
  /** The version the change was made on; a stale one is refused with 409. */
  version: z.number().int().min(1),
  answers: ZScreeningAnswersInput,
  person: ZScreeningPerson.optional(),
});

export const ZScreeningComplete = ZConclusionInput.extend({ version: z.number().int().min(1) });

export const ZScreeningListQuery = ZPage.extend({
  status: z.enum(['in_progress', 'completed']).optional(),
  depth: z.enum(SCREEN_DEPTHS).optional(),
});

const ZReadingParams = z.record(z.string(), z.union([z.string(), z.number()]));
const ZSetRef = z.object({ id: z.string(), version: z.number().int() });

export const ZSuggestion = z.object({
  population: z.enum(['adult', 'child']),
  sets: z.array(ZSetRef),
  dimensions: z.array(
    z.object({
      dimension: z.enum(SCREENING_DIMENSIONS),
      level: z.enum(DIMENSION_LEVELS),
      found: z.array(
        z.object({
          questionKey: z.string(),
          strength: z.enum(INDICATOR_STRENGTHS),
          indicatorIds: z.array(z.string()),
        }),
      ),
      counts: z.object({ strong: z.number().int(), medium: z.number().int(), weak: z.number().int() }),
      answered: z.number().int(),
      unsure: z.number().int(),
      declined: z.number().int(),
      open: z.number().int(),
    }),
  ),
  elements: z.array(
    z.object({
      element: z.enum(SCREENING_ELEMENTS),
      level: z.enum([...DIMENSION_LEVELS, 'not_required']),
    }),
  ),
  overall: ZOverall,
  readings: z.array(z.object({ key: z.string(), params: ZReadingParams })),
  forms: z.array(z.object({ form: ZExploitationForm, questionKeys: z.array(z.string()) })),
  urgentFlags: z.array(z.enum(URGENT_FLAGS)),
  nextSteps: z.array(
    z.object({ action: z.enum(NEXT_STEP_ACTIONS), key: z.string(), params: ZReadingParams }),
  ),
});

const ZUserRef = z.object({ id: z.uuid(), displayName: z.string() });

export const ZScreeningSummary = z.object({
  id: z.uuid(),
  clientRef: z.uuid().nullable(),
  depth: z.enum(SCREEN_DEPTHS),
  mode: z.enum(SCREENING_MODES),
  language: z.enum(SCREENING_LANGUAGES),
  status: z.enum(['in_progress', 'completed']),
  childStatus: z.enum(CHILD_STATUSES),
  parentId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  suggested: ZOverall.nullable(),
  conclusion: z.enum(['confirmed', 'overridden']).nullable(),
  concluded: ZOverall.nullable(),
  screener: ZUserRef,
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  version: z.number().int(),
});
export type ScreeningSummary = z.infer<typeof ZScreeningSummary>;

export const ZScreeningList = z.object({
  items: z.array(ZScreeningSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZScreeningDetail = ZScreeningSummary.extend({
  organisationId: z.uuid(),
  indicatorSets: z.array(ZSetRef),
  person: z
    .object({
      birthYear: z.number().int().nullable(),
      ageUncertain: z.boolean(),
      reasonsToBelieveChild: z.boolean(),
      gender: z.string().nullable(),
    })
    .nullable(),
  answers: z.record(z.string(), z.enum(['yes', 'no', 'unsure', 'declined'])),
  questions: z.object({
    /** Every question of this screen, in order. */
    all: z.array(z.string()),
    /** The questions still to ask: answers already given (here or in the short screen) are never asked again. */
    remaining: z.array(z.string()),
    /** Questions answered in the short screen this full screen continues. */
    fromParent: z.array(z.string()),
  }),
  /** For a completed screening the suggestion as computed then; otherwise a preview from the answers so far. */
  suggestion: ZSuggestion,
  conclusionDetail: z
    .object({
      kind: z.enum(['confirmed', 'overridden']),
      suggested: ZOverall,
      /** Null only for an override whose reading was not recorded (e.g. imported data). */
      concluded: ZOverall.nullable(),
      reason: z.string().nullable(),
      forms: z.array(ZExploitationForm),
      concludedBy: ZUserRef,
      concludedAt: z.string(),
    })
    .nullable(),
  updatedAt: z.string(),
});
export type ScreeningDetail = z.infer<typeof ZScreeningDetail>;
