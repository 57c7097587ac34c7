import { randomUUID } from 'node:crypto';
import {
  type BestInterestsInput,
  bestInterestsFindings,
  type CaseSection,
  type CompensationClaimInput,
  compensationFindings,
  type DurableSolutionInput,
  durableSolutionFindings,
  type LegalAidInput,
  type LegalFinding,
  type LocalDate,
  legalAidFindings,
  type MissingEpisodeInput,
  missingEpisodeFindings,
  type NonPunishmentInput,
  nonPunishmentFindings,
  type ResidencePermitInput,
  residencePermitFindings,
  ZBestInterestsInput,
  ZCompensationClaimInput,
  ZDurableSolutionInput,
  ZLegalAidInput,
  ZMissingEpisodeInput,
  ZNonPunishmentInput,
  ZResidencePermitInput,
} from '@opennrm/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import {
  type Handle,
  invalid,
  type LegalAccess,
  localDate,
  localDateOrNull,
  money,
  today,
} from './access.js';
import {
  ZBestInterests,
  ZCompensationClaim,
  ZDurableSolution,
  ZLegalAid,
  ZMissingEpisode,
  ZNonPunishment,
  ZResidencePermit,
} from './schemas.js';

type LegalTable =
  | 'residence_permits'
  | 'legal_aid'
  | 'compensation_claims'
  | 'non_punishment_assessments'
  | 'durable_solutions'
  | 'best_interests_procedures'
  | 'missing_episodes';

type Row<T extends LegalTable> = Selectable<DB[T]>;

/** What a rule may need besides the record itself. */
type RuleContext = { trx: Transaction<DB>; item: LegalAccess['item']; today: LocalDate; now: Date };

/**
 * One kind of record of the legal module: where it lives, who may see it (by case
 * section), how a row reads as the API's shape and back, and the rules a write must pass.
 */
export type LegalKind<T extends LegalTable, I extends object, V extends { id: string }> = {
  /** The URL segment and the audit's resource type. */
  readonly path: string;
  readonly auditType: string;
  readonly table: T;
  readonly order: keyof Row<T> & string;
  /** Recorded on a child's case only. */
  readonly childOnly: boolean;
  readonly sections: readonly CaseSection[];
  readonly input: z.ZodObject;
  readonly view: z.ZodType<V>;
  readonly summary: string;
  fromRow(row: Row<T>): I;
  toColumns(input: I): Record<string, unknown>;
  findings(input: I, context: RuleContext): Promise<LegalFinding[]>;
  decorate(db: Handle, rows: readonly Row<T>[]): Promise<V[]>;
};

const LEGAL: readonly CaseSection[] = ['legal'];
/** Children's procedures are part of the child's care as much as of the legal file. */
const CHILDREN: readonly CaseSection[] = ['legal', 'support_plan'];

async function organisationNames(db: Handle, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

const residencePermits: LegalKind<
  'residence_permits',
  ResidencePermitInput,
  z.input<typeof ZResidencePermit>
> = {
  path: 'residence-permits',
  auditType: 'residence_permit',
  table: 'residence_permits',
  order: 'applied_on',
  childOnly: false,
  sections: LEGAL,
  input: ZResidencePermitInput,
  view: ZResidencePermit,
  summary: 'residence permits (a permit is never conditional on cooperation: basis "victim_situation")',
  fromRow: (r) => ({
    basis: r.basis as ResidencePermitInput['basis'],
    appliedOn: localDate(r.applied_on),
    status: r.status as ResidencePermitInput['status'],
    decidedOn: localDateOrNull(r.decided_on),
    validUntil: localDateOrNull(r.valid_until),
    rightToWork: r.right_to_work,
  }),
  toColumns: (i) => ({
    basis: i.basis,
    applied_on: i.appliedOn,
    status: i.status,
    decided_on: i.decidedOn,
    valid_until: i.validUntil,
    right_to_work: i.rightToWork,
  }),
  findings: async (i, c) => residencePermitFindings(i, c.today),
  decorate: async (_db, rows) => rows.map((r) => ({ id: r.id, ...residencePermits.fromRow(r) })),
};

const legalAid: LegalKind<'legal_aid', LegalAidInput, z.input<typeof ZLegalAid>> = {
  path: 'legal-aid',
  auditType: 'legal_aid',
  table: 'legal_aid',
  order: 'requested_on',
  childOnly: false,
  sections: LEGAL,
  input: ZLegalAidInput,
  view: ZLegalAid,
  summary: 'legal aid',
  fromRow: (r) => ({
    providerOrganisationId: r.provider_org_id,
    requestedOn: localDate(r.requested_on),
    grantedOn: localDateOrNull(r.granted_on),
    status: r.status as LegalAidInput['status'],
  }),
  toColumns: (i) => ({
    provider_org_id: i.providerOrganisationId,
    requested_on: i.requestedOn,
    granted_on: i.grantedOn,
    status: i.status,
  }),
  findings: async (i, c) => {
    const out = legalAidFindings(i, c.today);
    if (i.providerOrganisationId !== null) {
      const org = await c.trx
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', i.providerOrganisationId)
        .executeTakeFirst();
      if (!org) out.push({ path: 'providerOrganisationId', code: 'unknown_organisation' });
    }
    return out;
  },
  decorate: async (db, rows) => {
    const orgs = await organisationNames(
      db,
      rows.map((r) => r.provider_org_id),
    );
    return rows.map((r) => ({
      id: r.id,
      ...legalAid.fromRow(r),
      providerOrganisation: r.provider_org_id
        ? { id: r.provider_org_id, name: orgs.get(r.provider_org_id) ?? '' }
        : null,
    }));
  },
};

const compensation: LegalKind<
  'compensation_claims',
  CompensationClaimInput,
  z.input<typeof ZCompensationClaim>
> = {
  path: 'compensation',
  auditType: 'compensation_claim',
  table: 'compensation_claims',
  order: 'claimed_on',
  childOnly: false,
  sections: LEGAL,
  input: ZCompensationClaimInput,
  view: ZCompensationClaim,
  summary: 'compensation claims (CoE art. 15)',
  fromRow: (r) => ({
    route: r.route as CompensationClaimInput['route'],
    claimedOn: localDate(r.claimed_on),
    currency: r.currency,
    amountClaimed: money(r.amount_claimed),
    amountAwarded: money(r.amount_awarded),
    amountPaid: money(r.amount_paid),
    status: r.status as CompensationClaimInput['status'],
    decidedOn: localDateOrNull(r.decided_on),
  }),
  toColumns: (i) => ({
    route: i.route,
    claimed_on: i.claimedOn,
    currency: i.currency,
    amount_claimed: i.amountClaimed,
    amount_awarded: i.amountAwarded,
    amount_paid: i.amountPaid,
    status: i.status,
    decided_on: i.decidedOn,
  }),
  findings: async (i, c) => compensationFindings(i, c.today),
  decorate: async (_db, rows) => rows.map((r) => ({ id: r.id, ...compensation.fromRow(r) })),
};

const nonPunishment: LegalKind<
  'non_punishment_assessments',
  NonPunishmentInput,
  z.input<typeof ZNonPunishment>
> = {
  path: 'non-punishment',
  auditType: 'non_punishment_assessment',
  table: 'non_punishment_assessments',
  order: 'assessed_on',
  childOnly: false,
  sections: LEGAL,
  input: ZNonPunishmentInput,
  view: ZNonPunishment,
  summary: 'non-punishment assessments (CoE art. 26, EU art. 8)',
  fromRow: (r) => ({
    offence: r.offence as NonPunishmentInput['offence'],
    linkedToTrafficking: r.linked_to_trafficking,
    outcome: r.outcome as NonPunishmentInput['outcome'],
    assessedOn: localDate(r.assessed_on),
  }),
  toColumns: (i) => ({
    offence: i.offence,
    linked_to_trafficking: i.linkedToTrafficking,
    outcome: i.outcome,
    assessed_on: i.assessedOn,
  }),
  findings: async (i, c) => nonPunishmentFindings(i, c.today),
  decorate: async (_db, rows) => rows.map((r) => ({ id: r.id, ...nonPunishment.fromRow(r) })),
};

const durableSolutions: LegalKind<
  'durable_solutions',
  DurableSolutionInput,
  z.input<typeof ZDurableSolution>
> = {
  path: 'durable-solutions',
  auditType: 'durable_solution',
  table: 'durable_solutions',
  order: 'decided_on',
  childOnly: false,
  sections: LEGAL,
  input: ZDurableSolutionInput,
  view: ZDurableSolution,
  summary: 'durable solutions (integration, return, relocation)',
  fromRow: (r) => ({
    kind: r.kind as DurableSolutionInput['kind'],
    status: r.status as DurableSolutionInput['status'],
    decidedOn: localDate(r.decided_on),
    country: r.country as DurableSolutionInput['country'],
  }),
  toColumns: (i) => ({ kind: i.kind, status: i.status, decided_on: i.decidedOn, country: i.country }),
  findings: async (i, c) => {
    const determination = c.item.isChild
      ? await c.trx
          .selectFrom('best_interests_procedures')
          .select('id')
          .where('case_id', '=', c.item.id)
          .where('kind', '=', 'determination')
          .where('completed_on', 'is not', null)
          .executeTakeFirst()
      : undefined;
    return durableSolutionFindings(
      i,
      { isChild: c.item.isChild, hasCompletedDetermination: determination !== undefined },
      c.today,
    );
  },
  decorate: async (_db, rows) => rows.map((r) => ({ id: r.id, ...durableSolutions.fromRow(r) })),
};

const bestInterests: LegalKind<
  'best_interests_procedures',
  BestInterestsInput,
  z.input<typeof ZBestInterests>
> = {
  path: 'best-interests',
  auditType: 'best_interests_procedure',
  table: 'best_interests_procedures',
  order: 'started_on',
  childOnly: true,
  sections: CHILDREN,
  input: ZBestInterestsInput,
  view: ZBestInterests,
  summary: 'best-interests assessments and determinations of a child',
  fromRow: (r) => ({
    kind: r.kind as BestInterestsInput['kind'],
    startedOn: localDate(r.started_on),
    completedOn: localDateOrNull(r.completed_on),
  }),
  toColumns: (i) => ({ kind: i.kind, started_on: i.startedOn, completed_on: i.completedOn }),
  findings: async (i, c) => bestInterestsFindings(i, c.today),
  decorate: async (_db, rows) => rows.map((r) => ({ id: r.id, ...bestInterests.fromRow(r) })),
};

const missing: LegalKind<'missing_episodes', MissingEpisodeInput, z.input<typeof ZMissingEpisode>> = {
  path: 'missing',
  auditType: 'missing_episode',
  table: 'missing_episodes',
  order: 'went_missing_at',
  childOnly: true,
  sections: CHILDREN,
  input: ZMissingEpisodeInput,
  view: ZMissingEpisode,
  summary: 'episodes when a child went missing, and was found',
  fromRow: (r) => ({
    wentMissingAt: new Date(r.went_missing_at).toISOString(),
    foundAt: r.found_at === null ? null : new Date(r.found_at).toISOString(),
  }),
  toColumns: (i) => ({ went_missing_at: i.wentMissingAt, found_at: i.foundAt }),
  findings: async (i, c) => missingEpisodeFindings(i, c.now),
  decorate: async (db, rows) => {
    const orgs = await organisationNames(
      db,
      rows.map((r) => r.reported_by_org_id),
    );
    return rows.map((r) => ({
      id: r.id,
      ...missing.fromRow(r),
      reportedByOrganisation: r.reported_by_org_id
        ? { id: r.reported_by_org_id, name: orgs.get(r.reported_by_org_id) ?? '' }
        : null,
    }));
  },
};

// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list of kinds, each typed where it is defined
export type AnyLegalKind = LegalKind<any, any, any>;

/** Remedies and durable solutions under /legal/…, children's procedures under /children/…. */
export const LEGAL_KINDS: readonly AnyLegalKind[] = [
  residencePermits,
  legalAid,
  compensation,
  nonPunishment,
  durableSolutions,
];
export const CHILDREN_KINDS: readonly AnyLegalKind[] = [bestInterests, missing];

const NOT_A_CHILD =
  'Best-interests procedures and missing episodes are recorded on a child’s case only; this case is an adult’s.';

export function requireChild(kind: AnyLegalKind, access: LegalAccess): void {
  if (kind.childOnly && !access.item.isChild) throw refusal('not_a_child', NOT_A_CHILD);
}

/*
 * The queries below name the kind's table through a cast: the table is one of the legal
 * tables above, each with `id` and `case_id`, and the columns come from the kind itself.
 */
type Loose = Kysely<DB>;
const asTable = (kind: AnyLegalKind) => kind.table as 'residence_permits';

async function rowsOf(db: Handle, kind: AnyLegalKind, caseId: string, id?: string) {
  let query = (db as Loose).selectFrom(asTable(kind)).selectAll().where('case_id', '=', caseId);
  if (id !== undefined) query = query.where('id', '=', id);
  return (await query
    .orderBy(kind.order as 'applied_on', 'desc')
    .orderBy('id')
    .execute()) as unknown as Row<LegalTable>[];
}

async function audit(
  trx: Transaction<DB>,
  access: LegalAccess,
  kind: AnyLegalKind,
  action: 'list' | 'create' | 'update',
  resourceId: string,
  requestId: string,
): Promise<void> {
  await appendAudit(trx, {
    actorKind: 'user',
    actorUserId: access.actor.userId,
    actorOrgId: access.actor.organisationId,
    action: `legal_record.${action}`,
    resourceType: kind.auditType,
    resourceId,
    subjectPersonId: access.item.personId,
    outcome: 'success',
    requestId,
    details: { caseId: access.item.id },
  });
}

export async function listRecords(
  db: Kysely<DB>,
  kind: AnyLegalKind,
  access: LegalAccess,
  requestId: string,
) {
  requireChild(kind, access);
  return db.transaction().execute(async (trx) => {
    const items = await kind.decorate(trx, await rowsOf(trx, kind, access.item.id));
    await audit(trx, access, kind, 'list', access.item.id, requestId);
    return { isChild: access.item.isChild, items };
  });
}

async function checked(trx: Transaction<DB>, kind: AnyLegalKind, access: LegalAccess, input: object) {
  const found = await kind.findings(input, {
    trx,
    item: access.item,
    today: await today(trx),
    now: new Date(),
  });
  if (found.length > 0) throw invalid(found);
}

export async function createRecord(
  db: Kysely<DB>,
  kind: AnyLegalKind,
  access: LegalAccess,
  input: object,
  requestId: string,
) {
  requireChild(kind, access);
  return db.transaction().execute(async (trx) => {
    await checked(trx, kind, access, input);
    const id = randomUUID();
    const extra: Record<string, unknown> =
      kind.table === 'residence_permits'
        ? { recorded_by_user_id: access.actor.userId }
        : kind.table === 'missing_episodes'
          ? { reported_by_org_id: access.actor.organisationId }
          : {};
    await (trx as Loose)
      .insertInto(asTable(kind))
      .values({ id, case_id: access.item.id, ...kind.toColumns(input), ...extra } as never)
      .execute();
    await audit(trx, access, kind, 'create', id, requestId);
    const [created] = await kind.decorate(trx, await rowsOf(trx, kind, access.item.id, id));
    if (!created) throw problems.notFound(kind.auditType);
    return created;
  });
}

/** Changes some fields of a record; the rules run on the record as it would then be. */
export async function updateRecord(
  db: Kysely<DB>,
  kind: AnyLegalKind,
  access: LegalAccess,
  recordId: string,
  patch: object,
  requestId: string,
) {
  requireChild(kind, access);
  return db.transaction().execute(async (trx) => {
    const [row] = await rowsOf(trx, kind, access.item.id, recordId);
    if (!row) throw problems.notFound(kind.auditType);
    const merged = { ...kind.fromRow(row), ...patch };
    const parsed = kind.input.safeParse(merged);
    if (!parsed.success)
      throw invalid(parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.message })));
    await checked(trx, kind, access, parsed.data);
    await (trx as Loose)
      .updateTable(asTable(kind))
      .set(kind.toColumns(parsed.data) as never)
      .where('id', '=', recordId)
      .where('case_id', '=', access.item.id)
      .execute();
    await audit(trx, access, kind, 'update', recordId, requestId);
    const [updated] = await kind.decorate(trx, await rowsOf(trx, kind, access.item.id, recordId));
    if (!updated) throw problems.notFound(kind.auditType);
    return updated;
  });
}
