import { z } from 'zod';
import { ZPersonLanguage } from '../i18n/locales.js';

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

/**
 * A change to the person's demographics and special needs (all plain, non-identifying
 * on their own, used to offer fitting help and for statistics). Every field optional
 * ("I don't want to answer" is always possible); unknown keys are refused.
 */
export const ZSpecialNeedsPatch = z
  .strictObject({
    migrationStatus: ZMigrationStatus.nullable().optional(),
    vulnerabilities: z.array(ZVulnerability).max(VULNERABILITIES.length).optional(),
    disabilities: z.array(ZDisabilityType).max(DISABILITY_TYPES.length).optional(),
    dependants: z.number().int().min(0).max(50).nullable().optional(),
    languages: z.array(ZPersonLanguage).max(10).optional(),
    preferredLanguage: ZPersonLanguage.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type SpecialNeedsPatch = z.output<typeof ZSpecialNeedsPatch>;

/** The stored values after a patch: lists without repeats, the preferred language among the spoken ones. */
export function applySpecialNeeds(
  current: {
    readonly migrationStatus: string | null;
    readonly vulnerabilities: readonly string[];
    readonly disabilities: readonly string[];
    readonly dependants: number | null;
    readonly languages: readonly string[];
    readonly preferredLanguage: string | null;
  },
  patch: SpecialNeedsPatch,
): {
  migrationStatus: string | null;
  vulnerabilities: string[];
  disabilities: string[];
  dependants: number | null;
  languages: string[];
  preferredLanguage: string | null;
} {
  const preferredLanguage =
    patch.preferredLanguage === undefined ? current.preferredLanguage : patch.preferredLanguage;
  const languages = [...new Set(patch.languages ?? current.languages)];
  if (preferredLanguage !== null && !languages.includes(preferredLanguage))
    languages.unshift(preferredLanguage);
  return {
    migrationStatus: patch.migrationStatus === undefined ? current.migrationStatus : patch.migrationStatus,
    vulnerabilities: [...new Set(patch.vulnerabilities ?? current.vulnerabilities)],
    disabilities: [...new Set(patch.disabilities ?? current.disabilities)],
    dependants: patch.dependants === undefined ? current.dependants : patch.dependants,
    languages,
    preferredLanguage,
  };
}
