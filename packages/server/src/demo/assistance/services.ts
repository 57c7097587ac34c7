import {
  type MatchService,
  matchServices,
  NEED_DOMAINS,
  type NeedDomain,
  type ServiceKind,
} from '@opennrm/core';
import type { Directory } from '../directory.js';
import type { Rng } from '../random.js';
import type { Staff } from '../staff.js';
import type { DemoTeamMember } from '../types.js';
import type { DemoService } from '../types-assistance.js';
import type { AssessedVersion } from './assessments.js';
import { type CaseContext, HOUR_MS, later, MINUTE_MS } from './context.js';
import {
  decide,
  type Env,
  matchPerson,
  RESIDENTIAL,
  recordGap,
  type ServicesOut,
  send,
} from './referral-life.js';

export type { ServicesOut } from './referral-life.js';

/** A service used for a need: through a referral, or given by the lead organisation itself. */
export type ServiceUse = {
  readonly domain: NeedDomain;
  readonly serviceId: string;
  /** Index into the referrals list; null when the lead organisation gives the service itself. */
  readonly referralIndex: number | null;
  readonly at: Date;
};

/** Chance that a need of this domain leads the case worker to look for a service, by level. */
const LOOK_FOR_SERVICE: Readonly<Record<NeedDomain, readonly [medium: number, high: number]>> = {
  safety: [0.05, 0.35],
  accommodation: [0.4, 0.85],
  subsistence: [0.1, 0.3],
  physical_health: [0.2, 0.55],
  mental_health: [0.25, 0.6],
  interpretation: [0.2, 0.45],
  information_on_rights: [0.03, 0.1],
  legal_assistance: [0.3, 0.6],
  documents: [0.15, 0.4],
  residence_asylum: [0.15, 0.4],
  education: [0.25, 0.55],
  employment: [0.1, 0.3],
  family: [0.1, 0.3],
  financial: [0.1, 0.3],
  digital_safety: [0.1, 0.35],
};

/** The directory as matching sees it on eligibility alone: places are decided by each provider's pressure. */
export function eligibilityView(directory: Directory, now: Date): MatchService[] {
  return directory.services.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    regions: s.regions,
    languages: s.languages,
    genders: s.genders,
    minAge: s.minAge,
    maxAge: s.maxAge,
    lgbtiSafe: s.lgbtiSafe,
    accessibility: s.accessibility,
    acceptsWithoutStatus: s.acceptsWithoutStatus,
    capacityFree: null,
    capacityTotal: null,
    waitingDays: 0,
    capacityUpdatedAt: now,
    active: s.active,
  }));
}

/** The domain a provider already on the team serves, and the services of its that fit that purpose. */
const TEAM_SERVICE: Readonly<Partial<Record<DemoTeamMember['purpose'], readonly ServiceKind[]>>> = {
  accommodation: ['shelter', 'safe_house'],
  health: ['medical', 'psychological'],
  legal_aid: ['legal_aid'],
};

function domainOfKind(kind: ServiceKind): NeedDomain {
  switch (kind) {
    case 'shelter':
    case 'safe_house':
      return 'accommodation';
    case 'medical':
      return 'physical_health';
    case 'psychological':
      return 'mental_health';
    default:
      return 'legal_assistance';
  }
}

/**
 * The providers issue 3 put on the team at referral (a shelter, a health service, legal
 * aid): each came through a service referral, accepted when it joined.
 */
function referralsOfTeam(env: Env): void {
  const { rng, ctx } = env;
  for (const member of [...ctx.team]) {
    const kinds = TEAM_SERVICE[member.purpose];
    if (!kinds || member.organisationId === ctx.lead.id) continue;
    const own = env.directory.services.filter(
      (s) => s.organisationId === member.organisationId && kinds.includes(s.kind) && s.active,
    );
    if (own.length === 0) continue;
    const joinedAt = new Date(member.addedAt);
    if (joinedAt.getTime() >= ctx.end.getTime()) continue;
    const fitting = matchServices({
      need: domainOfKind(own[0]?.kind ?? 'shelter'),
      person: matchPerson(ctx, joinedAt),
      services: env.view.filter((v) => own.some((s) => s.id === v.id)),
      at: ctx.now,
    }).candidates.filter((c) => c.verdict !== 'does_not_fit');
    const chosen =
      env.serviceById.get(fitting[0]?.serviceId ?? '') ??
      (member.purpose === 'health' ? rng.pick(own) : (own[0] as DemoService));
    const consent = ctx.record.isChild
      ? null
      : (ctx.consents.find(
          (c) => c.purpose === 'share_with_provider' && c.recipientOrgId === member.organisationId,
        ) ?? null);
    // Sent once the person agreed to share with the provider (a child: on the child protection path).
    const givenAt = consent ? Date.parse(consent.givenAt) : null;
    const sentAt = new Date(
      givenAt !== null
        ? givenAt + Math.min(joinedAt.getTime() - givenAt, (1 + rng.next() * 9) * MINUTE_MS) * 0.9
        : Math.max(
            ctx.firstContact.getTime() + MINUTE_MS,
            joinedAt.getTime() - (1 + rng.next() * 11) * HOUR_MS,
          ),
    );
    // An adult without a consent for the provider yet (it referred the person itself) gives one now.
    const referral = send(
      env,
      chosen,
      domainOfKind(chosen.kind),
      sentAt,
      { kind: 'accepted' },
      {
        respondedAt: joinedAt,
        ...(consent || ctx.record.isChild ? { consent } : {}),
      },
    );
    if (referral) {
      env.uses.push({
        domain: referral.needDomain,
        serviceId: chosen.id,
        referralIndex: env.out.serviceReferrals.length - 1,
        at: sentAt,
      });
    }
  }
}

/** The case worker looks for a service for one need: a referral, an in-house service, or a gap. */
function lookFor(env: Env, domain: NeedDomain, at: Date): void {
  const { rng, ctx } = env;
  const person = matchPerson(ctx, at);
  const match = matchServices({ need: domain, person, services: env.view, at: ctx.now });
  // Besides what matching checks: a service for LGBTI persons only is not for others, and an
  // LGBTI person does not go to live where nobody says it is safe for them.
  const candidates = match.candidates
    .filter((c) => c.verdict === 'fits' || c.verdict === 'to_check')
    .map((c) => env.serviceById.get(c.serviceId))
    .filter((s): s is DemoService => s !== undefined && env.directory.referable.has(s.id))
    .filter((s) =>
      person.lgbti ? !RESIDENTIAL.has(s.kind) || s.lgbtiSafe : !env.directory.lgbtiOnly.has(s.id),
    )
    // A planted journey case is left for the case worker to refer in the demo (journeys.ts).
    .filter((s) => s.organisationId !== ctx.plan.planted?.awayFromOrgId);
  if (candidates.length === 0) {
    recordGap(env, domain, at, 'no_fit');
    return;
  }
  const own = candidates.find((s) => s.organisationId === ctx.lead.id);
  const others = candidates.filter((s) => s.organisationId !== ctx.lead.id);
  if (own && (others.length === 0 || rng.chance(0.8))) {
    env.uses.push({ domain, serviceId: own.id, referralIndex: null, at });
    return;
  }
  let sentAt = at;
  for (let attempt = 0; attempt < 2 && others.length > 0; attempt++) {
    const service =
      others.length > 1 && rng.chance(0.25) ? (others[1] as DemoService) : (others[0] as DemoService);
    others.splice(others.indexOf(service), 1);
    const response = decide(rng, env.directory.pressure.get(service.id) ?? 0.1);
    const referral = send(env, service, domain, sentAt, response);
    if (!referral) continue;
    env.uses.push({
      domain,
      serviceId: service.id,
      referralIndex: env.out.serviceReferrals.length - 1,
      at: sentAt,
    });
    if (referral.status !== 'declined' || referral.declineReason !== 'capacity' || !referral.respondedAt)
      return;
    // Declined for lack of places: counted as a gap; the worker tries the next provider, if any.
    const respondedAt = new Date(referral.respondedAt);
    recordGap(env, domain, respondedAt, 'declined_capacity', service.kind, referral.id);
    sentAt = later(respondedAt, 0.2 + rng.next() * 3);
    if (sentAt.getTime() >= ctx.end.getTime()) return;
  }
}

/**
 * The service referrals and capacity gaps of one case: those of the providers on the team
 * from the referral on, then, after each needs assessment, a search for each pressing need
 * not met yet. Returns what served each need, for the support plan's actions.
 */
export function buildServiceReferrals(
  rng: Rng,
  ctx: CaseContext,
  staff: Staff,
  directory: Directory,
  view: readonly MatchService[],
  serviceById: ReadonlyMap<string, DemoService>,
  versions: readonly AssessedVersion[],
  out: ServicesOut,
): ServiceUse[] {
  const env: Env = { rng, ctx, staff, directory, view, serviceById, out, uses: [] };
  referralsOfTeam(env);
  if (!ctx.leadAssists) return env.uses;
  for (const version of versions) {
    for (const domain of NEED_DOMAINS) {
      const level = version.levels[domain];
      if (level !== 'high' && level !== 'medium') continue;
      const served = env.uses.some((u) => {
        if (u.domain !== domain) return false;
        const referral = u.referralIndex === null ? null : out.serviceReferrals[u.referralIndex];
        return !referral || !['declined', 'withdrawn'].includes(referral.status);
      });
      if (served) continue;
      const [medium, high] = LOOK_FOR_SERVICE[domain];
      if (!rng.chance(level === 'high' ? high : medium)) continue;
      const at = later(version.at, rng.next() * (level === 'high' ? 3 : 12));
      if (at.getTime() >= ctx.end.getTime()) continue;
      lookFor(env, domain, at);
    }
  }
  return env.uses;
}

/** Pending referrals in the men's shelter's inbox, whatever the day the demo is seeded. */
export const PENDING_AT_MENS_SHELTER = 3;

/**
 * Plants a few referrals still waiting for an answer in the inbox of the men's shelter
 * (the shelter@ demo account): the most recent open cases of adult men who need a place
 * and are not yet there, sent in the last days.
 */
export function plantPendingReferrals(
  rng: Rng,
  contexts: readonly CaseContext[],
  staff: Staff,
  directory: Directory,
  view: readonly MatchService[],
  serviceById: ReadonlyMap<string, DemoService>,
  out: ServicesOut,
): void {
  const shelter = directory.services.find((s) => s.key === 'shelter-men/mens-shelter');
  if (!shelter) return;
  const candidates = contexts
    .filter(
      (ctx) =>
        ctx.closedAt === null &&
        ctx.leadAssists &&
        ctx.plan.timeline.referredAt !== null &&
        !ctx.record.isChild &&
        ctx.person.gender === 'male' &&
        !ctx.plan.planted &&
        ctx.lead.id !== shelter.organisationId &&
        !ctx.team.some((t) => t.organisationId === shelter.organisationId),
    )
    .sort((a, b) => b.firstContact.getTime() - a.firstContact.getTime());
  let planted = 0;
  for (const ctx of candidates) {
    if (planted >= PENDING_AT_MENS_SHELTER) break;
    const env: Env = { rng, ctx, staff, directory, view, serviceById, out, uses: [] };
    const since = Math.max(ctx.plan.timeline.referredAt?.getTime() ?? 0, ctx.now.getTime() - 4 * 86_400_000);
    const sentAt = new Date(since + rng.next() * (ctx.now.getTime() - 3 * HOUR_MS - since));
    if (sentAt.getTime() <= since) continue;
    const referral = send(
      env,
      shelter,
      'accommodation',
      sentAt,
      { kind: 'accepted' },
      {
        respondedAt: new Date(ctx.now.getTime() + 86_400_000),
      },
    );
    if (referral?.status === 'sent') planted++;
  }
}
