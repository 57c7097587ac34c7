import { DISABILITY_TYPES, type DisabilityType, type MigrationStatus } from '../cases/special-needs.js';
import { minimumAge } from '../persons/age.js';
import { isGender } from '../persons/gender.js';
import type { MatchPerson } from './matching.js';

/**
 * Migration statuses under which a person has no right of residence: a service that
 * takes only residents cannot take them. Asked only to find a service that will
 * (EU art. 11(1): assistance does not depend on residence status).
 */
export const WITHOUT_STATUS_MIGRATION_STATUSES: readonly MigrationStatus[] = ['irregular'];

/** The plain (non-identifying) columns of a person and case that matching reads. */
export type MatchSource = {
  readonly gender: string;
  readonly birthYear: number | null;
  readonly isChild: boolean;
  readonly languages: readonly string[];
  readonly preferredLanguage: string | null;
  readonly disabilities: readonly string[];
  readonly vulnerabilities: readonly string[];
  readonly migrationStatus: string | null;
  readonly region: string | null;
};

function isDisabilityType(value: string): value is DisabilityType {
  return (DISABILITY_TYPES as readonly string[]).includes(value);
}

/** The matching profile of a person at `at`: the preferred language first, the lowest possible age. */
export function matchPersonFrom(source: MatchSource, at: Date): MatchPerson {
  const languages = [
    ...new Set([...(source.preferredLanguage ? [source.preferredLanguage] : []), ...source.languages]),
  ];
  return {
    gender: isGender(source.gender) ? source.gender : 'unknown',
    age: source.birthYear === null ? null : minimumAge(source.birthYear, at),
    isChild: source.isChild,
    languages,
    disabilities: [...new Set(source.disabilities.filter(isDisabilityType))],
    region: source.region,
    withoutResidenceStatus: (WITHOUT_STATUS_MIGRATION_STATUSES as readonly string[]).includes(
      source.migrationStatus ?? '',
    ),
    lgbti:
      source.vulnerabilities.includes('lgbti') ||
      source.gender === 'transgender' ||
      source.gender === 'gender_nonconforming',
  };
}
