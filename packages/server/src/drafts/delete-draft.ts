import type { Actor } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import type { DraftCurrent } from './schemas.js';
import { currentOf, draftKey, findDraft, sealPayload } from './store.js';

export type DeleteDraftResult =
  | { readonly outcome: 'deleted' }
  | { readonly outcome: 'conflict'; readonly current: DraftCurrent }
  | { readonly outcome: 'not_found' };

/**
 * Deletes a draft (after the screening or referral was submitted, or when it is given
 * up) if nobody changed it since `baseVersion`. The row stays as a tombstone with a
 * new version, so that a device that still holds an older copy learns of the deletion
 * instead of silently re-creating the draft; its content is wiped.
 */
export async function deleteDraft(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  input: { readonly id: string; readonly baseVersion: number },
  requestId: string,
): Promise<DeleteDraftResult> {
  return db.transaction().execute(async (trx) => {
    const row = await findDraft(trx, input.id, { forUpdate: true });
    if (!row || row.organisation_id !== actor.organisationId) return { outcome: 'not_found' };
    // Deleting what is already deleted changes nothing (a retry after a lost answer, or
    // a colleague who submitted it first): the caller wanted it gone, and it is.
    if (row.deleted_at !== null) return { outcome: 'deleted' };
    if (row.version !== input.baseVersion) {
      const current = await currentOf(trx, keyring, row);
      await appendAudit(trx, {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        action: 'draft.read',
        resourceType: 'draft',
        resourceId: row.id,
        outcome: 'success',
        requestId,
        details: { kind: row.kind, reason: 'conflict', version: current.version },
      });
      return { outcome: 'conflict', current };
    }
    const key = await draftKey(trx, keyring, row.data_key_id);
    const now = new Date();
    await trx
      .updateTable('drafts')
      .set({
        payload_enc: sealPayload(key, row.id, null),
        version: row.version + 1,
        updated_by_user_id: actor.userId,
        updated_at: now,
        deleted_at: now,
      })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'draft.delete',
      resourceType: 'draft',
      resourceId: row.id,
      outcome: 'success',
      requestId,
      details: { kind: row.kind, version: row.version + 1 },
    });
    return { outcome: 'deleted' };
  });
}
