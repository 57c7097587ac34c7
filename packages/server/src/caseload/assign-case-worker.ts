import type { FastifyRequest } from 'fastify';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import { caseRelationships } from '../cases/relationships.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { CASELOAD_ROLES } from './team.js';

export type AssignedWorker = { caseId: string; caseWorker: { id: string; name: string } | null };

/**
 * Names (or clears) a case's case worker. The named worker belongs to the lead
 * organisation, so only a supervisor of that organisation may change it, and only to a
 * case worker or supervisor of the same organisation whose account is active. A case
 * the caller's organisation is not on the team of is "not found"; one it is on the team
 * of but does not lead is refused. Audited in the same transaction as the change.
 */
export async function assignCaseWorker(
  app: App,
  req: FastifyRequest,
  caseId: string,
  userId: string | null,
): Promise<AssignedWorker> {
  const { database } = app.deps;
  const actor = requireActor(req);
  const item = await database.db
    .selectFrom('cases')
    .select(['id', 'person_id', 'lead_org_id', 'case_worker_user_id'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!item) throw problems.notFound('case');
  await authorizeInstance(req, 'case', 'read', await caseRelationships(database.db, actor, item.id), {
    id: item.id,
    hideExistence: true,
    subjectPersonId: item.person_id,
  });
  await authorizeInstance(
    req,
    'caseload',
    'manage',
    new Set(item.lead_org_id === actor.organisationId ? ['own_organisation'] : []),
    { id: item.id, subjectPersonId: item.person_id },
  );

  let worker: { id: string; name: string } | null = null;
  if (userId !== null) {
    const user = await database.db
      .selectFrom('users')
      .select(['id', 'display_name', 'organisation_id', 'roles', 'disabled'])
      .where('id', '=', userId)
      .executeTakeFirst();
    const eligible =
      user !== undefined &&
      user.organisation_id === actor.organisationId &&
      !user.disabled &&
      user.roles.some((role) => (CASELOAD_ROLES as readonly string[]).includes(role));
    // The same answer whether the account does not exist or belongs elsewhere.
    if (!eligible || !user) {
      throw problems.validation([{ path: 'body.userId', message: 'not_a_case_worker_of_your_organisation' }]);
    }
    worker = { id: user.id, name: user.display_name };
  }

  await database.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('cases')
      .set({ case_worker_user_id: worker?.id ?? null, updated_at: new Date() })
      .where('id', '=', item.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'case.case_worker.assign',
      resourceType: 'case',
      resourceId: item.id,
      subjectPersonId: item.person_id,
      outcome: 'success',
      requestId: req.id,
      details: { from: item.case_worker_user_id ?? 'none', to: worker?.id ?? 'none' },
    });
  });
  return { caseId: item.id, caseWorker: worker };
}
