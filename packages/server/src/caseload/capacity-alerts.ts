import { can, NEED_DOMAINS, SERVICE_KINDS_FOR_NEED } from '@opennrm/core';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { CAPACITY_STALE_DAYS } from '../jobs/assistance-notice-rules.js';
import {
  type CaseloadContext,
  type Handle,
  OPEN_ACTION_STATUSES,
  sectionReach,
  seesSection,
} from './context.js';
import { and, caseConditions, defaultScope, OPEN_CASE } from './my-cases.js';
import type { CaseloadScope } from './schemas.js';
import { isLate, lateCutoff, workingDaysWaiting } from './working-days.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Levels of need that still call for a service. */
const OPEN_NEED_LEVELS = ['medium', 'high'] as const;
/** Service referrals that mean the service is (about to be) used. */
const ACTIVE_REFERRAL_STATUSES = ['sent', 'accepted', 'started'] as const;
const INBOX_SHOWN = 5;

type Query = {
  readonly page: number;
  readonly pageSize: number;
  readonly scope?: CaseloadScope | undefined;
  readonly reason?: 'full' | 'stale' | undefined;
};

export type CapacityAlert = {
  id: string;
  name: string;
  kind: string;
  organisation: { id: string; name: string };
  capacityTotal: number | null;
  capacityFree: number | null;
  waitingDays: number | null;
  capacityUpdatedAt: string | null;
  full: boolean;
  stale: boolean;
  casesUsing: number;
  casesNeeding: number;
};

export type WaitingReferral = {
  id: string;
  service: { id: string; name: string };
  needDomain: string;
  senderOrganisation: { id: string; name: string };
  sentAt: string;
  workingDaysWaiting: number;
  late: boolean;
};

export type Inbox = { waiting: number; late: number; oldest: WaitingReferral[] };

type AlertRow = {
  id: string;
  name: string;
  kind: string;
  org_id: string;
  org_name: string;
  capacity_total: number | null;
  capacity_free: number | null;
  waiting_days: number | null;
  capacity_updated_at: Date | string | null;
  full: boolean;
  stale: boolean;
  using: number;
  needing: number;
  total: number;
};

const list = (values: readonly string[]): RawBuilder<unknown> => sql.join(values.map((v) => sql.lit(v)));

/** Which kinds of service answer which need (core SERVICE_KINDS_FOR_NEED), as rows SQL can join. */
const KINDS_FOR_NEED = sql.join(
  NEED_DOMAINS.flatMap((domain) =>
    SERVICE_KINDS_FOR_NEED[domain].map((kind) => sql`(${sql.lit(domain)}, ${sql.lit(kind)})`),
  ),
);

/**
 * Services that need the caller's attention: those their cases use (an open plan action
 * or an active service referral names them) or that answer an open need of their cases
 * (latest needs assessment, medium or high, no service accepted or started for it yet),
 * and that are full by the provider's own report or whose capacity is stale (not updated
 * for more than CAPACITY_STALE_DAYS, or never). Each part counts only through the case
 * sections the caller's organisation sees.
 */
export async function listCapacityAlerts(
  db: Handle,
  ctx: CaseloadContext,
  query: Query,
): Promise<{ scope: CaseloadScope; items: CapacityAlert[]; total: number }> {
  const org = ctx.actor.organisationId;
  const scope = query.scope ?? (await defaultScope(db, ctx));
  const plan = sectionReach(ctx, 'support_plan', 'support_plan');
  const referrals = sectionReach(ctx, 'service_referrals', 'service_referral');
  const needs = sectionReach(ctx, 'needs', 'needs_assessment');
  if (plan.none && referrals.none && needs.none) return { scope, items: [], total: 0 };

  const staleBefore = new Date(ctx.now.getTime() - (CAPACITY_STALE_DAYS + 1) * DAY_MS);
  // Full by the provider's own report (core hasFreeCapacity); unknown counts as not full.
  const full = sql<SqlBool>`coalesce((s.capacity_free is not null and s.capacity_free <= 0)
      or (s.capacity_free is null and s.waiting_days > 0), false)`;
  const stale = sql<SqlBool>`(s.capacity_updated_at is null or s.capacity_updated_at <= ${staleBefore})`;
  const flaggedWhere =
    query.reason === 'full' ? full : query.reason === 'stale' ? stale : sql<SqlBool>`(${full} or ${stale})`;
  const cases = and([...caseConditions(ctx, scope, {}), OPEN_CASE]);

  const { rows } = await sql<AlertRow>`
    with flagged as materialized (
      select s.id, s.kind, s.regions, ${full} as full, ${stale} as stale
      from services s where s.active and ${flaggedWhere}
    ),
    my_cases as materialized (
      select c.id, c.region,
             ${seesSection(plan, 'c.id', 'c.lead_org_id', org)} as plan_ok,
             ${seesSection(referrals, 'c.id', 'c.lead_org_id', org)} as referrals_ok,
             ${seesSection(needs, 'c.id', 'c.lead_org_id', org)} as needs_ok
      from cases c where ${cases}
    ),
    used as materialized (
      select a.service_id, a.case_id
      from my_cases c
      join support_plans sp on sp.case_id = c.id and sp.status = 'current'
      join plan_actions a on a.plan_id = sp.id
      where c.plan_ok and a.status in (${list(OPEN_ACTION_STATUSES)})
        and a.service_id in (select id from flagged)
      union
      select r.service_id, r.case_id
      from my_cases c join service_referrals r on r.case_id = c.id
      where c.referrals_ok and r.status in (${list(ACTIVE_REFERRAL_STATUSES)})
        and r.service_id in (select id from flagged)
    ),
    open_needs as materialized (
      select distinct c.id as case_id, c.region, an.domain
      from my_cases c
      join needs_assessments na on na.case_id = c.id
      join assessed_needs an on an.assessment_id = na.id
      where c.needs_ok
        and an.level in (${list(OPEN_NEED_LEVELS)})
        and not exists (select 1 from needs_assessments n2 where n2.case_id = na.case_id and n2.version > na.version)
        and not exists (
          select 1 from service_referrals r
          where r.case_id = c.id and r.need_domain = an.domain and r.status in ('accepted', 'started')
        )
    ),
    -- Cases per kind of service and region: a case has one region, so adding up regions
    -- counts each case once; the join to services then stays small.
    need_groups as materialized (
      select k.kind, n.region, count(distinct n.case_id)::int as n
      from open_needs n
      join (values ${KINDS_FOR_NEED}) as k(domain, kind) on k.domain = n.domain
      group by k.kind, n.region
    ),
    needing as materialized (
      select f.id as service_id, sum(g.n)::int as n
      from flagged f
      join need_groups g on g.kind = f.kind and (cardinality(f.regions) = 0 or g.region = any(f.regions))
      group by f.id
    ),
    using_counts as materialized (
      select service_id, count(distinct case_id)::int as n from used group by service_id
    )
    select s.id, s.name, s.kind, o.id as org_id, o.name as org_name,
           s.capacity_total, s.capacity_free, s.waiting_days, s.capacity_updated_at,
           f.full, f.stale, coalesce(u.n, 0) as using, coalesce(nd.n, 0) as needing,
           count(*) over ()::int as total
    from flagged f
    join services s on s.id = f.id
    join organisations o on o.id = s.organisation_id
    left join using_counts u on u.service_id = f.id
    left join needing nd on nd.service_id = f.id
    where u.n is not null or nd.n is not null
    order by f.full desc, f.stale desc, coalesce(u.n, 0) desc, coalesce(nd.n, 0) desc, s.name asc, s.id
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`.execute(db);

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.page > 1) {
    total = (await listCapacityAlerts(db, ctx, { ...query, page: 1, pageSize: 1 })).total;
  }
  return {
    scope,
    total,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      organisation: { id: r.org_id, name: r.org_name },
      capacityTotal: r.capacity_total,
      capacityFree: r.capacity_free,
      waitingDays: r.waiting_days,
      capacityUpdatedAt: r.capacity_updated_at ? new Date(r.capacity_updated_at).toISOString() : null,
      full: r.full,
      stale: r.stale,
      casesUsing: r.using,
      casesNeeding: r.needing,
    })),
  };
}

/**
 * Service referrals to the caller's organisation still waiting for its answer: how many,
 * how many are late (more than 3 working days), and the oldest few. Null when the
 * caller's role does not answer service referrals.
 */
export async function providerInbox(db: Handle, ctx: CaseloadContext): Promise<Inbox | null> {
  if (!can(ctx.actor, 'service_referral', 'list', new Set(['own_organisation']))) return null;
  const org = ctx.actor.organisationId;
  const cutoff = lateCutoff(ctx.now, ctx.calendar);
  const { rows: counts } = await sql<{ waiting: number; late: number }>`
    select count(*)::int as waiting,
           count(*) filter (where r.sent_at <= ${cutoff})::int as late
    from service_referrals r
    where r.provider_org_id = ${org} and r.status = 'sent'`.execute(db);
  const { rows } = await sql<{
    id: string;
    service_id: string;
    service_name: string;
    need_domain: string;
    sender_id: string;
    sender_name: string;
    sent_at: Date | string;
  }>`
    select r.id, s.id as service_id, s.name as service_name, r.need_domain,
           o.id as sender_id, o.name as sender_name, r.sent_at
    from service_referrals r
    join services s on s.id = r.service_id
    join organisations o on o.id = r.sent_by_org_id
    where r.provider_org_id = ${org} and r.status = 'sent'
    order by r.sent_at asc, r.id
    limit ${INBOX_SHOWN}`.execute(db);
  return {
    waiting: counts[0]?.waiting ?? 0,
    late: counts[0]?.late ?? 0,
    oldest: rows.map((r) => {
      const sentAt = new Date(r.sent_at);
      return {
        id: r.id,
        service: { id: r.service_id, name: r.service_name },
        needDomain: r.need_domain,
        senderOrganisation: { id: r.sender_id, name: r.sender_name },
        sentAt: sentAt.toISOString(),
        workingDaysWaiting: workingDaysWaiting(sentAt, ctx.now, ctx.calendar),
        late: isLate(sentAt, ctx.now, ctx.calendar),
      };
    }),
  };
}
