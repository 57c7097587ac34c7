import { z } from 'zod';

/**
 * Migration and protection status (domain.md, "Assistance and recovery"): asked only to
 * offer the right help and to count who the system reaches — never to refuse help.
 */
export const MIGRATION_STATUSES = [
  'national',
  'eu_citizen',
  'regular_resident',
  'asylum_seeker',
  'refugee',
  'subsidiary_protection',
  'stateless',
  'fleeing_armed_conflict',
  'irregular',
  'unknown',
] as const;
export type MigrationStatus = (typeof MIGRATION_STATUSES)[number];
export const ZMigrationStatus = z.enum(MIGRATION_STATUSES);

/** Special needs and vulnerabilities the EU Directive art. 11(7) asks to take into account. */
export const VULNERABILITIES = [
  'pregnancy',
  'health_condition',
  'mental_health',
  'serious_violence',
  'minority_background',
  'lgbti',
  'dependants',
  'substance_use',
  'homelessness',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];
export const ZVulnerability = z.enum(VULNERABILITIES);

/** Disability by type (EU art. 11(7)); a list, since a person may have several. */
export const DISABILITY_TYPES = ['physical', 'sensory', 'intellectual', 'psychosocial'] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];
export const ZDisabilityType = z.enum(DISABILITY_TYPES);
