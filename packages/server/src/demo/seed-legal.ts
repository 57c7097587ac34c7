import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { bulkInsert } from './bulk.js';
import type { DemoDataset } from './types.js';

/**
 * The legal module's records (cooperation with criminal justice — read by no assistance
 * code —, residence, legal aid, compensation, non-punishment), children's best-interests
 * procedures and missing episodes, and durable solutions: plain columns, no free text.
 */
export async function insertLegalRecords(
  trx: Kysely<DB> | Transaction<DB>,
  dataset: DemoDataset,
): Promise<void> {
  await bulkInsert(trx, 'cooperation_records', dataset.cooperationRecords, {
    id: ['uuid', (c) => c.id],
    case_id: ['uuid', (c) => c.caseId],
    status: ['text', (c) => c.status],
    recorded_by_user_id: ['uuid', (c) => c.recordedByUserId],
    recorded_at: ['timestamptz', (c) => c.recordedAt],
  });
  await bulkInsert(trx, 'residence_permits', dataset.residencePermits, {
    id: ['uuid', (p) => p.id],
    case_id: ['uuid', (p) => p.caseId],
    basis: ['text', (p) => p.basis],
    applied_on: ['date', (p) => p.appliedOn],
    status: ['text', (p) => p.status],
    decided_on: ['date', (p) => p.decidedOn],
    valid_until: ['date', (p) => p.validUntil],
    right_to_work: ['boolean', (p) => p.rightToWork],
    recorded_by_user_id: ['uuid', (p) => p.recordedByUserId],
  });
  await bulkInsert(trx, 'legal_aid', dataset.legalAid, {
    id: ['uuid', (l) => l.id],
    case_id: ['uuid', (l) => l.caseId],
    provider_org_id: ['uuid', (l) => l.providerOrgId],
    requested_on: ['date', (l) => l.requestedOn],
    granted_on: ['date', (l) => l.grantedOn],
    status: ['text', (l) => l.status],
  });
  await bulkInsert(trx, 'compensation_claims', dataset.compensationClaims, {
    id: ['uuid', (c) => c.id],
    case_id: ['uuid', (c) => c.caseId],
    route: ['text', (c) => c.route],
    claimed_on: ['date', (c) => c.claimedOn],
    currency: ['text', (c) => c.currency],
    amount_claimed: ['numeric', (c) => c.amountClaimed],
    amount_awarded: ['numeric', (c) => c.amountAwarded],
    amount_paid: ['numeric', (c) => c.amountPaid],
    status: ['text', (c) => c.status],
    decided_on: ['date', (c) => c.decidedOn],
  });
  await bulkInsert(trx, 'non_punishment_assessments', dataset.nonPunishmentAssessments, {
    id: ['uuid', (n) => n.id],
    case_id: ['uuid', (n) => n.caseId],
    offence: ['text', (n) => n.offence],
    linked_to_trafficking: ['boolean', (n) => n.linkedToTrafficking],
    outcome: ['text', (n) => n.outcome],
    assessed_on: ['date', (n) => n.assessedOn],
  });
  await bulkInsert(trx, 'best_interests_procedures', dataset.bestInterestsProcedures, {
    id: ['uuid', (b) => b.id],
    case_id: ['uuid', (b) => b.caseId],
    kind: ['text', (b) => b.kind],
    started_on: ['date', (b) => b.startedOn],
    completed_on: ['date', (b) => b.completedOn],
  });
  await bulkInsert(trx, 'missing_episodes', dataset.missingEpisodes, {
    id: ['uuid', (m) => m.id],
    case_id: ['uuid', (m) => m.caseId],
    went_missing_at: ['timestamptz', (m) => m.wentMissingAt],
    found_at: ['timestamptz', (m) => m.foundAt],
    reported_by_org_id: ['uuid', (m) => m.reportedByOrgId],
  });
  await bulkInsert(trx, 'durable_solutions', dataset.durableSolutions, {
    id: ['uuid', (s) => s.id],
    case_id: ['uuid', (s) => s.caseId],
    kind: ['text', (s) => s.kind],
    status: ['text', (s) => s.status],
    decided_on: ['date', (s) => s.decidedOn],
    country: ['text', (s) => s.country],
  });
}
