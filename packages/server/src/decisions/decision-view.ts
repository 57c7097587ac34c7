import {
  type Actor,
  authorize,
  type CountryProfile,
  deadlineStatus,
  decisionDue,
  isDecisionStage,
  mayReview,
  PANEL_ROLES,
  type PanelRole,
  type Relationship,
  reconsiderationRefusal,
  recoveryDaysLeft,
  WITHHOLDING_GROUNDS,
  type WithholdingGround,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { type DecisionCase, isCompetentAuthority, personKey, profileOf, unseal } from './case-context.js';
import { decisionDueAt } from './due.js';
import type { ZCaseDecisions } from './schemas.js';

type CaseDecisions = z.input<typeof ZCaseDecisions>;
type Ref = { id: string; name: string };

const iso = (value: Date | string): string => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null): string | null => (value === null ? null : iso(value));

function isWithholdingGround(value: string | null): value is WithholdingGround {
  return value !== null && (WITHHOLDING_GROUNDS as readonly string[]).includes(value);
}

function periodStatus(value: string): 'running' | 'ended' | 'withheld' {
  return value === 'running' || value === 'withheld' ? value : 'ended';
}

function reviewStatus(value: string): 'requested' | 'upheld' | 'overturned' {
  return value === 'upheld' || value === 'overturned' ? value : 'requested';
}

function parsePanel(value: unknown): { organisationId: string; role: PanelRole }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { organisationId, role } = entry as { organisationId?: unknown; role?: unknown };
    if (typeof organisationId !== 'string' || !(PANEL_ROLES as readonly unknown[]).includes(role)) return [];
    return [{ organisationId, role: role as PanelRole }];
  });
}

function profileView(profile: CountryProfile): NonNullable<CaseDecisions['profile']> {
  return {
    id: profile.id,
    version: profile.version,
    name: profile.name,
    decisionStages: profile.decisionStages,
    recoveryPeriodDays: profile.recoveryPeriodDays,
    outcomes: {
      reasonableGrounds: profile.outcomeCategories.reasonableGrounds ?? [],
      conclusiveGrounds: profile.outcomeCategories.conclusiveGrounds,
    },
  };
}

/**
 * A case's identification decisions, recovery period and reconsiderations, with the
 * reasons decrypted for a reader on the case team. The decryption and its audit entry
 * are one transaction: no read without its trace.
 */
export async function readCaseDecisions(
  deps: { readonly db: Kysely<DB>; readonly keyring: Keyring },
  actor: Actor,
  relationships: ReadonlySet<Relationship>,
  item: DecisionCase,
  requestId: string,
): Promise<CaseDecisions> {
  const { db, keyring } = deps;
  const now = new Date();
  const profile = await profileOf(db, item);

  const [decisions, periods, reconsiderations] = await Promise.all([
    db.selectFrom('decisions').selectAll().where('case_id', '=', item.id).orderBy('decided_at').execute(),
    db
      .selectFrom('recovery_periods')
      .selectAll()
      .where('case_id', '=', item.id)
      .orderBy('starts_at', 'desc')
      .limit(1)
      .execute(),
    db
      .selectFrom('reconsiderations')
      .selectAll()
      .where('case_id', '=', item.id)
      .orderBy('requested_at')
      .execute(),
  ]);
  const period = periods[0] ?? null;
  const extensions = period
    ? await db
        .selectFrom('recovery_extensions')
        .selectAll()
        .where('recovery_period_id', '=', period.id)
        .orderBy('granted_at')
        .execute()
    : [];

  const panels = reconsiderations.map((r) => parsePanel(r.panel));
  const orgIds = new Set<string>([
    ...decisions.map((d) => d.decided_by_org_id),
    ...reconsiderations.map((r) => r.requested_by_org_id),
    ...panels.flat().map((m) => m.organisationId),
  ]);
  const userIds = new Set<string>([
    ...decisions.map((d) => d.decided_by_user_id),
    ...extensions.map((e) => e.granted_by_user_id),
    ...(period?.withheld_by_user_id ? [period.withheld_by_user_id] : []),
    ...reconsiderations.flatMap((r) => (r.reviewed_by_user_id ? [r.reviewed_by_user_id] : [])),
  ]);
  const [orgs, users] = await Promise.all([
    orgIds.size
      ? db
          .selectFrom('organisations')
          .select(['id', 'name', 'kind'])
          .where('id', 'in', [...orgIds])
          .execute()
      : [],
    userIds.size
      ? db
          .selectFrom('users')
          .select(['id', 'display_name'])
          .where('id', 'in', [...userIds])
          .execute()
      : [],
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const userById = new Map(users.map((u) => [u.id, u]));
  const org = (id: string): Ref => ({ id, name: orgById.get(id)?.name ?? '' });
  const user = (id: string): Ref => ({ id, name: userById.get(id)?.display_name ?? '' });

  const dueStage = profile ? decisionDue(item.stage, profile) : null;
  const dueAt = profile && dueStage ? await decisionDueAt(db, item.id, dueStage, profile) : null;
  const mayDecide =
    profile !== null &&
    authorize(actor, 'decision', 'create', relationships).allowed &&
    (await isCompetentAuthority(db, actor, item.id, profile));
  const mayUpdateReconsideration = authorize(actor, 'reconsideration', 'update', relationships).allowed;
  const decidedBy = new Map(decisions.map((d) => [d.id, d.decided_by_user_id]));
  const supersededBy = new Map(
    decisions.flatMap((d) => (d.supersedes_id ? [[d.supersedes_id, d.id] as const] : [])),
  );
  const openRequests = new Set(
    reconsiderations.filter((r) => r.status === 'requested').map((r) => r.decision_id),
  );
  const timeZone = profile?.calendar.timeZone ?? 'UTC';
  const key = await personKey(db, keyring, item.dataKeyId);

  return db.transaction().execute(async (trx) => {
    const view: CaseDecisions = {
      caseId: item.id,
      stage: item.stage,
      profile: profile ? profileView(profile) : null,
      due:
        dueStage && profile
          ? {
              stage: dueStage,
              dueAt: isoOrNull(dueAt),
              deadline: dueAt ? deadlineStatus(dueAt, now, profile.reminderDaysBefore) : null,
            }
          : null,
      mayDecide,
      decisions: decisions.flatMap((d) => {
        if (!isDecisionStage(d.stage)) return [];
        return [
          {
            id: d.id,
            stage: d.stage,
            outcome: d.outcome,
            positive: d.positive,
            standard: d.standard,
            reasons: unseal(key, { table: 'decisions', field: 'reasons_enc' }, d.id, d.reasons_enc),
            decidedBy: user(d.decided_by_user_id),
            decidedByOrganisation: org(d.decided_by_org_id),
            decidedAt: iso(d.decided_at),
            dueAt: isoOrNull(d.due_at),
            supersedesId: d.supersedes_id,
            supersededById: supersededBy.get(d.id) ?? null,
            reconsiderable:
              reconsiderationRefusal({
                positive: d.positive,
                superseded: supersededBy.has(d.id),
                openReconsideration: openRequests.has(d.id),
              }) === null,
          },
        ];
      }),
      recoveryPeriod: period
        ? {
            id: period.id,
            decisionId: period.decision_id,
            startsAt: iso(period.starts_at),
            endsAt: iso(period.ends_at),
            minimumDays: period.minimum_days,
            extendedDays: extensions.reduce((sum, e) => sum + e.days, 0),
            totalDays: period.minimum_days + extensions.reduce((sum, e) => sum + e.days, 0),
            daysLeft:
              period.status === 'running' ? recoveryDaysLeft(new Date(period.ends_at), now, timeZone) : 0,
            status: periodStatus(period.status),
            noRemoval: period.no_removal,
            timeZone,
            withheld:
              period.status === 'withheld' &&
              isWithholdingGround(period.withheld_ground) &&
              period.withheld_reason_enc &&
              period.withheld_at &&
              period.withheld_by_user_id
                ? {
                    ground: period.withheld_ground,
                    reason: unseal(
                      key,
                      { table: 'recovery_periods', field: 'withheld_reason_enc' },
                      period.id,
                      period.withheld_reason_enc,
                    ),
                    at: iso(period.withheld_at),
                    by: user(period.withheld_by_user_id),
                  }
                : null,
            extensions: extensions.map((e) => ({
              id: e.id,
              days: e.days,
              reason: unseal(key, { table: 'recovery_extensions', field: 'reason_enc' }, e.id, e.reason_enc),
              grantedAt: iso(e.granted_at),
              grantedBy: user(e.granted_by_user_id),
            })),
          }
        : null,
      reconsiderations: reconsiderations.map((r, index) => {
        const status = reviewStatus(r.status);
        return {
          id: r.id,
          decisionId: r.decision_id,
          requestedByOrganisation: org(r.requested_by_org_id),
          requestedAt: iso(r.requested_at),
          grounds: unseal(key, { table: 'reconsiderations', field: 'grounds_enc' }, r.id, r.grounds_enc),
          status,
          panel: (panels[index] ?? []).map((m) => ({
            organisation: { ...org(m.organisationId), kind: orgById.get(m.organisationId)?.kind ?? 'other' },
            role: m.role,
          })),
          reviewNotes: r.review_notes_enc
            ? unseal(key, { table: 'reconsiderations', field: 'review_notes_enc' }, r.id, r.review_notes_enc)
            : null,
          reviewedBy: r.reviewed_by_user_id ? user(r.reviewed_by_user_id) : null,
          reviewedAt: isoOrNull(r.reviewed_at),
          newDecisionId: r.new_decision_id,
          mayReview:
            status === 'requested' &&
            mayUpdateReconsideration &&
            mayReview(actor.userId, decidedBy.get(r.decision_id) ?? actor.userId),
        };
      }),
    };
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'decision.read',
      resourceType: 'case',
      resourceId: item.id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: {
        decisions: view.decisions.length,
        reconsiderations: view.reconsiderations.length,
        recoveryPeriod: view.recoveryPeriod !== null,
      },
    });
    return view;
  });
}
