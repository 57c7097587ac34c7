import { z } from 'zod';
import { ZExploitationForms } from '../cases/exploitation.js';
import { ZCountryCode } from '../geo/countries.js';
import { type AgeBand, ageBand, ZAgeBand } from '../persons/age.js';
import { ZGender } from '../persons/gender.js';
import { ZRegionCode } from '../regions.js';
import type { ReferralDraft } from './referral-draft.js';

/**
 * The ONLY fields an anonymous notification may hold (UK "duty to notify"): enough to
 * be counted in statistics, nothing that identifies the person. An adult who does not
 * consent to a referral is still counted this way.
 */
export const ANONYMOUS_NOTIFICATION_FIELDS = [
  'gender',
  'ageBand',
  'nationality',
  'exploitationForms',
  'region',
] as const;
export type AnonymousNotificationField = (typeof ANONYMOUS_NOTIFICATION_FIELDS)[number];

/** Strict: any other field is refused, so nothing identifying can be slipped in. */
export const ZAnonymousNotification = z.strictObject({
  gender: ZGender,
  ageBand: ZAgeBand,
  nationality: ZCountryCode.nullable(),
  exploitationForms: ZExploitationForms,
  region: ZRegionCode.nullable(),
});
export type AnonymousNotification = z.infer<typeof ZAnonymousNotification>;

/**
 * Builds the anonymous notification from a referral draft, copying only the allowed
 * fields: name, birth year, contact, narrative, events, screening and everything else
 * are dropped. The age is kept only as a band (IOM HTCDS bands), computed at `at`.
 */
export function toAnonymousNotification(draft: ReferralDraft, at: Date): AnonymousNotification {
  const band: AgeBand = ageBand(draft.person.birthYear, at);
  const notification: AnonymousNotification = {
    gender: draft.person.gender,
    ageBand: band,
    nationality: draft.person.nationality,
    exploitationForms: [...draft.exploitationForms],
    region: draft.region,
  };
  return ZAnonymousNotification.parse(notification);
}
