import type { CaseTeamPurpose } from '@opennrm/core';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * Puts an organisation on a case team for a purpose (again, if it was removed). True
 * when it was not on the team for that purpose before.
 */
export async function addToTeam(
  trx: Transaction<DB>,
  caseId: string,
  organisationId: string,
  purpose: CaseTeamPurpose,
  at: Date,
): Promise<boolean> {
  const current = await trx
    .selectFrom('case_team')
    .select('removed_at')
    .where('case_id', '=', caseId)
    .where('organisation_id', '=', organisationId)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (current && current.removed_at === null) return false;
  await trx
    .insertInto('case_team')
    .values({ case_id: caseId, organisation_id: organisationId, purpose, added_at: at })
    .onConflict((oc) =>
      oc
        .columns(['case_id', 'organisation_id', 'purpose'])
        .doUpdateSet({ added_at: at, removed_at: sql`null` }),
    )
    .execute();
  return true;
}

/** Takes an organisation off a case team for one purpose, from `at` on. True when it was on it. */
export async function removeFromTeam(
  trx: Transaction<DB>,
  caseId: string,
  organisationId: string,
  purpose: CaseTeamPurpose,
  at: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('case_team')
    .set({ removed_at: at })
    .where('case_id', '=', caseId)
    .where('organisation_id', '=', organisationId)
    .where('purpose', '=', purpose)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
