import type { CasePlan } from './plan.js';
import type { Rng } from './random.js';
import type { DemoPerson, DemoPossibleDuplicate } from './types.js';

const DAY_MS = 86_400_000;

/** How many persons are referred twice by different organisations (3–5 asked for). */
export const DUPLICATE_PAIRS = 4;

/**
 * The same person referred twice by different organisations, each referral recording a
 * person of its own: the later person gets the earlier one's name, other names and date
 * of birth, so that the blind indexes match exactly as they would for a real second
 * referral. The later case waits for its reasonable-grounds decision, so the decision
 * maker sees the flag in the inbox. Replaces persons in `persons` in place.
 */
export function plantDuplicates(
  rng: Rng,
  plans: readonly CasePlan[],
  persons: DemoPerson[],
): DemoPossibleDuplicate[] {
  const casesOf = new Map<string, number>();
  for (const plan of plans) casesOf.set(plan.personId, (casesOf.get(plan.personId) ?? 0) + 1);
  const index = new Map(persons.map((p, i) => [p.id, i] as const));
  const person = (plan: CasePlan): DemoPerson | undefined => persons[index.get(plan.personId) ?? -1];
  const single = (plan: CasePlan): boolean => casesOf.get(plan.personId) === 1 && !plan.isChild;

  const later = plans.filter((p) => single(p) && p.timeline.stage === 'awaiting_reasonable_grounds');
  const earlier = plans.filter(
    (p) => single(p) && p.timeline.referredAt !== null && person(p)?.dateOfBirth !== null,
  );
  const used = new Set<string>();
  const pairs: DemoPossibleDuplicate[] = [];
  for (const newer of later) {
    if (pairs.length >= DUPLICATE_PAIRS) break;
    const referredAt = newer.timeline.referredAt;
    if (!referredAt || used.has(newer.id)) continue;
    const match = earlier.filter(
      (older) =>
        !used.has(older.id) &&
        older.id !== newer.id &&
        older.gender === newer.gender &&
        older.nationality === newer.nationality &&
        older.referringOrgId !== newer.referringOrgId &&
        (older.timeline.referredAt?.getTime() ?? Number.POSITIVE_INFINITY) <
          referredAt.getTime() - 20 * DAY_MS,
    );
    if (match.length === 0) continue;
    const older = rng.pick(match);
    const source = person(older);
    const target = index.get(newer.personId);
    if (!source || target === undefined) continue;
    const copy = persons[target];
    if (!copy) continue;
    persons[target] = {
      ...copy,
      givenName: source.givenName,
      familyName: source.familyName,
      aliases: source.aliases,
      dateOfBirth: source.dateOfBirth,
      birthYear: source.birthYear,
      ageUncertain: source.ageUncertain,
    };
    used.add(newer.id);
    used.add(older.id);
    pairs.push({
      id: rng.uuid(),
      caseId: newer.id,
      matchingCaseId: older.id,
      basis: 'name_and_birth_date',
      flaggedAt: referredAt.toISOString(),
    });
  }
  return pairs;
}
