import {
  type Action,
  type CaseSection,
  type MatchPerson,
  matchPersonFrom,
  type Resource,
} from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { caseRelationships, requireSection } from '../cases/relationships.js';
import { problems } from '../http/problem.js';
import type { Handle } from './service-store.js';

/** What the directory reads of a case: plain demographics and special needs, never identity or story. */
export async function loadDirectoryCase(db: Handle, caseId: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([
      'c.id',
      'c.reference',
      'c.person_id',
      'c.is_child',
      'c.region',
      'p.data_key_id',
      'p.gender',
      'p.birth_year',
      'p.languages',
      'p.preferred_language',
      'p.disabilities',
      'p.vulnerabilities',
      'p.migration_status',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}
export type DirectoryCase = NonNullable<Awaited<ReturnType<typeof loadDirectoryCase>>>;

/** The person's matching profile (core): in `region` if given, else the case's region. */
export function profileOf(item: DirectoryCase, at: Date, region?: string | null): MatchPerson {
  return matchPersonFrom(
    {
      gender: item.gender,
      birthYear: item.birth_year,
      isChild: item.is_child,
      languages: item.languages,
      preferredLanguage: item.preferred_language,
      disabilities: item.disabilities,
      vulnerabilities: item.vulnerabilities,
      migrationStatus: item.migration_status,
      region: region ?? item.region,
    },
    at,
  );
}

/**
 * The case, if the actor's role may do `action` on `resource` for it AND its purpose on
 * the team shows one of `sections` (data minimisation). Either refusal answers "not
 * found", as for a case the caller cannot see; both are audited.
 */
export async function authorizeCaseWork(
  req: FastifyRequest,
  db: Handle,
  caseId: string,
  resource: Resource,
  action: Action,
  sections: readonly CaseSection[],
): Promise<DirectoryCase> {
  const actor = requireActor(req);
  const item = await loadDirectoryCase(db, caseId);
  if (!item) throw problems.notFound('case');
  const relationships = await caseRelationships(db, actor, caseId);
  await authorizeInstance(req, resource, action, relationships, {
    id: caseId,
    hideExistence: true,
    subjectPersonId: item.person_id,
  });
  await requireSection(req, caseId, sections, { resource, action, subjectPersonId: item.person_id }, db);
  return item;
}
