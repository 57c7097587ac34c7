import { type RawBuilder, type SqlBool, sql } from 'kysely';
import {
  type CaseloadContext,
  type Handle,
  OPEN_ACTION_STATUSES,
  sectionReach,
  seesSection,
} from './context.js';
import { and, caseConditions, defaultScope, OPEN_CASE } from './my-cases.js';
import type { CaseloadScope } from './schemas.js';

type Query = {
  readonly page: number;
  readonly pageSize: number;
  readonly scope?: CaseloadScope | undefined;
  readonly stage?: string | undefined;
  readonly child?: 'true' | 'false' | undefined;
  readonly q?: string | undefined;
  readonly owner?: 'me' | 'organisation' | undefined;
  readonly domain?: string | undefined;
};

type Row = {
  id: string;
  plan_id: string;
  case_id: string;
  reference: string;
  stage: string;
  is_child: boolean;
  domain: string;
  status: string;
  due_on: string;
  days_overdue: number;
  owner_org_id: string | null;
  owner_org_name: string | null;
  owner_user_id: string | null;
  owner_user_name: string | null;
  service_id: string | null;
};

export type OverdueAction = {
  id: string;
  planId: string;
  caseId: string;
  caseReference: string;
  stage: string;
  isChild: boolean;
  domain: string;
  status: string;
  dueOn: string;
  daysOverdue: number;
  ownerOrganisation: { id: string; name: string } | null;
  ownerUser: { id: string; name: string } | null;
  serviceId: string | null;
};

/**
 * Actions of current support plans that are still to do and whose due date has passed,
 * on open cases the caller's organisation is on the team of AND sees the plan of
 * (its purpose on the team; core cases/minimisation.ts), oldest first. The action's
 * description is free text about the person and stays out: the case page shows it.
 */
export async function listOverdueActions(
  db: Handle,
  ctx: CaseloadContext,
  query: Query,
): Promise<{ scope: CaseloadScope; items: OverdueAction[]; total: number }> {
  const org = ctx.actor.organisationId;
  const plan = sectionReach(ctx, 'support_plan', 'support_plan');
  const scope = query.scope ?? (await defaultScope(db, ctx));
  if (plan.none) return { scope, items: [], total: 0 };
  const cases = and([
    ...caseConditions(ctx, scope, query),
    OPEN_CASE,
    seesSection(plan, 'c.id', 'c.lead_org_id', org),
  ]);
  const actions: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`a.status in (${sql.join(OPEN_ACTION_STATUSES.map((s) => sql.lit(s)))})`,
    sql<SqlBool>`a.due_on < ${ctx.today}::date`,
  ];
  if (query.owner === 'me') actions.push(sql<SqlBool>`a.owner_user_id = ${ctx.actor.userId}`);
  if (query.owner === 'organisation') actions.push(sql<SqlBool>`a.owner_org_id = ${org}`);
  if (query.domain) actions.push(sql<SqlBool>`a.domain = ${query.domain}`);
  const offset = (query.page - 1) * query.pageSize;

  const run = (limit: number, skip: number) =>
    sql<Row & { total: number }>`
    with scoped as materialized (
      select c.id, c.reference, c.stage, c.is_child from cases c where ${cases}
    ),
    overdue as (
      select a.id, a.plan_id, a.case_id, a.position, a.domain, a.status, a.due_on,
             a.owner_org_id, a.owner_user_id, a.service_id,
             s.reference, s.stage, s.is_child,
             count(*) over ()::int as total
      from scoped s
      join plan_actions a on a.case_id = s.id
      join support_plans sp on sp.id = a.plan_id and sp.status = 'current'
      where ${and(actions)}
      order by a.due_on asc, s.reference asc, a.position asc, a.id
      limit ${limit} offset ${skip}
    )
    select o.id, o.plan_id, o.case_id, o.reference, o.stage, o.is_child, o.domain, o.status,
           to_char(o.due_on, 'YYYY-MM-DD') as due_on,
           (${ctx.today}::date - o.due_on)::int as days_overdue,
           oo.id as owner_org_id, oo.name as owner_org_name,
           ou.id as owner_user_id, ou.display_name as owner_user_name,
           o.service_id, o.total
    from overdue o
    left join organisations oo on oo.id = o.owner_org_id
    left join users ou on ou.id = o.owner_user_id
    order by o.due_on asc, o.reference asc, o.position asc, o.id`.execute(db);

  let { rows } = await run(query.pageSize, offset);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && offset > 0) {
    total = (await run(1, 0)).rows[0]?.total ?? 0;
    rows = [];
  }

  return {
    scope,
    total,
    items: rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      caseId: r.case_id,
      caseReference: r.reference,
      stage: r.stage,
      isChild: r.is_child,
      domain: r.domain,
      status: r.status,
      dueOn: r.due_on,
      daysOverdue: r.days_overdue,
      ownerOrganisation:
        r.owner_org_id && r.owner_org_name ? { id: r.owner_org_id, name: r.owner_org_name } : null,
      ownerUser:
        r.owner_user_id && r.owner_user_name ? { id: r.owner_user_id, name: r.owner_user_name } : null,
      serviceId: r.service_id,
    })),
  };
}
