import {
  type CountryProfile,
  conclusiveGroundsDue,
  type DecisionStage,
  reasonableGroundsDue,
} from '@opennrm/core';
import type { Handle } from './case-context.js';

export type ReferralTiming = { readonly referredAt: Date; readonly reasonableGroundsDueAt: Date | null };
export type PeriodTiming = {
  readonly status: string;
  readonly endsAt: Date;
  readonly withheldAt: Date | null;
};

/**
 * When the decision of `stage` is due: the reasonable-grounds target stored with the
 * referral (working-day aware, from the profile's calendar), recomputed if missing;
 * the conclusive target counted from the end (or withholding) of the recovery period.
 */
export function dueAtFrom(
  stage: DecisionStage,
  referral: ReferralTiming | null,
  period: PeriodTiming | null,
  profile: CountryProfile,
): Date | null {
  if (stage === 'reasonable_grounds') {
    if (!referral) return null;
    return referral.reasonableGroundsDueAt ?? reasonableGroundsDue(referral.referredAt, profile);
  }
  if (!period) return null;
  if (period.status === 'withheld') return conclusiveGroundsDue(period.withheldAt, profile);
  if (period.status === 'ended') return conclusiveGroundsDue(period.endsAt, profile);
  return null;
}

export async function latestReferral(db: Handle, caseId: string): Promise<ReferralTiming | null> {
  const row = await db
    .selectFrom('referrals')
    .select(['referred_at', 'reasonable_grounds_due_at'])
    .where('case_id', '=', caseId)
    .orderBy('referred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        referredAt: new Date(row.referred_at),
        reasonableGroundsDueAt: row.reasonable_grounds_due_at
          ? new Date(row.reasonable_grounds_due_at)
          : null,
      }
    : null;
}

export async function latestPeriodTiming(db: Handle, caseId: string): Promise<PeriodTiming | null> {
  const row = await db
    .selectFrom('recovery_periods')
    .select(['status', 'ends_at', 'withheld_at'])
    .where('case_id', '=', caseId)
    .orderBy('starts_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        status: row.status,
        endsAt: new Date(row.ends_at),
        withheldAt: row.withheld_at ? new Date(row.withheld_at) : null,
      }
    : null;
}

export async function decisionDueAt(
  db: Handle,
  caseId: string,
  stage: DecisionStage,
  profile: CountryProfile,
): Promise<Date | null> {
  return dueAtFrom(
    stage,
    stage === 'reasonable_grounds' ? await latestReferral(db, caseId) : null,
    stage === 'conclusive_grounds' ? await latestPeriodTiming(db, caseId) : null,
    profile,
  );
}
