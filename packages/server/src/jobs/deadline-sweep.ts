import { randomUUID } from 'node:crypto';
import { type CountryProfile, conclusiveGroundsDue } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { settleRecoveryPeriods } from '../decisions/index.js';
import { currentCountryProfile, storedProfiles } from '../profiles/store.js';
import { assistanceNoticeDrafts } from './assistance-sweep.js';
import {
  NOTICE_KINDS,
  type NoticeDraft,
  type NoticeKind,
  recoveryPeriodNotices,
  referralNotices,
} from './notice-rules.js';

/** The widest reminder window a profile may set (core ZCountryProfile: reminderDaysBefore ≤ 30). */
const MAX_REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What one sweep did: counts only, safe to log. */
export type SweepResult = {
  readonly periodsEnded: number;
  readonly noticesCreated: Readonly<Record<NoticeKind, number>>;
};

type ProfileLookup = (ref: { id: string | null; version: number | null }) => CountryProfile;

async function profileLookup(db: Kysely<DB>): Promise<ProfileLookup> {
  const all = await storedProfiles(db);
  const fallback = await currentCountryProfile(db);
  const byRef = new Map(all.map((profile) => [`${profile.id}@${profile.version}`, profile]));
  // A case keeps the profile version it started with; one from before profiles were
  // recorded (no version) follows the rules in force.
  return (ref) => byRef.get(`${ref.id}@${ref.version}`) ?? fallback;
}

/**
 * The recurring deadline follow-up (run by the job queue, idempotent):
 * 1. ends recovery periods whose time is up (decisions module);
 * 2. reminds the deciding organisation of reasonable-grounds decisions due soon, and
 *    escalates overdue ones to it and to the national coordinator;
 * 3. tells the deciding and the lead organisation that a recovery period ends soon or
 *    has ended (within the last 30 days) with the conclusive decision still to come;
 * 4. reminds and escalates assistance work: plan actions and reviews due or overdue,
 *    service referrals unanswered for 3 working days, stale service capacity.
 * Each notice has a unique dedupe key, so running the sweep again writes nothing new.
 * Uses the privileged system handle: it works across organisations by design.
 */
export async function sweepDeadlines(db: Kysely<DB>, now: Date): Promise<SweepResult> {
  const { ended } = await settleRecoveryPeriods(db, now);
  const profileFor = await profileLookup(db);
  const horizon = new Date(now.getTime() + MAX_REMINDER_DAYS * DAY_MS);
  const since = new Date(now.getTime() - MAX_REMINDER_DAYS * DAY_MS);

  const coordinators = await db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', 'national_coordinator')
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const coordinatorIds = coordinators.map((row) => row.id);

  const drafts: NoticeDraft[] = [];

  const pendingReferrals = await db
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select([
      'r.id',
      'r.case_id',
      'r.competent_org_id',
      'r.reasonable_grounds_due_at',
      'r.profile_id',
      'r.profile_version',
    ])
    .where('c.stage', '=', 'awaiting_reasonable_grounds')
    .where('r.reasonable_grounds_due_at', 'is not', null)
    .where('r.reasonable_grounds_due_at', '<=', horizon)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('decisions as d')
            .select('d.id')
            .whereRef('d.case_id', '=', 'r.case_id')
            .where('d.stage', '=', 'reasonable_grounds')
            .whereRef('d.decided_at', '>=', 'r.referred_at'),
        ),
      ),
    )
    .execute();
  for (const row of pendingReferrals) {
    if (!row.reasonable_grounds_due_at) continue;
    const profile = profileFor({ id: row.profile_id, version: row.profile_version });
    drafts.push(
      ...referralNotices(
        {
          referralId: row.id,
          caseId: row.case_id,
          competentOrgId: row.competent_org_id,
          dueAt: new Date(row.reasonable_grounds_due_at),
          reminderDaysBefore: profile.reminderDaysBefore,
        },
        now,
        coordinatorIds,
      ),
    );
  }

  const periods = await db
    .selectFrom('recovery_periods as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .leftJoin('decisions as d', 'd.id', 'p.decision_id')
    .select([
      'p.id',
      'p.case_id',
      'p.status',
      'p.ends_at',
      'c.lead_org_id',
      'c.profile_id',
      'c.profile_version',
      'd.decided_by_org_id',
    ])
    .select((eb) =>
      eb
        .selectFrom('referrals as r')
        .select('r.competent_org_id')
        .whereRef('r.case_id', '=', 'p.case_id')
        .orderBy('r.referred_at', 'desc')
        .limit(1)
        .as('competent_org_id'),
    )
    .where((eb) =>
      eb.or([
        eb.and([
          eb('p.status', '=', 'running'),
          eb('c.stage', '=', 'recovery_period'),
          eb('p.ends_at', '<=', horizon),
        ]),
        eb.and([
          eb('p.status', '=', 'ended'),
          // Periods that ended within the window: an older backlog (e.g. imported cases)
          // is the decision inbox's business, not a flood of notices on the first run.
          eb('p.ends_at', '>=', since),
          eb('c.stage', '=', 'awaiting_conclusive_grounds'),
          eb.not(
            eb.exists(
              eb
                .selectFrom('decisions as cg')
                .select('cg.id')
                .whereRef('cg.case_id', '=', 'p.case_id')
                .where('cg.stage', '=', 'conclusive_grounds'),
            ),
          ),
        ]),
      ]),
    )
    .execute();
  for (const row of periods) {
    const profile = profileFor({ id: row.profile_id, version: row.profile_version });
    const deciding = row.decided_by_org_id ?? row.competent_org_id;
    const endsAt = new Date(row.ends_at);
    drafts.push(
      ...recoveryPeriodNotices(
        {
          periodId: row.id,
          caseId: row.case_id,
          status: row.status,
          endsAt,
          reminderDaysBefore: profile.reminderDaysBefore,
          recipientOrgIds: [...(deciding ? [deciding] : []), row.lead_org_id],
          conclusiveDueAt: conclusiveGroundsDue(endsAt, profile),
        },
        now,
      ),
    );
  }

  // 4. Assistance (issue 4): plan actions and reviews, unanswered service referrals, stale capacity.
  drafts.push(...(await assistanceNoticeDrafts(db, now)));

  const created = await writeNotices(db, drafts, now);
  const noticesCreated = Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, 0])) as Record<
    NoticeKind,
    number
  >;
  for (const kind of created) noticesCreated[kind] += 1;
  return { periodsEnded: ended.length, noticesCreated };
}

const BATCH = 500;

/** Inserts the notices not written before (dedupe key); returns the kinds of those written now. */
async function writeNotices(
  db: Kysely<DB>,
  drafts: readonly NoticeDraft[],
  now: Date,
): Promise<NoticeKind[]> {
  const kinds: NoticeKind[] = [];
  for (let start = 0; start < drafts.length; start += BATCH) {
    const batch = drafts.slice(start, start + BATCH);
    const rows = await db
      .insertInto('notices')
      .values(
        batch.map((draft) => ({
          id: randomUUID(),
          organisation_id: draft.organisationId,
          kind: draft.kind,
          case_id: draft.caseId,
          due_at: draft.dueAt,
          dedupe_key: draft.dedupeKey,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('kind')
      .execute();
    for (const row of rows) kinds.push(row.kind as NoticeKind);
  }
  return kinds;
}
