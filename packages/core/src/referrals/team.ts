import { type OrganisationKind, sectorOf } from '../organisations/kinds.js';
import type { CountryProfile } from '../profiles/schema.js';

/**
 * Why an organisation is on a case team (issue 3 conventions): the referrer, the
 * competent authority, child protection and the guardian's organisation for a child,
 * and assistance providers the person agreed to share with.
 */
export const CASE_TEAM_PURPOSES = [
  'referral',
  'identification',
  'child_protection',
  'guardianship',
  'assistance',
  // Assistance (issue 4): providers added with the person's consent for that purpose.
  'accommodation',
  'health',
  'legal_aid',
  'advocacy',
  'coordination',
] as const;
export type CaseTeamPurpose = (typeof CASE_TEAM_PURPOSES)[number];

/**
 * Kinds of organisation that give assistance and may be named in a consent to share
 * with a provider. Law enforcement, immigration, prosecution and courts are not among
 * them: sharing with them is never "assistance", and informing law enforcement has a
 * consent of its own (CoE art. 12(6), EU art. 11(3)).
 */
export const ASSISTANCE_PROVIDER_KINDS = [
  'ngo',
  'shelter',
  'health_service',
  'social_services',
  'child_protection',
  'legal_aid_provider',
  'international_organisation',
  'trade_union',
  'education',
  'other',
] as const satisfies readonly OrganisationKind[];

export function isAssistanceProviderKind(kind: OrganisationKind): boolean {
  return (ASSISTANCE_PROVIDER_KINDS as readonly OrganisationKind[]).includes(kind);
}

export function isLawEnforcementKind(kind: OrganisationKind): boolean {
  return sectorOf(kind) === 'law_enforcement';
}

/** What the rules need to know about an organisation to place it on a case team. */
export type TeamCandidate = {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly region: string;
  readonly active: boolean;
};

/** The region code an organisation with nationwide competence is registered under. */
export const NATIONAL_REGION = 'national';

export type CompetentChoice<T extends TeamCandidate = TeamCandidate> =
  | { readonly ok: true; readonly organisation: T }
  | { readonly ok: false; readonly reason: 'not_deciding' | 'none_registered' };

/**
 * The deciding organisation of a referral: the one the referrer named, if it is active
 * and of a kind that decides under the profile; otherwise (nothing named) the first
 * active deciding organisation in `candidates`' order.
 */
export function pickCompetentOrganisation<T extends TeamCandidate>(
  candidates: readonly T[],
  profile: Pick<CountryProfile, 'decidingKinds'>,
  requestedId: string | null,
): CompetentChoice<T> {
  const deciding = candidates.filter(
    (candidate) => candidate.active && profile.decidingKinds.includes(candidate.kind),
  );
  if (requestedId !== null) {
    const named = deciding.find((candidate) => candidate.id === requestedId);
    return named ? { ok: true, organisation: named } : { ok: false, reason: 'not_deciding' };
  }
  const first = deciding[0];
  return first ? { ok: true, organisation: first } : { ok: false, reason: 'none_registered' };
}

/**
 * The child protection service for a child met in `region`: the region's own service,
 * else a national one, else any active service, so that a child is never left without
 * child protection because a region has none registered (CoE art. 10(4), EU art. 14).
 */
export function pickChildProtectionOrganisation<T extends TeamCandidate>(
  candidates: readonly T[],
  region: string,
): T | null {
  const services = candidates.filter((c) => c.active && c.kind === 'child_protection');
  return (
    services.find((c) => c.region === region) ??
    services.find((c) => c.region === NATIONAL_REGION) ??
    services[0] ??
    null
  );
}

export type TeamMember = { readonly organisationId: string; readonly purpose: CaseTeamPurpose };

/**
 * The purpose a provider joins the case team for when the person agrees to share with
 * it: what its kind of help needs, no more (data minimisation, cases/minimisation.ts).
 * A shelter is there for accommodation, a health service for health, a legal aid
 * provider for legal aid; other providers for assistance.
 */
export function providerPurpose(kind: OrganisationKind): CaseTeamPurpose {
  switch (kind) {
    case 'shelter':
      return 'accommodation';
    case 'health_service':
      return 'health';
    case 'legal_aid_provider':
      return 'legal_aid';
    default:
      return 'assistance';
  }
}

/**
 * Who joins the case team when a case is referred: the referrer (`referral`), the
 * competent authority (`identification`), for a child the child protection service
 * (`child_protection`), and each provider the person agreed to share with (for the
 * purpose its kind needs, `providerPurpose`). One row per organisation and purpose.
 */
export function referralTeam(input: {
  readonly referrerOrgId: string;
  readonly competentOrgId: string;
  readonly childProtectionOrgId: string | null;
  readonly providers: readonly { readonly id: string; readonly kind: OrganisationKind }[];
}): readonly TeamMember[] {
  const members: TeamMember[] = [
    { organisationId: input.referrerOrgId, purpose: 'referral' },
    { organisationId: input.competentOrgId, purpose: 'identification' },
  ];
  if (input.childProtectionOrgId !== null)
    members.push({ organisationId: input.childProtectionOrgId, purpose: 'child_protection' });
  for (const provider of input.providers)
    members.push({ organisationId: provider.id, purpose: providerPurpose(provider.kind) });
  const seen = new Set<string>();
  return members.filter((member) => {
    const key = `${member.organisationId}\0${member.purpose}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
