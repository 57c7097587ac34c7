/**
 * Capacity is only as good as its last update: a count of free beds from last month
 * says little about tonight. After this many days a reported capacity is shown as stale
 * and matching asks the worker to check it with the provider.
 */
export const STALE_CAPACITY_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export type CapacityFreshness =
  | { readonly state: 'never' }
  | { readonly state: 'fresh' | 'stale'; readonly daysAgo: number };

/** How old a service's capacity report is at `at` (whole days, never negative). */
export function capacityFreshness(
  updatedAt: Date | null,
  at: Date,
  staleAfterDays: number = STALE_CAPACITY_DAYS,
): CapacityFreshness {
  if (updatedAt === null) return { state: 'never' };
  const daysAgo = Math.max(0, Math.floor((at.getTime() - updatedAt.getTime()) / DAY_MS));
  return { state: daysAgo > staleAfterDays ? 'stale' : 'fresh', daysAgo };
}

/** Whether a service has a free place now by its own report (null: it did not say). */
export function hasFreeCapacity(capacityFree: number | null, waitingDays: number | null): boolean | null {
  if (capacityFree !== null) return capacityFree > 0;
  if (waitingDays !== null) return waitingDays === 0;
  return null;
}
