import type { CasePlan } from './plan.js';
import type { Rng } from './random.js';
import type { DemoOrganisation } from './types.js';
import type { CaseStage } from './vocabulary.js';

/** Open cases of adult men in sexual exploitation led by the case worker's NGO (issue 4 journey). */
export const PLANTED_SHELTER_SEARCHES = 4;
export const SHELTER_SEARCH_LEAD = 'ngo-open-doors';
export const SHELTER_SEARCH_SHELTER = 'shelter-men';
/** Stages in which assistance is under way: referred, and not yet closed or in a durable solution. */
const ASSISTED_STAGES: ReadonlySet<CaseStage> = new Set([
  'recovery_period',
  'awaiting_conclusive_grounds',
  'identified',
]);

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The browser journey of issue 4 ("a case worker assesses needs with a male survivor of
 * sexual exploitation … finds a fitting shelter") needs, for the caseworker@ account, a few
 * open cases of adult men referred for sexual exploitation that its NGO leads, with no
 * consent to share with the men's shelter and no referral to it yet. Men in sexual
 * exploitation stay rare on purpose (the known bias), so a few current cases of adult men
 * whose assistance is under way are planted (Romanian speakers first): their exploitation
 * becomes sexual (prostitution), the NGO leads them, the caseworker@ account carries them
 * (assistance/caseload.ts), and buildCase and the assistance stream keep the men's
 * shelter off them (no accommodation there, no referral, so no consent). Returns them.
 */
export function plantShelterSearches(
  rng: Rng,
  plans: readonly CasePlan[],
  organisations: readonly DemoOrganisation[],
): CasePlan[] {
  const lead = organisations.find((o) => o.key === SHELTER_SEARCH_LEAD);
  const shelter = organisations.find((o) => o.key === SHELTER_SEARCH_SHELTER);
  if (!lead || !shelter) return [];
  const candidates = plans.filter(
    (p) =>
      !p.superseded &&
      !p.isChild &&
      !p.overturned &&
      p.gender === 'male' &&
      p.timeline.referredAt !== null &&
      p.timeline.recovery?.withheldAt == null &&
      p.referringOrgId !== shelter.id &&
      ASSISTED_STAGES.has(p.timeline.stage),
  );
  // Romanian speakers first: the journey's survivor speaks Romanian (a stable sort keeps the shuffle).
  const planted = shuffled(rng, candidates)
    .sort((a, b) => Number(b.preferredLanguage === 'ro') - Number(a.preferredLanguage === 'ro'))
    .slice(0, PLANTED_SHELTER_SEARCHES);
  for (const plan of planted) {
    // Sexual exploitation alone, so that the journey's story is plain.
    plan.forms = ['sexual_prostitution'];
    plan.planted = { leadOrgId: lead.id, awayFromOrgId: shelter.id };
  }
  return planted;
}
