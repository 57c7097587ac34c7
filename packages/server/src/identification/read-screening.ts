import type { Actor, Relationship } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import { caseRelationships } from '../cases/relationships.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import type { ScreeningDetail } from './schemas.js';
import { findScreening, type ScreeningRow, screeningDetail, screeningKey } from './screening-store.js';

/**
 * How the actor stands to a screening: their organisation did it, or their
 * organisation is on the team of the case it led to (the decision maker reads the
 * screening behind a referral instead of asking the person again).
 */
export async function screeningRelationships(
  db: Kysely<DB>,
  actor: Actor,
  row: Pick<ScreeningRow, 'organisation_id' | 'case_id'>,
): Promise<Set<Relationship>> {
  const relationships =
    row.case_id === null ? new Set<Relationship>() : await caseRelationships(db, actor, row.case_id);
  if (row.organisation_id === actor.organisationId) relationships.add('own_organisation');
  return relationships;
}

/** The screening decrypted, with the read audited in the same transaction. */
export async function readScreening(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  id: string,
  requestId: string,
  /**
   * Reads are audited; the answer to the caller's own write (the screening it just
   * created, saved or completed) is not a second read and is not audited again.
   */
  audit: { readonly audit: true; readonly reason: string } | { readonly audit: false },
): Promise<ScreeningDetail | null> {
  return db.transaction().execute(async (trx) => {
    const row = await findScreening(trx, id);
    if (!row) return null;
    const detail = screeningDetail(row, await screeningKey(trx, keyring, row.data_key_id));
    if (!audit.audit) return detail;
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'screening.read',
      resourceType: 'screening',
      resourceId: row.id,
      outcome: 'success',
      requestId,
      details: { status: row.status, version: row.version, reason: audit.reason },
    });
    return detail;
  });
}
