import { exploitationGroups } from '../cases/exploitation.js';
import { isChildAgeBand } from '../persons/age.js';
import type { AnonymousNotification } from './anonymous-notification.js';

/**
 * Support an adult can still be offered after declining a referral: assistance is
 * never a reward for a referral or for cooperation (CoE art. 12(6)), and the person may
 * still be referred later if they change their mind. The interface translates each code.
 */
export const SUPPORT_WITHOUT_REFERRAL = [
  /** National anti-trafficking or modern-slavery helpline, anonymous. */
  'helpline',
  /** Drop-in services of specialised NGOs, no registration needed. */
  'ngo_drop_in',
  /** Emergency and primary health care. */
  'health_care',
  /** Independent legal advice, including on residence and compensation. */
  'legal_advice',
  /** Emergency accommodation in a shelter. */
  'shelter',
  /** Psychological and counselling support. */
  'psychological_support',
  /** Advice on pay and working conditions (trade unions, labour rights services). */
  'labour_rights_advice',
  /** A referral with consent remains possible at any later time. */
  'referral_later',
] as const;
export type SupportWithoutReferral = (typeof SUPPORT_WITHOUT_REFERRAL)[number];

/** The support to tell the person about, in the order above; labour-rights advice when labour exploitation is recorded. */
export function supportStillOffered(
  notification: Pick<AnonymousNotification, 'exploitationForms'>,
): readonly SupportWithoutReferral[] {
  const labour = exploitationGroups(notification.exploitationForms).includes('labour');
  return SUPPORT_WITHOUT_REFERRAL.filter((code) => code !== 'labour_rights_advice' || labour);
}

export const ANONYMOUS_NOTIFICATION_REFUSALS = ['child'] as const;
export type AnonymousNotificationRefusal = (typeof ANONYMOUS_NOTIFICATION_REFUSALS)[number];

/**
 * A child is referred (the child's consent is not required, CoE art. 10(3)-(4)), never
 * only counted: an anonymous notification in a child's age band is refused.
 */
export function anonymousNotificationRefusal(
  notification: Pick<AnonymousNotification, 'ageBand'>,
): AnonymousNotificationRefusal | null {
  return isChildAgeBand(notification.ageBand) ? 'child' : null;
}
