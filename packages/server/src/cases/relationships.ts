import {
  type Action,
  type Actor,
  CASE_SECTIONS,
  CASE_TEAM_PURPOSES,
  type CaseSection,
  type CaseTeamPurpose,
  effectivePurposes,
  isOrganisationKind,
  type Relationship,
  type Resource,
  readableSections,
  sectionsForPurposes,
} from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { problems } from '../http/problem.js';

type Handle = Kysely<DB> | Transaction<DB>;

/**
 * How the actor stands to one case: membership of the case team (their organisation),
 * and guardianship (they are the child's appointed guardian, appointment not ended).
 */
export async function caseRelationships(
  db: Handle,
  actor: Actor,
  caseId: string,
): Promise<Set<Relationship>> {
  const member = await db
    .selectFrom('case_team')
    .select('case_id')
    .where('case_id', '=', caseId)
    .where('organisation_id', '=', actor.organisationId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  const guardian = await db
    .selectFrom('guardian_appointments')
    .select('case_id')
    .where('case_id', '=', caseId)
    .where('guardian_user_id', '=', actor.userId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  const relationships = new Set<Relationship>();
  if (member) relationships.add('case_team');
  if (guardian) relationships.add('guardian_of');
  return relationships;
}

/** How the actor stands to a person: through any case of that person. */
export async function personRelationships(
  db: Handle,
  actor: Actor,
  personId: string,
): Promise<Set<Relationship>> {
  const member = await db
    .selectFrom('case_team')
    .innerJoin('cases', 'cases.id', 'case_team.case_id')
    .select('case_team.case_id')
    .where('cases.person_id', '=', personId)
    .where('case_team.organisation_id', '=', actor.organisationId)
    .where('case_team.removed_at', 'is', null)
    .executeTakeFirst();
  const guardian = await db
    .selectFrom('guardian_appointments')
    .innerJoin('cases', 'cases.id', 'guardian_appointments.case_id')
    .select('guardian_appointments.case_id')
    .where('cases.person_id', '=', personId)
    .where('guardian_appointments.guardian_user_id', '=', actor.userId)
    .where('guardian_appointments.ended_at', 'is', null)
    .executeTakeFirst();
  const relationships = new Set<Relationship>();
  if (member) relationships.add('case_team');
  if (guardian) relationships.add('guardian_of');
  return relationships;
}

/** The purposes the actor's organisation is on this case's team for (none when it is not). */
export async function teamPurposes(db: Handle, actor: Actor, caseId: string): Promise<CaseTeamPurpose[]> {
  const rows = await db
    .selectFrom('case_team')
    .select('purpose')
    .where('case_id', '=', caseId)
    .where('organisation_id', '=', actor.organisationId)
    .where('removed_at', 'is', null)
    .execute();
  return rows.map((r) => r.purpose).filter(isCaseTeamPurpose);
}

function isCaseTeamPurpose(value: string): value is CaseTeamPurpose {
  return (CASE_TEAM_PURPOSES as readonly string[]).includes(value);
}

/** How the actor's organisation stands on one case: what the section and team rules need. */
export type CaseStanding = {
  readonly relationships: ReadonlySet<Relationship>;
  /** Purposes the organisation is on the team for, counting its lead (core `effectivePurposes`). */
  readonly purposes: readonly CaseTeamPurpose[];
  readonly leadsCase: boolean;
  readonly isGuardian: boolean;
  readonly isChild: boolean;
  /** Sections by purpose (a guardian: all). Narrow further by role with core `readableSections`. */
  readonly sections: ReadonlySet<CaseSection>;
};

export async function caseStanding(db: Handle, actor: Actor, caseId: string): Promise<CaseStanding> {
  const [relationships, purposes, item, org] = await Promise.all([
    caseRelationships(db, actor, caseId),
    teamPurposes(db, actor, caseId),
    db.selectFrom('cases').select(['lead_org_id', 'is_child']).where('id', '=', caseId).executeTakeFirst(),
    db.selectFrom('organisations').select('kind').where('id', '=', actor.organisationId).executeTakeFirst(),
  ]);
  const member = relationships.has('case_team');
  const leadsCase = member && item?.lead_org_id === actor.organisationId;
  const kind = org && isOrganisationKind(org.kind) ? org.kind : null;
  const effective = member ? effectivePurposes({ purposes, leadsCase, organisationKind: kind }) : [];
  const isGuardian = relationships.has('guardian_of');
  return {
    relationships,
    purposes: effective,
    leadsCase,
    isGuardian,
    isChild: item?.is_child ?? false,
    sections: isGuardian ? new Set(CASE_SECTIONS) : sectionsForPurposes(effective),
  };
}

/**
 * The sections of the case file the actor sees by purpose (data minimisation, core
 * cases/minimisation.ts). A guardian sees the whole file of the child they represent;
 * the lead organisation, when a provider of assistance, coordinates. Call after the
 * route's role check: this narrows, it never grants.
 */
export async function visibleSections(
  db: Handle,
  actor: Actor,
  caseId: string,
): Promise<ReadonlySet<CaseSection>> {
  return (await caseStanding(db, actor, caseId)).sections;
}

/** The sections the actor sees of a person: through each of the person's cases it stands on. */
export async function personSections(
  db: Handle,
  actor: Actor,
  personId: string,
): Promise<ReadonlySet<CaseSection>> {
  const cases = await db.selectFrom('cases').select('id').where('person_id', '=', personId).execute();
  const out = new Set<CaseSection>();
  for (const item of cases) {
    const standing = await caseStanding(db, actor, item.id);
    for (const section of readableSections(actor, standing.sections, standing.relationships))
      out.add(section);
  }
  return out;
}

/**
 * The readable sections (purpose AND role) on many cases at once, for a list page: three
 * queries whatever the page size.
 */
export async function readableSectionsOfCases(
  db: Handle,
  actor: Actor,
  cases: readonly { readonly id: string; readonly leadOrgId: string }[],
): Promise<Map<string, ReadonlySet<CaseSection>>> {
  const out = new Map<string, ReadonlySet<CaseSection>>();
  if (cases.length === 0) return out;
  const ids = cases.map((c) => c.id);
  const [team, guardianships, org] = await Promise.all([
    db
      .selectFrom('case_team')
      .select(['case_id', 'purpose'])
      .where('case_id', 'in', ids)
      .where('organisation_id', '=', actor.organisationId)
      .where('removed_at', 'is', null)
      .execute(),
    db
      .selectFrom('guardian_appointments')
      .select('case_id')
      .where('case_id', 'in', ids)
      .where('guardian_user_id', '=', actor.userId)
      .where('ended_at', 'is', null)
      .execute(),
    db.selectFrom('organisations').select('kind').where('id', '=', actor.organisationId).executeTakeFirst(),
  ]);
  const kind = org && isOrganisationKind(org.kind) ? org.kind : null;
  const guarded = new Set(guardianships.map((g) => g.case_id));
  for (const c of cases) {
    const purposes = team
      .filter((t) => t.case_id === c.id)
      .map((t) => t.purpose)
      .filter(isCaseTeamPurpose);
    const relationships = new Set<Relationship>();
    if (purposes.length > 0 || team.some((t) => t.case_id === c.id)) relationships.add('case_team');
    if (guarded.has(c.id)) relationships.add('guardian_of');
    const member = relationships.has('case_team');
    const effective = member
      ? effectivePurposes({
          purposes,
          leadsCase: c.leadOrgId === actor.organisationId,
          organisationKind: kind,
        })
      : [];
    const sections = guarded.has(c.id) ? new Set(CASE_SECTIONS) : sectionsForPurposes(effective);
    out.set(c.id, new Set(readableSections(actor, sections, relationships)));
  }
  return out;
}

/**
 * After the role rule allowed the actor: refuses (404, audited) unless one of `sections`
 * of the case file is visible to the purposes the actor's organisation is on the team for
 * — e.g. a shelter there for accommodation never reads the referral's act, means and
 * forms, nor the reasons of a decision. The one place every module checks it; returns
 * the sections the actor sees. `db` may be the caller's transaction; the refusal is
 * audited on its own.
 */
export async function requireSection(
  req: FastifyRequest,
  caseId: string,
  sections: CaseSection | readonly CaseSection[],
  audit: { readonly resource: Resource; readonly action: Action; readonly subjectPersonId?: string },
  db: Handle = req.server.deps.database.db,
): Promise<ReadonlySet<CaseSection>> {
  const actor = requireActor(req);
  const wanted: readonly CaseSection[] = typeof sections === 'string' ? [sections] : sections;
  const visible = await visibleSections(db, actor, caseId);
  if (wanted.some((section) => visible.has(section))) return visible;
  await appendAudit(req.server.deps.database.db, {
    actorKind: 'user',
    actorUserId: actor.userId,
    actorOrgId: actor.organisationId,
    action: `${audit.resource}.${audit.action}`,
    resourceType: audit.resource,
    resourceId: caseId,
    ...(audit.subjectPersonId ? { subjectPersonId: audit.subjectPersonId } : {}),
    outcome: 'denied',
    requestId: req.ctx.requestId,
    details: { reason: 'section_hidden', sections: wanted.join(',') },
  });
  throw problems.notFound(audit.resource);
}
