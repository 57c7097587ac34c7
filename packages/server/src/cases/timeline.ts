import {
  type Actor,
  authorize,
  type CaseSection,
  type Relationship,
  TIMELINE_KINDS,
  type TimelineKind,
  visibleTimelineKinds,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { accountAccess } from './account-store.js';
import type { TimelineEntry } from './case-file-schemas.js';
import { isNoteVisibility, readableNotes } from './notes.js';

type Handle = Kysely<DB> | Transaction<DB>;
type Value = string | number | boolean | null | string[];

/** An entry before names are filled in; a note keeps its ciphertext until its page is shown. */
export type RawEntry = {
  readonly id: string;
  readonly kind: TimelineKind;
  readonly at: Date;
  readonly organisationId: string | null;
  readonly data: Readonly<Record<string, Value>>;
  /** Organisation ids inside `data` whose names the reader sees ("to", "recipient", …). */
  readonly named?: readonly string[];
  readonly note?: { readonly id: string; readonly bodyEnc: string; readonly visibility: string };
};

const ORDER = new Map<TimelineKind, number>(TIMELINE_KINDS.map((kind, i) => [kind, i]));
const day = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString().slice(0, 10);

/**
 * Everything that happened on a case that the actor may see, newest first: each entry's
 * kind is filtered by the actor's sections AND role rules (core `visibleTimelineKinds`),
 * then by per-entry conditions (a note's visibility, one's own screening, the account's
 * readers). Codes, dates and organisations only: no free text, except notes' ciphertext,
 * which the caller opens for the page it shows. Read straight from each module's tables.
 */
export async function collectTimeline(
  db: Handle,
  actor: Actor,
  caseId: string,
  sections: ReadonlySet<CaseSection>,
  relationships: ReadonlySet<Relationship>,
): Promise<RawEntry[]> {
  const kinds = visibleTimelineKinds(actor, sections, relationships);
  const any = (...wanted: TimelineKind[]) => wanted.some((k) => kinds.has(k));
  const out: RawEntry[] = [];
  const push = (entry: RawEntry): void => {
    if (kinds.has(entry.kind)) out.push(entry);
  };

  if (any('case_opened')) {
    const c = await db
      .selectFrom('cases')
      .select(['id', 'first_contact_at', 'lead_org_id'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    push({
      id: `case:${c.id}`,
      kind: 'case_opened',
      at: new Date(c.first_contact_at),
      organisationId: c.lead_org_id,
      data: {},
    });
  }

  if (any('screening_completed')) {
    const rows = await db
      .selectFrom('screenings')
      .select(['id', 'organisation_id', 'depth', 'mode', 'completed_at'])
      .where('case_id', '=', caseId)
      .where('completed_at', 'is not', null)
      .execute();
    for (const r of rows) {
      // A screening is read by the organisation that did it, and by the decision maker.
      const held = new Set(relationships);
      if (r.organisation_id === actor.organisationId) held.add('own_organisation');
      if (!r.completed_at || !authorize(actor, 'screening', 'read', held).allowed) continue;
      push({
        id: `screening:${r.id}`,
        kind: 'screening_completed',
        at: new Date(r.completed_at),
        organisationId: r.organisation_id,
        data: { depth: r.depth, mode: r.mode },
      });
    }
  }

  if (any('referral_made')) {
    const rows = await db
      .selectFrom('referrals')
      .select(['id', 'referring_org_id', 'competent_org_id', 'child_status', 'referred_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of rows)
      push({
        id: `referral:${r.id}`,
        kind: 'referral_made',
        at: new Date(r.referred_at),
        organisationId: r.referring_org_id,
        data: { to: r.competent_org_id, childStatus: r.child_status },
        named: [r.competent_org_id],
      });
  }

  if (any('consent_given', 'consent_revoked')) {
    // Only consents to refer and to share with a provider: what the person chose about
    // the police is not read here (CoE art. 12(6), EU art. 11(3)).
    const rows = await db
      .selectFrom('consents')
      .select(['id', 'purpose', 'recipient_org_id', 'method', 'given_at', 'revoked_at'])
      .where('case_id', '=', caseId)
      .where('purpose', 'in', ['identification_referral', 'share_with_provider'])
      .execute();
    for (const r of rows) {
      const data = { purpose: r.purpose, recipient: r.recipient_org_id, method: r.method };
      const named = r.recipient_org_id ? [r.recipient_org_id] : [];
      push({
        id: `consent:${r.id}`,
        kind: 'consent_given',
        at: new Date(r.given_at),
        organisationId: null,
        data,
        named,
      });
      if (r.revoked_at)
        push({
          id: `consent-revoked:${r.id}`,
          kind: 'consent_revoked',
          at: new Date(r.revoked_at),
          organisationId: null,
          data,
          named,
        });
    }
  }

  if (any('guardian_requested', 'guardian_appointed')) {
    const rows = await db
      .selectFrom('guardian_appointments')
      .select(['id', 'requested_at', 'appointed_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of rows) {
      push({
        id: `guardian-requested:${r.id}`,
        kind: 'guardian_requested',
        at: new Date(r.requested_at),
        organisationId: null,
        data: {},
      });
      if (r.appointed_at)
        push({
          id: `guardian:${r.id}`,
          kind: 'guardian_appointed',
          at: new Date(r.appointed_at),
          organisationId: null,
          data: {},
        });
    }
  }

  if (any('decision_made')) {
    const rows = await db
      .selectFrom('decisions')
      .select(['id', 'stage', 'outcome', 'positive', 'decided_by_org_id', 'decided_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of rows)
      push({
        id: `decision:${r.id}`,
        kind: 'decision_made',
        at: new Date(r.decided_at),
        organisationId: r.decided_by_org_id,
        data: { stage: r.stage, outcome: r.outcome, positive: r.positive },
      });
  }

  if (any('recovery_period_started', 'recovery_period_withheld', 'recovery_period_extended')) {
    const periods = await db
      .selectFrom('recovery_periods')
      .select(['id', 'starts_at', 'ends_at', 'minimum_days', 'status', 'withheld_ground', 'withheld_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const p of periods) {
      if (p.status !== 'withheld')
        push({
          id: `recovery:${p.id}`,
          kind: 'recovery_period_started',
          at: new Date(p.starts_at),
          organisationId: null,
          data: { endsOn: day(p.ends_at), minimumDays: p.minimum_days },
        });
      if (p.withheld_at)
        push({
          id: `recovery-withheld:${p.id}`,
          kind: 'recovery_period_withheld',
          at: new Date(p.withheld_at),
          organisationId: null,
          data: { ground: p.withheld_ground },
        });
    }
    const extensions = periods.length
      ? await db
          .selectFrom('recovery_extensions')
          .select(['id', 'days', 'granted_at'])
          .where(
            'recovery_period_id',
            'in',
            periods.map((p) => p.id),
          )
          .execute()
      : [];
    for (const e of extensions)
      push({
        id: `extension:${e.id}`,
        kind: 'recovery_period_extended',
        at: new Date(e.granted_at),
        organisationId: null,
        data: { days: e.days },
      });
  }

  if (any('reconsideration_requested', 'reconsideration_reviewed')) {
    const rows = await db
      .selectFrom('reconsiderations')
      .select(['id', 'requested_by_org_id', 'requested_at', 'review_outcome', 'reviewed_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of rows) {
      push({
        id: `reconsideration:${r.id}`,
        kind: 'reconsideration_requested',
        at: new Date(r.requested_at),
        organisationId: r.requested_by_org_id,
        data: {},
      });
      if (r.reviewed_at)
        push({
          id: `review:${r.id}`,
          kind: 'reconsideration_reviewed',
          at: new Date(r.reviewed_at),
          organisationId: null,
          data: { outcome: r.review_outcome },
        });
    }
  }

  if (any('team_member_added', 'team_member_removed')) {
    const rows = await db
      .selectFrom('case_team')
      .select(['organisation_id', 'purpose', 'added_at', 'removed_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of rows) {
      const key = `${r.organisation_id}:${r.purpose}`;
      push({
        id: `team:${key}`,
        kind: 'team_member_added',
        at: new Date(r.added_at),
        organisationId: r.organisation_id,
        data: { purpose: r.purpose },
      });
      if (r.removed_at)
        push({
          id: `team-removed:${key}`,
          kind: 'team_member_removed',
          at: new Date(r.removed_at),
          organisationId: r.organisation_id,
          data: { purpose: r.purpose },
        });
    }
  }

  if (any('needs_assessed')) {
    const rows = await db
      .selectFrom('needs_assessments as a')
      .leftJoin('assessed_needs as n', 'n.assessment_id', 'a.id')
      .select((eb) => [
        'a.id',
        'a.version',
        'a.assessed_by_org_id',
        'a.assessed_at',
        eb.fn.count<string | number>('n.domain').as('domains'),
      ])
      .where('a.case_id', '=', caseId)
      .groupBy(['a.id', 'a.version', 'a.assessed_by_org_id', 'a.assessed_at'])
      .execute();
    for (const r of rows)
      push({
        id: `needs:${r.id}`,
        kind: 'needs_assessed',
        at: new Date(r.assessed_at),
        organisationId: r.assessed_by_org_id,
        data: { version: r.version, domains: Number(r.domains) },
      });
  }

  if (any('risk_assessed')) {
    const rows = await db
      .selectFrom('risk_assessments')
      .select(['id', 'version', 'overall', 'assessed_by_org_id', 'assessed_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of rows)
      push({
        id: `risk:${r.id}`,
        kind: 'risk_assessed',
        at: new Date(r.assessed_at),
        organisationId: r.assessed_by_org_id,
        data: { version: r.version, overall: r.overall },
      });
  }

  if (any('plan_version')) {
    const rows = await db
      .selectFrom('support_plans')
      .select(['id', 'version', 'agreement', 'review_due_on', 'created_by_org_id', 'created_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of rows)
      push({
        id: `plan:${r.id}`,
        kind: 'plan_version',
        at: new Date(r.created_at),
        organisationId: r.created_by_org_id,
        data: { version: r.version, agreement: r.agreement, reviewDueOn: day(r.review_due_on) },
      });
  }

  if (any('service_referral_sent', 'service_referral_answered', 'service_started', 'service_ended')) {
    const rows = await db
      .selectFrom('service_referrals')
      .select([
        'id',
        'provider_org_id',
        'sent_by_org_id',
        'need_domain',
        'status',
        'decline_reason',
        'outcome',
        'sent_at',
        'responded_at',
        'started_at',
        'ended_at',
      ])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of rows) {
      const data = { needDomain: r.need_domain, provider: r.provider_org_id };
      const named = [r.provider_org_id];
      push({
        id: `service:${r.id}`,
        kind: 'service_referral_sent',
        at: new Date(r.sent_at),
        organisationId: r.sent_by_org_id,
        data,
        named,
      });
      if (r.responded_at)
        push({
          id: `service-answer:${r.id}`,
          kind: 'service_referral_answered',
          at: new Date(r.responded_at),
          organisationId: r.provider_org_id,
          data: {
            ...data,
            answer: r.status === 'declined' ? 'declined' : 'accepted',
            declineReason: r.status === 'declined' ? r.decline_reason : null,
          },
          named,
        });
      if (r.started_at)
        push({
          id: `service-start:${r.id}`,
          kind: 'service_started',
          at: new Date(r.started_at),
          organisationId: r.provider_org_id,
          data,
          named,
        });
      if (r.ended_at)
        push({
          id: `service-end:${r.id}`,
          kind: 'service_ended',
          at: new Date(r.ended_at),
          organisationId: r.provider_org_id,
          data: { ...data, outcome: r.outcome },
          named,
        });
    }
  }

  if (any('note_written')) {
    const rows = await readableNotes(db, caseId, actor.organisationId)
      .select(['n.id', 'n.body_enc', 'n.visibility', 'n.author_org_id', 'n.written_at'])
      .execute();
    for (const r of rows) {
      if (!isNoteVisibility(r.visibility)) continue;
      push({
        id: `note:${r.id}`,
        kind: 'note_written',
        at: new Date(r.written_at),
        organisationId: r.author_org_id,
        data: { visibility: r.visibility },
        note: { id: r.id, bodyEnc: r.body_enc, visibility: r.visibility },
      });
    }
  }

  if (
    any(
      'account_recorded',
      'account_shared',
      'account_share_revoked',
      'account_requested',
      'account_request_answered',
    )
  ) {
    const account = await accountAccess(db, actor, caseId);
    for (const v of account.versions)
      push({
        id: `account:${v.version}`,
        kind: 'account_recorded',
        at: v.recordedAt,
        organisationId: v.recordedByOrgId,
        data: { version: v.version, language: v.language },
      });
    // Who the story went to is seen by its readers, and by the recipient itself.
    const shares = await db
      .selectFrom('account_shares')
      .select(['id', 'organisation_id', 'granted_at', 'revoked_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const s of shares) {
      if (!account.canRead && s.organisation_id !== actor.organisationId) continue;
      const data = { recipient: s.organisation_id };
      const named = [s.organisation_id];
      push({
        id: `share:${s.id}`,
        kind: 'account_shared',
        at: new Date(s.granted_at),
        organisationId: null,
        data,
        named,
      });
      if (s.revoked_at)
        push({
          id: `share-revoked:${s.id}`,
          kind: 'account_share_revoked',
          at: new Date(s.revoked_at),
          organisationId: null,
          data,
          named,
        });
    }
    const requests = await db
      .selectFrom('account_requests')
      .select(['id', 'requesting_org_id', 'requested_at', 'status', 'decided_at'])
      .where('case_id', '=', caseId)
      .execute();
    for (const r of requests) {
      if (!account.canRead && r.requesting_org_id !== actor.organisationId) continue;
      push({
        id: `request:${r.id}`,
        kind: 'account_requested',
        at: new Date(r.requested_at),
        organisationId: r.requesting_org_id,
        data: {},
      });
      if (r.decided_at)
        push({
          id: `request-answer:${r.id}`,
          kind: 'account_request_answered',
          at: new Date(r.decided_at),
          organisationId: r.requesting_org_id,
          data: { status: r.status },
        });
    }
  }

  return out.sort(
    (a, b) =>
      b.at.getTime() - a.at.getTime() ||
      (ORDER.get(b.kind) ?? 0) - (ORDER.get(a.kind) ?? 0) ||
      a.id.localeCompare(b.id),
  );
}

/** Fills in organisation names (ids in `data` that `named` lists become names too). */
export function nameEntries(
  entries: readonly RawEntry[],
  name: (id: string) => { id: string; name: string },
  notes: ReadonlyMap<string, string>,
): TimelineEntry[] {
  return entries.map((e) => {
    const data: Record<string, Value> = { ...e.data };
    for (const [key, value] of Object.entries(data))
      if (typeof value === 'string' && e.named?.includes(value)) data[key] = name(value).name;
    const body = e.note ? notes.get(e.note.id) : undefined;
    return {
      id: e.id,
      kind: e.kind,
      at: e.at.toISOString(),
      organisation: e.organisationId ? name(e.organisationId) : null,
      data,
      ...(e.note && body !== undefined && isNoteVisibility(e.note.visibility)
        ? { note: { body, visibility: e.note.visibility } }
        : {}),
    };
  });
}
