import type { CountryProfile, CountryProfileRef } from './schema.js';

export function profileRef(profile: CountryProfile): CountryProfileRef {
  return { id: profile.id, version: profile.version };
}

/**
 * The profile a case is governed by: the exact version it started with, so a later
 * change to the country's rules never moves an existing case's deadlines or outcomes.
 * Null when that version is not among `profiles` (the caller must not guess another).
 */
export function profileForCase(
  profiles: readonly CountryProfile[],
  caseStartedAtVersion: CountryProfileRef,
): CountryProfile | null {
  return (
    profiles.find(
      (profile) => profile.id === caseStartedAtVersion.id && profile.version === caseStartedAtVersion.version,
    ) ?? null
  );
}

/** The newest version of a profile: the one a new case starts with. */
export function currentProfile(profiles: readonly CountryProfile[], id: string): CountryProfile | null {
  return profiles
    .filter((profile) => profile.id === id)
    .reduce<CountryProfile | null>(
      (newest, profile) => (newest === null || profile.version > newest.version ? profile : newest),
      null,
    );
}

/** The outcomes a decision stage of this profile allows; empty for a stage the profile does not have. */
export function outcomesFor(
  profile: CountryProfile,
  stage: 'reasonable_grounds' | 'conclusive_grounds',
): CountryProfile['outcomeCategories']['conclusiveGrounds'] {
  return stage === 'reasonable_grounds'
    ? (profile.outcomeCategories.reasonableGrounds ?? [])
    : profile.outcomeCategories.conclusiveGrounds;
}

/** Whether an organisation of this kind may refer / decide under this profile. */
export function mayReferUnder(
  profile: CountryProfile,
  kind: CountryProfile['referringKinds'][number],
): boolean {
  return profile.referringKinds.includes(kind);
}

export function mayDecideUnder(
  profile: CountryProfile,
  kind: CountryProfile['decidingKinds'][number],
): boolean {
  return profile.decidingKinds.includes(kind);
}
