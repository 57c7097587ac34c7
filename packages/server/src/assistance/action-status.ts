import { type ActionStatusChange, changeActionStatus, isActionOverdue } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import { type CaseAccess, invalid, localDate, today } from './case-access.js';
import { actionStatus } from './support-plans.js';

/**
 * Moves one action of the CURRENT plan on (planned → in progress → done, or cancelled);
 * 'done' records the completion date. A superseded version is history and stays as it
 * was: its actions are changed by reviewing the plan, not here.
 */
export async function updateActionStatus(
  db: Kysely<DB>,
  access: CaseAccess,
  actionId: string,
  change: ActionStatusChange,
  requestId: string,
): Promise<{
  id: string;
  status: ActionStatusChange['status'];
  completedOn: string | null;
  overdue: boolean;
}> {
  const day = await today(db);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('plan_actions as a')
      .innerJoin('support_plans as p', 'p.id', 'a.plan_id')
      .select([
        'a.id',
        'a.status',
        'a.completed_on',
        'a.due_on',
        'p.status as plan_status',
        'p.id as plan_id',
      ])
      .where('a.id', '=', actionId)
      .where('a.case_id', '=', access.item.id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw problems.notFound('plan action');
    if (row.plan_status !== 'current') {
      throw refusal(
        'plan_superseded',
        'This action belongs to an earlier version of the plan, kept as it was.',
      );
    }
    const result = changeActionStatus(
      { status: actionStatus(row.status), completedOn: localDate(row.completed_on) },
      change,
      day,
    );
    if (!result.ok) throw invalid([{ path: result.path, code: result.code }]);
    await trx
      .updateTable('plan_actions')
      .set({ status: result.status, completed_on: result.completedOn })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: access.actor.userId,
      actorOrgId: access.actor.organisationId,
      action: 'support_plan.action.update',
      resourceType: 'support_plan',
      resourceId: row.plan_id,
      subjectPersonId: access.item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: access.item.id, actionId: row.id, from: row.status, to: result.status },
    });
    return {
      id: row.id,
      status: result.status,
      completedOn: result.completedOn,
      overdue: isActionOverdue({ status: result.status, dueOn: localDate(row.due_on) }, day),
    };
  });
}
