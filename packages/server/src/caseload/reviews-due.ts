import { type RawBuilder, sql } from 'kysely';
import { type CaseloadContext, type Handle, sectionReach, seesSection } from './context.js';
import { and, caseConditions, defaultScope, OPEN_CASE } from './my-cases.js';
import type { CaseloadScope } from './schemas.js';

type Query = {
  readonly page: number;
  readonly pageSize: number;
  readonly scope?: CaseloadScope | undefined;
  readonly stage?: string | undefined;
  readonly child?: 'true' | 'false' | undefined;
  readonly q?: string | undefined;
  readonly kind?: 'support_plan' | 'risk_assessment' | undefined;
  readonly overdue?: 'true' | undefined;
};

export type ReviewDue = {
  kind: 'support_plan' | 'risk_assessment';
  id: string;
  caseId: string;
  caseReference: string;
  stage: string;
  isChild: boolean;
  dueOn: string;
  daysUntil: number;
};

type Row = {
  kind: 'support_plan' | 'risk_assessment';
  id: string;
  case_id: string;
  reference: string;
  stage: string;
  is_child: boolean;
  due_on: string;
  days_until: number;
};

/**
 * Reviews to hold: current support plans and the latest risk assessment of each case
 * whose review date is within the horizon (14 days) or already past, on open cases the
 * caller's organisation sees that part of. Soonest (or longest overdue) first.
 */
export async function listReviewsDue(
  db: Handle,
  ctx: CaseloadContext,
  query: Query,
): Promise<{ scope: CaseloadScope; items: ReviewDue[]; total: number }> {
  const org = ctx.actor.organisationId;
  const scope = query.scope ?? (await defaultScope(db, ctx));
  const plan = sectionReach(ctx, 'support_plan', 'support_plan');
  const risk = sectionReach(ctx, 'risk', 'risk_assessment');
  const until = query.overdue === 'true' ? sql`${ctx.today}::date` : sql`${ctx.horizon}::date`;
  const comparison = query.overdue === 'true' ? sql`<` : sql`<=`;
  const cases = and([...caseConditions(ctx, scope, query), OPEN_CASE]);

  const parts: RawBuilder<unknown>[] = [];
  if (!plan.none && query.kind !== 'risk_assessment') {
    parts.push(sql`select 'support_plan' as kind, sp.id, sp.case_id, sp.review_due_on as due_on
      from scoped s join support_plans sp on sp.case_id = s.id
      where s.plan_ok and sp.status = 'current' and sp.review_due_on ${comparison} ${until}`);
  }
  if (!risk.none && query.kind !== 'support_plan') {
    parts.push(sql`select 'risk_assessment' as kind, r.id, r.case_id, r.review_due_on as due_on
      from scoped s join risk_assessments r on r.case_id = s.id
      where s.risk_ok and r.review_due_on ${comparison} ${until}
        and not exists (select 1 from risk_assessments r2 where r2.case_id = r.case_id and r2.version > r.version)`);
  }
  if (parts.length === 0) return { scope, items: [], total: 0 };
  const offset = (query.page - 1) * query.pageSize;

  const run = (limit: number, skip: number) =>
    sql<Row & { total: number }>`
    with scoped as materialized (
      select c.id, c.reference, c.stage, c.is_child,
             ${seesSection(plan, 'c.id', 'c.lead_org_id', org)} as plan_ok,
             ${seesSection(risk, 'c.id', 'c.lead_org_id', org)} as risk_ok
      from cases c where ${cases}
    ),
    due as materialized (${sql.join(parts, sql` union all `)})
    select d.kind, d.id, d.case_id, s.reference, s.stage, s.is_child,
           to_char(d.due_on, 'YYYY-MM-DD') as due_on,
           (d.due_on - ${ctx.today}::date)::int as days_until,
           count(*) over ()::int as total
    from due d join scoped s on s.id = d.case_id
    order by d.due_on asc, d.kind asc, s.reference asc, d.id
    limit ${limit} offset ${skip}`.execute(db);

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
      kind: r.kind,
      id: r.id,
      caseId: r.case_id,
      caseReference: r.reference,
      stage: r.stage,
      isChild: r.is_child,
      dueOn: r.due_on,
      daysUntil: r.days_until,
    })),
  };
}
