import { randomUUID } from 'node:crypto';
import {
  type ActionStatus,
  checkSupportPlan,
  type PlanChanges,
  type SupportPlanInput,
  ZActionStatus,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { refusal } from '../http/problem.js';
import {
  type CaseAccess,
  invalid,
  localDate,
  lockCase,
  personKey,
  seal,
  sealJson,
  sealNullable,
  today,
} from './case-access.js';

type Deps = { readonly db: Kysely<DB>; readonly keyring: Keyring };

const CONFLICT_DETAIL = {
  plan_changed: 'The plan was reviewed by someone else meanwhile: start the review from the current version.',
  no_plan_to_review: 'There is no current plan to review: create the first plan.',
} as const;

export function actionStatus(value: string): ActionStatus {
  const parsed = ZActionStatus.safeParse(value);
  return parsed.success ? parsed.data : 'planned';
}

/**
 * Writes a version of the individual support plan: the first plan, or a review that
 * supersedes the current version (kept, read-only). The core rules (checkSupportPlan)
 * decide what is valid and what carries over; the goals, action descriptions and the
 * person's note are sealed with the person's key. One transaction: the new version, the
 * old one superseded, its actions and the audit entry, or nothing.
 */
export async function recordSupportPlan(
  deps: Deps,
  access: CaseAccess,
  input: SupportPlanInput,
  requestId: string,
): Promise<{ id: string; version: number; supersededId: string | null; changes: PlanChanges }> {
  const { actor, item } = access;
  const day = await today(deps.db);
  const key = await personKey(deps.db, deps.keyring, item.dataKeyId);
  const userIds = input.actions.flatMap((a) => (a.ownerUserId ? [a.ownerUserId] : []));
  const serviceIds = input.actions.flatMap((a) => (a.serviceId ? [a.serviceId] : []));

  return deps.db.transaction().execute(async (trx) => {
    await lockCase(trx, item.id);
    const current = await trx
      .selectFrom('support_plans')
      .select(['id', 'version'])
      .where('case_id', '=', item.id)
      .where('status', '=', 'current')
      .executeTakeFirst();
    const previousActions = current
      ? await trx
          .selectFrom('plan_actions')
          .select(['id', 'status', 'due_on', 'completed_on'])
          .where('plan_id', '=', current.id)
          .execute()
      : [];
    const team = await trx
      .selectFrom('case_team')
      .select('organisation_id')
      .where('case_id', '=', item.id)
      .where('removed_at', 'is', null)
      .execute();
    const users = userIds.length
      ? await trx
          .selectFrom('users')
          .select(['id', 'organisation_id', 'disabled'])
          .where('id', 'in', userIds)
          .execute()
      : [];
    const services = serviceIds.length
      ? await trx
          .selectFrom('services')
          .select('id')
          .where('id', 'in', serviceIds)
          .where('active', '=', true)
          .execute()
      : [];

    const check = checkSupportPlan(input, {
      today: day,
      current: current
        ? {
            id: current.id,
            actions: previousActions.map((a) => ({
              id: a.id,
              status: actionStatus(a.status),
              dueOn: localDate(a.due_on),
              completedOn: localDate(a.completed_on),
            })),
          }
        : null,
      teamOrganisationIds: new Set(team.map((m) => m.organisation_id)),
      users: new Map(users.map((u) => [u.id, { organisationId: u.organisation_id, active: !u.disabled }])),
      services: new Set(services.map((s) => s.id)),
    });
    if (!check.ok) {
      if (check.kind === 'conflict') throw refusal(check.reason, CONFLICT_DETAIL[check.reason]);
      throw invalid(check.problems);
    }

    const id = randomUUID();
    const version = (current?.version ?? 0) + 1;
    const now = new Date();
    if (current) {
      await trx
        .updateTable('support_plans')
        .set({ status: 'superseded' })
        .where('id', '=', current.id)
        .execute();
    }
    await trx
      .insertInto('support_plans')
      .values({
        id,
        case_id: item.id,
        version,
        status: 'current',
        data_key_id: item.dataKeyId,
        goals_enc: sealJson(key, { table: 'support_plans', field: 'goals_enc' }, id, input.goals),
        agreement: input.agreement,
        agreement_note_enc: sealNullable(
          key,
          { table: 'support_plans', field: 'agreement_note_enc' },
          id,
          input.agreementNote,
        ),
        agreed_on: check.agreedOn,
        review_due_on: check.reviewDueOn,
        supersedes_id: current?.id ?? null,
        created_by_user_id: actor.userId,
        created_by_org_id: actor.organisationId,
        created_at: now,
      })
      .execute();
    if (check.actions.length > 0) {
      await trx
        .insertInto('plan_actions')
        .values(
          check.actions.map((action) => {
            const actionId = randomUUID();
            return {
              id: actionId,
              plan_id: id,
              case_id: item.id,
              position: action.position,
              domain: action.domain,
              description_enc: seal(
                key,
                { table: 'plan_actions', field: 'description_enc' },
                actionId,
                action.description,
              ),
              owner_org_id: action.ownerOrganisationId,
              owner_user_id: action.ownerUserId,
              service_id: action.serviceId,
              due_on: action.dueOn,
              status: action.status,
              completed_on: action.completedOn,
              carried_from_id: action.carriedFromId,
            };
          }),
        )
        .execute();
    }
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: current ? 'support_plan.review' : 'support_plan.create',
      resourceType: 'support_plan',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: {
        caseId: item.id,
        version,
        agreement: input.agreement,
        actions: check.actions.length,
        carried: check.changes.carried,
        added: check.changes.added,
        droppedOpen: check.changes.droppedOpen,
        ...(current ? { supersedesId: current.id } : {}),
      },
    });
    return { id, version, supersededId: current?.id ?? null, changes: check.changes };
  });
}
