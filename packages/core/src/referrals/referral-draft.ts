import { z } from 'zod';
import { ZExploitationForms } from '../cases/exploitation.js';
import { ZCountryCode } from '../geo/countries.js';
import { ZPersonLanguage } from '../i18n/locales.js';
import { ZGender } from '../persons/gender.js';
import { ZRegionCode } from '../regions.js';
import { ZTraffickingElements } from './elements.js';

/** Where the exploitation happened, relative to the country of the NRM. */
export const EXPLOITATION_LOCATIONS = ['in_country', 'abroad', 'both', 'unknown'] as const;
export type ExploitationLocation = (typeof EXPLOITATION_LOCATIONS)[number];

export const ZExploitationEvent = z.strictObject({
  kind: z.enum(['recruitment', 'transit', 'exploitation']),
  country: ZCountryCode.nullable(),
  /** As precise as known: "2025", "2025-03" or "2025-03-14". */
  date: z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/)
    .nullable(),
});
export type ExploitationEvent = z.infer<typeof ZExploitationEvent>;

export const URGENT_NEEDS = [
  'safety',
  'medical',
  'accommodation',
  'food_and_basics',
  'psychological',
  'legal',
  'childcare',
  'other',
] as const;
export type UrgentNeed = (typeof URGENT_NEEDS)[number];

/**
 * What the screener knows about the person. Everything in `person` except gender and
 * nationality identifies the person and never leaves in an anonymous notification.
 */
export const ZReferralPerson = z.strictObject({
  name: z.string().trim().min(1).max(500).nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  ageUncertain: z.boolean(),
  reasonsToBelieveChild: z.boolean(),
  gender: ZGender,
  nationality: ZCountryCode.nullable(),
  preferredLanguage: ZPersonLanguage.nullable(),
  /** How to reach the person safely (phone, address, a support worker). */
  contact: z.string().trim().min(1).max(1000).nullable(),
});
export type ReferralPerson = z.infer<typeof ZReferralPerson>;

/**
 * A referral being prepared (also offline, in the browser). There is no field about
 * cooperation with the police: it plays no part in a referral (CoE art. 10, EU art. 11(3)).
 */
export const ZReferralDraft = z.strictObject({
  person: ZReferralPerson,
  /** Region where the person was met, as the country profile defines regions. */
  region: ZRegionCode.nullable(),
  elements: ZTraffickingElements,
  exploitationForms: ZExploitationForms,
  exploitationLocation: z.enum(EXPLOITATION_LOCATIONS),
  events: z.array(ZExploitationEvent).max(50),
  urgentNeeds: z
    .array(z.enum(URGENT_NEEDS))
    .refine((needs) => new Set(needs).size === needs.length, 'Each need may appear once'),
  interpreterNeeded: z.boolean(),
  /** What happened, in the screener's words; identifying by nature. */
  narrative: z.string().max(20_000).nullable(),
  /** The screening this referral follows, if any (its id as the server gave it). */
  screeningId: z.uuid().nullable(),
});
export type ReferralDraft = z.infer<typeof ZReferralDraft>;
