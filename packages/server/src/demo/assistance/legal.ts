import { COOPERATION_WINDOW_DAYS } from '../../insights/facts.js';
import type { Rng } from '../random.js';
import type { Staff } from '../staff.js';
import type {
  DemoCompensationClaim,
  DemoCooperationRecord,
  DemoCooperationStatus,
  DemoLegalAid,
  DemoNonPunishmentAssessment,
  DemoResidencePermit,
  DemoServiceReferral,
} from '../types-assistance.js';
import { SEXUAL_FORMS } from '../vocabulary.js';
import { type CaseContext, caseStaff, DAY_MS, dateOf, later } from './context.js';

export type LegalOut = {
  readonly cooperationRecords: DemoCooperationRecord[];
  readonly residencePermits: DemoResidencePermit[];
  readonly legalAid: DemoLegalAid[];
  readonly compensationClaims: DemoCompensationClaim[];
  readonly nonPunishmentAssessments: DemoNonPunishmentAssessment[];
};

const CURRENCIES: Readonly<Record<string, string>> = {
  GB: 'GBP',
  CH: 'CHF',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  SE: 'SEK',
  DK: 'DKK',
  NO: 'NOK',
};

/** Statuses under which a residence permit for victims is something to apply for. */
const PERMIT_SEEKERS: ReadonlySet<string> = new Set(['asylum_seeker', 'irregular', 'unknown', 'stateless']);

/** Instants (ms) at which each case's services were declined or ended, in order. */
export type ServiceStops = ReadonlyMap<string, readonly number[]>;

export function serviceStopsByCase(referrals: readonly DemoServiceReferral[]): ServiceStops {
  const out = new Map<string, number[]>();
  for (const r of referrals) {
    const at = r.status === 'ended' ? r.endedAt : r.status === 'declined' ? r.respondedAt : null;
    if (!at) continue;
    const list = out.get(r.caseId);
    if (list) list.push(Date.parse(at));
    else out.set(r.caseId, [Date.parse(at)]);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}

const WINDOW_MS = COOPERATION_WINDOW_DAYS * DAY_MS;
/** Room on either side of the window, for daylight saving time and date rounding. */
const GUARD_MS = DAY_MS;

/**
 * Where to record a change of cooperation status decided at `at`: there, or the nearest
 * instant in (`after`, `end`) that no service was declined or ended in the window after
 * it. Stock-taking flags a service declined or ended within that window after a change
 * of cooperation status (CoE art. 12(6): assistance is not conditional on cooperation);
 * a healthy system has none, and the demo shows a healthy system. Null: nowhere fits.
 */
export function placeAwayFromStops(
  at: number,
  stops: readonly number[],
  after: number,
  end: number,
): number | null {
  const free = (t: number): boolean => !stops.some((e) => e > t - GUARD_MS && e < t + WINDOW_MS + GUARD_MS);
  let best: number | null = null;
  for (const t of [at, ...stops.flatMap((e) => [e + GUARD_MS, e - WINDOW_MS - GUARD_MS])]) {
    if (t <= after || t >= end || !free(t)) continue;
    const d = Math.abs(t - at);
    const b = best === null ? Number.POSITIVE_INFINITY : Math.abs(best - at);
    if (d < b || (d === b && best !== null && t > best)) best = t;
  }
  return best;
}

function legalStaff(ctx: CaseContext, staff: Staff, at: Date): string {
  const lawyer = ctx.team.find((t) => t.purpose === 'legal_aid' && Date.parse(t.addedAt) <= at.getTime());
  return lawyer ? staff.pick(lawyer.organisationId, ['legal_adviser']).id : caseStaff(ctx, staff).id;
}

/**
 * The person's free choice about criminal justice, as the legal module records it. Many
 * never want contact with the police, some report and want no more, some cooperate and
 * some withdraw later; a consent to inform law enforcement makes cooperation likelier.
 * Nothing in assistance is drawn from it (assistance is built before and apart).
 */
function cooperation(
  rng: Rng,
  ctx: CaseContext,
  staff: Staff,
  stops: readonly number[],
  out: LegalOut,
): DemoCooperationStatus | null {
  const referredAt = ctx.plan.timeline.referredAt;
  if (!referredAt) return null;
  let latest: DemoCooperationStatus | null = null;
  let last = referredAt.getTime();
  /** Records a status at `wanted`, or for a change, moved away from the services' stops. */
  const record = (status: DemoCooperationStatus, wanted: Date, notBefore = last): Date | null => {
    if (wanted.getTime() >= ctx.end.getTime()) return null;
    const placed =
      latest === null && status === 'not_discussed'
        ? wanted.getTime()
        : placeAwayFromStops(wanted.getTime(), stops, Math.max(last, notBefore), ctx.end.getTime());
    if (placed === null) return null;
    const at = new Date(placed);
    out.cooperationRecords.push({
      id: rng.uuid(),
      caseId: ctx.record.id,
      status,
      recordedByUserId: legalStaff(ctx, staff, at),
      recordedAt: at.toISOString(),
    });
    latest = status;
    last = placed;
    return at;
  };
  if (rng.chance(0.6)) record('not_discussed', later(referredAt, rng.next()));
  const decidedAt = later(referredAt, 3 + rng.exponential(25));
  const police = ctx.consents.find((c) => c.purpose === 'inform_law_enforcement');
  let status: DemoCooperationStatus;
  if (police?.revokedAt) status = 'cooperating';
  else if (police)
    status = rng.weighted<DemoCooperationStatus>([
      ['cooperating', 65],
      ['reported_no_further_contact', 22],
      ['undecided', 13],
    ]);
  else
    status = rng.weighted<DemoCooperationStatus>([
      ['declines_contact', 45],
      ['undecided', 18],
      ['reported_no_further_contact', 15],
      ['cooperating', 22],
    ]);
  const decided = record(status, decidedAt);
  if (!decided) return latest;
  if (police?.revokedAt) {
    const withdrewAt = new Date(Math.max(decided.getTime() + DAY_MS, Date.parse(police.revokedAt)));
    // Not before the consent to inform law enforcement was revoked.
    record('withdrew', withdrewAt, withdrewAt.getTime() - 1);
  } else if (status === 'cooperating' && rng.chance(0.12)) {
    record('withdrew', later(decided, 20 + rng.exponential(120)));
  } else if (status === 'undecided' && rng.chance(0.5)) {
    record(rng.chance(0.6) ? 'declines_contact' : 'cooperating', later(decided, 10 + rng.exponential(40)));
  }
  return latest;
}

function residence(rng: Rng, ctx: CaseContext, staff: Staff, cooperating: boolean, out: LegalOut): void {
  const rg = ctx.plan.timeline.reasonableGrounds;
  // Few apply, fewer are granted: one of the biases stock-taking is to show.
  if (!rg?.positive || !PERMIT_SEEKERS.has(ctx.person.migrationStatus) || !rng.chance(0.18)) return;
  const appliedAt = later(rg.at, 10 + rng.exponential(90));
  if (appliedAt.getTime() >= ctx.end.getTime()) return;
  const basis = rng.weighted<DemoResidencePermit['basis']>(
    cooperating
      ? [
          ['cooperation', 60],
          ['victim_situation', 40],
        ]
      : ctx.person.migrationStatus === 'asylum_seeker'
        ? [
            ['international_protection', 50],
            ['victim_situation', 45],
            ['other', 5],
          ]
        : [
            ['victim_situation', 80],
            ['other', 20],
          ],
  );
  const decidedAt = later(appliedAt, 30 + rng.exponential(90));
  const decided = decidedAt.getTime() < ctx.now.getTime();
  const closedFirst = ctx.closedAt !== null && ctx.closedAt.getTime() < decidedAt.getTime();
  const status: DemoResidencePermit['status'] = closedFirst
    ? rng.chance(0.5)
      ? 'withdrawn'
      : 'refused'
    : !decided
      ? 'pending'
      : rng.weighted<DemoResidencePermit['status']>([
          ['granted', 55],
          ['refused', 38],
          ['withdrawn', 7],
        ]);
  const decidedOn =
    status === 'pending' ? null : dateOf(closedFirst && ctx.closedAt ? ctx.closedAt : decidedAt);
  out.residencePermits.push({
    id: rng.uuid(),
    caseId: ctx.record.id,
    basis,
    appliedOn: dateOf(appliedAt),
    status,
    decidedOn,
    validUntil: status === 'granted' ? dateOf(later(decidedAt, basis === 'cooperation' ? 183 : 365)) : null,
    rightToWork: status === 'granted' && rng.chance(0.85),
    recordedByUserId: legalStaff(ctx, staff, appliedAt),
  });
}

function legalAid(rng: Rng, ctx: CaseContext, out: LegalOut): void {
  for (const member of ctx.team) {
    if (member.purpose !== 'legal_aid') continue;
    const joinedAt = new Date(member.addedAt);
    const requested = new Date(
      Math.max(ctx.firstContact.getTime(), joinedAt.getTime() - rng.next() * 3 * DAY_MS),
    );
    const refused = rng.chance(0.04);
    out.legalAid.push({
      id: rng.uuid(),
      caseId: ctx.record.id,
      providerOrgId: member.organisationId,
      requestedOn: dateOf(requested),
      grantedOn: refused ? null : dateOf(joinedAt),
      status: refused ? 'refused' : 'granted',
    });
  }
  const referredAt = ctx.plan.timeline.referredAt;
  if (referredAt && !ctx.team.some((t) => t.purpose === 'legal_aid') && rng.chance(0.05)) {
    const requested = later(referredAt, 5 + rng.exponential(30));
    if (requested.getTime() < ctx.end.getTime()) {
      out.legalAid.push({
        id: rng.uuid(),
        caseId: ctx.record.id,
        providerOrgId: null,
        requestedOn: dateOf(requested),
        grantedOn: null,
        status: ctx.now.getTime() - requested.getTime() < 30 * DAY_MS ? 'requested' : 'refused',
      });
    }
  }
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

/** Claimed far more often than awarded, awarded far more than paid (CoE art. 15). */
function compensation(rng: Rng, ctx: CaseContext, host: string, out: LegalOut): void {
  const { timeline } = ctx.plan;
  const decided = timeline.conclusiveGrounds?.positive ? timeline.conclusiveGrounds.at : null;
  const labour = ctx.record.exploitationForms.some((f) => f === 'forced_labour' || f === 'servitude');
  const sexual = ctx.record.exploitationForms.some((f) => SEXUAL_FORMS.includes(f));
  const from = decided ?? (timeline.reasonableGrounds?.positive ? timeline.reasonableGrounds.at : null);
  if (!from || ctx.record.isChild || !rng.chance(labour ? 0.16 : 0.09)) return;
  const claimedAt = later(from, 30 + rng.exponential(180));
  if (claimedAt.getTime() >= ctx.end.getTime()) return;
  const route = rng.weighted<DemoCompensationClaim['route']>(
    labour
      ? [
          ['labour_tribunal', 50],
          ['criminal_proceedings', 30],
          ['civil_claim', 10],
          ['state_fund', 10],
        ]
      : [
          ['criminal_proceedings', 55],
          ['state_fund', 30],
          ['civil_claim', 15],
        ],
  );
  const claimed = roundTo(
    labour
      ? 2_000 + rng.exponential(12_000)
      : sexual
        ? 5_000 + rng.exponential(25_000)
        : 3_000 + rng.exponential(10_000),
    100,
  );
  const decisionAt = later(claimedAt, 90 + rng.exponential(200));
  const base = {
    id: rng.uuid(),
    caseId: ctx.record.id,
    route,
    claimedOn: dateOf(claimedAt),
    currency: CURRENCIES[host] ?? 'EUR',
    amountClaimed: claimed,
  };
  if (decisionAt.getTime() >= ctx.now.getTime()) {
    out.compensationClaims.push({
      ...base,
      amountAwarded: null,
      amountPaid: null,
      status: 'pending',
      decidedOn: null,
    });
    return;
  }
  if (rng.chance(0.3)) {
    out.compensationClaims.push({
      ...base,
      amountAwarded: 0,
      amountPaid: 0,
      status: 'refused',
      decidedOn: dateOf(decisionAt),
    });
    return;
  }
  const awarded = roundTo(claimed * (0.2 + rng.next() * 0.6), 50);
  const paidShare = rng.weighted<'all' | 'part' | 'none'>(
    route === 'state_fund'
      ? [
          ['all', 70],
          ['part', 15],
          ['none', 15],
        ]
      : [
          ['all', 20],
          ['part', 35],
          ['none', 45],
        ],
  );
  const paid =
    paidShare === 'all'
      ? awarded
      : paidShare === 'part'
        ? roundTo(awarded * (0.05 + rng.next() * 0.55), 50)
        : 0;
  out.compensationClaims.push({
    ...base,
    amountAwarded: awarded,
    amountPaid: paid,
    status: paidShare === 'all' ? 'paid' : paidShare === 'part' ? 'partly_paid' : 'awarded',
    decidedOn: dateOf(decisionAt),
  });
}

/** Proceedings against the person for what they were compelled to do (CoE art. 26, EU art. 8). */
function nonPunishment(rng: Rng, ctx: CaseContext, out: LegalOut): void {
  const referredAt = ctx.plan.timeline.referredAt;
  if (!referredAt) return;
  const forms = ctx.record.exploitationForms;
  const offences: DemoNonPunishmentAssessment['offence'][] = [];
  if (forms.includes('forced_criminality') && rng.chance(0.75)) {
    offences.push(
      rng.weighted([
        ['drugs', 40],
        ['theft', 40],
        ['other', 20],
      ] as const),
    );
  }
  if (forms.some((f) => SEXUAL_FORMS.includes(f)) && rng.chance(0.06)) offences.push('prostitution_related');
  if (ctx.person.migrationStatus === 'irregular' && rng.chance(0.2)) offences.push('irregular_entry_or_stay');
  if (ctx.person.identityDocuments.length === 0 && rng.chance(0.04)) offences.push('false_documents');
  for (const offence of offences) {
    const at = later(referredAt, 5 + rng.exponential(60));
    if (at.getTime() >= ctx.end.getTime()) continue;
    const linked = rng.chance(0.85);
    const recent = ctx.now.getTime() - at.getTime() < 60 * DAY_MS;
    const outcome =
      recent && rng.chance(0.6)
        ? 'pending'
        : rng.weighted<DemoNonPunishmentAssessment['outcome']>(
            linked
              ? [
                  ['not_prosecuted', 38],
                  ['discontinued', 27],
                  ['acquitted', 12],
                  ['convicted', 8],
                  ['pending', 15],
                ]
              : [
                  ['not_prosecuted', 15],
                  ['discontinued', 15],
                  ['acquitted', 10],
                  ['convicted', 45],
                  ['pending', 15],
                ],
          );
    out.nonPunishmentAssessments.push({
      id: rng.uuid(),
      caseId: ctx.record.id,
      offence,
      linkedToTrafficking: linked,
      outcome,
      assessedOn: dateOf(at),
    });
  }
}

/** `stops`: when this case's services were declined or ended (see `serviceStopsByCase`). */
export function buildLegal(
  rng: Rng,
  ctx: CaseContext,
  staff: Staff,
  host: string,
  stops: readonly number[],
  out: LegalOut,
): void {
  const latest = cooperation(rng, ctx, staff, stops, out);
  residence(rng, ctx, staff, latest === 'cooperating', out);
  legalAid(rng, ctx, out);
  compensation(rng, ctx, host, out);
  nonPunishment(rng, ctx, out);
}
