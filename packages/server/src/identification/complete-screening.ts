import type { Actor } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import type { Problem } from '../http/problem.js';
import { completion } from './conclusion-values.js';
import type { ConclusionInput } from './schemas.js';
import { childStatusOf, findScreening, openAnswers, screeningKey } from './screening-store.js';

export type CompleteOutcome =
  | { readonly kind: 'completed' }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'already_completed' }
  | { readonly kind: 'stale'; readonly currentVersion: number }
  | { readonly kind: 'invalid'; readonly problem: Problem };

/**
 * Completes a screening: the server scores the answers (core scoring) and stores the
 * suggestion as it stands now, with the screener's confirmation or override (and its
 * reason, encrypted). A suggestion only: nothing here decides the person's status.
 */
export async function completeScreening(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  input: ConclusionInput & { readonly id: string; readonly version: number },
  requestId: string,
  now = new Date(),
): Promise<CompleteOutcome> {
  return db.transaction().execute(async (trx): Promise<CompleteOutcome> => {
    const row = await findScreening(trx, input.id, { forUpdate: true });
    if (!row || row.organisation_id !== actor.organisationId) return { kind: 'not_found' };
    if (row.status === 'completed') return { kind: 'already_completed' };
    if (row.version !== input.version) return { kind: 'stale', currentVersion: row.version };

    const key = await screeningKey(trx, keyring, row.data_key_id);
    const { answers } = openAnswers(key, row.id, row);
    const finished = completion(key, row.id, answers, childStatusOf(row), input, actor, now, 'body.');
    if (!finished.ok) return { kind: 'invalid', problem: finished.problem };

    await trx
      .updateTable('screenings')
      .set({ ...finished.columns, version: row.version + 1, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'screening.complete',
      resourceType: 'screening',
      resourceId: row.id,
      outcome: 'success',
      requestId,
      details: {
        suggested: finished.columns.suggested,
        conclusion: finished.columns.conclusion,
        concluded: finished.columns.concluded,
      },
    });
    return { kind: 'completed' };
  });
}
