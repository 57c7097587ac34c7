import {
  capacityGapFor,
  type MatchPerson,
  type MatchService,
  matchPersonFrom,
  type NeedDomain,
  type ServiceKind,
  teamPurposeForServiceKind,
} from '@opennrm/core';
import type { Directory } from '../directory.js';
import type { Rng } from '../random.js';
import type { Staff } from '../staff.js';
import { pickWorking } from '../texts/assistance-compose.js';
import type { DemoConsent, DemoTeamMember } from '../types.js';
import type { DemoCapacityGap, DemoService, DemoServiceReferral } from '../types-assistance.js';
import { consentToShare } from './consent.js';
import { type CaseContext, caseStaff, later } from './context.js';
import type { ServiceUse } from './services.js';

/**
 * The life of one service referral, from sending to the end of the service, as the
 * directory routes would record it; and the capacity gaps a search records.
 */

export type ServicesOut = {
  readonly serviceReferrals: DemoServiceReferral[];
  readonly capacityGaps: DemoCapacityGap[];
  readonly consents: DemoConsent[];
};

/** How long a service usually lasts, in days: [shortest, mean of the rest]. */
const DURATION: Readonly<Record<ServiceKind, readonly [number, number]>> = {
  shelter: [21, 110],
  safe_house: [14, 60],
  medical: [7, 40],
  psychological: [45, 150],
  legal_aid: [60, 300],
  interpretation: [14, 90],
  education: [90, 200],
  employment: [45, 120],
  financial_aid: [30, 90],
  material_aid: [1, 30],
  family_tracing: [30, 150],
  counselling: [14, 90],
  documents_support: [14, 60],
  digital_safety: [1, 14],
};

export const RESIDENTIAL: ReadonlySet<ServiceKind> = new Set(['shelter', 'safe_house']);

export type Env = {
  readonly rng: Rng;
  readonly ctx: CaseContext;
  readonly staff: Staff;
  readonly directory: Directory;
  readonly view: readonly MatchService[];
  readonly serviceById: ReadonlyMap<string, DemoService>;
  readonly out: ServicesOut;
  readonly uses: ServiceUse[];
};

export function matchPerson(ctx: CaseContext, at: Date): MatchPerson {
  const { person, record } = ctx;
  return matchPersonFrom(
    {
      gender: person.gender,
      birthYear: person.birthYear,
      isChild: record.isChild,
      languages: person.languages,
      preferredLanguage: person.preferredLanguage,
      disabilities: person.disabilities,
      vulnerabilities: person.vulnerabilities,
      migrationStatus: person.migrationStatus,
      region: record.region,
    },
    at,
  );
}

export function recordGap(
  env: Env,
  domain: NeedDomain,
  at: Date,
  reason: DemoCapacityGap['reason'],
  kind?: ServiceKind,
  referralId?: string,
): void {
  const gap = capacityGapFor({ need: domain, person: matchPerson(env.ctx, at), reason, kind });
  env.out.capacityGaps.push({
    id: env.rng.uuid(),
    caseId: env.ctx.record.id,
    ...gap,
    serviceReferralId: referralId ?? null,
    recordedByOrgId: env.ctx.lead.id,
    recordedAt: at.toISOString(),
  });
}

export type Response =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'declined'; readonly reason: 'capacity' | 'eligibility' | 'other' }
  | { readonly kind: 'withdrawn' };

/**
 * One referral, lived through to `now`: the provider answers (hours for a bed, days for
 * the rest), starts and ends the service; what would happen after the case closed or the
 * person withdrew consent does not happen. Accepted: the provider joins the case team.
 */
export function send(
  env: Env,
  service: DemoService,
  domain: NeedDomain,
  sentAt: Date,
  response: Response,
  options: { readonly respondedAt?: Date; readonly consent?: DemoConsent | null } = {},
): DemoServiceReferral | null {
  const { rng, ctx, staff } = env;
  const sender = caseStaff(ctx, staff);
  const consent =
    options.consent !== undefined
      ? options.consent
      : consentToShare(rng, ctx, service.organisationId, sentAt, sender.id, env.out.consents);
  if (consent === 'unusable') return null;
  const revokedAt = consent?.revokedAt ? new Date(consent.revokedAt) : null;
  const stopAt = revokedAt && revokedAt.getTime() < ctx.end.getTime() ? revokedAt : ctx.end;
  const stoppedEarly = stopAt.getTime() < ctx.now.getTime();
  const residential = RESIDENTIAL.has(service.kind);
  const respondedAt =
    options.respondedAt ?? later(sentAt, residential ? 0.05 + rng.next() * 1 : 0.3 + rng.exponential(2.5));
  const provider = staff.pick(service.organisationId, ['case_worker', 'legal_adviser', 'organisation_admin']);
  const base = {
    id: rng.uuid(),
    caseId: ctx.record.id,
    serviceId: service.id,
    providerOrgId: service.organisationId,
    needDomain: domain,
    planActionId: null,
    consentId: consent?.id ?? null,
    message: rng.chance(0.7) ? pickWorking(rng, 'referralMessage') : null,
    sentByUserId: sender.id,
    sentByOrgId: ctx.lead.id,
    sentAt: sentAt.toISOString(),
  };
  const none = {
    declineReason: null,
    responseNote: null,
    respondedByUserId: null,
    respondedAt: null,
    startedAt: null,
    endedAt: null,
    outcome: null,
  } as const;
  const push = (referral: DemoServiceReferral): DemoServiceReferral => {
    env.out.serviceReferrals.push(referral);
    return referral;
  };
  if (response.kind === 'withdrawn' || respondedAt.getTime() >= stopAt.getTime()) {
    // Not answered yet; or answered too late for a case that closed, so the team withdrew it.
    return push({
      ...base,
      status: response.kind === 'withdrawn' || stoppedEarly ? 'withdrawn' : 'sent',
      ...none,
    });
  }
  const answered = {
    respondedByUserId: provider.id,
    respondedAt: respondedAt.toISOString(),
  };
  if (response.kind === 'declined') {
    const key =
      response.reason === 'capacity'
        ? 'declinedCapacity'
        : response.reason === 'eligibility'
          ? 'declinedEligibility'
          : 'declinedOther';
    return push({
      ...base,
      ...none,
      ...answered,
      status: 'declined',
      declineReason: response.reason,
      responseNote: rng.chance(0.8) ? pickWorking(rng, key) : null,
    });
  }
  joinTeam(ctx, service, respondedAt, revokedAt);
  const accepted = {
    ...none,
    ...answered,
    responseNote: rng.chance(0.4) ? pickWorking(rng, 'accepted') : null,
  };
  const startedAt = later(respondedAt, residential ? rng.next() * 0.5 : 0.5 + rng.exponential(5));
  if (startedAt.getTime() >= stopAt.getTime()) {
    if (!stoppedEarly) return push({ ...base, ...accepted, status: 'accepted' });
    // The person left (or the case closed) before the service began.
    return push({
      ...base,
      ...accepted,
      status: 'ended',
      endedAt: stopAt.toISOString(),
      outcome: 'person_left',
    });
  }
  const [shortest, mean] = DURATION[service.kind];
  const naturalEnd = later(startedAt, shortest + rng.exponential(mean));
  const started = { ...accepted, startedAt: startedAt.toISOString() };
  if (naturalEnd.getTime() < stopAt.getTime()) {
    const outcome = rng.weighted<NonNullable<DemoServiceReferral['outcome']>>([
      ['completed', 70],
      ['person_left', 10],
      ['no_longer_needed', 10],
      ['transferred', residential ? 8 : 3],
      ['other', 2],
    ]);
    return push({ ...base, ...started, status: 'ended', endedAt: naturalEnd.toISOString(), outcome });
  }
  if (!stoppedEarly) return push({ ...base, ...started, status: 'started' });
  const outcome = stopAt === revokedAt ? 'person_left' : rng.chance(0.5) ? 'completed' : 'no_longer_needed';
  return push({ ...base, ...started, status: 'ended', endedAt: stopAt.toISOString(), outcome });
}

/** An accepted provider joins the team for the purpose its service serves, unless it is on it for that. */
function joinTeam(ctx: CaseContext, service: DemoService, at: Date, revokedAt: Date | null): void {
  const purpose = teamPurposeForServiceKind(service.kind);
  if (service.organisationId === ctx.lead.id) return;
  if (ctx.team.some((t) => t.organisationId === service.organisationId && t.purpose === purpose)) return;
  const member: DemoTeamMember = {
    caseId: ctx.record.id,
    organisationId: service.organisationId,
    purpose,
    addedAt: at.toISOString(),
    removedAt: revokedAt?.toISOString() ?? null,
  };
  ctx.team.push(member);
}

export function decide(rng: Rng, pressure: number): Response {
  const u = rng.next();
  if (u < pressure) return { kind: 'declined', reason: 'capacity' };
  if (u < pressure + 0.04) return { kind: 'declined', reason: 'eligibility' };
  if (u < pressure + 0.06) return { kind: 'declined', reason: 'other' };
  if (u < pressure + 0.08) return { kind: 'withdrawn' };
  return { kind: 'accepted' };
}
