import {
  type Actor,
  addCalendarDays,
  CASE_TEAM_PURPOSES,
  type CaseSection,
  type CaseTeamPurpose,
  can,
  effectivePurposes,
  isOrganisationKind,
  type LocalDate,
  localDateOf,
  type OrganisationKind,
  type Resource,
  SECTIONS_BY_PURPOSE,
  type WorkingCalendar,
} from '@opennrm/core';
import { type Kysely, type RawBuilder, type SqlBool, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { currentCountryProfile } from '../profiles/store.js';

export type Handle = Kysely<DB> | Transaction<DB>;

/** Plan reviews and risk reviews show this many days ahead (and every one past due). */
export const REVIEW_HORIZON_DAYS = 14;
/** Plan actions that are still to be done. */
export const OPEN_ACTION_STATUSES = ['planned', 'in_progress'] as const;

/**
 * What every caseload query needs to know about the caller: who they are, what kind of
 * organisation they work for (a provider that leads a case coordinates it), and today's
 * date where the country's deadlines run.
 */
export type CaseloadContext = {
  readonly actor: Actor;
  readonly organisationKind: OrganisationKind | null;
  readonly today: LocalDate;
  /** The last day a review counts as "due soon". */
  readonly horizon: LocalDate;
  readonly calendar: WorkingCalendar;
  readonly now: Date;
};

export async function caseloadContext(db: Handle, actor: Actor, now = new Date()): Promise<CaseloadContext> {
  const [profile, org] = await Promise.all([
    currentCountryProfile(db),
    db.selectFrom('organisations').select('kind').where('id', '=', actor.organisationId).executeTakeFirst(),
  ]);
  const today = localDateOf(now, profile.calendar.timeZone);
  return {
    actor,
    organisationKind: org && isOrganisationKind(org.kind) ? org.kind : null,
    today,
    horizon: addCalendarDays(today, REVIEW_HORIZON_DAYS),
    calendar: profile.calendar,
    now,
  };
}

/**
 * How the caller's organisation comes to see one section of a case file (data
 * minimisation, core cases/minimisation.ts), as something SQL can test per case:
 * through one of `purposes` on the team, or — when `viaLead` — by leading the case
 * (a provider that leads a case coordinates it). `none` when the role may not read the
 * section's resource at all: then no case shows it.
 */
export type SectionReach = {
  readonly none: boolean;
  readonly purposes: readonly CaseTeamPurpose[];
  readonly viaLead: boolean;
};

export function sectionReach(ctx: CaseloadContext, section: CaseSection, resource: Resource): SectionReach {
  const roleMay = can(ctx.actor, resource, 'list', new Set(['case_team']));
  const purposes = CASE_TEAM_PURPOSES.filter((p) => SECTIONS_BY_PURPOSE[p].includes(section));
  const leadPurposes = effectivePurposes({
    purposes: [],
    leadsCase: true,
    organisationKind: ctx.organisationKind,
  });
  const viaLead = leadPurposes.some((p) => SECTIONS_BY_PURPOSE[p].includes(section));
  return { none: !roleMay, purposes, viaLead };
}

/** The caller's organisation is on the team of the case `caseRef` (a column such as `c.id`). */
export function onTeam(caseRef: string, organisationId: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (select 1 from case_team t where t.case_id = ${sql.ref(caseRef)} and t.organisation_id = ${organisationId} and t.removed_at is null)`;
}

/**
 * The caller's organisation sees `reach`'s section on the case `caseRef` (led by
 * `leadRef`): it is on the team for a purpose that shows it, or it leads the case and
 * leading shows it.
 */
export function seesSection(
  reach: SectionReach,
  caseRef: string,
  leadRef: string,
  organisationId: string,
): RawBuilder<SqlBool> {
  if (reach.none) return sql<SqlBool>`false`;
  const byPurpose =
    reach.purposes.length > 0
      ? sql<SqlBool>`exists (select 1 from case_team t where t.case_id = ${sql.ref(caseRef)} and t.organisation_id = ${organisationId} and t.removed_at is null and t.purpose in (${sql.join([...reach.purposes])}))`
      : sql<SqlBool>`false`;
  if (!reach.viaLead) return byPurpose;
  return sql<SqlBool>`(${byPurpose} or (${sql.ref(leadRef)} = ${organisationId} and ${onTeam(caseRef, organisationId)}))`;
}

/** `ILIKE` pattern matching `text` anywhere, with the wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A `date` column as 'YYYY-MM-DD' text (drivers disagree on how they read dates). */
export function dateText(ref: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(ref)}, 'YYYY-MM-DD')`;
}

/**
 * Runs read-only work lists in one transaction with PostgreSQL's JIT compiler off: these
 * queries are estimated as large (hash joins over a team's cases), so JIT would compile
 * them to machine code — which takes longer than the query itself (seconds, measured with
 * 100k cases; bench/caseload.ts). PGlite has no JIT; the setting is accepted and ignored.
 */
export async function withoutJit<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local jit = off`.execute(trx);
    return work(trx);
  });
}
