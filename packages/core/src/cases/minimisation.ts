import { authorize } from '../access/evaluate.js';
import type { Actor, Relationship, Resource } from '../access/types.js';
import type { OrganisationKind } from '../organisations/kinds.js';
import { type CaseTeamPurpose, isAssistanceProviderKind } from '../referrals/team.js';

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
/** What helping the person takes, without what happened to them or how they were identified. */
const HELP: readonly CaseSection[] = ALL.filter(
  (s) => s !== 'legal' && s !== 'exploitation' && s !== 'referral' && s !== 'screening',
);

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
  // A provider named in the person's consent to share whose kind has no narrower purpose
  // (`providerPurpose`): the help, not the story of the exploitation.
  assistance: HELP,
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
 * The purposes an organisation holds on a case, counting its lead: the lead organisation
 * (the one that met the person and opened or referred the case) coordinates the help, so
 * it works with the file as `coordination` does — when it is a provider of assistance. A
 * referrer from law enforcement, a labour inspectorate or an authority stays on what its
 * `referral` purpose shows.
 */
export function effectivePurposes(input: {
  readonly purposes: readonly CaseTeamPurpose[];
  readonly leadsCase: boolean;
  readonly organisationKind: OrganisationKind | null;
}): readonly CaseTeamPurpose[] {
  const out = [...new Set(input.purposes)];
  const coordinates =
    input.leadsCase && input.organisationKind !== null && isAssistanceProviderKind(input.organisationKind);
  if (coordinates && !out.includes('coordination')) out.push('coordination');
  return out;
}

/**
 * The resource whose role rule guards each section: a section shows only when the
 * purpose gives it AND the role may read that resource on this case (both, always).
 */
export const SECTION_RESOURCE: Readonly<Record<CaseSection, Resource>> = {
  identity: 'person',
  contact: 'person',
  address: 'person',
  demographics: 'case',
  special_needs: 'case',
  exploitation: 'case',
  referral: 'referral',
  screening: 'screening',
  decisions: 'decision',
  needs: 'needs_assessment',
  risk: 'risk_assessment',
  safety_plan: 'risk_assessment',
  support_plan: 'support_plan',
  service_referrals: 'service_referral',
  notes: 'case_note',
  legal: 'legal_record',
};

/** Fields of the person record and the section each belongs to. */
export const PERSON_FIELD_SECTION = {
  givenName: 'identity',
  familyName: 'identity',
  aliases: 'identity',
  dateOfBirth: 'identity',
  identityDocuments: 'identity',
  contact: 'contact',
  address: 'address',
} as const satisfies Readonly<Record<string, CaseSection>>;

/**
 * The sections the actor really sees: those its purposes give (`purposeSections`) that
 * its role may also read under `relationships`. Contact and address also follow the
 * person rule's hidden fields (a decision maker sees neither). Screenings are read by
 * the organisation that did them, so for a member of the case `own_organisation` counts
 * for that section.
 */
export function readableSections(
  actor: Actor,
  purposeSections: ReadonlySet<CaseSection>,
  relationships: ReadonlySet<Relationship>,
): CaseSection[] {
  return CASE_SECTIONS.filter((section) => {
    if (!purposeSections.has(section)) return false;
    const resource = SECTION_RESOURCE[section];
    const held: ReadonlySet<Relationship> =
      section === 'screening' && relationships.size > 0
        ? new Set([...relationships, 'own_organisation'])
        : relationships;
    const decision = authorize(actor, resource, 'read', held);
    if (!decision.allowed) return false;
    if (section === 'contact' || section === 'address') return !decision.hiddenFields.includes(section);
    return true;
  });
}

/**
 * The person's account: read by the organisations that recorded it, by organisations it
 * was shared with (with the person's consent, or for a child as the guardian or child
 * protection decided) while the share is not revoked, and by the child's guardian. Never
 * by a purpose alone.
 */
export function canReadAccount(input: {
  readonly actorOrganisationId: string;
  readonly recordedByOrgIds: readonly string[];
  readonly sharedWithOrgIds: readonly string[];
  readonly isGuardian: boolean;
}): boolean {
  return (
    input.isGuardian ||
    input.recordedByOrgIds.includes(input.actorOrganisationId) ||
    input.sharedWithOrgIds.includes(input.actorOrganisationId)
  );
}
