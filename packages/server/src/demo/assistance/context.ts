import { isAssistanceProviderKind, type OrganisationKind } from '@opennrm/core';
import { localDate } from '../clock.js';
import type { CasePlan } from '../plan.js';
import type { Rng } from '../random.js';
import type { Staff } from '../staff.js';
import type {
  DemoCase,
  DemoConsent,
  DemoGuardianAppointment,
  DemoOrganisation,
  DemoPerson,
  DemoReferral,
  DemoTeamMember,
  DemoUser,
} from '../types.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/** Everything the assistance story of one case is drawn from, and the lists it adds to. */
export type CaseContext = {
  readonly record: DemoCase;
  readonly plan: CasePlan;
  readonly person: DemoPerson;
  readonly referral: DemoReferral | null;
  /** The case team; members who join through service referrals or advocacy are added here. */
  readonly team: DemoTeamMember[];
  /** This case's consents; consents to share with new providers are added here. */
  readonly consents: DemoConsent[];
  readonly guardian: DemoGuardianAppointment | null;
  readonly lead: DemoOrganisation;
  /** The named case worker of the lead organisation, if it has one. */
  readonly worker: DemoUser | null;
  /** The language of the case narrative: texts agreed with or said by the person are in it. */
  readonly language: string;
  readonly firstContact: Date;
  readonly closedAt: Date | null;
  /** Nothing happens after this: `now`, or the closing of the case. */
  readonly end: Date;
  readonly now: Date;
  /** The lead organisation gives assistance (an NGO, a shelter, child protection…), not only refers. */
  readonly leadAssists: boolean;
};

export function buildContext(input: {
  readonly record: DemoCase;
  readonly plan: CasePlan;
  readonly person: DemoPerson;
  readonly referral: DemoReferral | null;
  readonly team: DemoTeamMember[];
  readonly consents: DemoConsent[];
  readonly guardian: DemoGuardianAppointment | null;
  readonly lead: DemoOrganisation;
  readonly worker: DemoUser | null;
  readonly now: Date;
}): CaseContext {
  const closedAt = input.record.closedAt ? new Date(input.record.closedAt) : null;
  return {
    ...input,
    language: input.record.narrativeLanguage,
    firstContact: new Date(input.record.firstContactAt),
    closedAt,
    end: closedAt && closedAt.getTime() < input.now.getTime() ? closedAt : input.now,
    leadAssists: isAssistanceProviderKind(input.lead.kind as OrganisationKind),
  };
}

export function later(at: Date, days: number): Date {
  return new Date(Math.round(at.getTime() + days * DAY_MS));
}

export function before(at: Date, end: Date): boolean {
  return at.getTime() < end.getTime();
}

/** The local date (profile time zone) of an instant, as date columns store it. */
export function dateOf(at: Date): string {
  return localDate(at);
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

/**
 * When the reviews after a first version took place: spread between the first version
 * and `end`, about `interval` days apart, at most `maxVersions` versions in all. While a
 * case is open its last review is recent, so that its next review date is mostly ahead
 * and sometimes overdue, as on any real caseload.
 */
export function reviewTimes(
  rng: Rng,
  first: Date,
  end: Date,
  open: boolean,
  intervalDays: number,
  maxVersions: number,
): Date[] {
  const available = (end.getTime() - first.getTime()) / DAY_MS;
  if (maxVersions < 2 || available < intervalDays * 0.8) return [];
  const extra = Math.min(maxVersions - 1, Math.max(1, Math.round(available / intervalDays)));
  const lastOffset = open
    ? Math.max(1, available - rng.next() * intervalDays * 0.9)
    : Math.max(1, available - 1 - rng.next() * Math.min(30, available / 4));
  const times: Date[] = [];
  for (let k = 1; k <= extra; k++) {
    const share = k / extra;
    const jitter = k === extra ? 0 : (rng.next() - 0.5) * (lastOffset / extra) * 0.4;
    times.push(later(first, Math.max(1, lastOffset * share + jitter)));
  }
  return times.sort((a, b) => a.getTime() - b.getTime());
}

/** The person who does the case work: the named case worker, else a colleague who can. */
export function caseStaff(ctx: CaseContext, staff: Staff): DemoUser {
  return ctx.worker ?? staff.pick(ctx.lead.id, ['case_worker', 'first_responder', 'guardian']);
}
