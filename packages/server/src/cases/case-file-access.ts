import {
  type Action,
  type Actor,
  type CaseSection,
  can,
  type Resource,
  readableSections,
} from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { Problem, problems } from '../http/problem.js';
import { type CaseStanding, caseStanding } from './relationships.js';

type Handle = Kysely<DB> | Transaction<DB>;

/** What the case-file routes need to know about a case: ids and flags, no personal data. */
export type CaseFileItem = {
  readonly id: string;
  readonly personId: string;
  /** The person's data key: free text about them is sealed with it. */
  readonly dataKeyId: string;
  readonly isChild: boolean;
  readonly leadOrgId: string;
};

export async function loadCaseFileItem(db: Handle, caseId: string): Promise<CaseFileItem | null> {
  const row = await db
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select(['c.id', 'c.person_id', 'c.is_child', 'c.lead_org_id', 'p.data_key_id'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        personId: row.person_id,
        dataKeyId: row.data_key_id,
        isChild: row.is_child,
        leadOrgId: row.lead_org_id,
      }
    : null;
}

export type CaseFileAccess = {
  readonly actor: Actor;
  readonly item: CaseFileItem;
  readonly standing: CaseStanding;
  /** The sections the actor really sees: purpose AND role (core `readableSections`). */
  readonly sections: ReadonlySet<CaseSection>;
};

/**
 * The checks of every case-file route: the case exists, the role rule allows `action` on
 * `resource` for how the actor stands to it (shared evaluator), and — when `section` is
 * given — the actor's purposes show that section. Any refusal is audited and answered
 * "not found", exactly like a case the caller cannot see.
 */
export async function authorizeCaseFile(
  req: FastifyRequest,
  db: Handle,
  input: {
    readonly caseId: string;
    readonly resource: Resource;
    readonly action: Action;
    readonly section?: CaseSection;
  },
): Promise<CaseFileAccess> {
  const actor = requireActor(req);
  const item = await loadCaseFileItem(db, input.caseId);
  if (!item) throw problems.notFound(input.resource);
  const standing = await caseStanding(db, actor, item.id);
  const relationships = standing.relationships;
  await authorizeInstance(req, input.resource, input.action, relationships, {
    id: item.id,
    // A caller who cannot see the case learns nothing of it (404); a team member whose
    // role may not do this is plainly refused (403).
    hideExistence: !can(actor, 'case', 'read', relationships),
    subjectPersonId: item.personId,
  });
  const sections = new Set(readableSections(actor, standing.sections, relationships));
  if (input.section !== undefined && !standing.sections.has(input.section)) {
    await auditDenied(req, actor, item, `${input.resource}.${input.action}`, 'section_hidden');
    throw problems.notFound(input.resource);
  }
  return { actor, item, standing, sections };
}

/** An audited refusal by a rule of the case file (nothing was written). */
export async function auditDenied(
  req: FastifyRequest,
  actor: Actor,
  item: CaseFileItem,
  action: string,
  reason: string,
): Promise<void> {
  await appendAudit(req.server.deps.database.db, {
    actorKind: 'user',
    actorUserId: actor.userId,
    actorOrgId: actor.organisationId,
    action,
    resourceType: 'case',
    resourceId: item.id,
    subjectPersonId: item.personId,
    outcome: 'denied',
    requestId: req.ctx.requestId,
    details: { reason },
  });
}

/** A 422: the person's consent (or for a child, the guardian's or child protection's decision) is missing. */
export function consentRequired(reason: 'consent_required' | 'guardian_or_child_protection'): Problem {
  return new Problem(
    422,
    'consent-required',
    'The person’s consent is needed first.',
    reason === 'consent_required'
      ? 'Record the person’s consent to share with this organisation first.'
      : 'For a child, the guardian (through a consent) or child protection decides.',
    { reason },
  );
}

/** True when the actor may also `action` the resource, for the flags the web app shows. */
export function may(access: CaseFileAccess, resource: Resource, action: Action): boolean {
  return can(access.actor, resource, action, access.standing.relationships);
}

export const iso = (value: Date | string): string => new Date(value).toISOString();

/** Names of organisations (and staff) shown with a record: work contact data, not the person's. */
export async function organisationNames(
  db: Handle,
  ids: Iterable<string>,
): Promise<(id: string) => { id: string; name: string }> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', unique).execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => ({ id, name: byId.get(id) ?? '' });
}

export async function userNames(
  db: Handle,
  ids: Iterable<string>,
): Promise<(id: string) => { id: string; name: string }> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', unique).execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r.display_name]));
  return (id) => ({ id, name: byId.get(id) ?? '' });
}

/** Serialises versioned writes on one case: the case row is locked for the rest of the transaction. */
export async function lockCase(trx: Transaction<DB>, caseId: string): Promise<void> {
  await trx.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().executeTakeFirstOrThrow();
}
