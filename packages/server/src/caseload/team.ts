import { type RawBuilder, sql } from 'kysely';
import {
  type CaseloadContext,
  type Handle,
  OPEN_ACTION_STATUSES,
  onTeam,
  sectionReach,
  seesSection,
} from './context.js';
import { OPEN_CASE } from './my-cases.js';

/** Roles that carry a caseload (and may be named as a case's worker). */
export const CASELOAD_ROLES = ['case_worker', 'case_supervisor'] as const;

type Counts = { openCases: number; overdueActions: number; reviewsDue: number };
export type TeamMember = Counts & { user: { id: string; name: string }; roles: string[] };
export type TeamSort = 'name' | 'open_cases' | 'overdue' | 'reviews';

/** Orders over the `page` rows (worker, figures), the same in the page and around it. */
const ORDER: Readonly<Record<TeamSort, RawBuilder<unknown>>> = {
  name: sql`p.display_name asc, p.id`,
  open_cases: sql`p.open_cases desc, p.display_name asc, p.id`,
  overdue: sql`p.overdue_actions desc, p.display_name asc, p.id`,
  reviews: sql`p.reviews_due desc, p.display_name asc, p.id`,
};

/**
 * The organisation's open cases with, for each, overdue actions and whether a plan
 * review is due — counted only where the organisation sees the plan (its purpose).
 */
function perCase(ctx: CaseloadContext): RawBuilder<unknown> {
  const org = ctx.actor.organisationId;
  const plan = sectionReach(ctx, 'support_plan', 'support_plan');
  const open = sql.join(OPEN_ACTION_STATUSES.map((s) => sql.lit(s)));
  return sql`
    team_cases as materialized (
      select c.id, c.case_worker_user_id, c.lead_org_id,
             ${seesSection(plan, 'c.id', 'c.lead_org_id', org)} as plan_ok
      from cases c
      where ${onTeam('c.id', org)} and ${OPEN_CASE}
    ),
    overdue as (
      select a.case_id, count(*)::int as n
      from team_cases tc
      join support_plans sp on sp.case_id = tc.id and sp.status = 'current'
      join plan_actions a on a.plan_id = sp.id
      where tc.plan_ok and a.status in (${open}) and a.due_on < ${ctx.today}::date
      group by a.case_id
    ),
    reviews as (
      select distinct sp.case_id
      from team_cases tc
      join support_plans sp on sp.case_id = tc.id and sp.status = 'current'
      where tc.plan_ok and sp.review_due_on <= ${ctx.horizon}::date
    ),
    per_worker as (
      select tc.case_worker_user_id as user_id,
             count(*)::int as open_cases,
             coalesce(sum(o.n), 0)::int as overdue_actions,
             count(r.case_id)::int as reviews_due
      from team_cases tc
      left join overdue o on o.case_id = tc.id
      left join reviews r on r.case_id = tc.id
      where tc.case_worker_user_id is not null or tc.lead_org_id = ${org}
      group by tc.case_worker_user_id
    )`;
}

/**
 * The supervisor's view: each case worker and supervisor of the organisation (and anyone
 * of it still named on an open case, e.g. a disabled account) with their open cases,
 * overdue actions and reviews due; and the open cases the organisation leads with no
 * named worker.
 */
export async function teamCaseload(
  db: Handle,
  ctx: CaseloadContext,
  query: { page: number; pageSize: number; sort: TeamSort },
): Promise<{ items: TeamMember[]; total: number; unassigned: Counts }> {
  const org = ctx.actor.organisationId;
  const roles = sql.join(CASELOAD_ROLES.map((r) => sql.lit(r)));
  const run = (limit: number, offset: number) =>
    sql<{
      id: string | null;
      display_name: string | null;
      roles: string[] | null;
      open_cases: number;
      overdue_actions: number;
      reviews_due: number;
      total: number;
      none_open: number | null;
      none_overdue: number | null;
      none_reviews: number | null;
    }>`
    with ${perCase(ctx)},
    workers as (
      select u.id, u.display_name, u.roles from users u
      where u.organisation_id = ${org}
        and ((not u.disabled and u.roles && array[${roles}]::text[])
             or exists (select 1 from team_cases tc where tc.case_worker_user_id = u.id))
    ),
    figures as (
      select w.id, w.display_name, w.roles,
             coalesce(pw.open_cases, 0) as open_cases,
             coalesce(pw.overdue_actions, 0) as overdue_actions,
             coalesce(pw.reviews_due, 0) as reviews_due,
             count(*) over ()::int as total
      from workers w left join per_worker pw on pw.user_id = w.id
    ),
    page as (
      select * from figures p order by ${ORDER[query.sort]} limit ${limit} offset ${offset}
    )
    -- One statement: the unassigned row comes along, the per-case figures computed once.
    select p.*, un.open_cases as none_open, un.overdue_actions as none_overdue,
           un.reviews_due as none_reviews
    from (select 1) one
    left join page p on true
    left join per_worker un on un.user_id is null
    order by ${ORDER[query.sort]}`.execute(db);

  const { rows: all } = await run(query.pageSize, (query.page - 1) * query.pageSize);
  const rows = all.filter((r) => r.id !== null);

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.page > 1) {
    total = (await run(1, 0)).rows[0]?.total ?? 0;
  }
  const none = all[0];
  return {
    total,
    items: rows.map((r) => ({
      user: { id: r.id ?? '', name: r.display_name ?? '' },
      roles: r.roles ?? [],
      openCases: r.open_cases,
      overdueActions: r.overdue_actions,
      reviewsDue: r.reviews_due,
    })),
    unassigned: {
      openCases: none?.none_open ?? 0,
      overdueActions: none?.none_overdue ?? 0,
      reviewsDue: none?.none_reviews ?? 0,
    },
  };
}
