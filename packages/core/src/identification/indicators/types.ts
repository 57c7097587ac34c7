import { z } from 'zod';
import { ZExploitationForm } from '../../cases/exploitation.js';

/**
 * The six dimensions of the ILO/EC operational indicators of trafficking in human
 * beings (2009). Every indicator set here, including the ILO 11 forced-labour
 * indicators and the lists for overlooked forms, files its indicators under these
 * six, so that one scoring rule reads them all.
 */
export const SCREENING_DIMENSIONS = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
  'exploitative_conditions',
  'coercion_at_destination',
  'abuse_of_vulnerability_at_destination',
] as const;
export type ScreeningDimension = (typeof SCREENING_DIMENSIONS)[number];
export const ZScreeningDimension = z.enum(SCREENING_DIMENSIONS);

export const INDICATOR_STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type IndicatorStrength = (typeof INDICATOR_STRENGTHS)[number];
export const ZIndicatorStrength = z.enum(INDICATOR_STRENGTHS);

/**
 * Who a set is written for. `any` is our addition to the ILO/EC's adult/child split:
 * the ILO 11 and most overlooked-form lists apply to everyone.
 */
export const SET_POPULATIONS = ['adult', 'child', 'any'] as const;
export type SetPopulation = (typeof SET_POPULATIONS)[number];
/** The population of the person being screened (a presumed child is screened as a child). */
export type ScreenedPopulation = Exclude<SetPopulation, 'any'>;

export const SET_EXPLOITATIONS = ['labour', 'sexual', 'any'] as const;
export type SetExploitation = (typeof SET_EXPLOITATIONS)[number];

/** A question key is also its answer's key: the same key means the same question in every set. */
export const ZQuestionKey = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'A question key is a snake_case id');
export type QuestionKey = string;

/** The answer that counts as the indicator being present; most questions are asked so that "yes" does. */
export const ZIndicatingAnswer = z.enum(['yes', 'no']);
export type IndicatingAnswer = z.infer<typeof ZIndicatingAnswer>;

export const ZIndicator = z.strictObject({
  /** Unique within its set. */
  id: z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/),
  dimension: ZScreeningDimension,
  strength: ZIndicatorStrength,
  questionKey: ZQuestionKey,
  /** Absent means "yes". "Were you able to leave…?" indicates on "no". */
  indicatesWhen: ZIndicatingAnswer.optional(),
  /** The forms of exploitation this indicator points to, when it is specific to some. */
  forms: z.array(ZExploitationForm).min(1).optional(),
});
export type Indicator = z.infer<typeof ZIndicator>;

export const ZIndicatorSet = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/),
    /** Bumped on any change to the indicators; a screening records the versions it used. */
    version: z.number().int().min(1),
    titleKey: z.string().min(1),
    population: z.enum(SET_POPULATIONS),
    exploitation: z.enum(SET_EXPLOITATIONS),
    /** Where the list comes from, for the screener and for auditors. */
    source: z.string().min(1),
    dimensions: z.array(ZScreeningDimension).min(1),
    indicators: z.array(ZIndicator).min(1),
  })
  .superRefine((set, ctx) => {
    const ids = new Set<string>();
    for (const [index, indicator] of set.indicators.entries()) {
      if (ids.has(indicator.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'id'],
          message: 'Duplicate indicator id',
        });
      }
      ids.add(indicator.id);
      if (!set.dimensions.includes(indicator.dimension)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'dimension'],
          message: 'Indicator dimension is not one of the set dimensions',
        });
      }
    }
  });
export type IndicatorSet = z.infer<typeof ZIndicatorSet>;

/** "declined" is "I don't want to answer": it is never read as "no". */
export const SCREENING_ANSWERS = ['yes', 'no', 'unsure', 'declined'] as const;
export type ScreeningAnswer = (typeof SCREENING_ANSWERS)[number];
export const ZScreeningAnswer = z.enum(SCREENING_ANSWERS);

/** Answers keyed by question key, shared by every set and both screen depths. */
export const ZScreeningAnswers = z.record(ZQuestionKey, ZScreeningAnswer);
export type ScreeningAnswers = Readonly<Record<QuestionKey, ScreeningAnswer>>;

/** A compact way to write indicator data: the id is the question key unless given. */
export function indicator(
  dimension: ScreeningDimension,
  strength: IndicatorStrength,
  questionKey: QuestionKey,
  extra: Partial<Pick<Indicator, 'id' | 'indicatesWhen' | 'forms'>> = {},
): Indicator {
  return { id: extra.id ?? questionKey, dimension, strength, questionKey, ...extra };
}

/** The answer to a question, reading own keys only (answers arrive as plain JSON objects). */
export function answerOf(answers: ScreeningAnswers, questionKey: QuestionKey): ScreeningAnswer | undefined {
  return Object.hasOwn(answers, questionKey) ? answers[questionKey] : undefined;
}
