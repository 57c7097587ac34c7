import { randomUUID } from 'node:crypto';
import {
  type AssessedNeed,
  assessedNeeds,
  checkNeedsAssessment,
  domainAssessments,
  type NeedsAssessmentInput,
  ZNeedDomain,
  ZNeedLevel,
  ZUrgency,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { problems } from '../http/problem.js';
import {
  type CaseAccess,
  type Handle,
  invalid,
  iso,
  lockCase,
  names,
  personKey,
  sealNullable,
  unsealNullable,
} from './case-access.js';
import type { ZNeedsAssessment, ZNeedsAssessmentList } from './schemas.js';

type Deps = { readonly db: Kysely<DB>; readonly keyring: Keyring };
type View = z.input<typeof ZNeedsAssessment>;

const notesRow = (assessmentId: string, domain: string): string => `${assessmentId}/${domain}`;

/**
 * Records a new version of the needs assessment, made with the person: a level and an
 * urgency per domain assessed, notes, and the person's own priorities in their words
 * with the language they were said in. Free text is sealed with the person's key; the
 * domain, level and urgency stay plain for statistics. No decision is needed first.
 */
export async function recordNeedsAssessment(
  deps: Deps,
  access: CaseAccess,
  input: NeedsAssessmentInput,
  requestId: string,
): Promise<{ id: string; version: number }> {
  const found = checkNeedsAssessment(input);
  if (found.length > 0) throw invalid(found);
  const needs = assessedNeeds(input);
  const { actor, item } = access;
  const key = await personKey(deps.db, deps.keyring, item.dataKeyId);
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(trx, item.id);
    const last = await trx
      .selectFrom('needs_assessments')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('case_id', '=', item.id)
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    const id = randomUUID();
    await trx
      .insertInto('needs_assessments')
      .values({
        id,
        case_id: item.id,
        version,
        data_key_id: item.dataKeyId,
        priorities_enc: sealNullable(
          key,
          { table: 'needs_assessments', field: 'priorities_enc' },
          id,
          input.priorities,
        ),
        priorities_language: input.prioritiesLanguage ?? null,
        assessed_by_user_id: actor.userId,
        assessed_by_org_id: actor.organisationId,
        assessed_at: new Date(),
      })
      .execute();
    if (needs.length > 0) {
      await trx
        .insertInto('assessed_needs')
        .values(
          needs.map((need) => ({
            assessment_id: id,
            case_id: item.id,
            domain: need.domain,
            level: need.level,
            urgency: need.urgency,
            notes_enc: sealNullable(
              key,
              { table: 'assessed_needs', field: 'notes_enc' },
              notesRow(id, need.domain),
              need.notes,
            ),
          })),
        )
        .execute();
    }
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'needs_assessment.create',
      resourceType: 'needs_assessment',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id, version, domainsAssessed: needs.length },
    });
    return { id, version };
  });
}

type AssessmentRow = {
  id: string;
  version: number;
  priorities_enc: string | null;
  priorities_language: string | null;
  assessed_by_user_id: string;
  assessed_by_org_id: string;
  assessed_at: Date;
};

async function needsOf(db: Handle, assessmentId: string) {
  return db
    .selectFrom('assessed_needs')
    .select(['domain', 'level', 'urgency', 'notes_enc'])
    .where('assessment_id', '=', assessmentId)
    .execute();
}

async function view(deps: Deps, access: CaseAccess, row: AssessmentRow, current: boolean): Promise<View> {
  const key = await personKey(deps.db, deps.keyring, access.item.dataKeyId);
  const rows = await needsOf(deps.db, row.id);
  const needs: AssessedNeed[] = rows.flatMap((r) => {
    const domain = ZNeedDomain.safeParse(r.domain);
    const level = ZNeedLevel.safeParse(r.level);
    const urgency = ZUrgency.safeParse(r.urgency);
    if (!domain.success || !level.success || !urgency.success) return [];
    return [
      {
        domain: domain.data,
        level: level.data,
        urgency: urgency.data,
        notes: unsealNullable(
          key,
          { table: 'assessed_needs', field: 'notes_enc' },
          notesRow(row.id, r.domain),
          r.notes_enc,
        ),
      },
    ];
  });
  const who = await names(deps.db, {
    users: [row.assessed_by_user_id],
    organisations: [row.assessed_by_org_id],
  });
  return {
    id: row.id,
    version: row.version,
    current,
    assessedAt: iso(row.assessed_at),
    assessedBy: who.user(row.assessed_by_user_id),
    assessedByOrganisation: who.organisation(row.assessed_by_org_id),
    domains: domainAssessments(needs),
    priorities: unsealNullable(
      key,
      { table: 'needs_assessments', field: 'priorities_enc' },
      row.id,
      row.priorities_enc,
    ),
    prioritiesLanguage: row.priorities_language,
  };
}

async function auditRead(
  db: Kysely<DB>,
  access: CaseAccess,
  assessmentId: string,
  version: number,
  requestId: string,
): Promise<void> {
  await appendAudit(db, {
    actorKind: 'user',
    actorUserId: access.actor.userId,
    actorOrgId: access.actor.organisationId,
    action: 'needs_assessment.read',
    resourceType: 'needs_assessment',
    resourceId: assessmentId,
    subjectPersonId: access.item.personId,
    outcome: 'success',
    requestId,
    details: { caseId: access.item.id, version },
  });
}

/** Every version (newest first, the newest is current) and the current one in full; the read is audited. */
export async function readNeedsAssessments(
  deps: Deps,
  access: CaseAccess,
  requestId: string,
): Promise<z.input<typeof ZNeedsAssessmentList>> {
  const rows = await deps.db
    .selectFrom('needs_assessments')
    .select([
      'id',
      'version',
      'priorities_enc',
      'priorities_language',
      'assessed_by_user_id',
      'assessed_by_org_id',
      'assessed_at',
    ])
    .where('case_id', '=', access.item.id)
    .orderBy('version', 'desc')
    .execute();
  const counts = await deps.db
    .selectFrom('assessed_needs')
    .select(['assessment_id', 'level'])
    .where('case_id', '=', access.item.id)
    .execute();
  const latest = rows[0];
  const orgs = await names(deps.db, { users: [], organisations: rows.map((r) => r.assessed_by_org_id) });
  const current = latest ? await view(deps, access, latest, true) : null;
  if (latest) await auditRead(deps.db, access, latest.id, latest.version, requestId);
  return {
    current,
    versions: rows.map((r) => ({
      id: r.id,
      version: r.version,
      current: r.id === latest?.id,
      assessedAt: iso(r.assessed_at),
      assessedByOrganisation: orgs.organisation(r.assessed_by_org_id),
      domainsAssessed: counts.filter((c) => c.assessment_id === r.id).length,
      highNeeds: counts.filter((c) => c.assessment_id === r.id && c.level === 'high').length,
    })),
  };
}

/** One version, read-only once a newer one exists; the read is audited. */
export async function readNeedsAssessment(
  deps: Deps,
  access: CaseAccess,
  assessmentId: string,
  requestId: string,
): Promise<View> {
  const row = await deps.db
    .selectFrom('needs_assessments')
    .select([
      'id',
      'version',
      'priorities_enc',
      'priorities_language',
      'assessed_by_user_id',
      'assessed_by_org_id',
      'assessed_at',
    ])
    .where('case_id', '=', access.item.id)
    .where('id', '=', assessmentId)
    .executeTakeFirst();
  if (!row) throw problems.notFound('needs_assessment');
  const newer = await deps.db
    .selectFrom('needs_assessments')
    .select('id')
    .where('case_id', '=', access.item.id)
    .where('version', '>', row.version)
    .executeTakeFirst();
  const result = await view(deps, access, row, newer === undefined);
  await auditRead(deps.db, access, row.id, row.version, requestId);
  return result;
}
