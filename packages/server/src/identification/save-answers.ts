import {
  type Actor,
  answersOutsideScreen,
  type ScreeningAnswers,
  screeningChildStatus,
  screeningScreen,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import type { ScreeningPerson } from './schemas.js';
import {
  findScreening,
  openAnswers,
  openPerson,
  screeningKey,
  sealAnswers,
  sealScreeningField,
} from './screening-store.js';

export type SaveAnswersInput = {
  readonly id: string;
  readonly version: number;
  readonly answers: ScreeningAnswers;
  readonly person?: ScreeningPerson | undefined;
};

export type SaveAnswersOutcome =
  | { readonly kind: 'saved'; readonly version: number }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'completed' }
  /** Someone saved a newer version: nothing was written. */
  | { readonly kind: 'stale'; readonly currentVersion: number }
  | { readonly kind: 'outside_screen'; readonly keys: readonly string[] };

/**
 * Replaces the answers of a screening in progress, only on top of the version the
 * change was made on. The answers (and what is known of the person) stay encrypted.
 */
export async function saveAnswers(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  input: SaveAnswersInput,
  requestId: string,
  now = new Date(),
): Promise<SaveAnswersOutcome> {
  return db.transaction().execute(async (trx): Promise<SaveAnswersOutcome> => {
    const row = await findScreening(trx, input.id, { forUpdate: true });
    if (!row || row.organisation_id !== actor.organisationId) return { kind: 'not_found' };
    if (row.status === 'completed') return { kind: 'completed' };
    if (row.version !== input.version) return { kind: 'stale', currentVersion: row.version };

    const key = await screeningKey(trx, keyring, row.data_key_id);
    const person = input.person ?? openPerson(key, row.id, row.person_enc);
    const childStatus = screeningChildStatus(person, new Date(row.started_at));
    const screen = screeningScreen(row.depth === 'full' ? 'full' : 'short', childStatus);
    const outside = answersOutsideScreen(screen, input.answers);
    if (outside.length > 0) return { kind: 'outside_screen', keys: outside };

    const previous = openAnswers(key, row.id, row);
    // A carried-over answer stays marked as such only while it is unchanged.
    const fromParent = previous.fromParent.filter(
      (questionKey) => input.answers[questionKey] === previous.answers[questionKey],
    );
    const version = row.version + 1;
    await trx
      .updateTable('screenings')
      .set({
        ...sealAnswers(key, row.id, { answers: input.answers, fromParent }),
        ...(input.person === undefined
          ? {}
          : { person_enc: sealScreeningField(key, row.id, 'person_enc', input.person) }),
        child_status: childStatus,
        version,
        updated_at: now,
      })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'screening.update',
      resourceType: 'screening',
      resourceId: row.id,
      outcome: 'success',
      requestId,
      details: { version, answered: Object.keys(input.answers).length },
    });
    return { kind: 'saved', version };
  });
}
