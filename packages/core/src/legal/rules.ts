import type { LocalDate } from '../identification/local-time.js';
import type {
  BestInterestsInput,
  CompensationClaimInput,
  DurableSolutionInput,
  LegalAidInput,
  MissingEpisodeInput,
  NonPunishmentInput,
  ResidencePermitInput,
} from './shapes.js';

/**
 * Consistency rules of the legal module's records: pure, so the server (before a write)
 * and the web app (before sending) say the same thing. Each rule returns the fields it
 * refuses, by path and a code the web app translates; an empty list means consistent.
 * They check what is impossible, not what is merely unusual: an award larger than the
 * claim happens (interest, a court's own assessment), so it is not refused.
 */
export type LegalFinding = { readonly path: string; readonly code: string };

/** Dates are "YYYY-MM-DD": their string order is their calendar order. */
const after = (a: LocalDate, b: LocalDate): boolean => a > b;

function notInFuture(out: LegalFinding[], path: string, date: LocalDate | null, today: LocalDate): void {
  if (date !== null && after(date, today)) out.push({ path, code: 'date_in_future' });
}

function notBefore(out: LegalFinding[], path: string, date: LocalDate | null, earliest: LocalDate): void {
  if (date !== null && after(earliest, date)) out.push({ path, code: 'date_before_start' });
}

/** Amount in cents: at most 12 digits and 2 decimals, well within a double's integers. */
export function moneyCents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function residencePermitFindings(input: ResidencePermitInput, today: LocalDate): LegalFinding[] {
  const out: LegalFinding[] = [];
  notInFuture(out, 'appliedOn', input.appliedOn, today);
  notInFuture(out, 'decidedOn', input.decidedOn, today);
  notBefore(out, 'decidedOn', input.decidedOn, input.appliedOn);
  if (input.status === 'pending' && input.decidedOn !== null)
    out.push({ path: 'decidedOn', code: 'not_decided_yet' });
  if ((input.status === 'granted' || input.status === 'refused') && input.decidedOn === null)
    out.push({ path: 'decidedOn', code: 'required' });
  if (input.validUntil !== null) {
    if (input.status !== 'granted') out.push({ path: 'validUntil', code: 'only_when_granted' });
    else notBefore(out, 'validUntil', input.validUntil, input.decidedOn ?? input.appliedOn);
  }
  return out;
}

export function legalAidFindings(input: LegalAidInput, today: LocalDate): LegalFinding[] {
  const out: LegalFinding[] = [];
  notInFuture(out, 'requestedOn', input.requestedOn, today);
  notInFuture(out, 'grantedOn', input.grantedOn, today);
  notBefore(out, 'grantedOn', input.grantedOn, input.requestedOn);
  if (input.status === 'granted' && input.grantedOn === null)
    out.push({ path: 'grantedOn', code: 'required' });
  if (input.status !== 'granted' && input.grantedOn !== null)
    out.push({ path: 'grantedOn', code: 'only_when_granted' });
  return out;
}

const DECIDED_COMPENSATION = new Set(['awarded', 'refused', 'paid', 'partly_paid']);

export function compensationFindings(input: CompensationClaimInput, today: LocalDate): LegalFinding[] {
  const out: LegalFinding[] = [];
  notInFuture(out, 'claimedOn', input.claimedOn, today);
  notInFuture(out, 'decidedOn', input.decidedOn, today);
  notBefore(out, 'decidedOn', input.decidedOn, input.claimedOn);
  const decided = DECIDED_COMPENSATION.has(input.status);
  if (decided && input.decidedOn === null) out.push({ path: 'decidedOn', code: 'required' });
  if (!decided && input.decidedOn !== null) out.push({ path: 'decidedOn', code: 'not_decided_yet' });
  const awarded = input.amountAwarded === null ? null : moneyCents(input.amountAwarded);
  const paid = input.amountPaid === null ? null : moneyCents(input.amountPaid);
  if (input.status === 'pending' || input.status === 'refused') {
    if (awarded !== null && awarded > 0) out.push({ path: 'amountAwarded', code: 'not_awarded' });
  } else if (awarded === null || awarded === 0) {
    out.push({ path: 'amountAwarded', code: 'required' });
  }
  const paying = input.status === 'paid' || input.status === 'partly_paid';
  if (paying && (paid === null || paid === 0)) out.push({ path: 'amountPaid', code: 'required' });
  if (!paying && paid !== null && paid > 0) out.push({ path: 'amountPaid', code: 'not_paid_status' });
  // What was paid cannot exceed what was awarded; "paid" means paid in full.
  if (paid !== null && awarded !== null && awarded > 0) {
    if (paid > awarded) out.push({ path: 'amountPaid', code: 'paid_above_awarded' });
    else if (input.status === 'paid' && paid < awarded)
      out.push({ path: 'status', code: 'paid_in_part_only' });
    else if (input.status === 'partly_paid' && paid === awarded)
      out.push({ path: 'status', code: 'paid_in_full' });
  }
  return out;
}

export function nonPunishmentFindings(input: NonPunishmentInput, today: LocalDate): LegalFinding[] {
  const out: LegalFinding[] = [];
  notInFuture(out, 'assessedOn', input.assessedOn, today);
  return out;
}

export function bestInterestsFindings(input: BestInterestsInput, today: LocalDate): LegalFinding[] {
  const out: LegalFinding[] = [];
  notInFuture(out, 'startedOn', input.startedOn, today);
  notInFuture(out, 'completedOn', input.completedOn, today);
  notBefore(out, 'completedOn', input.completedOn, input.startedOn);
  return out;
}

export function missingEpisodeFindings(input: MissingEpisodeInput, now: Date): LegalFinding[] {
  const out: LegalFinding[] = [];
  const went = Date.parse(input.wentMissingAt);
  if (went > now.getTime()) out.push({ path: 'wentMissingAt', code: 'date_in_future' });
  if (input.foundAt !== null) {
    const found = Date.parse(input.foundAt);
    if (found > now.getTime()) out.push({ path: 'foundAt', code: 'date_in_future' });
    if (found < went) out.push({ path: 'foundAt', code: 'date_before_start' });
  }
  return out;
}

/** What the case says that durable solutions depend on. */
export type DurableSolutionContext = {
  readonly isChild: boolean;
  /** A best-interests determination of this child has been completed. */
  readonly hasCompletedDetermination: boolean;
};

/**
 * A return or a relocation names the country; a child's return is decided only after a
 * completed best-interests determination (CoE art. 16(7), EU art. 16).
 */
export function durableSolutionFindings(
  input: DurableSolutionInput,
  context: DurableSolutionContext,
  today: LocalDate,
): LegalFinding[] {
  const out: LegalFinding[] = [];
  notInFuture(out, 'decidedOn', input.decidedOn, today);
  if (input.kind !== 'integration' && input.country === null) out.push({ path: 'country', code: 'required' });
  if (
    input.kind === 'return' &&
    input.status !== 'abandoned' &&
    context.isChild &&
    !context.hasCompletedDetermination
  )
    out.push({ path: 'kind', code: 'child_return_needs_best_interests_determination' });
  return out;
}
