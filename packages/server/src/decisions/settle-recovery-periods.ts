import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';

/**
 * Ends every recovery period whose time is up and moves its case on to await the
 * conclusive decision. Exported for the jobs module's recurring sweep, and called
 * lazily before a decision view or the inbox is read, so that what a reader sees never
 * lags behind the clock. Idempotent: a period already ended is left alone.
 *
 * The "no removal" protection is not lifted here: it holds until the conclusive
 * decision completes identification (CoE art. 10(2)).
 *
 * `scope` narrows the sweep to one case or to the cases of one organisation's team.
 */
export async function settleRecoveryPeriods(
  db: Kysely<DB>,
  now: Date,
  scope: { readonly caseId?: string; readonly organisationId?: string } = {},
): Promise<{ readonly ended: readonly string[] }> {
  let query = db
    .selectFrom('recovery_periods as r')
    .select(['r.id', 'r.case_id'])
    .where('r.status', '=', 'running')
    .where('r.ends_at', '<', now);
  if (scope.caseId) query = query.where('r.case_id', '=', scope.caseId);
  if (scope.organisationId) {
    const organisationId = scope.organisationId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_team as t')
          .select('t.case_id')
          .whereRef('t.case_id', '=', 'r.case_id')
          .where('t.organisation_id', '=', organisationId)
          .where('t.removed_at', 'is', null),
      ),
    );
  }
  const due = await query.orderBy('r.ends_at').execute();
  const ended: string[] = [];
  for (const period of due) {
    const done = await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('recovery_periods')
        .set({ status: 'ended', updated_at: now })
        .where('id', '=', period.id)
        .where('status', '=', 'running')
        .where('ends_at', '<', now)
        .returning('id')
        .executeTakeFirst();
      if (!updated) return false;
      await trx
        .updateTable('cases')
        .set({ stage: 'awaiting_conclusive_grounds', updated_at: now })
        .where('id', '=', period.case_id)
        .where('stage', '=', 'recovery_period')
        .execute();
      await appendAudit(trx, {
        actorKind: 'system',
        action: 'recovery_period.end',
        resourceType: 'recovery_period',
        resourceId: period.id,
        outcome: 'success',
        details: { caseId: period.case_id },
      });
      return true;
    });
    if (done) ended.push(period.id);
  }
  return { ended };
}
