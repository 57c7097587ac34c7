import {
  isActionOverdue,
  isOpenPlanAction,
  planReviewState,
  ZNeedDomain,
  ZPlanAgreement,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { problems } from '../http/problem.js';
import {
  type CaseAccess,
  iso,
  localDate,
  names,
  personKey,
  today,
  unseal,
  unsealJson,
  unsealNullable,
} from './case-access.js';
import type { ZSupportPlan, ZSupportPlanList } from './schemas.js';
import { actionStatus } from './support-plans.js';

type Deps = { readonly db: Kysely<DB>; readonly keyring: Keyring };
type PlanView = z.input<typeof ZSupportPlan>;

const ZGoals = z.array(z.string());

function planRows(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('support_plans')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('version', 'desc')
    .execute();
}
type PlanRow = Awaited<ReturnType<typeof planRows>>[number];

function actionRows(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('plan_actions')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
}
type ActionRow = Awaited<ReturnType<typeof actionRows>>[number];

const agreement = (value: string) => {
  const parsed = ZPlanAgreement.safeParse(value);
  return parsed.success ? parsed.data : 'not_yet_discussed';
};
const planStatus = (value: string): 'current' | 'superseded' =>
  value === 'current' ? 'current' : 'superseded';

/** One version in full, its free text unsealed (the caller audits the read). */
async function fullView(
  deps: Deps,
  access: CaseAccess,
  plan: PlanRow,
  actions: readonly ActionRow[],
  supersededById: string | null,
  day: string,
): Promise<PlanView> {
  const key = await personKey(deps.db, deps.keyring, access.item.dataKeyId);
  const serviceIds = actions.flatMap((a) => (a.service_id ? [a.service_id] : []));
  const services = serviceIds.length
    ? await deps.db.selectFrom('services').select(['id', 'name']).where('id', 'in', serviceIds).execute()
    : [];
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const who = await names(deps.db, {
    users: [plan.created_by_user_id, ...actions.flatMap((a) => (a.owner_user_id ? [a.owner_user_id] : []))],
    organisations: [
      plan.created_by_org_id,
      ...actions.flatMap((a) => (a.owner_org_id ? [a.owner_org_id] : [])),
    ],
  });
  const goals = ZGoals.safeParse(
    unsealJson(key, { table: 'support_plans', field: 'goals_enc' }, plan.id, plan.goals_enc),
  );
  const reviewDueOn = localDate(plan.review_due_on);
  return {
    id: plan.id,
    version: plan.version,
    status: planStatus(plan.status),
    goals: goals.success ? goals.data : [],
    actions: actions.flatMap((a) => {
      const domain = ZNeedDomain.safeParse(a.domain);
      if (!domain.success) return [];
      const status = actionStatus(a.status);
      const dueOn = localDate(a.due_on);
      return [
        {
          id: a.id,
          position: a.position,
          carriedFromId: a.carried_from_id,
          domain: domain.data,
          description: unseal(
            key,
            { table: 'plan_actions', field: 'description_enc' },
            a.id,
            a.description_enc,
          ),
          ownerOrganisation: a.owner_org_id ? who.organisation(a.owner_org_id) : null,
          ownerUser: a.owner_user_id ? who.user(a.owner_user_id) : null,
          service: a.service_id ? { id: a.service_id, name: serviceName.get(a.service_id) ?? '' } : null,
          dueOn,
          status,
          completedOn: localDate(a.completed_on),
          // A superseded version is history: nothing in it is overdue any more.
          overdue: plan.status === 'current' && isActionOverdue({ status, dueOn }, day),
        },
      ];
    }),
    agreement: agreement(plan.agreement),
    agreementNote: unsealNullable(
      key,
      { table: 'support_plans', field: 'agreement_note_enc' },
      plan.id,
      plan.agreement_note_enc,
    ),
    agreedOn: localDate(plan.agreed_on),
    reviewDueOn,
    reviewState: plan.status === 'current' ? planReviewState(reviewDueOn, day) : 'none',
    supersedesId: plan.supersedes_id,
    supersededById,
    createdAt: iso(plan.created_at),
    createdBy: who.user(plan.created_by_user_id),
    createdByOrganisation: who.organisation(plan.created_by_org_id),
  };
}

async function auditRead(
  db: Kysely<DB>,
  access: CaseAccess,
  plan: PlanRow,
  requestId: string,
): Promise<void> {
  await appendAudit(db, {
    actorKind: 'user',
    actorUserId: access.actor.userId,
    actorOrgId: access.actor.organisationId,
    action: 'support_plan.read',
    resourceType: 'support_plan',
    resourceId: plan.id,
    subjectPersonId: access.item.personId,
    outcome: 'success',
    requestId,
    details: { caseId: access.item.id, version: plan.version },
  });
}

/** The current plan in full, and every version in brief (newest first); the read is audited. */
export async function readSupportPlans(
  deps: Deps,
  access: CaseAccess,
  requestId: string,
): Promise<z.input<typeof ZSupportPlanList>> {
  const [plans, actions, day] = await Promise.all([
    planRows(deps.db, access.item.id),
    actionRows(deps.db, access.item.id),
    today(deps.db),
  ]);
  const currentRow = plans.find((p) => p.status === 'current') ?? null;
  const orgs = await names(deps.db, { users: [], organisations: plans.map((p) => p.created_by_org_id) });
  const current = currentRow
    ? await fullView(
        deps,
        access,
        currentRow,
        actions.filter((a) => a.plan_id === currentRow.id),
        null,
        day,
      )
    : null;
  if (currentRow) await auditRead(deps.db, access, currentRow, requestId);
  return {
    current,
    versions: plans.map((p) => {
      const own = actions.filter((a) => a.plan_id === p.id);
      const statuses = own.map((a) => actionStatus(a.status));
      return {
        id: p.id,
        version: p.version,
        status: planStatus(p.status),
        agreement: agreement(p.agreement),
        reviewDueOn: localDate(p.review_due_on),
        createdAt: iso(p.created_at),
        createdByOrganisation: orgs.organisation(p.created_by_org_id),
        actions: {
          total: own.length,
          open: statuses.filter(isOpenPlanAction).length,
          done: statuses.filter((s) => s === 'done').length,
          overdue:
            p.status === 'current'
              ? own.filter((a) =>
                  isActionOverdue({ status: actionStatus(a.status), dueOn: localDate(a.due_on) }, day),
                ).length
              : 0,
        },
      };
    }),
  };
}

/** One version (a superseded one is read-only history); the read is audited. */
export async function readSupportPlan(
  deps: Deps,
  access: CaseAccess,
  planId: string,
  requestId: string,
): Promise<PlanView> {
  const plan = await deps.db
    .selectFrom('support_plans')
    .selectAll()
    .where('case_id', '=', access.item.id)
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw problems.notFound('support_plan');
  const [actions, next, day] = await Promise.all([
    deps.db
      .selectFrom('plan_actions')
      .selectAll()
      .where('plan_id', '=', plan.id)
      .orderBy('position')
      .execute(),
    deps.db.selectFrom('support_plans').select('id').where('supersedes_id', '=', plan.id).executeTakeFirst(),
    today(deps.db),
  ]);
  const view = await fullView(deps, access, plan, actions, next?.id ?? null, day);
  await auditRead(deps.db, access, plan, requestId);
  return view;
}
