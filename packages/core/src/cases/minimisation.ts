import type { CaseTeamPurpose } from '../referrals/team.js';

/**
 * Data minimisation on a case team (issue 4): the role decides what kind of thing a
 * member may do (access/policy.ts); the purpose the organisation is on the team for
 * decides which parts of the case file it sees. A shelter sees the person's name, needs
 * and safety plan, never the exploitation narrative; a referrer follows the referral and
 * the decision, not the support plan. The person's own account (the "story") is never
 * given by a purpose: only the organisation that recorded it and those it was shared
 * with (account_shares) read it — see `canReadAccount`.
 */
export const CASE_SECTIONS = [
  /** names, aliases, date of birth, identity documents */
  'identity',
  'contact',
  'address',
  /** gender, age band, nationality, languages, migration status */
  'demographics',
  /** vulnerabilities, disabilities, dependants */
  'special_needs',
  /** exploitation forms, place, countries, events (not the narrative) */
  'exploitation',
  'referral',
  'screening',
  'decisions',
  'needs',
  'risk',
  'safety_plan',
  'support_plan',
  'service_referrals',
  'notes',
  'legal',
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

const ALL: readonly CaseSection[] = CASE_SECTIONS;
const CARE: readonly CaseSection[] = [
  'identity',
  'contact',
  'demographics',
  'special_needs',
  'needs',
  'safety_plan',
  'support_plan',
  'service_referrals',
  'notes',
];

/** Which sections each purpose needs. A record over the union: a new purpose must say. */
export const SECTIONS_BY_PURPOSE: Readonly<Record<CaseTeamPurpose, readonly CaseSection[]>> = {
  referral: [
    'identity',
    'contact',
    'demographics',
    'special_needs',
    'exploitation',
    'referral',
    'screening',
    'decisions',
    'notes',
  ],
  identification: [
    'identity',
    'demographics',
    'special_needs',
    'exploitation',
    'referral',
    'screening',
    'decisions',
    'notes',
  ],
  assistance: ALL.filter((s) => s !== 'legal'),
  coordination: ALL.filter((s) => s !== 'legal'),
  child_protection: ALL,
  guardianship: ALL,
  accommodation: [...CARE, 'address'],
  health: CARE,
  advocacy: [...CARE, 'decisions', 'risk'],
  legal_aid: [
    'identity',
    'contact',
    'demographics',
    'special_needs',
    'exploitation',
    'referral',
    'decisions',
    'support_plan',
    'notes',
    'legal',
  ],
};

/** The sections an organisation sees through all the purposes it is on the team for. */
export function sectionsForPurposes(purposes: Iterable<CaseTeamPurpose>): ReadonlySet<CaseSection> {
  const out = new Set<CaseSection>();
  for (const purpose of purposes) for (const section of SECTIONS_BY_PURPOSE[purpose]) out.add(section);
  return out;
}

/**
 * The person's account: read by the organisation that recorded it, by organisations it
 * was shared with (with the person's consent) while the share is not revoked, and by the
 * child's guardian. Never by a purpose alone.
 */
export function canReadAccount(input: {
  readonly actorOrganisationId: string;
  readonly recordedByOrgId: string;
  readonly sharedWithOrgIds: readonly string[];
  readonly isGuardian: boolean;
}): boolean {
  return (
    input.isGuardian ||
    input.actorOrganisationId === input.recordedByOrgId ||
    input.sharedWithOrgIds.includes(input.actorOrganisationId)
  );
}
