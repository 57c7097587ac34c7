import {
  type CountryProfile,
  type CountryProfileRef,
  currentProfile,
  GENERIC_COE_EU_PROFILE,
  UK_LIKE_PROFILE,
  ZCountryProfile,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

type Handle = Kysely<DB> | Transaction<DB>;

/** The profiles OpenNRM ships; migration 0002 stores version 1 of each. */
export const SHIPPED_PROFILES: readonly CountryProfile[] = [GENERIC_COE_EU_PROFILE, UK_LIKE_PROFILE];
/** settings key naming the profile id new cases start under. */
export const ACTIVE_PROFILE_SETTING = 'country_profile';
export const DEFAULT_PROFILE_ID = GENERIC_COE_EU_PROFILE.id;

export class MissingProfileError extends Error {
  constructor(ref: CountryProfileRef) {
    super(`Country profile ${ref.id} v${ref.version} is not stored`);
    this.name = 'MissingProfileError';
  }
}

/** The id of the profile new cases start under. */
export async function activeProfileId(db: Handle): Promise<string> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', ACTIVE_PROFILE_SETTING)
    .executeTakeFirst();
  return typeof row?.value === 'string' ? row.value : DEFAULT_PROFILE_ID;
}

/** Every stored version of a profile id (all ids when omitted), validated. */
export async function storedProfiles(db: Handle, id?: string): Promise<CountryProfile[]> {
  let q = db.selectFrom('country_profiles').select('definition');
  if (id) q = q.where('id', '=', id);
  const rows = await q.orderBy('id').orderBy('version').execute();
  return rows.map((row) => ZCountryProfile.parse(row.definition));
}

/** The newest version of the active profile: the rules a new case starts with. */
export async function currentCountryProfile(db: Handle): Promise<CountryProfile> {
  const id = await activeProfileId(db);
  const profile = currentProfile(await storedProfiles(db, id), id);
  if (!profile) throw new MissingProfileError({ id, version: 1 });
  return profile;
}

/** The exact version a case started with; its deadlines and outcomes never move. */
export async function countryProfileVersion(db: Handle, ref: CountryProfileRef): Promise<CountryProfile> {
  const row = await db
    .selectFrom('country_profiles')
    .select('definition')
    .where('id', '=', ref.id)
    .where('version', '=', ref.version)
    .executeTakeFirst();
  if (!row) throw new MissingProfileError(ref);
  return ZCountryProfile.parse(row.definition);
}
