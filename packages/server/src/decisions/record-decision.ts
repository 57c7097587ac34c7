import { randomUUID } from 'node:crypto';
import {
  type CaseStage,
  type CountryProfile,
  type DecisionStage,
  type OutcomeCategory,
  recoveryPeriodDaysFor,
  recoveryPeriodEnd,
  stageAfterDecision,
  standardFor,
} from '@opennrm/core';
import type { Transaction } from 'kysely';
import type { DataKey } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { type DecisionCase, seal } from './case-context.js';

export type RecordedDecision = {
  readonly id: string;
  readonly caseStage: CaseStage;
  readonly recoveryPeriodId: string | null;
};

/**
 * Writes one decision and what it does, inside the caller's transaction (the caller
 * has checked the order rules under the case's row lock and appends the audit entry):
 * - a positive reasonable-grounds decision starts the recovery and reflection period
 *   (the profile's length, never under 30 days) with the "no removal" protection;
 * - a conclusive decision completes identification: the "no removal" protection that
 *   held since the positive reasonable-grounds decision (CoE art. 10(2)) ends with it;
 * - the case moves to its next stage.
 */
export async function recordDecision(
  trx: Transaction<DB>,
  key: DataKey,
  input: {
    readonly item: DecisionCase;
    readonly profile: CountryProfile;
    readonly stage: DecisionStage;
    readonly category: OutcomeCategory;
    readonly reasons: string;
    readonly decidedByUserId: string;
    readonly decidedByOrgId: string;
    readonly decidedAt: Date;
    readonly dueAt: Date | null;
    readonly supersedesId: string | null;
  },
): Promise<RecordedDecision> {
  const { item, profile, stage, category } = input;
  const id = randomUUID();
  await trx
    .insertInto('decisions')
    .values({
      id,
      case_id: item.id,
      stage,
      outcome: category.id,
      positive: category.positive,
      standard: standardFor(stage),
      data_key_id: item.dataKeyId,
      reasons_enc: seal(key, { table: 'decisions', field: 'reasons_enc' }, id, input.reasons),
      decided_by_user_id: input.decidedByUserId,
      decided_by_org_id: input.decidedByOrgId,
      decided_at: input.decidedAt,
      due_at: input.dueAt,
      profile_id: profile.id,
      profile_version: profile.version,
      supersedes_id: input.supersedesId,
    })
    .execute();

  let recoveryPeriodId: string | null = null;
  if (stage === 'reasonable_grounds' && category.positive) {
    recoveryPeriodId = randomUUID();
    const days = recoveryPeriodDaysFor(profile);
    await trx
      .insertInto('recovery_periods')
      .values({
        id: recoveryPeriodId,
        case_id: item.id,
        decision_id: id,
        starts_at: input.decidedAt,
        ends_at: recoveryPeriodEnd(input.decidedAt, days, [], profile.calendar.timeZone),
        minimum_days: days,
        status: 'running',
        no_removal: true,
        data_key_id: item.dataKeyId,
      })
      .execute();
  }
  if (stage === 'conclusive_grounds') {
    await trx
      .updateTable('recovery_periods')
      .set({ no_removal: false, updated_at: input.decidedAt })
      .where('case_id', '=', item.id)
      .where('no_removal', '=', true)
      .execute();
  }

  const caseStage = stageAfterDecision(stage, category.positive);
  await trx
    .updateTable('cases')
    .set({ stage: caseStage, updated_at: input.decidedAt })
    .where('id', '=', item.id)
    .execute();
  return { id, caseStage, recoveryPeriodId };
}
