import { z } from 'zod';
import { ZPersonLanguage } from '../i18n/locales.js';
import { ageBand } from '../persons/age.js';
import { type AnonymousNotification, ZAnonymousNotification } from './anonymous-notification.js';
import { CONSENT_METHODS, type ConsentGiven, type ConsentPurpose } from './consent.js';
import { ZTraffickingElements } from './elements.js';
import { ZReferralDraft, ZReferralPerson } from './referral-draft.js';
import { isChildStatus, type ReferralPath, referralPath } from './referral-rules.js';
import { type ReferralSubmissionInput, ZReferralSubmission } from './submission.js';

/** The steps of the referral form, in order. */
export const REFERRAL_STEPS = ['person', 'exploitation', 'needs', 'authority', 'consent', 'check'] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

const ZIsoInstant = z.iso.datetime({ offset: true });

/** Purposes asked about apart from the referral and sharing with providers, each optional. */
export const OPTIONAL_CONSENT_PURPOSES = [
  'inform_law_enforcement',
] as const satisfies readonly ConsentPurpose[];
export type OptionalConsentPurpose = (typeof OPTIONAL_CONSENT_PURPOSES)[number];

/**
 * The consent conversation with an adult, per purpose. Each purpose is asked on its
 * own; informing law enforcement is optional and nothing else depends on it.
 */
export const ZConsentAnswers = z
  .strictObject({
    /** Consent to a referral with identifying data to the competent authority; null: not asked yet. */
    identificationReferral: z.enum(['given', 'declined']).nullable(),
    /** Assistance providers the person agreed to share with, each named. */
    providerOrgIds: z.array(z.string().min(1)).max(10),
    /**
     * Optional purposes agreed to: informing law enforcement. Separate from the rest,
     * never required, and no rule reads it (CoE art. 12(6), EU art. 11(3)).
     */
    optionalPurposes: z
      .array(z.enum(OPTIONAL_CONSENT_PURPOSES))
      .refine((purposes) => new Set(purposes).size === purposes.length, 'Each purpose may appear once'),
    /** The language the person was informed in. */
    language: ZPersonLanguage.nullable(),
    interpreterUsed: z.boolean(),
    method: z.enum(CONSENT_METHODS).nullable(),
    /** When the person gave their answers. */
    recordedAt: ZIsoInstant.nullable(),
  })
  .partial();
export type ConsentAnswers = z.infer<typeof ZConsentAnswers>;

/**
 * A referral being written, stored (encrypted) in the browser and synced as a draft of
 * kind `referral`: the referral draft with every part optional and texts that may be
 * empty while typing, plus the consent answers, the competent authority chosen, the
 * step reached and, when it was sent while offline, the time it was queued. JSON only.
 */
export const ZReferralWorkingDraft = ZReferralDraft.extend({
  person: ZReferralPerson.extend({
    name: z.string().max(500).nullable(),
    contact: z.string().max(1000).nullable(),
  }).partial(),
  elements: ZTraffickingElements.partial(),
  competentOrgId: z.uuid().nullable(),
  consent: ZConsentAnswers,
  step: z.enum(REFERRAL_STEPS),
  queuedAt: ZIsoInstant.nullable(),
}).partial();
export type ReferralWorkingDraft = z.infer<typeof ZReferralWorkingDraft>;

/** What is still needed before a referral can be sent. */
export const REFERRAL_GAPS = [
  'exploitationForms',
  'identificationConsent',
  'consentLanguage',
  'consentMethod',
  /** Some value would be refused by the server (e.g. text too long). */
  'invalid',
] as const;
export type ReferralGap = (typeof REFERRAL_GAPS)[number];

export type ReferralCompletion =
  | { readonly ok: true; readonly path: ReferralPath; readonly submission: ReferralSubmissionInput }
  | {
      readonly ok: false;
      readonly path: ReferralPath;
      /** The adult declined the referral: offer the anonymous notification instead. */
      readonly declined: boolean;
      readonly gaps: readonly ReferralGap[];
    };

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

/** The consents an adult gave in the conversation, one per purpose and recipient. */
export function consentsFromAnswers(answers: ConsentAnswers, at: Date): ConsentGiven[] {
  const { language, method } = answers;
  if (!language || !method) return [];
  const givenAt = answers.recordedAt ? new Date(answers.recordedAt) : at;
  const base = { language, method, interpreterUsed: answers.interpreterUsed ?? false, givenAt };
  const consents: ConsentGiven[] = [];
  if (answers.identificationReferral === 'given')
    consents.push({ ...base, purpose: 'identification_referral', recipientOrgId: null });
  for (const provider of new Set(answers.providerOrgIds ?? []))
    consents.push({ ...base, purpose: 'share_with_provider', recipientOrgId: provider });
  for (const purpose of new Set(answers.optionalPurposes ?? []))
    consents.push({ ...base, purpose, recipientOrgId: null });
  return consents;
}

/**
 * Turns a working draft into a submission, or says what is missing. For a child (or
 * presumed child) no consent is asked: the child's consent is not required and the
 * guardian decides on sharing later. Means are not part of a child's referral.
 */
export function completeReferral(
  working: ReferralWorkingDraft,
  clientRef: string,
  at: Date,
): ReferralCompletion {
  const person = {
    name: text(working.person?.name),
    birthYear: working.person?.birthYear ?? null,
    ageUncertain: working.person?.ageUncertain ?? false,
    reasonsToBelieveChild: working.person?.reasonsToBelieveChild ?? false,
    gender: working.person?.gender ?? 'unknown',
    nationality: working.person?.nationality ?? null,
    preferredLanguage: working.person?.preferredLanguage ?? null,
    contact: text(working.person?.contact),
  };
  const answers = working.consent ?? {};
  const child = isChildStatus(referralPath(person, [], at).childStatus);
  const consents = child ? [] : consentsFromAnswers(answers, at);
  const path = referralPath(person, consents, at);
  const forms = working.exploitationForms ?? [];

  const gaps: ReferralGap[] = [];
  if (forms.length === 0) gaps.push('exploitationForms');
  if (!child) {
    if (answers.identificationReferral !== 'given') gaps.push('identificationConsent');
    if (!answers.language) gaps.push('consentLanguage');
    if (!answers.method) gaps.push('consentMethod');
  }
  if (gaps.length > 0 || path.route !== 'referral')
    return { ok: false, path, declined: !child && answers.identificationReferral === 'declined', gaps };

  const submission: ReferralSubmissionInput = {
    person,
    region: working.region ?? null,
    elements: {
      acts: working.elements?.acts ?? [],
      means: child ? [] : (working.elements?.means ?? []),
      purposes: [...forms],
    },
    exploitationForms: [...forms],
    exploitationLocation: working.exploitationLocation ?? 'unknown',
    events: working.events ?? [],
    urgentNeeds: working.urgentNeeds ?? [],
    interpreterNeeded: working.interpreterNeeded ?? false,
    narrative: text(working.narrative),
    screeningId: working.screeningId ?? null,
    consents: consents.map((consent) => ({ ...consent, givenAt: consent.givenAt.toISOString() })),
    competentOrgId: working.competentOrgId ?? null,
    clientRef,
  };
  // The same schema as the server: a draft that would be refused is not offered for sending.
  if (!ZReferralSubmission.safeParse(submission).success)
    return { ok: false, path, declined: false, gaps: ['invalid'] };
  return { ok: true, path, submission };
}

/**
 * The anonymous notification a working draft would make: only gender, age band,
 * nationality, forms of exploitation and region; everything else stays behind.
 */
export function anonymousNotificationFromDraft(
  working: ReferralWorkingDraft,
  at: Date,
): AnonymousNotification {
  return ZAnonymousNotification.parse({
    gender: working.person?.gender ?? 'unknown',
    ageBand: ageBand(working.person?.birthYear ?? null, at),
    nationality: working.person?.nationality ?? null,
    exploitationForms: [...(working.exploitationForms ?? [])],
    region: working.region ?? null,
  });
}
