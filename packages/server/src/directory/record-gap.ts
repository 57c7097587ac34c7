import { randomUUID } from 'node:crypto';
import type { CapacityGap } from '@opennrm/core';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

export type StoredGap = CapacityGap & { readonly id: string; readonly recordedAt: Date };

/**
 * Writes a capacity gap inside the caller's transaction. It holds the group and the need
 * only (core `capacityGapFor`); the case id is kept so the same gap is not counted twice.
 */
export async function insertGap(
  trx: Transaction<DB>,
  gap: CapacityGap,
  input: {
    readonly caseId: string;
    readonly organisationId: string;
    readonly serviceReferralId: string | null;
    readonly at: Date;
  },
): Promise<StoredGap> {
  const id = randomUUID();
  await trx
    .insertInto('capacity_gaps')
    .values({
      id,
      case_id: input.caseId,
      need_domain: gap.needDomain,
      service_kind: gap.serviceKind,
      region: gap.region,
      reason: gap.reason,
      gender: gap.gender,
      age_band: gap.ageBand,
      is_child: gap.isChild,
      disabilities: [...gap.disabilities],
      language: gap.language,
      without_status: gap.withoutStatus,
      lgbti: gap.lgbti,
      service_referral_id: input.serviceReferralId,
      recorded_by_org_id: input.organisationId,
      recorded_at: input.at,
    })
    .execute();
  return { ...gap, id, recordedAt: input.at };
}

/** A "no fit" gap already recorded for this case, need and kind in the last day, if any. */
export async function recentNoFitGap(
  trx: Transaction<DB>,
  input: { readonly caseId: string; readonly gap: CapacityGap; readonly since: Date },
): Promise<{ id: string; recordedAt: Date } | null> {
  const row = await trx
    .selectFrom('capacity_gaps')
    .select(['id', 'recorded_at'])
    .where('case_id', '=', input.caseId)
    .where('need_domain', '=', input.gap.needDomain)
    .where('service_kind', '=', input.gap.serviceKind)
    .where('region', '=', input.gap.region)
    .where('reason', '=', 'no_fit')
    .where('recorded_at', '>=', input.since)
    .orderBy('recorded_at', 'desc')
    .executeTakeFirst();
  return row ? { id: row.id, recordedAt: new Date(row.recorded_at) } : null;
}
