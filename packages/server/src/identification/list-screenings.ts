import type { Actor } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { ScreeningSummary } from './schemas.js';
import { screeningSummary } from './screening-store.js';

export type ListScreeningsInput = {
  readonly page: number;
  readonly pageSize: number;
  readonly status?: 'in_progress' | 'completed' | undefined;
  readonly depth?: 'short' | 'full' | undefined;
};

export type ScreeningPage = {
  readonly items: ScreeningSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
};

/** The screenings of the actor's organisation, newest first: no answers, nothing to decrypt. */
export async function listScreenings(
  db: Kysely<DB>,
  actor: Actor,
  input: ListScreeningsInput,
): Promise<ScreeningPage> {
  let q = db
    .selectFrom('screenings as s')
    .innerJoin('users as u', 'u.id', 's.screener_user_id')
    .where('s.organisation_id', '=', actor.organisationId);
  if (input.status) q = q.where('s.status', '=', input.status);
  if (input.depth) q = q.where('s.depth', '=', input.depth);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([
      's.id',
      's.client_ref',
      's.depth',
      's.mode',
      's.language',
      's.status',
      's.child_status',
      's.parent_id',
      's.case_id',
      's.suggested',
      's.conclusion',
      's.concluded',
      's.screener_user_id',
      's.started_at',
      's.completed_at',
      's.version',
      'u.display_name as screener_name',
    ])
    .orderBy('s.started_at', 'desc')
    .orderBy('s.id')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return { items: rows.map(screeningSummary), total: total.n, page: input.page, pageSize: input.pageSize };
}
