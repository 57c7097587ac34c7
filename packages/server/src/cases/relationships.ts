import {
  type Actor,
  CASE_SECTIONS,
  CASE_TEAM_PURPOSES,
  type CaseSection,
  type CaseTeamPurpose,
  type Relationship,
  sectionsForPurposes,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

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

/**
 * The sections of the case file the actor sees (data minimisation by purpose, core
 * cases/minimisation.ts). A guardian sees the whole file of the child they represent.
 * Call after the route's role check: this narrows, it never grants.
 */
export async function visibleSections(
  db: Handle,
  actor: Actor,
  caseId: string,
): Promise<ReadonlySet<CaseSection>> {
  const relationships = await caseRelationships(db, actor, caseId);
  if (relationships.has('guardian_of')) return new Set(CASE_SECTIONS);
  return sectionsForPurposes(await teamPurposes(db, actor, caseId));
}
