import { z } from 'zod';
import { isValidLocalDate, isValidTimeZone } from '../identification/local-time.js';
import { ZOrganisationKind } from '../organisations/kinds.js';

/** CoE art. 13(1): a recovery and reflection period of at least 30 days. */
export const MINIMUM_RECOVERY_PERIOD_DAYS = 30;
/** UK practice and the default target: a reasonable-grounds decision within 5 working days of referral. */
export const DEFAULT_REASONABLE_GROUNDS_WORKING_DAYS = 5;

const ZSlug = z.string().regex(/^[a-z][a-z0-9_]{0,62}[a-z0-9]$/, 'A snake_case id');

/** The working-day calendar deadlines are counted in. */
export const ZWorkingCalendar = z.strictObject({
  timeZone: z.string().refine(isValidTimeZone, 'Unknown IANA time zone'),
  /** Days of the week that are not working days, 0 = Sunday … 6 = Saturday. */
  weekend: z
    .array(z.number().int().min(0).max(6))
    .max(6, 'At least one day of the week must be a working day')
    .refine((days) => new Set(days).size === days.length, 'Each weekend day may appear once'),
  /** Public holidays, local dates. */
  holidays: z
    .array(z.string().refine(isValidLocalDate, 'A holiday is a real YYYY-MM-DD date'))
    .refine((days) => new Set(days).size === days.length, 'Each holiday may appear once'),
});
export type WorkingCalendar = z.infer<typeof ZWorkingCalendar>;

/** One outcome a decision may have; `positive` outcomes identify the person (and start protection). */
export const ZOutcomeCategory = z.strictObject({
  id: ZSlug,
  positive: z.boolean(),
  /** Message id of the label, translated by the interface. */
  labelKey: z.string().min(1),
});
export type OutcomeCategory = z.infer<typeof ZOutcomeCategory>;

const ZOutcomeList = z
  .array(ZOutcomeCategory)
  .min(2)
  .refine((list) => new Set(list.map((item) => item.id)).size === list.length, 'Outcome ids must be unique')
  .refine(
    (list) => list.some((item) => item.positive) && list.some((item) => !item.positive),
    'A decision needs at least one positive and one negative outcome',
  );

export const DECISION_STAGES = ['reasonable_grounds', 'conclusive_grounds'] as const;
export type DecisionStage = (typeof DECISION_STAGES)[number];

/**
 * A country's NRM rules. Versioned: a case keeps the version it started with
 * (select.ts), so an administrator's change applies to new cases only.
 * A one-stage profile has only the conclusive (formal) decision.
 */
export const ZCountryProfile = z
  .strictObject({
    id: ZSlug,
    version: z.number().int().min(1),
    name: z.string().trim().min(1),
    /** Kinds of organisation that may refer (UK: "first responder organisations"). */
    referringKinds: z.array(ZOrganisationKind).min(1),
    /** Kinds of organisation that take identification decisions. */
    decidingKinds: z.array(ZOrganisationKind).min(1),
    decisionStages: z.union([z.literal(1), z.literal(2)]),
    reasonableGroundsDeadlineWorkingDays: z
      .number()
      .int()
      .min(1)
      .default(DEFAULT_REASONABLE_GROUNDS_WORKING_DAYS),
    /** Target for the conclusive decision, in calendar days after the recovery period ends; absent: no target. */
    conclusiveAfterRecoveryDays: z.number().int().min(0).optional(),
    recoveryPeriodDays: z
      .number()
      .int()
      .min(MINIMUM_RECOVERY_PERIOD_DAYS, 'CoE art. 13(1): the recovery period is at least 30 days'),
    /** Support after a positive conclusive decision, in calendar days. */
    moveOnPeriodDays: z.number().int().min(0),
    outcomeCategories: z.strictObject({
      reasonableGrounds: ZOutcomeList.optional(),
      conclusiveGrounds: ZOutcomeList,
    }),
    calendar: ZWorkingCalendar,
    /** Calendar days before a deadline at which it shows as "due soon" and a reminder goes out. */
    reminderDaysBefore: z.number().int().min(0).max(30),
  })
  .refine(
    (profile) =>
      (profile.decisionStages === 2) === (profile.outcomeCategories.reasonableGrounds !== undefined),
    {
      message: 'Reasonable-grounds outcomes are given exactly when there are two decision stages',
      path: ['outcomeCategories', 'reasonableGrounds'],
    },
  );
/** A parsed profile (defaults filled in). */
export type CountryProfile = z.output<typeof ZCountryProfile>;
export type CountryProfileInput = z.input<typeof ZCountryProfile>;

export type CountryProfileRef = { readonly id: string; readonly version: number };
