import { randomUUID } from 'node:crypto';
import { type Actor, type CaseNoteCreate, NOTE_VISIBILITIES, type NoteVisibility } from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { DataKey, Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { personDataKey, seal, unseal } from './account-store.js';
import type { CaseFileItem } from './case-file-access.js';

type Handle = Kysely<DB> | Transaction<DB>;

export function isNoteVisibility(value: string): value is NoteVisibility {
  return (NOTE_VISIBILITIES as readonly string[]).includes(value);
}

/** Notes of the case the actor's organisation may read: the team's, and its own. */
export function readableNotes(db: Handle, caseId: string, actorOrganisationId: string) {
  return db
    .selectFrom('case_notes as n')
    .where('n.case_id', '=', caseId)
    .where((eb) => eb.or([eb('n.visibility', '=', 'team'), eb('n.author_org_id', '=', actorOrganisationId)]));
}

export function openNote(key: DataKey, note: { id: string; body_enc: string }): string {
  return unseal(key, { table: 'case_notes', field: 'body_enc' }, note.id, note.body_enc);
}

/** Writes a note (sealed with the person's data key) for the team or for one's own organisation. */
export async function writeNote(
  deps: { readonly db: Kysely<DB>; readonly keyring: Keyring },
  actor: Actor,
  item: CaseFileItem,
  body: CaseNoteCreate,
  requestId: string,
): Promise<{ id: string; writtenAt: Date }> {
  const key = await personDataKey(deps.db, deps.keyring, item.dataKeyId);
  return deps.db.transaction().execute(async (trx) => {
    const id = randomUUID();
    const now = new Date();
    await trx
      .insertInto('case_notes')
      .values({
        id,
        case_id: item.id,
        data_key_id: item.dataKeyId,
        body_enc: seal(key, { table: 'case_notes', field: 'body_enc' }, id, body.body),
        visibility: body.visibility,
        author_user_id: actor.userId,
        author_org_id: actor.organisationId,
        written_at: now,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'case_note.create',
      resourceType: 'case_note',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id, visibility: body.visibility },
    });
    return { id, writtenAt: now };
  });
}
