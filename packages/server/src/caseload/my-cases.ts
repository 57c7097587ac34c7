import { type RawBuilder, type SqlBool, sql } from 'kysely';
import {
  type CaseloadContext,
  containsPattern,
  type Handle,
  OPEN_ACTION_STATUSES,
  onTeam,
  sectionReach,
  seesSection,
} from './context.js';
import type { CaseloadCase, CaseloadScope, CaseSort, MyCasesQuery } from './schemas.js';

const OPEN = sql.join(OPEN_ACTION_STATUSES.map((s) => sql.lit(s)));

/**
 * `mine` when the caller is the named case worker of at least one open case their
 * organisation is on the team of; otherwise `team` — staff of a provider that is not
 * the lead (a shelter, a clinic) work from their organisation's cases.
 */
export async function defaultScope(db: Handle, ctx: CaseloadContext): Promise<CaseloadScope> {
  const { rows } = await sql<{ one: number }>`
    select 1 as one from cases c
    where c.case_worker_user_id = ${ctx.actor.userId} and c.closed_at is null
      and ${onTeam('c.id', ctx.actor.organisationId)}
    limit 1`.execute(db);
  return rows.length > 0 ? 'mine' : 'team';
}

export type CaseFilterInput = {
  readonly stage?: string | undefined;
  readonly child?: 'true' | 'false' | undefined;
  readonly q?: string | undefined;
};

/** Conditions on the case `c` shared by the work lists: scope, stage, child, reference. */
export function caseConditions(
  ctx: CaseloadContext,
  scope: CaseloadScope,
  filters: CaseFilterInput,
): RawBuilder<SqlBool>[] {
  const where: RawBuilder<SqlBool>[] = [onTeam('c.id', ctx.actor.organisationId)];
  if (scope === 'mine') where.push(sql<SqlBool>`c.case_worker_user_id = ${ctx.actor.userId}`);
  if (filters.stage) where.push(sql<SqlBool>`c.stage = ${filters.stage}`);
  if (filters.child) where.push(sql<SqlBool>`c.is_child = ${filters.child === 'true'}`);
  if (filters.q) where.push(sql<SqlBool>`c.reference ilike ${containsPattern(filters.q)}`);
  return where;
}

export function and(conditions: readonly RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
}

/** An open case: not closed (the stage and the closing date agree, but either is enough). */
export const OPEN_CASE = sql<SqlBool>`(c.closed_at is null and c.stage <> 'closed')`;

/**
 * The per-case figures of the plan for a set of cases `scoped` (id, plan_ok), computed
 * set-wise (hash joins, one pass over the tables) rather than one lookup per case:
 * sorting 20,000 team cases by their next action stays a few scans.
 */
function planFigures(today: string, withActions: boolean): RawBuilder<unknown> {
  return sql`
    plans as materialized (
      select distinct on (sp.case_id) sp.case_id, sp.id, sp.review_due_on, sp.created_at
      from support_plans sp join scoped s on s.id = sp.case_id
      where s.plan_ok and sp.status = 'current'
      order by sp.case_id, sp.version desc
    )${
      withActions
        ? sql`,
    acts as materialized (
      select a.case_id,
             min(a.due_on) as earliest_due,
             count(*) filter (where a.due_on < ${today}::date)::int as overdue
      from plan_actions a join plans p on p.id = a.plan_id
      where a.status in (${OPEN})
      group by a.case_id
    )`
        : sql``
    }`;
}

/** The latest activity of each scoped case: the case row, its plan, notes, assessments, referrals, decisions. */
const ACTIVITY = sql`
    activity as materialized (
      select s.id as case_id, greatest(
        max(s.updated_at), max(p.created_at), max(n.at), max(r.at), max(na.at), max(d.at)
      ) as last_activity
      from scoped s
      left join plans p on p.case_id = s.id
      left join (
        select x.case_id, max(x.written_at) as at from case_notes x join scoped y on y.id = x.case_id
        group by x.case_id
      ) n on n.case_id = s.id
      left join (
        select x.case_id, max(greatest(x.sent_at, x.responded_at, x.started_at, x.ended_at)) as at
        from service_referrals x join scoped y on y.id = x.case_id group by x.case_id
      ) r on r.case_id = s.id
      left join (
        select x.case_id, max(x.assessed_at) as at from needs_assessments x join scoped y on y.id = x.case_id
        group by x.case_id
      ) na on na.case_id = s.id
      left join (
        select x.case_id, max(x.decided_at) as at from decisions x join scoped y on y.id = x.case_id
        group by x.case_id
      ) d on d.case_id = s.id
      group by s.id
    )`;

/** The same figure for a few cases (a page): correlated lookups, each by index. */
const LAST_ACTIVITY = sql`greatest(
    c.updated_at,
    p.created_at,
    (select max(n.written_at) from case_notes n where n.case_id = c.id),
    (select max(greatest(r.sent_at, r.responded_at, r.started_at, r.ended_at))
       from service_referrals r where r.case_id = c.id),
    (select max(na.assessed_at) from needs_assessments na where na.case_id = c.id),
    (select max(d.decided_at) from decisions d where d.case_id = c.id)
  )`;

type SortPlan = {
  /** The two sort keys, over `s` (scoped), `p` (plans), `acts`, `activity`. */
  readonly keys: readonly [RawBuilder<unknown>, RawBuilder<unknown>];
  /** ORDER BY over k1, k2 (and `id` last, so pages never overlap). */
  readonly order: RawBuilder<unknown>;
  readonly needsActions: boolean;
  readonly needsActivity: boolean;
};

function sortPlan(sort: CaseSort): SortPlan {
  const plain = { needsActions: false, needsActivity: false };
  switch (sort) {
    case 'next_action':
      return {
        keys: [sql`acts.earliest_due`, sql`s.reference`],
        order: sql`k1 asc nulls last, k2 asc, id`,
        needsActions: true,
        needsActivity: false,
      };
    case 'overdue':
      return {
        keys: [sql`coalesce(acts.overdue, 0)`, sql`acts.earliest_due`],
        order: sql`k1 desc, k2 asc nulls last, id`,
        needsActions: true,
        needsActivity: false,
      };
    case 'review_due':
      return {
        keys: [sql`p.review_due_on`, sql`s.reference`],
        order: sql`k1 asc nulls last, k2 asc, id`,
        ...plain,
      };
    case 'last_activity':
      return {
        keys: [sql`activity.last_activity`, sql`s.reference`],
        order: sql`k1 desc nulls last, k2 asc, id`,
        needsActions: false,
        needsActivity: true,
      };
    case 'reference':
      return { keys: [sql`s.reference`, sql`null::text`], order: sql`k1 asc, id`, ...plain };
    case 'first_contact_desc':
      return { keys: [sql`s.first_contact_at`, sql`null::text`], order: sql`k1 desc, id`, ...plain };
    case 'first_contact_asc':
      return { keys: [sql`s.first_contact_at`, sql`null::text`], order: sql`k1 asc, id`, ...plain };
    default: {
      const never: never = sort;
      throw new Error(`unknown sort ${String(never)}`);
    }
  }
}

type Row = {
  id: string;
  reference: string;
  stage: string;
  is_child: boolean;
  region: string;
  lead_id: string;
  lead_name: string;
  worker_id: string | null;
  worker_name: string | null;
  worker_elsewhere: boolean;
  first_contact_at: Date | string;
  closed: boolean;
  plan_visible: boolean;
  next_due: string | null;
  overdue: number | null;
  review_due: string | null;
  last_activity: Date | string;
};

const iso = (value: Date | string): string => new Date(value).toISOString();

/**
 * The caller's cases, one page, sorted and filtered in SQL. Sorting by a figure of the
 * plan (next action, overdue actions, review) computes it in the page query; every other
 * figure is computed for the page's rows only.
 */
export async function listMyCases(
  db: Handle,
  ctx: CaseloadContext,
  query: MyCasesQuery,
): Promise<{ scope: CaseloadScope; items: CaseloadCase[]; total: number }> {
  const org = ctx.actor.organisationId;
  const plan = sectionReach(ctx, 'support_plan', 'support_plan');
  const scope: CaseloadScope = query.worker ? 'team' : (query.scope ?? (await defaultScope(db, ctx)));
  const where = caseConditions(ctx, scope, query);
  if (query.worker === 'none') where.push(sql<SqlBool>`c.case_worker_user_id is null`);
  else if (query.worker) where.push(sql<SqlBool>`c.case_worker_user_id = ${query.worker}`);
  if (query.status === 'open') where.push(OPEN_CASE);
  if (query.status === 'closed') where.push(sql<SqlBool>`not ${OPEN_CASE}`);

  const sorting = sortPlan(query.sort);
  const overdueOnly = query.overdue === 'true';
  const withActions = sorting.needsActions || overdueOnly;
  const offset = (query.page - 1) * query.pageSize;
  const run = (limit: number, skip: number) =>
    sql<Row & { total: number }>`
    with scoped as materialized (
      select c.id, c.reference, c.first_contact_at, c.updated_at,
             ${seesSection(plan, 'c.id', 'c.lead_org_id', org)} as plan_ok
      from cases c
      where ${and(where)}
    ),
    ${planFigures(ctx.today, withActions)}
    ${sorting.needsActivity ? sql`, ${ACTIVITY}` : sql``},
    page as (
      select s.id, ${sorting.keys[0]} as k1, ${sorting.keys[1]} as k2, count(*) over ()::int as total
      from scoped s
      left join plans p on p.case_id = s.id
      ${withActions ? sql`left join acts on acts.case_id = s.id` : sql``}
      ${sorting.needsActivity ? sql`left join activity on activity.case_id = s.id` : sql``}
      ${overdueOnly ? sql`where acts.overdue > 0` : sql``}
      order by ${sorting.order}
      limit ${limit} offset ${skip}
    )
    select c.id, c.reference, c.stage, c.is_child, c.region,
           lead.id as lead_id, lead.name as lead_name,
           w.id as worker_id, w.display_name as worker_name,
           (c.case_worker_user_id is not null and w.id is null) as worker_elsewhere,
           c.first_contact_at, not ${OPEN_CASE} as closed,
           ${seesSection(plan, 'c.id', 'c.lead_org_id', org)} as plan_visible,
           to_char(pa.next_due, 'YYYY-MM-DD') as next_due,
           coalesce(pa.overdue, 0) as overdue,
           to_char(p.review_due_on, 'YYYY-MM-DD') as review_due,
           ${LAST_ACTIVITY} as last_activity,
           page.total
    from page
    join cases c on c.id = page.id
    join organisations lead on lead.id = c.lead_org_id
    left join users w on w.id = c.case_worker_user_id and w.organisation_id = ${org}
    left join lateral (
      select sp.id, sp.review_due_on, sp.created_at from support_plans sp
      where sp.case_id = c.id and sp.status = 'current'
      order by sp.version desc limit 1
    ) p on ${seesSection(plan, 'c.id', 'c.lead_org_id', org)}
    left join lateral (
      select min(a.due_on) as next_due,
             count(*) filter (where a.due_on < ${ctx.today}::date)::int as overdue
      from plan_actions a
      where a.case_id = c.id and a.plan_id = p.id and a.status in (${OPEN})
    ) pa on true
    order by ${sorting.order}`.execute(db);

  let { rows } = await run(query.pageSize, offset);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && offset > 0) {
    // Past the last page: the total still tells the client where the pages end.
    total = (await run(1, 0)).rows[0]?.total ?? 0;
    rows = [];
  }

  return {
    scope,
    total,
    items: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      stage: r.stage,
      isChild: r.is_child,
      region: r.region,
      leadOrganisation: { id: r.lead_id, name: r.lead_name },
      caseWorker: r.worker_id && r.worker_name ? { id: r.worker_id, name: r.worker_name } : null,
      caseWorkerElsewhere: r.worker_elsewhere,
      firstContactAt: iso(r.first_contact_at),
      closed: r.closed,
      planVisible: r.plan_visible,
      nextActionDueOn: r.next_due,
      overdueActions: r.overdue ?? 0,
      planReviewDueOn: r.review_due,
      lastActivityAt: iso(r.last_activity),
    })),
  };
}
