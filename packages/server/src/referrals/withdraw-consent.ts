import { type Actor, mayShareWith, revokeConsent } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import { endConsentBasedAccess } from '../cases/case-team.js';
import type { DB } from '../db/schema.js';
import { type ConsentRow, consentById, consentsOfCase, consentView, toConsent } from './consent-store.js';
import type { ConsentView } from './schemas.js';

/**
 * Revokes a consent from now on (what was shared before stays lawful). When nothing
 * else allows sharing with a provider any more, that provider leaves the case team, so
 * it sees nothing more of the case. Revoking twice keeps the first revocation.
 */
export async function withdrawConsent(
  db: Kysely<DB>,
  actor: Actor,
  row: ConsentRow,
  requestId: string,
): Promise<ConsentView> {
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const consent = toConsent(row);
    if (!consent) throw new Error('stored consent has an unknown purpose or method');
    if (consent.revokedAt === null) {
      const revoked = revokeConsent(consent, now);
      await trx
        .updateTable('consents')
        .set({ revoked_at: revoked.revokedAt, revoked_by_user_id: actor.userId })
        .where('id', '=', row.id)
        .where('revoked_at', 'is', null)
        .execute();
      const base = {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        subjectPersonId: row.person_id,
        outcome: 'success',
        requestId,
      } as const;
      const provider = consent.purpose === 'share_with_provider' ? consent.recipientOrgId : null;
      if (provider !== null) {
        const remaining = (await consentsOfCase(trx, row.case_id)).flatMap((other) => {
          const parsed = toConsent(other);
          return parsed ? [parsed] : [];
        });
        // Off the team for every purpose it joined with consent, its account share ended (cases/).
        if (!mayShareWith(remaining, 'share_with_provider', provider, now))
          await endConsentBasedAccess(trx, {
            actor,
            caseId: row.case_id,
            personId: row.person_id,
            organisationId: provider,
            consentId: row.id,
            at: now,
            requestId,
          });
      }
      await appendAudit(trx, {
        ...base,
        action: 'consent.revoke',
        resourceType: 'consent',
        resourceId: row.id,
        purpose: consent.purpose,
        details: { caseId: row.case_id, recipientOrgId: consent.recipientOrgId },
      });
    }
    const fresh = await consentById(trx, row.id);
    const view = fresh ? consentView(fresh, now) : null;
    if (!view) throw new Error('revoked consent could not be read back');
    return view;
  });
}
