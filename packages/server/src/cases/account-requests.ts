import { randomUUID } from 'node:crypto';
import type { Actor } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import { accountAccess, personDataKey, seal } from './account-store.js';
import { type CaseFileItem, lockCase } from './case-file-access.js';
import type { CaseStanding } from './relationships.js';
import { decidesOnSharing, shareAccount } from './share-account.js';

/**
 * A team member without the account asks for it (with its reason, sealed) instead of
 * making the person tell it again. One open request per organisation.
 */
export async function requestAccount(
  deps: { readonly db: Kysely<DB>; readonly keyring: Keyring },
  actor: Actor,
  item: CaseFileItem,
  reason: string,
  requestId: string,
): Promise<{ id: string; requestedAt: Date }> {
  const key = await personDataKey(deps.db, deps.keyring, item.dataKeyId);
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(trx, item.id);
    const access = await accountAccess(trx, actor, item.id);
    if (access.versions.length === 0) throw refusal('no_account', 'No account has been recorded yet.');
    if (access.canRead) throw refusal('already_reads', 'Your organisation already reads the account.');
    const open = await trx
      .selectFrom('account_requests')
      .select('id')
      .where('case_id', '=', item.id)
      .where('requesting_org_id', '=', actor.organisationId)
      .where('status', '=', 'requested')
      .executeTakeFirst();
    if (open)
      throw refusal('already_requested', 'Your organisation has already asked; the answer is pending.');
    const id = randomUUID();
    const now = new Date();
    await trx
      .insertInto('account_requests')
      .values({
        id,
        case_id: item.id,
        requesting_org_id: actor.organisationId,
        requested_by_user_id: actor.userId,
        requested_at: now,
        data_key_id: item.dataKeyId,
        reason_enc: seal(key, { table: 'account_requests', field: 'reason_enc' }, id, reason),
        status: 'requested',
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'account_request.create',
      resourceType: 'account_request',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id },
    });
    return { id, requestedAt: now };
  });
}

/**
 * The recording organisation answers a request: granting shares the account with the
 * requester (the person's consent is needed for an adult, as for any share); refusing
 * closes it. A request is answered once.
 */
export async function answerAccountRequest(
  db: Kysely<DB>,
  actor: Actor,
  item: CaseFileItem,
  standing: CaseStanding,
  input: { readonly requestId: string; readonly answer: 'granted' | 'refused' },
  httpRequestId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockCase(trx, item.id);
    const request = await trx
      .selectFrom('account_requests')
      .select(['id', 'requesting_org_id', 'status'])
      .where('id', '=', input.requestId)
      .where('case_id', '=', item.id)
      .executeTakeFirst();
    if (!request) throw problems.notFound('account request');
    const access = await accountAccess(trx, actor, item.id);
    if (!decidesOnSharing(actor, item, standing, access)) {
      throw problems.forbidden('The organisation that recorded the account answers requests for it.');
    }
    if (request.status !== 'requested')
      throw refusal('already_answered', 'This request was already answered.');
    if (input.answer === 'granted') {
      const reads =
        access.readers.recordedByOrgIds.includes(request.requesting_org_id) ||
        access.readers.sharedWithOrgIds.includes(request.requesting_org_id);
      if (!reads) await shareAccount(trx, actor, item, standing, request.requesting_org_id, httpRequestId);
    }
    const now = new Date();
    await trx
      .updateTable('account_requests')
      .set({ status: input.answer, decided_by_user_id: actor.userId, decided_at: now })
      .where('id', '=', request.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: input.answer === 'granted' ? 'account_request.grant' : 'account_request.refuse',
      resourceType: 'account_request',
      resourceId: request.id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId: httpRequestId,
      details: { caseId: item.id, organisationId: request.requesting_org_id },
    });
  });
}
