import type { CaseStage } from '../cases/stage.js';
import { reasonableGroundsDue } from '../identification/deadlines.js';
import type { OrganisationKind } from '../organisations/kinds.js';
import { type ChildStatus, childStatus } from '../persons/age.js';
import type { CountryProfile } from '../profiles/schema.js';
import { type ConsentGiven, mayRefer, type ReferralRoute } from './consent.js';
import type { ExploitationEvent, ReferralPerson } from './referral-draft.js';
import { isAssistanceProviderKind, isLawEnforcementKind } from './team.js';

/**
 * Where a referred case stands: waiting for the reasonable-grounds decision in a
 * two-stage system, for the conclusive decision in a one-stage system.
 */
export function stageAfterReferral(profile: Pick<CountryProfile, 'decisionStages'>): CaseStage {
  return profile.decisionStages === 2 ? 'awaiting_reasonable_grounds' : 'awaiting_conclusive_grounds';
}

/**
 * The reasonable-grounds target (working days in the profile's calendar, UK: 5); none
 * in a one-stage system, which has no reasonable-grounds decision.
 */
export function reasonableGroundsDueAfterReferral(referredAt: Date, profile: CountryProfile): Date | null {
  return profile.decisionStages === 2 ? reasonableGroundsDue(referredAt, profile) : null;
}

export type ReferralPath = { readonly childStatus: ChildStatus; readonly route: ReferralRoute };

/**
 * Whether a person may be referred with identifying data now: the presumption of
 * childhood first (persons/age.ts), then the consent rule (consent.ts). Nothing about
 * the police is read.
 */
export function referralPath(
  person: Pick<ReferralPerson, 'birthYear' | 'ageUncertain' | 'reasonsToBelieveChild'>,
  consents: readonly ConsentGiven[],
  at: Date,
): ReferralPath {
  const status = childStatus(person, at);
  const route = mayRefer(
    { childStatus: status },
    consents.map((consent) => ({ ...consent, revokedAt: null })),
    at,
  );
  return { childStatus: status, route };
}

export function isChildStatus(status: ChildStatus): boolean {
  return status === 'child' || status === 'presumed_child';
}

/** The countries named in the events, each once, in the order they first appear. */
export function exploitationCountriesOf(events: readonly ExploitationEvent[]): string[] {
  const countries: string[] = [];
  for (const event of events) {
    if (event.country !== null && !countries.includes(event.country)) countries.push(event.country);
  }
  return countries;
}

export const CONSENT_RECIPIENT_PROBLEMS = [
  /** No active organisation has this id. */
  'unknown_recipient',
  /** Sharing "with a provider" names an organisation that gives no assistance (e.g. the police). */
  'not_a_provider',
  /** Informing law enforcement names an organisation that is not law enforcement. */
  'not_law_enforcement',
  /** The referral consent names someone else than the competent authority of the referral. */
  'not_the_competent_authority',
] as const;
export type ConsentRecipientProblem = (typeof CONSENT_RECIPIENT_PROBLEMS)[number];

/**
 * Checks that each consent goes where its purpose says: a referral to the competent
 * authority, sharing to an assistance provider, informing to law enforcement. A consent
 * to one recipient is never a way to reach another (domain.md, "Privacy": per purpose
 * and per recipient). Returns the problems by consent index.
 */
export function consentRecipientProblems(
  consents: readonly Pick<ConsentGiven, 'purpose' | 'recipientOrgId'>[],
  context: {
    readonly competentOrgId: string | null;
    /** Kinds of the active organisations named as recipients; absent: unknown or inactive. */
    readonly kindOf: (organisationId: string) => OrganisationKind | undefined;
  },
): { readonly index: number; readonly problem: ConsentRecipientProblem }[] {
  const problems: { index: number; problem: ConsentRecipientProblem }[] = [];
  for (const [index, consent] of consents.entries()) {
    if (consent.recipientOrgId === null) continue;
    const kind = context.kindOf(consent.recipientOrgId);
    if (kind === undefined) {
      problems.push({ index, problem: 'unknown_recipient' });
      continue;
    }
    switch (consent.purpose) {
      case 'identification_referral':
        if (context.competentOrgId !== null && consent.recipientOrgId !== context.competentOrgId)
          problems.push({ index, problem: 'not_the_competent_authority' });
        break;
      case 'share_with_provider':
        if (!isAssistanceProviderKind(kind)) problems.push({ index, problem: 'not_a_provider' });
        break;
      case 'inform_law_enforcement':
        if (!isLawEnforcementKind(kind)) problems.push({ index, problem: 'not_law_enforcement' });
        break;
      default: {
        const unreachable: never = consent.purpose;
        throw new Error(`Unknown consent purpose ${String(unreachable)}`);
      }
    }
  }
  return problems;
}

/** The providers a set of consents allows sharing with (each once). */
export function providersSharedWith(
  consents: readonly Pick<ConsentGiven, 'purpose' | 'recipientOrgId'>[],
): string[] {
  const providers: string[] = [];
  for (const consent of consents) {
    if (
      consent.purpose === 'share_with_provider' &&
      consent.recipientOrgId !== null &&
      !providers.includes(consent.recipientOrgId)
    )
      providers.push(consent.recipientOrgId);
  }
  return providers;
}
