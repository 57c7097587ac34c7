import { z } from 'zod';
import { ZGender } from '../persons/gender.js';
import { ZScreeningAnswers } from './indicators/types.js';
import { SCREENING_LANGUAGES } from './messages/index.js';
import { OVERALL_READINGS } from './scoring.js';
import { SCREEN_DEPTHS } from './screens.js';

/** Who holds the device: the worker asks and records, or the person answers on their own. */
export const SCREENING_MODES = ['worker', 'person_facing'] as const;
export type ScreeningMode = (typeof SCREENING_MODES)[number];

/** At most this many answers fit in a draft (the full screen has fewer questions). */
export const MAX_DRAFT_ANSWERS = 400;

const ZDraftInstant = z.iso.datetime({ offset: true });

/**
 * A screening being worked on, also offline in the browser and synced as a draft. A
 * draft may be incomplete: this checks its shape, never that it is finished (that is
 * checked when the screening is submitted). JSON only (instants as ISO strings), so
 * that it round-trips through IndexedDB and the server unchanged. Like every screening
 * shape, it has no field about cooperation with the police.
 */
export const ZScreeningDraft = z.strictObject({
  depth: z.enum(SCREEN_DEPTHS),
  mode: z.enum(SCREENING_MODES),
  /** Language the questions are shown (and read aloud) in. */
  language: z.enum(SCREENING_LANGUAGES),
  answers: ZScreeningAnswers.refine(
    (answers) => Object.keys(answers).length <= MAX_DRAFT_ANSWERS,
    'Too many answers',
  ),
  /** What decides adult or child lists (the presumption of childhood applies). */
  person: z
    .strictObject({
      birthYear: z.number().int().min(1900).max(2100).nullable(),
      ageUncertain: z.boolean(),
      reasonsToBelieveChild: z.boolean(),
      gender: ZGender.nullable(),
    })
    .partial()
    .optional(),
  /** The short screen a full screen continues (its answers are never asked again). */
  parentScreeningId: z.uuid().nullable().optional(),
  caseId: z.uuid().nullable().optional(),
  /** Index of the question on screen, to return to the same place. */
  position: z.number().int().min(0).max(MAX_DRAFT_ANSWERS).optional(),
  /** The screener's conclusion so far: absent until the suggestion was shown. */
  conclusion: z
    .strictObject({
      concluded: z.enum(OVERALL_READINGS).nullable(),
      reason: z.string().max(4000).nullable(),
    })
    .optional(),
  notes: z.string().max(4000).nullable().optional(),
  startedAt: ZDraftInstant.optional(),
  /**
   * Set when the screener finished (answers and conclusion given): the screening is
   * submitted with the draft id as its client reference as soon as there is a connection.
   */
  finishedAt: ZDraftInstant.optional(),
});
export type ScreeningDraft = z.infer<typeof ZScreeningDraft>;
