/**
 * Local mirror of the core vocabulary the demo generator needs. The same values are being
 * defined in @opennrm/core; once they land, these declarations are replaced by imports.
 * Keep every list identical to core.
 */

export const ORGANISATION_KINDS = [
  'ngo',
  'shelter',
  'labour_inspectorate',
  'trade_union',
  'health_service',
  'social_services',
  'child_protection',
  'education',
  'police',
  'border_guard',
  'immigration_asylum',
  'prosecutor',
  'court',
  'competent_authority',
  'national_coordinator',
  'embassy_consulate',
  'international_organisation',
  'legal_aid_provider',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = [
  'first_responder',
  'case_worker',
  'case_supervisor',
  'identification_decision_maker',
  'guardian',
  'legal_adviser',
  'analyst',
  'organisation_admin',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const GENDERS = ['female', 'male', 'transgender', 'gender_nonconforming', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const EXPLOITATION_FORMS = [
  'sexual_prostitution',
  'sexual_pornography',
  'sexual_online',
  'sexual_other',
  'forced_labour',
  'forced_begging',
  'slavery_similar_practices',
  'servitude',
  'domestic_servitude',
  'forced_criminality',
  'organ_removal',
  'surrogacy_exploitation',
  'forced_marriage',
  'illegal_adoption',
  'other',
  'unknown',
] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

/** The sexual-exploitation family, used for the gender bias the analytics must find. */
export const SEXUAL_FORMS: readonly ExploitationForm[] = [
  'sexual_prostitution',
  'sexual_pornography',
  'sexual_online',
  'sexual_other',
];

export const CASE_STAGES = [
  'screening',
  'referred',
  'awaiting_reasonable_grounds',
  'recovery_period',
  'awaiting_conclusive_grounds',
  'identified',
  'not_identified',
  'durable_solution',
  'follow_up',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const TEAM_PURPOSES = [
  /** The organisation that referred the case into the NRM. */
  'referral',
  /** The competent authority that decides on identification. */
  'identification',
  'assistance',
  'accommodation',
  'health',
  'legal_aid',
  'child_protection',
  'guardianship',
  'coordination',
  /** An independent advocate's organisation (issue 4). */
  'advocacy',
] as const;
export type TeamPurpose = (typeof TEAM_PURPOSES)[number];

export const EXPLOITATION_PLACES = ['in_country', 'abroad', 'both'] as const;
export type ExploitationPlace = (typeof EXPLOITATION_PLACES)[number];

/** Demo-only: the fictional host country is divided into these eight regions. */
export const DEMO_REGIONS = [
  'capital',
  'north',
  'south',
  'east',
  'west',
  'central',
  'coast',
  'mountains',
] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];
