import { z } from 'zod';
import { ZPersonLanguage } from '../i18n/locales.js';
import { ZInstant } from '../identification/instant.js';
import type { ChildStatus } from '../persons/age.js';

/**
 * Purposes an adult consents to, each on its own (domain.md, "Privacy"):
 * - `identification_referral`: a referral with identifying data to the competent authority;
 * - `share_with_provider`: sharing with one named assistance provider;
 * - `inform_law_enforcement`: always separate and optional. No rule in this module or
 *   any other reads it to decide a referral, an assistance or a decision (CoE art.
 *   12(6), EU art. 11(3)); consent.test.ts proves it for the rules here.
 */
export const CONSENT_PURPOSES = [
  'identification_referral',
  'share_with_provider',
  'inform_law_enforcement',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_METHODS = ['verbal', 'written', 'signed', 'recorded'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** The fields recorded when a consent is given (all of a consent but its revocation). */
const ZConsentFields = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  /**
   * The organisation the data goes to. Required for sharing with a provider; for a
   * referral or for law enforcement, null means "the competent authority" / "the police".
   */
  recipientOrgId: z.string().min(1).nullable(),
  /** The language the person was informed in. */
  language: ZPersonLanguage,
  interpreterUsed: z.boolean(),
  method: z.enum(CONSENT_METHODS),
  givenAt: ZInstant,
});

const namesProvider = {
  check: (consent: { purpose: ConsentPurpose; recipientOrgId: string | null }): boolean =>
    consent.purpose !== 'share_with_provider' || consent.recipientOrgId !== null,
  message: 'Consent to share with a provider names the provider',
} as const;

/** A consent as it is recorded when given (e.g. with a referral): never already revoked. */
export const ZConsentGiven = ZConsentFields.refine(namesProvider.check, {
  message: namesProvider.message,
  path: ['recipientOrgId'],
});
export type ConsentGiven = z.output<typeof ZConsentGiven>;

export const ZConsent = ZConsentFields.extend({
  /** From this instant on nothing more is shared under this consent; null while in force. */
  revokedAt: ZInstant.nullable(),
})
  .refine(namesProvider.check, {
    message: namesProvider.message,
    path: ['recipientOrgId'],
  })
  .refine(
    (consent) => consent.revokedAt === null || consent.revokedAt.getTime() >= consent.givenAt.getTime(),
    {
      message: 'A consent cannot be revoked before it was given',
      path: ['revokedAt'],
    },
  );
export type Consent = z.output<typeof ZConsent>;

/** A consent is in force from the instant it was given until (not including) its revocation. */
export function isConsentInForce(consent: Consent, at: Date): boolean {
  const time = at.getTime();
  return (
    consent.givenAt.getTime() <= time && (consent.revokedAt === null || time < consent.revokedAt.getTime())
  );
}

/**
 * Whether data may go to `recipientOrgId` for `purpose` at `at`. A revocation takes
 * effect on what is shared from its time on; what was shared before stays lawful.
 * For a referral, a consent naming no recipient covers the competent authority.
 */
export function mayShareWith(
  consents: readonly Consent[],
  purpose: ConsentPurpose,
  recipientOrgId: string,
  at: Date,
): boolean {
  return consents.some(
    (consent) =>
      consent.purpose === purpose &&
      (consent.recipientOrgId === recipientOrgId ||
        (consent.recipientOrgId === null && purpose !== 'share_with_provider')) &&
      isConsentInForce(consent, at),
  );
}

export const REFERRAL_ROUTES = ['referral', 'anonymous_notification'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

/**
 * How a person may be brought into the NRM:
 * - a child or presumed child: a referral; the child's consent is not required, the
 *   guardian is involved (CoE art. 10(3)-(4), EU art. 13-14);
 * - an adult (or a person of unknown age with no reason to believe a child) who has
 *   consented to an identification referral, in force at `at`: a referral;
 * - otherwise an anonymous notification, which holds no identifying data.
 * Only the identification-referral consent is read; cooperation with law enforcement
 * is not an input.
 */
export function mayRefer(
  person: { readonly childStatus: ChildStatus },
  consents: readonly Consent[],
  at: Date = new Date(),
): ReferralRoute {
  if (person.childStatus === 'child' || person.childStatus === 'presumed_child') return 'referral';
  const consented = consents.some(
    (consent) => consent.purpose === 'identification_referral' && isConsentInForce(consent, at),
  );
  return consented ? 'referral' : 'anonymous_notification';
}

/** A consent revoked at `at`; an already revoked consent keeps its first revocation. */
export function revokeConsent(consent: Consent, at: Date): Consent {
  if (consent.revokedAt !== null) return consent;
  if (at.getTime() < consent.givenAt.getTime())
    throw new RangeError('Cannot revoke before consent was given');
  return { ...consent, revokedAt: at };
}
