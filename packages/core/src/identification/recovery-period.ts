import { z } from 'zod';
import { MINIMUM_RECOVERY_PERIOD_DAYS } from '../profiles/schema.js';
import { ZInstant, ZRequiredText } from './instant.js';
import { addCalendarDays, endOfLocalDay, localDateOf } from './local-time.js';

/** An extension of the recovery and reflection period; a reason is always recorded. */
export const ZRecoveryExtension = z.strictObject({
  days: z.number().int().min(1),
  reason: ZRequiredText,
  grantedAt: ZInstant,
  grantedBy: z.string().min(1),
});
export type RecoveryExtension = z.output<typeof ZRecoveryExtension>;

/**
 * CoE art. 13(3): a state may decline to observe the period only on grounds of public
 * order, or when victim status is found to be improperly claimed. No other ground
 * exists; a reason is mandatory.
 */
export const WITHHOLDING_GROUNDS = ['public_order', 'improperly_claimed_status'] as const;
export type WithholdingGround = (typeof WITHHOLDING_GROUNDS)[number];

export const ZRecoveryWithholding = z.strictObject({
  grounds: z.enum(WITHHOLDING_GROUNDS),
  reason: ZRequiredText,
  decidedAt: ZInstant,
  decidedBy: z.string().min(1),
});
export type RecoveryWithholding = z.output<typeof ZRecoveryWithholding>;

/** Whether a withholding request is lawful: an allowed ground and a reason. */
export function mayWithholdRecoveryPeriod(grounds: string, reason: string | null | undefined): boolean {
  if (!(WITHHOLDING_GROUNDS as readonly string[]).includes(grounds)) return false;
  return typeof reason === 'string' && reason.trim().length > 0;
}

/**
 * The end of the recovery period: the local date of `startedAt` plus `days` plus every
 * extension, in calendar days, at the end of that local day (the deadline convention
 * of deadlines.ts). A period of 30 days starting on 1 March ends at the end of 31 March.
 */
export function recoveryPeriodEnd(
  startedAt: Date,
  days: number,
  extensions: readonly Pick<RecoveryExtension, 'days'>[],
  timeZone: string,
): Date {
  if (!Number.isInteger(days) || days < MINIMUM_RECOVERY_PERIOD_DAYS) {
    throw new RangeError('CoE art. 13(1): the recovery period is at least 30 days');
  }
  let total = days;
  for (const extension of extensions) {
    if (!Number.isInteger(extension.days) || extension.days < 1) {
      throw new RangeError('An extension is a whole number of days ≥ 1');
    }
    total += extension.days;
  }
  return endOfLocalDay(addCalendarDays(localDateOf(startedAt, timeZone), total), timeZone);
}

export const RECOVERY_PERIOD_STATUSES = ['running', 'ended', 'withheld'] as const;
export type RecoveryPeriodStatus = (typeof RECOVERY_PERIOD_STATUSES)[number];

export type RecoveryPeriod = {
  readonly startedAt: Date;
  readonly days: number;
  readonly extensions: readonly Pick<RecoveryExtension, 'days'>[];
  readonly withheld: RecoveryWithholding | null;
};

/**
 * Where a recovery period stands at `now`. While it runs the person may not be
 * removed from the territory (CoE art. 13(1)); the "no removal" flag follows `running`.
 * A withholding takes effect from its decision on, never before.
 */
export function recoveryPeriodStatus(
  period: RecoveryPeriod,
  now: Date,
  timeZone: string,
): { readonly status: RecoveryPeriodStatus; readonly endsAt: Date } {
  const endsAt = recoveryPeriodEnd(period.startedAt, period.days, period.extensions, timeZone);
  if (period.withheld !== null && period.withheld.decidedAt.getTime() <= now.getTime()) {
    return { status: 'withheld', endsAt };
  }
  return { status: now.getTime() > endsAt.getTime() ? 'ended' : 'running', endsAt };
}
