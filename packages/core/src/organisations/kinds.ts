import { z } from 'zod';

/**
 * Kinds of organisation that take part in a National Referral Mechanism. Anyone may
 * identify and refer (domain.md, "Identification"); which kinds may refer and which
 * decide is a country setting, not something the kind itself implies.
 */
export const ORGANISATION_KINDS = [
  /** NGO or specialised support provider. */
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
  /** The authority that takes identification decisions (UK: "competent authority"). */
  'competent_authority',
  /** National coordinator or national rapporteur. */
  'national_coordinator',
  'embassy_consulate',
  'international_organisation',
  'legal_aid_provider',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);

/** Sectors used to break down official counts "by registering organisation (and its sector)". */
export const ORGANISATION_SECTORS = [
  'law_enforcement',
  'immigration',
  'civil_society',
  'public_services',
  'justice',
  'coordination',
  'diplomatic',
  'other',
] as const;
export type OrganisationSector = (typeof ORGANISATION_SECTORS)[number];
export const ZOrganisationSector = z.enum(ORGANISATION_SECTORS);

/** A Record over the union, so adding a kind without a sector fails to compile. */
export const SECTOR_BY_KIND: Readonly<Record<OrganisationKind, OrganisationSector>> = {
  police: 'law_enforcement',
  border_guard: 'law_enforcement',
  prosecutor: 'law_enforcement',
  immigration_asylum: 'immigration',
  ngo: 'civil_society',
  shelter: 'civil_society',
  trade_union: 'civil_society',
  international_organisation: 'civil_society',
  legal_aid_provider: 'civil_society',
  labour_inspectorate: 'public_services',
  health_service: 'public_services',
  social_services: 'public_services',
  child_protection: 'public_services',
  education: 'public_services',
  court: 'justice',
  competent_authority: 'coordination',
  national_coordinator: 'coordination',
  embassy_consulate: 'diplomatic',
  other: 'other',
};

export function sectorOf(kind: OrganisationKind): OrganisationSector {
  return SECTOR_BY_KIND[kind];
}

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
}
