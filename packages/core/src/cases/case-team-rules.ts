import { z } from 'zod';
import type { OrganisationKind } from '../organisations/kinds.js';
import { type CaseTeamPurpose, isAssistanceProviderKind } from '../referrals/team.js';

/**
 * Purposes an assistance provider joins a case team for. Each needs the person's consent
 * to share with that provider (an adult), or for a child the decision of the guardian or
 * of child protection. The other purposes (referral, identification, child protection,
 * guardianship) come with the referral itself and are not added or removed here.
 */
export const CONSENT_BASED_PURPOSES = [
  'assistance',
  'accommodation',
  'health',
  'legal_aid',
  'advocacy',
  'coordination',
] as const satisfies readonly CaseTeamPurpose[];
export type ConsentBasedPurpose = (typeof CONSENT_BASED_PURPOSES)[number];

export function isConsentBasedPurpose(purpose: string): purpose is ConsentBasedPurpose {
  return (CONSENT_BASED_PURPOSES as readonly string[]).includes(purpose);
}

/**
 * Who changes the team: the lead organisation, an organisation on the team to coordinate,
 * and for a child the child protection service (CoE art. 10(4), EU art. 14).
 */
export function mayManageTeam(input: {
  readonly leadsCase: boolean;
  readonly purposes: readonly CaseTeamPurpose[];
  readonly isChild: boolean;
}): boolean {
  return (
    input.leadsCase ||
    input.purposes.includes('coordination') ||
    (input.isChild && input.purposes.includes('child_protection'))
  );
}

/**
 * What allows sharing with one organisation (a place on the team, or the account): an
 * adult's consent to share with that provider, in force now; for a child, the decision
 * of child protection (the actor is it) or the guardian's consent given for the child.
 */
export type SharingBasis =
  | { readonly ok: true; readonly consentId: string | null }
  | { readonly ok: false; readonly reason: 'consent_required' | 'guardian_or_child_protection' };

export function sharingBasis(input: {
  readonly isChild: boolean;
  /** A consent to share with this organisation, in force now (null: none). */
  readonly consentId: string | null;
  /** The actor's organisation is the child protection service on this child's team. */
  readonly actorIsChildProtection: boolean;
}): SharingBasis {
  if (input.consentId !== null) return { ok: true, consentId: input.consentId };
  if (!input.isChild) return { ok: false, reason: 'consent_required' };
  if (input.actorIsChildProtection) return { ok: true, consentId: null };
  return { ok: false, reason: 'guardian_or_child_protection' };
}

export type TeamAdditionRefusal = 'purpose_not_addable' | 'not_a_provider' | 'inactive' | 'already_on_team';

/** Why an organisation cannot join the team for a purpose (before consent is looked at). */
export function teamAdditionRefusal(input: {
  readonly purpose: CaseTeamPurpose;
  readonly organisationKind: OrganisationKind;
  readonly active: boolean;
  readonly alreadyOnTeamForPurpose: boolean;
}): TeamAdditionRefusal | null {
  if (!isConsentBasedPurpose(input.purpose)) return 'purpose_not_addable';
  // Sharing with the police is never "assistance": informing them has a consent of its own.
  if (!isAssistanceProviderKind(input.organisationKind)) return 'not_a_provider';
  if (!input.active) return 'inactive';
  if (input.alreadyOnTeamForPurpose) return 'already_on_team';
  return null;
}

export const ZTeamAddition = z.strictObject({
  organisationId: z.uuid(),
  purpose: z.enum(CONSENT_BASED_PURPOSES),
});
export type TeamAddition = z.output<typeof ZTeamAddition>;
