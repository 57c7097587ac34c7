import {
  type Actor,
  ageBand,
  type CountryProfile,
  type DeadlineStatus,
  type DecisionStage,
  deadlineStatus,
  decisionDue,
  isCaseStage,
  isDecisionStage,
  mayReview,
} from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema.js';
import { countryProfileVersion } from '../profiles/store.js';
import { dueAtFrom, type PeriodTiming, type ReferralTiming } from './due.js';
import type { ZInbox } from './schemas.js';

type Inbox = z.input<typeof ZInbox>;
type InboxItem = Inbox['items'][number];

const DEADLINE_ORDER: Record<DeadlineStatus, number> = { overdue: 0, due_soon: 1, on_track: 2 };

/** Overdue first, then the soonest deadline; cases without a target last, oldest referral first. */
export function compareInboxItems(a: InboxItem, b: InboxItem): number {
  const rank = (item: InboxItem): number => (item.deadline ? DEADLINE_ORDER[item.deadline] : 3);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const due = (item: InboxItem): number => (item.dueAt ? Date.parse(item.dueAt) : Number.POSITIVE_INFINITY);
  if (due(a) !== due(b)) return due(a) - due(b);
  return (a.referredAt ?? '').localeCompare(b.referredAt ?? '') || a.reference.localeCompare(b.reference);
}

/**
 * The competent authority's inbox: the cases referred to the actor's organisation that
 * wait for a decision, with the decision due and its deadline, and the reconsideration
 * requests the actor may review. No names or other identifying data: demographics only.
 */
export async function readInbox(
  db: Kysely<DB>,
  actor: Actor,
  query: {
    stage?: DecisionStage | undefined;
    child?: 'true' | 'false' | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Inbox> {
  const now = new Date();
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('organisations as ro', 'ro.id', 'c.referring_org_id')
    .select([
      'ro.id as ref_org_id',
      'ro.name as ref_org_name',
      'c.id',
      'c.reference',
      'c.stage',
      'c.is_child',
      'c.exploitation_forms',
      'c.first_contact_at',
      'c.profile_id',
      'c.profile_version',
      'p.gender',
      'p.birth_year',
      'p.nationality',
    ])
    .where('c.stage', 'in', ['awaiting_reasonable_grounds', 'awaiting_conclusive_grounds'])
    .where('c.profile_id', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_team as t')
          .select('t.case_id')
          .whereRef('t.case_id', '=', 'c.id')
          .where('t.organisation_id', '=', actor.organisationId)
          .where('t.purpose', '=', 'identification')
          .where('t.removed_at', 'is', null),
      ),
    )
    .execute();
  const caseIds = rows.map((row) => row.id);

  const [referrals, periods, duplicates] = caseIds.length
    ? await Promise.all([
        db
          .selectFrom('referrals as r')
          .innerJoin('organisations as o', 'o.id', 'r.referring_org_id')
          .select([
            'r.case_id',
            'r.referred_at',
            'r.reasonable_grounds_due_at',
            'o.id as org_id',
            'o.name as org_name',
          ])
          .where('r.case_id', 'in', caseIds)
          .orderBy('r.referred_at', 'desc')
          .execute(),
        db
          .selectFrom('recovery_periods')
          .select(['case_id', 'status', 'ends_at', 'withheld_at', 'starts_at'])
          .where('case_id', 'in', caseIds)
          .orderBy('starts_at', 'desc')
          .execute(),
        db
          .selectFrom('possible_duplicates')
          .select(['case_id', sql<number>`count(*)::int`.as('n')])
          .where('case_id', 'in', caseIds)
          .where((eb) =>
            eb.or([eb('review_outcome', 'is', null), eb('review_outcome', '!=', 'different_person')]),
          )
          .groupBy('case_id')
          .execute(),
      ])
    : [[], [], []];

  // Rows are newest first: the first one seen per case is its latest.
  const referralOf = new Map<string, ReferralTiming & { org: { id: string; name: string } }>();
  for (const r of referrals) {
    if (referralOf.has(r.case_id)) continue;
    referralOf.set(r.case_id, {
      referredAt: new Date(r.referred_at),
      reasonableGroundsDueAt: r.reasonable_grounds_due_at ? new Date(r.reasonable_grounds_due_at) : null,
      org: { id: r.org_id, name: r.org_name },
    });
  }
  const periodOf = new Map<string, PeriodTiming>();
  for (const p of periods) {
    if (periodOf.has(p.case_id)) continue;
    periodOf.set(p.case_id, {
      status: p.status,
      endsAt: new Date(p.ends_at),
      withheldAt: p.withheld_at ? new Date(p.withheld_at) : null,
    });
  }
  const duplicatesOf = new Map(duplicates.map((d) => [d.case_id, Number(d.n)]));

  const profiles = new Map<string, Promise<CountryProfile>>();
  const profileFor = (id: string, version: number): Promise<CountryProfile> => {
    const key = `${id}@${version}`;
    let pending = profiles.get(key);
    if (!pending) {
      pending = countryProfileVersion(db, { id, version });
      profiles.set(key, pending);
    }
    return pending;
  };

  const items: InboxItem[] = [];
  for (const row of rows) {
    if (row.profile_id === null || row.profile_version === null || !isCaseStage(row.stage)) continue;
    const profile = await profileFor(row.profile_id, row.profile_version);
    const stage = decisionDue(row.stage, profile);
    const referral = referralOf.get(row.id) ?? null;
    if (!stage) continue;
    const dueAt = dueAtFrom(stage, referral, periodOf.get(row.id) ?? null, profile);
    items.push({
      caseId: row.id,
      reference: row.reference,
      ageBand: ageBand(row.birth_year, new Date(row.first_contact_at)),
      isChild: row.is_child,
      gender: row.gender,
      nationality: row.nationality,
      exploitationForms: row.exploitation_forms,
      referredAt: referral ? referral.referredAt.toISOString() : null,
      referringOrganisation: referral?.org ?? { id: row.ref_org_id, name: row.ref_org_name },
      decision: stage,
      dueAt: dueAt ? dueAt.toISOString() : null,
      deadline: dueAt ? deadlineStatus(dueAt, now, profile.reminderDaysBefore) : null,
      possibleDuplicates: duplicatesOf.get(row.id) ?? 0,
    });
  }
  items.sort(compareInboxItems);

  const filtered = items.filter(
    (item) =>
      (!query.stage || item.decision === query.stage) &&
      (!query.child || item.isChild === (query.child === 'true')),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: filtered.slice(start, start + query.pageSize),
    counts: {
      total: items.length,
      overdue: items.filter((item) => item.deadline === 'overdue').length,
      dueSoon: items.filter((item) => item.deadline === 'due_soon').length,
    },
    reviews: await reviewsFor(db, actor),
    total: filtered.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Reconsideration requests on the organisation's cases that this actor may review. */
async function reviewsFor(db: Kysely<DB>, actor: Actor): Promise<Inbox['reviews']> {
  const rows = await db
    .selectFrom('reconsiderations as r')
    .innerJoin('decisions as d', 'd.id', 'r.decision_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select(['r.id', 'r.case_id', 'r.requested_at', 'c.reference', 'd.stage', 'd.decided_by_user_id'])
    .where('r.status', '=', 'requested')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_team as t')
          .select('t.case_id')
          .whereRef('t.case_id', '=', 'r.case_id')
          .where('t.organisation_id', '=', actor.organisationId)
          .where('t.removed_at', 'is', null),
      ),
    )
    .orderBy('r.requested_at')
    .execute();
  return rows.flatMap((row) =>
    isDecisionStage(row.stage) && mayReview(actor.userId, row.decided_by_user_id)
      ? [
          {
            reconsiderationId: row.id,
            caseId: row.case_id,
            reference: row.reference,
            decisionStage: row.stage,
            requestedAt: new Date(row.requested_at).toISOString(),
          },
        ]
      : [],
  );
}
