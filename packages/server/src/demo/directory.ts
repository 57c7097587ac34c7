import { isAssistanceProviderKind, type OrganisationKind } from '@opennrm/core';
import { HOST, SERVICE_SPECS, type ServiceSpec } from './directory-specs.js';
import { organisationByKey } from './organisations.js';
import type { Rng } from './random.js';
import type { Staff } from './staff.js';
import type { DemoOrganisation } from './types.js';
import type { DemoCapacityUpdate, DemoService } from './types-assistance.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** How far back the capacity log of a service goes. */
const LOG_DAYS = 180;

export type Directory = {
  readonly services: DemoService[];
  readonly capacityLog: DemoCapacityUpdate[];
  /** How scarce each service is: the share of referrals it declines for lack of capacity. */
  readonly pressure: ReadonlyMap<string, number>;
  /** Services meant for LGBTI persons only. */
  readonly lgbtiOnly: ReadonlySet<string>;
  /**
   * Services of organisations that give assistance, to which the case team refers with the
   * person's consent to share; the others (an embassy) are listed for information only.
   */
  readonly referable: ReadonlySet<string>;
};

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/**
 * When the provider last reported its capacity, and the reports before: a fresh provider
 * reports every few days (the men's shelter within the last hours, so a journey run right
 * after seeding sees current beds), a stale one stopped weeks ago, some never did.
 */
function reportTimes(rng: Rng, spec: ServiceSpec, now: Date): Date[] {
  if (spec.updates === 'never') return [];
  const last =
    spec.updates === 'fresh'
      ? now.getTime() - (spec.org === 'shelter-men' ? 1 + rng.next() * 5 : 2 + rng.next() * 60) * HOUR_MS
      : now.getTime() - (20 + rng.next() * 55) * DAY_MS;
  const gap = spec.updates === 'fresh' ? [2, 9] : [5, 20];
  const times = [last];
  let at = last;
  for (;;) {
    at -= ((gap[0] ?? 2) + rng.next() * ((gap[1] ?? 9) - (gap[0] ?? 2))) * DAY_MS;
    if (at < now.getTime() - LOG_DAYS * DAY_MS) break;
    times.push(at);
  }
  return times.reverse().map((t) => new Date(Math.round(t)));
}

/**
 * The services directory: one service per spec, of the organisation named, in the host
 * language and the languages its staff speak, with a capacity log ending at the capacity
 * reported now. Pure and deterministic; organisations and staff come from the data set.
 */
export function generateDirectory(
  rng: Rng,
  organisations: readonly DemoOrganisation[],
  staff: Staff,
  hostLanguage: string,
  now: Date,
): Directory {
  const services: DemoService[] = [];
  const capacityLog: DemoCapacityUpdate[] = [];
  const pressure = new Map<string, number>();
  const lgbtiOnly = new Set<string>();
  const referable = new Set<string>();
  for (const [index, spec] of SERVICE_SPECS.entries()) {
    const organisation = organisationByKey(organisations, spec.org);
    const id = rng.uuid();
    const createdAt = new Date(now.getTime() - (4 * 365 + rng.int(0, 300)) * DAY_MS);
    const languages = [...new Set(spec.languages.map((l) => (l === HOST ? hostLanguage : l)))];
    const reports = reportTimes(rng, spec, now);
    const total = spec.capacity?.total ?? null;
    const free = spec.capacity?.free ?? null;
    const waiting = spec.waitingDays ?? null;
    let walkFree = free === null || total === null ? null : rng.int(0, total);
    for (const [i, at] of reports.entries()) {
      const isLast = i === reports.length - 1;
      if (walkFree !== null && total !== null) {
        walkFree = isLast ? free : clamp(walkFree + rng.int(-2, 2), 0, total);
      }
      const walkWaiting =
        waiting === null
          ? null
          : isLast
            ? waiting
            : Math.max(0, Math.round(waiting * (0.5 + rng.next()) + (walkFree === 0 ? 5 : 0)));
      capacityLog.push({
        id: rng.uuid(),
        serviceId: id,
        capacityTotal: total,
        capacityFree: walkFree,
        waitingDays: walkWaiting,
        updatedByUserId: staff.pick(organisation.id, ['case_worker', 'organisation_admin'], 0.7).id,
        updatedAt: at.toISOString(),
      });
    }
    const lastReport = reports[reports.length - 1] ?? null;
    services.push({
      id,
      key: `${spec.org}/${spec.slug}`,
      organisationId: organisation.id,
      kind: spec.kind,
      name: spec.name,
      description: spec.description,
      regions: spec.regions,
      languages,
      genders: spec.genders ?? [],
      minAge: spec.minAge ?? null,
      maxAge: spec.maxAge ?? null,
      lgbtiSafe: spec.lgbtiSafe ?? false,
      accessibility: spec.accessibility ?? [],
      acceptsWithoutStatus: spec.acceptsWithoutStatus ?? true,
      openingHours: spec.hours,
      // +000 is not an assigned country calling code; example.org is reserved (RFC 2606).
      contactPhone: `+000 1 556 ${String(100 + index).padStart(4, '0')}`,
      contactEmail: `${spec.slug}@${spec.org}.example.org`,
      capacityTotal: total,
      capacityFree: free,
      waitingDays: waiting,
      capacityUpdatedAt: lastReport?.toISOString() ?? null,
      active: spec.active ?? true,
      createdAt: createdAt.toISOString(),
      updatedAt: (lastReport ?? createdAt).toISOString(),
    });
    pressure.set(id, spec.pressure);
    if (spec.lgbtiOnly) lgbtiOnly.add(id);
    if (isAssistanceProviderKind(organisation.kind as OrganisationKind)) referable.add(id);
  }
  return { services, capacityLog, pressure, lgbtiOnly, referable };
}
