import { type Kysely, sql, type Transaction } from 'kysely';
import { type DataKey, encryptField, encryptJson } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { bulkInsert } from './bulk.js';
import { insertLegalRecords } from './seed-legal.js';
import type { DemoDataset } from './types.js';

/** Rows per insert: the widest table (service_referrals, 21 columns) stays far below the parameter limit. */
const ROWS = 1000;

type Handle = Kysely<DB> | Transaction<DB>;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Free text sealed with the person's data key, bound to table, row and column (as the routes seal it). */
function sealer(keyOfCase: (caseId: string) => DataKey) {
  return {
    text(caseId: string, table: string, rowId: string, field: string, text: string): string {
      return encryptField(keyOfCase(caseId), { table, rowId, field }, text);
    },
    nullable(
      caseId: string,
      table: string,
      rowId: string,
      field: string,
      text: string | null,
    ): string | null {
      return text === null ? null : encryptField(keyOfCase(caseId), { table, rowId, field }, text);
    },
    json(caseId: string, table: string, rowId: string, field: string, value: unknown): string {
      return encryptJson(keyOfCase(caseId), { table, rowId, field }, value);
    },
  };
}

async function insertRows<T>(
  items: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
  size = ROWS,
): Promise<void> {
  for (const batch of chunks(items, size)) await insert(batch);
}

/**
 * The special needs of the persons, written after `insertPerson` (which records identity
 * and demographics): one UPDATE … FROM (VALUES …) per thousand persons.
 */
export async function updateSpecialNeeds(trx: Handle, dataset: DemoDataset): Promise<void> {
  for (const batch of chunks(dataset.persons, ROWS)) {
    const values = sql.join(
      batch.map(
        (p) =>
          sql`(${p.id}::uuid, ${p.migrationStatus}::text, ${[...p.vulnerabilities]}::text[], ${[...p.disabilities]}::text[], ${p.dependants}::integer)`,
      ),
    );
    await sql`update persons as p set migration_status = v.migration_status,
        vulnerabilities = v.vulnerabilities, disabilities = v.disabilities, dependants = v.dependants
      from (values ${values}) as v(id, migration_status, vulnerabilities, disabilities, dependants)
      where p.id = v.id`.execute(trx);
  }
}

/**
 * The records of issue 4 and what issue 5 counts, in foreign-key order: the directory,
 * the case file (account versions, shares, requests, notes), assessments, plans and their
 * actions, advocates, service referrals and capacity gaps, then the legal, children's and
 * solutions records. Texts about a person are sealed exactly as the routes seal them.
 */
export async function insertAssistance(
  trx: Transaction<DB>,
  dataset: DemoDataset,
  keyOfCase: (caseId: string) => DataKey,
): Promise<void> {
  const seal = sealer(keyOfCase);
  const keyId = (caseId: string): string => keyOfCase(caseId).id;

  await insertRows(dataset.services, (batch) =>
    trx
      .insertInto('services')
      .values(
        batch.map((s) => ({
          id: s.id,
          organisation_id: s.organisationId,
          kind: s.kind,
          name: s.name,
          description: s.description,
          regions: [...s.regions],
          languages: [...s.languages],
          genders: [...s.genders],
          min_age: s.minAge,
          max_age: s.maxAge,
          lgbti_safe: s.lgbtiSafe,
          accessibility: [...s.accessibility],
          accepts_without_status: s.acceptsWithoutStatus,
          opening_hours: s.openingHours,
          contact_phone: s.contactPhone,
          contact_email: s.contactEmail,
          capacity_total: s.capacityTotal,
          capacity_free: s.capacityFree,
          waiting_days: s.waitingDays,
          capacity_updated_at: s.capacityUpdatedAt,
          active: s.active,
          created_at: s.createdAt,
          updated_at: s.updatedAt,
        })),
      )
      .execute(),
  );
  await insertRows(dataset.serviceCapacityLog, (batch) =>
    trx
      .insertInto('service_capacity_log')
      .values(
        batch.map((l) => ({
          id: l.id,
          service_id: l.serviceId,
          capacity_total: l.capacityTotal,
          capacity_free: l.capacityFree,
          waiting_days: l.waitingDays,
          updated_by_user_id: l.updatedByUserId,
          updated_at: l.updatedAt,
        })),
      )
      .execute(),
  );

  // ---- case file
  await bulkInsert(trx, 'case_accounts', dataset.caseAccounts, {
    id: ['uuid', (a) => a.id],
    case_id: ['uuid', (a) => a.caseId],
    version: ['integer', (a) => a.version],
    data_key_id: ['uuid', (a) => keyId(a.caseId)],
    account_enc: ['text', (a) => seal.text(a.caseId, 'case_accounts', a.id, 'account_enc', a.text)],
    language: ['text', (a) => a.language],
    interpreter_used: ['boolean', (a) => a.interpreterUsed],
    recorded_by_user_id: ['uuid', (a) => a.recordedByUserId],
    recorded_by_org_id: ['uuid', (a) => a.recordedByOrgId],
    recorded_at: ['timestamptz', (a) => a.recordedAt],
  });
  await bulkInsert(trx, 'account_shares', dataset.accountShares, {
    id: ['uuid', (s) => s.id],
    case_id: ['uuid', (s) => s.caseId],
    organisation_id: ['uuid', (s) => s.organisationId],
    consent_id: ['uuid', (s) => s.consentId],
    granted_by_user_id: ['uuid', (s) => s.grantedByUserId],
    granted_at: ['timestamptz', (s) => s.grantedAt],
    revoked_at: ['timestamptz', (s) => s.revokedAt],
    revoked_by_user_id: ['uuid', (s) => s.revokedByUserId],
  });
  await bulkInsert(trx, 'account_requests', dataset.accountRequests, {
    id: ['uuid', (r) => r.id],
    case_id: ['uuid', (r) => r.caseId],
    requesting_org_id: ['uuid', (r) => r.requestingOrgId],
    requested_by_user_id: ['uuid', (r) => r.requestedByUserId],
    requested_at: ['timestamptz', (r) => r.requestedAt],
    data_key_id: ['uuid', (r) => keyId(r.caseId)],
    reason_enc: ['text', (r) => seal.text(r.caseId, 'account_requests', r.id, 'reason_enc', r.reason)],
    status: ['text', (r) => r.status],
    decided_by_user_id: ['uuid', (r) => r.decidedByUserId],
    decided_at: ['timestamptz', (r) => r.decidedAt],
  });
  await bulkInsert(trx, 'case_notes', dataset.caseNotes, {
    id: ['uuid', (n) => n.id],
    case_id: ['uuid', (n) => n.caseId],
    data_key_id: ['uuid', (n) => keyId(n.caseId)],
    body_enc: ['text', (n) => seal.text(n.caseId, 'case_notes', n.id, 'body_enc', n.body)],
    visibility: ['text', (n) => n.visibility],
    author_user_id: ['uuid', (n) => n.authorUserId],
    author_org_id: ['uuid', (n) => n.authorOrgId],
    written_at: ['timestamptz', (n) => n.writtenAt],
  });

  // ---- assessments
  await bulkInsert(trx, 'needs_assessments', dataset.needsAssessments, {
    id: ['uuid', (a) => a.id],
    case_id: ['uuid', (a) => a.caseId],
    version: ['integer', (a) => a.version],
    data_key_id: ['uuid', (a) => keyId(a.caseId)],
    priorities_enc: [
      'text',
      (a) => seal.nullable(a.caseId, 'needs_assessments', a.id, 'priorities_enc', a.priorities),
    ],
    priorities_language: ['text', (a) => a.prioritiesLanguage],
    assessed_by_user_id: ['uuid', (a) => a.assessedByUserId],
    assessed_by_org_id: ['uuid', (a) => a.assessedByOrgId],
    assessed_at: ['timestamptz', (a) => a.assessedAt],
  });
  await bulkInsert(trx, 'assessed_needs', dataset.assessedNeeds, {
    assessment_id: ['uuid', (n) => n.assessmentId],
    case_id: ['uuid', (n) => n.caseId],
    domain: ['text', (n) => n.domain],
    level: ['text', (n) => n.level],
    urgency: ['text', (n) => n.urgency],
    // The assessment routes bind a domain's notes to '<assessment id>/<domain>'.
    notes_enc: [
      'text',
      (n) => seal.nullable(n.caseId, 'assessed_needs', `${n.assessmentId}/${n.domain}`, 'notes_enc', n.notes),
    ],
  });
  await bulkInsert(trx, 'risk_assessments', dataset.riskAssessments, {
    id: ['uuid', (r) => r.id],
    case_id: ['uuid', (r) => r.caseId],
    version: ['integer', (r) => r.version],
    traffickers_risk: ['text', (r) => r.traffickersRisk],
    retrafficking_risk: ['text', (r) => r.retraffickingRisk],
    self_harm_risk: ['text', (r) => r.selfHarmRisk],
    family_risk: ['text', (r) => r.familyRisk],
    overall: ['text', (r) => r.overall],
    data_key_id: ['uuid', (r) => keyId(r.caseId)],
    safety_plan_enc: [
      'text',
      (r) => seal.nullable(r.caseId, 'risk_assessments', r.id, 'safety_plan_enc', r.safetyPlan),
    ],
    assessed_by_user_id: ['uuid', (r) => r.assessedByUserId],
    assessed_by_org_id: ['uuid', (r) => r.assessedByOrgId],
    assessed_at: ['timestamptz', (r) => r.assessedAt],
    review_due_on: ['date', (r) => r.reviewDueOn],
  });

  // ---- plans: earlier versions first, so that each version's predecessor is already there
  const plans = [...dataset.supportPlans].sort((a, b) => a.version - b.version);
  await bulkInsert(trx, 'support_plans', plans, {
    id: ['uuid', (p) => p.id],
    case_id: ['uuid', (p) => p.caseId],
    version: ['integer', (p) => p.version],
    status: ['text', (p) => p.status],
    data_key_id: ['uuid', (p) => keyId(p.caseId)],
    goals_enc: ['text', (p) => seal.json(p.caseId, 'support_plans', p.id, 'goals_enc', p.goals)],
    agreement: ['text', (p) => p.agreement],
    agreement_note_enc: [
      'text',
      (p) => seal.nullable(p.caseId, 'support_plans', p.id, 'agreement_note_enc', p.agreementNote),
    ],
    agreed_on: ['date', (p) => p.agreedOn],
    review_due_on: ['date', (p) => p.reviewDueOn],
    supersedes_id: ['uuid', (p) => p.supersedesId],
    created_by_user_id: ['uuid', (p) => p.createdByUserId],
    created_by_org_id: ['uuid', (p) => p.createdByOrgId],
    created_at: ['timestamptz', (p) => p.createdAt],
  });
  const versionOf = new Map(dataset.supportPlans.map((p) => [p.id, p.version]));
  const actions = [...dataset.planActions].sort(
    (a, b) => (versionOf.get(a.planId) ?? 0) - (versionOf.get(b.planId) ?? 0),
  );
  await bulkInsert(trx, 'plan_actions', actions, {
    id: ['uuid', (a) => a.id],
    plan_id: ['uuid', (a) => a.planId],
    case_id: ['uuid', (a) => a.caseId],
    position: ['integer', (a) => a.position],
    domain: ['text', (a) => a.domain],
    description_enc: [
      'text',
      (a) => seal.text(a.caseId, 'plan_actions', a.id, 'description_enc', a.description),
    ],
    owner_org_id: ['uuid', (a) => a.ownerOrgId],
    owner_user_id: ['uuid', (a) => a.ownerUserId],
    service_id: ['uuid', (a) => a.serviceId],
    due_on: ['date', (a) => a.dueOn],
    status: ['text', (a) => a.status],
    completed_on: ['date', (a) => a.completedOn],
    carried_from_id: ['uuid', (a) => a.carriedFromId],
  });
  await bulkInsert(trx, 'advocates', dataset.advocates, {
    id: ['uuid', (a) => a.id],
    case_id: ['uuid', (a) => a.caseId],
    advocate_user_id: ['uuid', (a) => a.advocateUserId],
    advocate_org_id: ['uuid', (a) => a.advocateOrgId],
    assigned_by_user_id: ['uuid', (a) => a.assignedByUserId],
    assigned_at: ['timestamptz', (a) => a.assignedAt],
    ended_at: ['timestamptz', (a) => a.endedAt],
  });

  // ---- service referrals and the gaps they record
  await bulkInsert(trx, 'service_referrals', dataset.serviceReferrals, {
    id: ['uuid', (r) => r.id],
    case_id: ['uuid', (r) => r.caseId],
    service_id: ['uuid', (r) => r.serviceId],
    provider_org_id: ['uuid', (r) => r.providerOrgId],
    need_domain: ['text', (r) => r.needDomain],
    plan_action_id: ['uuid', (r) => r.planActionId],
    consent_id: ['uuid', (r) => r.consentId],
    data_key_id: ['uuid', (r) => keyId(r.caseId)],
    message_enc: [
      'text',
      (r) => seal.nullable(r.caseId, 'service_referrals', r.id, 'message_enc', r.message),
    ],
    sent_by_user_id: ['uuid', (r) => r.sentByUserId],
    sent_by_org_id: ['uuid', (r) => r.sentByOrgId],
    sent_at: ['timestamptz', (r) => r.sentAt],
    status: ['text', (r) => r.status],
    decline_reason: ['text', (r) => r.declineReason],
    response_note_enc: [
      'text',
      (r) => seal.nullable(r.caseId, 'service_referrals', r.id, 'response_note_enc', r.responseNote),
    ],
    responded_by_user_id: ['uuid', (r) => r.respondedByUserId],
    responded_at: ['timestamptz', (r) => r.respondedAt],
    started_at: ['timestamptz', (r) => r.startedAt],
    ended_at: ['timestamptz', (r) => r.endedAt],
    outcome: ['text', (r) => r.outcome],
  });
  await insertRows(dataset.capacityGaps, (batch) =>
    trx
      .insertInto('capacity_gaps')
      .values(
        batch.map((g) => ({
          id: g.id,
          case_id: g.caseId,
          need_domain: g.needDomain,
          service_kind: g.serviceKind,
          region: g.region,
          reason: g.reason,
          gender: g.gender,
          age_band: g.ageBand,
          is_child: g.isChild,
          disabilities: [...g.disabilities],
          language: g.language,
          without_status: g.withoutStatus,
          lgbti: g.lgbti,
          service_referral_id: g.serviceReferralId,
          recorded_by_org_id: g.recordedByOrgId,
          recorded_at: g.recordedAt,
        })),
      )
      .execute(),
  );

  await insertLegalRecords(trx, dataset);
}

/** The number of rows of each kind the demo inserts, for the audit entry and the start-up log. */
export function demoCounts(dataset: DemoDataset): Record<string, number> {
  return {
    organisations: dataset.organisations.length,
    users: dataset.users.length,
    persons: dataset.persons.length,
    cases: dataset.cases.length,
    caseTeam: dataset.caseTeam.length,
    screenings: dataset.screenings.length,
    referrals: dataset.referrals.length,
    consents: dataset.consents.length,
    decisions: dataset.decisions.length,
    anonymousNotifications: dataset.anonymousNotifications.length,
    services: dataset.services.length,
    serviceCapacityLog: dataset.serviceCapacityLog.length,
    caseAccounts: dataset.caseAccounts.length,
    accountShares: dataset.accountShares.length,
    accountRequests: dataset.accountRequests.length,
    caseNotes: dataset.caseNotes.length,
    needsAssessments: dataset.needsAssessments.length,
    assessedNeeds: dataset.assessedNeeds.length,
    riskAssessments: dataset.riskAssessments.length,
    supportPlans: dataset.supportPlans.length,
    planActions: dataset.planActions.length,
    advocates: dataset.advocates.length,
    serviceReferrals: dataset.serviceReferrals.length,
    capacityGaps: dataset.capacityGaps.length,
    cooperationRecords: dataset.cooperationRecords.length,
    residencePermits: dataset.residencePermits.length,
    legalAid: dataset.legalAid.length,
    compensationClaims: dataset.compensationClaims.length,
    nonPunishmentAssessments: dataset.nonPunishmentAssessments.length,
    bestInterestsProcedures: dataset.bestInterestsProcedures.length,
    missingEpisodes: dataset.missingEpisodes.length,
    durableSolutions: dataset.durableSolutions.length,
  };
}
