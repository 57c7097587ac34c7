import { type Consent, isConsentInForce } from '../referrals/consent.js';
import type { CaseTeamPurpose } from '../referrals/team.js';
import type { ServiceKind, ServiceReferralStatus } from './vocabulary.js';

/**
 * The life of a service referral (issue 4, "Service referrals"): the case team sends it;
 * the provider accepts or declines (with a reason), starts and ends the service (with an
 * outcome); the sender may withdraw it while it is open.
 */
export const SERVICE_REFERRAL_ACTIONS = ['accept', 'decline', 'start', 'end', 'withdraw'] as const;
export type ServiceReferralAction = (typeof SERVICE_REFERRAL_ACTIONS)[number];

/** Who may take an action: the provider it was sent to, or the case team that sent it. */
export type ServiceReferralSide = 'provider' | 'sender';

type Transition = {
  readonly from: readonly ServiceReferralStatus[];
  readonly to: ServiceReferralStatus;
  readonly by: ServiceReferralSide;
};

const TRANSITIONS: Readonly<Record<ServiceReferralAction, Transition>> = {
  accept: { from: ['sent'], to: 'accepted', by: 'provider' },
  decline: { from: ['sent'], to: 'declined', by: 'provider' },
  start: { from: ['accepted'], to: 'started', by: 'provider' },
  // A person may never arrive, or leave before the service starts: ending records why.
  end: { from: ['accepted', 'started'], to: 'ended', by: 'provider' },
  withdraw: { from: ['sent', 'accepted'], to: 'withdrawn', by: 'sender' },
};

export type ServiceReferralTransition =
  | { readonly ok: true; readonly to: ServiceReferralStatus }
  | { readonly ok: false; readonly reason: 'wrong_side' | 'not_from_status' };

/** Whether `side` may take `action` on a referral in `status`, and the status it leads to. */
export function serviceReferralTransition(
  status: ServiceReferralStatus,
  action: ServiceReferralAction,
  side: ServiceReferralSide,
): ServiceReferralTransition {
  const transition = TRANSITIONS[action];
  if (transition.by !== side) return { ok: false, reason: 'wrong_side' };
  if (!transition.from.includes(status)) return { ok: false, reason: 'not_from_status' };
  return { ok: true, to: transition.to };
}

/** The actions `side` may take now, in a stable order (for buttons). */
export function serviceReferralActions(
  status: ServiceReferralStatus,
  side: ServiceReferralSide,
): ServiceReferralAction[] {
  return SERVICE_REFERRAL_ACTIONS.filter((action) => serviceReferralTransition(status, action, side).ok);
}

/** Still waiting for or receiving the service (not declined, ended or withdrawn). */
export function isOpenServiceReferral(status: ServiceReferralStatus): boolean {
  return status === 'sent' || status === 'accepted' || status === 'started';
}

/**
 * The purpose a provider joins the case team for when it accepts: it decides which
 * parts of the case file the provider sees (cases/minimisation.ts) — a shelter sees what
 * accommodation needs, never the narrative.
 */
export function teamPurposeForServiceKind(kind: ServiceKind): CaseTeamPurpose {
  switch (kind) {
    case 'shelter':
    case 'safe_house':
      return 'accommodation';
    case 'medical':
    case 'psychological':
      return 'health';
    case 'legal_aid':
      return 'legal_aid';
    case 'interpretation':
    case 'education':
    case 'employment':
    case 'financial_aid':
    case 'family_tracing':
    case 'material_aid':
    case 'counselling':
    case 'documents_support':
    case 'digital_safety':
      return 'assistance';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * On what basis the case team may send a person's needs to a provider:
 * - an adult: their consent to share with that provider, in force now (a consent
 *   naming another provider does not count);
 * - a child (or presumed child): the child protection path — the child's guardian and
 *   the child protection service act in the child's best interests (CoE art. 10(4),
 *   EU art. 14); a consent the guardian recorded is still named when there is one.
 * Only consents to share with a provider are read: no other purpose decides this.
 */
export type ServiceReferralBasis =
  | { readonly ok: true; readonly basis: 'consent'; readonly consentIndex: number }
  | { readonly ok: true; readonly basis: 'child_protection'; readonly consentIndex: number | null }
  | { readonly ok: false; readonly reason: 'consent_required' };

export function serviceReferralBasis(input: {
  readonly isChild: boolean;
  readonly providerOrgId: string;
  readonly consents: readonly Consent[];
  readonly at: Date;
}): ServiceReferralBasis {
  const index = input.consents.findIndex(
    (consent) =>
      consent.purpose === 'share_with_provider' &&
      consent.recipientOrgId === input.providerOrgId &&
      isConsentInForce(consent, input.at),
  );
  if (input.isChild) return { ok: true, basis: 'child_protection', consentIndex: index >= 0 ? index : null };
  if (index >= 0) return { ok: true, basis: 'consent', consentIndex: index };
  return { ok: false, reason: 'consent_required' };
}
