import type { Actor } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import { createDataKey, type Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import type { DraftCurrent, DraftKind } from './schemas.js';
import { currentOf, draftKey, findDraft, sealPayload } from './store.js';

export type SaveDraftInput = {
  readonly id: string;
  readonly kind: DraftKind;
  /** Already validated against the kind's schema. */
  readonly payload: unknown;
  readonly baseVersion: number | null;
};

export type SaveDraftResult =
  | { readonly outcome: 'saved'; readonly version: number; readonly updatedAt: string }
  /** Someone saved (or deleted) a newer version: nothing was written. */
  | { readonly outcome: 'conflict'; readonly current: DraftCurrent }
  | { readonly outcome: 'kind_mismatch' }
  /** A change based on a version of a draft the server never had. */
  | { readonly outcome: 'not_found' }
  /** The draft belongs to another organisation (checked again under the row lock). */
  | { readonly outcome: 'other_organisation' };

/**
 * Saves a draft only on top of the version it was based on. `version` grows by one on
 * every accepted write; a stale write gets the server's version back to show next to
 * its own, so that nobody's work is overwritten without them seeing it. A deleted draft
 * is a version too: it is revived only by a write based on the deletion.
 */
export async function saveDraft(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  input: SaveDraftInput,
  requestId: string,
): Promise<SaveDraftResult> {
  return db.transaction().execute(async (trx) => {
    const row = await findDraft(trx, input.id, { forUpdate: true });
    const now = new Date();
    const audit = (
      action: string,
      outcome: 'success' | 'failure',
      details: Record<string, string | number>,
    ) =>
      appendAudit(trx, {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        action,
        resourceType: 'draft',
        resourceId: input.id,
        outcome,
        requestId,
        details: { kind: input.kind, ...details },
      });

    if (!row) {
      if (input.baseVersion !== null) return { outcome: 'not_found' };
      const dk = createDataKey(keyring);
      await trx
        .insertInto('data_keys')
        .values({ id: dk.id, kek_id: dk.kekId, wrapped: dk.wrapped })
        .execute();
      const inserted = await trx
        .insertInto('drafts')
        .values({
          id: input.id,
          organisation_id: actor.organisationId,
          owner_user_id: actor.userId,
          kind: input.kind,
          data_key_id: dk.id,
          payload_enc: sealPayload(dk.key, input.id, input.payload),
          version: 1,
          updated_by_user_id: actor.userId,
          created_at: now,
          updated_at: now,
        })
        // Two first saves of one id at once: the second finds the first's row below.
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
        await audit('draft.create', 'success', { version: 1 });
        return { outcome: 'saved', version: 1, updatedAt: now.toISOString() };
      }
      const raced = await findDraft(trx, input.id, { forUpdate: true });
      if (!raced || raced.organisation_id !== actor.organisationId) return { outcome: 'other_organisation' };
      const current = await currentOf(trx, keyring, raced);
      await audit('draft.read', 'success', { reason: 'conflict', version: current.version });
      return { outcome: 'conflict', current };
    }

    if (row.organisation_id !== actor.organisationId) return { outcome: 'other_organisation' };
    if (row.kind !== input.kind) return { outcome: 'kind_mismatch' };
    if (input.baseVersion !== row.version) {
      const current = await currentOf(trx, keyring, row);
      await audit('draft.read', 'success', { reason: 'conflict', version: current.version });
      return { outcome: 'conflict', current };
    }
    const key = await draftKey(trx, keyring, row.data_key_id);
    const version = row.version + 1;
    await trx
      .updateTable('drafts')
      .set({
        payload_enc: sealPayload(key, row.id, input.payload),
        version,
        updated_by_user_id: actor.userId,
        updated_at: now,
        deleted_at: null,
      })
      .where('id', '=', row.id)
      .execute();
    await audit('draft.update', 'success', { version });
    return { outcome: 'saved', version, updatedAt: now.toISOString() };
  });
}
