import { isOrganisationKind, type TeamCandidate } from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

export type Handle = Kysely<DB> | Transaction<DB>;

export type NamedCandidate = TeamCandidate & { readonly name: string };

/** Active organisations, in a stable order (name, then id), as the team rules see them. */
export async function activeOrganisations(db: Handle): Promise<NamedCandidate[]> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'region', 'active'])
    .where('active', '=', true)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.flatMap((row) =>
    isOrganisationKind(row.kind)
      ? [{ id: row.id, name: row.name, kind: row.kind, region: row.region, active: row.active }]
      : [],
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A recipient id as sent by a client: only a UUID can name an organisation. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
