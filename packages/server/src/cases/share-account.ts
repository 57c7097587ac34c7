import { randomUUID } from 'node:crypto';
import { type Actor, mayGrantAccount, sharingBasis } from '@opennrm/core';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import { type AccountAccess, accountAccess } from './account-store.js';
import { type CaseFileItem, consentRequired } from './case-file-access.js';
import { shareConsentInForce } from './case-team.js';
import type { CaseStanding } from './relationships.js';

/** Whether the actor decides on sharing this account (core `mayGrantAccount`). */
export function decidesOnSharing(
  actor: Actor,
  item: CaseFileItem,
  standing: CaseStanding,
  access: AccountAccess,
): boolean {
  return mayGrantAccount({
    actorOrganisationId: actor.organisationId,
    recordedByOrgIds: access.readers.recordedByOrgIds,
    isChild: item.isChild,
    actorPurposes: standing.purposes,
  });
}

/**
 * Shares the account with one organisation on the team, inside the caller's transaction:
 * an adult's consent to share with it must be in force (the share remembers it, and ends
 * with it); for a child, the guardian's consent or the decision of child protection.
 */
export async function shareAccount(
  trx: Transaction<DB>,
  actor: Actor,
  item: CaseFileItem,
  standing: CaseStanding,
  organisationId: string,
  requestId: string,
): Promise<{ id: string; consentId: string | null; grantedAt: Date }> {
  const now = new Date();
  const access = await accountAccess(trx, actor, item.id);
  if (access.versions.length === 0) throw refusal('no_account', 'No account has been recorded yet.');
  if (!decidesOnSharing(actor, item, standing, access)) {
    throw problems.forbidden('The organisation that recorded the account decides on sharing it.');
  }
  const member = await trx
    .selectFrom('case_team')
    .select('purpose')
    .where('case_id', '=', item.id)
    .where('organisation_id', '=', organisationId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!member) throw problems.validation([{ path: 'body.organisationId', message: 'not_on_team' }]);
  if (
    access.readers.recordedByOrgIds.includes(organisationId) ||
    access.readers.sharedWithOrgIds.includes(organisationId)
  ) {
    throw refusal('already_reads', 'This organisation already reads the account.');
  }
  const basis = sharingBasis({
    isChild: item.isChild,
    consentId: await shareConsentInForce(trx, item.id, organisationId, now),
    actorIsChildProtection: standing.purposes.includes('child_protection'),
  });
  if (!basis.ok) throw consentRequired(basis.reason);
  const id = randomUUID();
  await trx
    .insertInto('account_shares')
    .values({
      id,
      case_id: item.id,
      organisation_id: organisationId,
      consent_id: basis.consentId,
      granted_by_user_id: actor.userId,
      granted_at: now,
    })
    .execute();
  await appendAudit(trx, {
    actorKind: 'user',
    actorUserId: actor.userId,
    actorOrgId: actor.organisationId,
    action: 'account_share.create',
    resourceType: 'case_account',
    resourceId: id,
    subjectPersonId: item.personId,
    outcome: 'success',
    requestId,
    details: { caseId: item.id, organisationId, consentId: basis.consentId },
  });
  return { id, consentId: basis.consentId, grantedAt: now };
}

/** Ends a share from now on (what was read before stays read). */
export async function revokeAccountShare(
  trx: Transaction<DB>,
  actor: Actor,
  item: CaseFileItem,
  standing: CaseStanding,
  shareId: string,
  requestId: string,
): Promise<void> {
  const access = await accountAccess(trx, actor, item.id);
  if (!decidesOnSharing(actor, item, standing, access)) {
    throw problems.forbidden('The organisation that recorded the account decides on sharing it.');
  }
  const share = await trx
    .selectFrom('account_shares')
    .select(['id', 'organisation_id', 'revoked_at'])
    .where('id', '=', shareId)
    .where('case_id', '=', item.id)
    .executeTakeFirst();
  if (!share) throw problems.notFound('share');
  if (share.revoked_at !== null) return;
  await trx
    .updateTable('account_shares')
    .set({ revoked_at: new Date(), revoked_by_user_id: actor.userId })
    .where('id', '=', share.id)
    .execute();
  await appendAudit(trx, {
    actorKind: 'user',
    actorUserId: actor.userId,
    actorOrgId: actor.organisationId,
    action: 'account_share.revoke',
    resourceType: 'case_account',
    resourceId: share.id,
    subjectPersonId: item.personId,
    outcome: 'success',
    requestId,
    details: { caseId: item.id, organisationId: share.organisation_id },
  });
}
