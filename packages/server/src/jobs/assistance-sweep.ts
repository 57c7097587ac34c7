import { addCalendarDays, localDateOf } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { currentCountryProfile } from '../profiles/store.js';
import {
  ACTION_REMINDER_DAYS,
  CAPACITY_STALE_DAYS,
  planActionNotices,
  planReviewNotices,
  REVIEW_REMINDER_DAYS,
  serviceReferralNotices,
  staleCapacityNotices,
} from './assistance-notice-rules.js';
import type { NoticeDraft } from './notice-rules.js';

/**
 * How far back the sweep looks: an older backlog (imported cases, a long outage) is the
 * work lists' business (caseload), not a flood of notices on the first run.
 */
const BACKLOG_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The assistance part of the sweep: finds plan actions and plan reviews due soon or
 * overdue, unanswered service referrals and stale capacity, and turns each into notices
 * by the pure rules (assistance-notice-rules.ts). Reads ids, dates and codes only — no
 * free text, nothing about the person. Closed cases are left alone.
 */
export async function assistanceNoticeDrafts(db: Kysely<DB>, now: Date): Promise<NoticeDraft[]> {
  const profile = await currentCountryProfile(db);
  const timeZone = profile.calendar.timeZone;
  const today = localDateOf(now, timeZone);
  const since = addCalendarDays(today, -BACKLOG_DAYS);
  const drafts: NoticeDraft[] = [];

  const { rows: actions } = await sql<{
    id: string;
    case_id: string;
    due_on: string;
    owner_org_id: string | null;
    lead_org_id: string;
  }>`
    select a.id, a.case_id, to_char(a.due_on, 'YYYY-MM-DD') as due_on, a.owner_org_id, c.lead_org_id
    from plan_actions a
    join support_plans sp on sp.id = a.plan_id and sp.status = 'current'
    join cases c on c.id = a.case_id
    where a.status in ('planned', 'in_progress')
      and a.due_on between ${since}::date and ${addCalendarDays(today, ACTION_REMINDER_DAYS)}::date
      and c.closed_at is null and c.stage <> 'closed'`.execute(db);
  for (const a of actions) {
    drafts.push(
      ...planActionNotices(
        {
          actionId: a.id,
          caseId: a.case_id,
          dueOn: a.due_on,
          ownerOrgId: a.owner_org_id,
          leadOrgId: a.lead_org_id,
        },
        today,
        timeZone,
      ),
    );
  }

  const { rows: reviews } = await sql<{
    id: string;
    case_id: string;
    review_due_on: string;
    lead_org_id: string;
    coordinators: string[] | null;
  }>`
    select sp.id, sp.case_id, to_char(sp.review_due_on, 'YYYY-MM-DD') as review_due_on, c.lead_org_id,
           (select array_agg(distinct t.organisation_id::text) from case_team t
             where t.case_id = c.id and t.purpose = 'coordination' and t.removed_at is null) as coordinators
    from support_plans sp
    join cases c on c.id = sp.case_id
    where sp.status = 'current'
      and sp.review_due_on between ${since}::date and ${addCalendarDays(today, REVIEW_REMINDER_DAYS)}::date
      and c.closed_at is null and c.stage <> 'closed'`.execute(db);
  for (const p of reviews) {
    drafts.push(
      ...planReviewNotices(
        {
          planId: p.id,
          caseId: p.case_id,
          reviewDueOn: p.review_due_on,
          leadOrgId: p.lead_org_id,
          supervisingOrgIds: p.coordinators ?? [],
        },
        today,
        timeZone,
      ),
    );
  }

  const { rows: waiting } = await sql<{
    id: string;
    case_id: string;
    provider_org_id: string;
    sent_by_org_id: string;
    sent_at: Date | string;
  }>`
    select r.id, r.case_id, r.provider_org_id, r.sent_by_org_id, r.sent_at
    from service_referrals r
    where r.status = 'sent' and r.sent_at >= ${new Date(now.getTime() - BACKLOG_DAYS * DAY_MS)}`.execute(db);
  for (const r of waiting) {
    drafts.push(
      ...serviceReferralNotices(
        {
          referralId: r.id,
          caseId: r.case_id,
          providerOrgId: r.provider_org_id,
          senderOrgId: r.sent_by_org_id,
          sentAt: new Date(r.sent_at),
        },
        now,
        profile.calendar,
      ),
    );
  }

  const { rows: services } = await sql<{
    id: string;
    organisation_id: string;
    capacity_updated_at: Date | string | null;
    created_at: Date | string;
  }>`
    select s.id, s.organisation_id, s.capacity_updated_at, s.created_at
    from services s
    where s.active
      and coalesce(s.capacity_updated_at, s.created_at) <= ${new Date(now.getTime() - CAPACITY_STALE_DAYS * DAY_MS)}`.execute(
    db,
  );
  for (const s of services) {
    drafts.push(
      ...staleCapacityNotices(
        {
          serviceId: s.id,
          providerOrgId: s.organisation_id,
          capacityUpdatedAt: s.capacity_updated_at ? new Date(s.capacity_updated_at) : null,
          createdAt: new Date(s.created_at),
        },
        now,
      ),
    );
  }
  return drafts;
}
