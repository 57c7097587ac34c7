import { type CountryProfile, ZCountryProfile } from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { activeProfileId } from './store.js';

type Handle = Kysely<DB> | Transaction<DB>;

export type ProfileVersionSummary = {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly createdAt: string;
  readonly publishedBy: { readonly id: string; readonly displayName: string } | null;
  readonly active: boolean;
  readonly newest: boolean;
  readonly current: boolean;
};
export type ProfileVersionView = ProfileVersionSummary & { readonly definition: CountryProfile };

function versionQuery(db: Handle) {
  return db
    .selectFrom('country_profiles as p')
    .leftJoin('users as u', 'u.id', 'p.created_by_user_id')
    .select(['p.id', 'p.version', 'p.definition', 'p.created_at', 'u.id as user_id', 'u.display_name'])
    .select((eb) =>
      eb
        .selectFrom('country_profiles as n')
        .select((inner) => inner.fn.max('n.version').as('newest'))
        .whereRef('n.id', '=', 'p.id')
        .as('newest_version'),
    );
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof versionQuery>['executeTakeFirstOrThrow']>>;

function toView(row: VersionRow, activeId: string): ProfileVersionView {
  const definition = ZCountryProfile.parse(row.definition);
  const newest = row.version === Number(row.newest_version);
  return {
    id: row.id,
    version: row.version,
    name: definition.name,
    createdAt: new Date(row.created_at).toISOString(),
    publishedBy: row.user_id ? { id: row.user_id, displayName: row.display_name ?? '' } : null,
    active: row.id === activeId,
    newest,
    current: row.id === activeId && newest,
    definition,
  };
}

/** Every stored version of every profile, newest first within each id. */
export async function listProfileVersions(
  db: Handle,
): Promise<{ activeId: string; items: ProfileVersionView[] }> {
  const activeId = await activeProfileId(db);
  const rows = await versionQuery(db).orderBy('p.id').orderBy('p.version', 'desc').execute();
  return { activeId, items: rows.map((row) => toView(row, activeId)) };
}

/** One stored version with what is known about it; null when it is not stored. */
export async function readProfileVersion(
  db: Handle,
  ref: { readonly id: string; readonly version: number },
): Promise<ProfileVersionView | null> {
  const activeId = await activeProfileId(db);
  const row = await versionQuery(db)
    .where('p.id', '=', ref.id)
    .where('p.version', '=', ref.version)
    .executeTakeFirst();
  return row ? toView(row, activeId) : null;
}

/** The newest stored version number of a profile id, 0 when none is stored. */
export async function newestVersion(db: Handle, id: string): Promise<number> {
  const row = await db
    .selectFrom('country_profiles')
    .select((eb) => eb.fn.max('version').as('newest'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.newest == null ? 0 : Number(row.newest);
}
