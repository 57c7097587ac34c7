import { randomUUID } from 'node:crypto';
import { type AccountRecord, type Actor, nextAccountVersion, recordRefusal } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { refusal } from '../http/problem.js';
import { accountAccess, personDataKey, seal } from './account-store.js';
import { type CaseFileItem, lockCase } from './case-file-access.js';

/**
 * Records the person's account, or a new version of it (a correction, an addition), sealed
 * with the person's data key. Once an account exists, only those who may read it add a
 * version: anyone else asks for it rather than making the person tell it again.
 */
export async function recordAccount(
  deps: { readonly db: Kysely<DB>; readonly keyring: Keyring },
  actor: Actor,
  item: CaseFileItem,
  body: AccountRecord,
  requestId: string,
): Promise<{ id: string; version: number; recordedAt: Date }> {
  const key = await personDataKey(deps.db, deps.keyring, item.dataKeyId);
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(trx, item.id);
    const access = await accountAccess(trx, actor, item.id);
    const refused = recordRefusal({ accountExists: access.versions.length > 0, canRead: access.canRead });
    if (refused !== null) {
      throw refusal(
        refused,
        'An account was already recorded: ask the organisation that recorded it for access.',
      );
    }
    const id = randomUUID();
    const version = nextAccountVersion(access.versions.map((v) => v.version));
    const now = new Date();
    await trx
      .insertInto('case_accounts')
      .values({
        id,
        case_id: item.id,
        version,
        data_key_id: item.dataKeyId,
        account_enc: seal(key, { table: 'case_accounts', field: 'account_enc' }, id, body.text),
        language: body.language,
        interpreter_used: body.interpreterUsed,
        recorded_by_user_id: actor.userId,
        recorded_by_org_id: actor.organisationId,
        recorded_at: now,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'case_account.create',
      resourceType: 'case_account',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id, version, language: body.language, interpreterUsed: body.interpreterUsed },
    });
    return { id, version, recordedAt: now };
  });
}
