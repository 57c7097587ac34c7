import {
  isPersonLanguage,
  TRAFFICKING_ACTS,
  TRAFFICKING_MEANS,
  type TraffickingAct,
  type TraffickingMeans,
  URGENT_NEEDS,
  type UrgentNeed,
} from '@opennrm/core';
import { reasonableGroundsDueAt } from './clock.js';
import { themeOf } from './narratives/compose.js';
import type { NarrativeTheme } from './narratives/types.js';
import { TRANSIT_COUNTRIES } from './nationalities.js';
import type { CasePlan } from './plan.js';
import { DEMO_PROFILE } from './profile.js';
import type { Rng } from './random.js';
import { writeText } from './texts/compose.js';
import type { DemoCase, DemoPerson, DemoReferral } from './types.js';

const DAY_MS = 86_400_000;

/** The means a referrer typically records for each kind of exploitation. */
const MEANS_BY_THEME: Readonly<Record<NarrativeTheme, readonly TraffickingMeans[]>> = {
  sexual: ['deception', 'coercion', 'threat', 'abuse_of_vulnerability', 'force'],
  labour: ['deception', 'fraud', 'abuse_of_vulnerability', 'coercion', 'threat'],
  criminality: ['threat', 'coercion', 'abuse_of_vulnerability', 'force'],
  begging: ['abuse_of_vulnerability', 'abuse_of_power', 'coercion'],
  domestic: ['abuse_of_power', 'deception', 'coercion', 'abuse_of_vulnerability'],
  marriage: ['payments_to_person_in_control', 'coercion', 'abuse_of_power', 'deception'],
  general: ['abuse_of_vulnerability', 'threat', 'deception'],
};

function inOrder<T extends string>(order: readonly T[], values: ReadonlySet<T>): T[] {
  return order.filter((value) => values.has(value));
}

function pickActs(rng: Rng, themes: ReadonlySet<NarrativeTheme>, crossedBorder: boolean): TraffickingAct[] {
  const acts = new Set<TraffickingAct>();
  if (rng.chance(0.85)) acts.add('recruitment');
  if (rng.chance(crossedBorder ? 0.9 : 0.3)) acts.add('transport');
  if (rng.chance(0.15)) acts.add('transfer');
  const housed = themes.has('sexual') || themes.has('domestic') || themes.has('marriage');
  if (rng.chance(housed ? 0.65 : 0.3)) acts.add('harbouring');
  if (rng.chance(0.2)) acts.add('receipt');
  if (acts.size === 0) acts.add('recruitment');
  return inOrder(TRAFFICKING_ACTS, acts);
}

/** One to three means for an adult; for a child often none, as the law does not require them. */
function pickMeans(rng: Rng, themes: ReadonlySet<NarrativeTheme>, isChild: boolean): TraffickingMeans[] {
  if (isChild && rng.chance(0.5)) return [];
  const pool = [...new Set([...themes].flatMap((theme) => MEANS_BY_THEME[theme]))];
  const means = new Set<TraffickingMeans>();
  const count = rng.weighted<number>([
    [1, 45],
    [2, 40],
    [3, 15],
  ]);
  while (means.size < Math.min(count, pool.length)) means.add(rng.pick(pool));
  return inOrder(TRAFFICKING_MEANS, means);
}

/** As precise as a referrer knows it: a month mostly, sometimes only the year or nothing. */
function eventDate(rng: Rng, at: Date): string | null {
  const iso = at.toISOString();
  return rng.weighted<string | null>([
    [iso.slice(0, 7), 60],
    [iso.slice(0, 4), 22],
    [iso.slice(0, 10), 6],
    [null, 12],
  ]);
}

export function pickUrgentNeeds(rng: Rng, plan: Pick<CasePlan, 'isChild' | 'gender'>): UrgentNeed[] {
  const needs = new Set<UrgentNeed>();
  const chances: Readonly<Record<UrgentNeed, number>> = {
    safety: 0.25,
    medical: 0.2,
    accommodation: plan.isChild ? 0.3 : 0.45,
    food_and_basics: 0.3,
    psychological: 0.35,
    legal: 0.15,
    childcare: plan.gender === 'female' && !plan.isChild ? 0.08 : 0,
    other: 0.03,
  };
  for (const need of URGENT_NEEDS) if (rng.chance(chances[need])) needs.add(need);
  return inOrder(URGENT_NEEDS, needs);
}

/**
 * The referral of a case as the referrer filled it in: the elements of trafficking, the
 * forms and where they happened with the events on the way, urgent needs, an interpreter
 * when the person's language is neither the host language nor English, and how to reach
 * the person safely. Dates follow the case; the deadline comes from the profile calendar.
 */
export function buildReferral(
  rng: Rng,
  input: {
    readonly plan: CasePlan;
    readonly record: DemoCase;
    readonly person: DemoPerson;
    readonly host: { readonly country: string; readonly language: string };
    readonly referringUserId: string;
    readonly competentOrgId: string;
    readonly contactOrgName: string;
    readonly screeningId: string | null;
  },
): DemoReferral {
  const { plan, record, person, host } = input;
  const referredAt = plan.timeline.referredAt;
  if (!referredAt) throw new Error('a referral needs a referral date');
  const themes = new Set(record.exploitationForms.map(themeOf));
  const crossedBorder = record.exploitationPlace !== 'in_country' || person.nationality !== host.country;

  // Exploitation began some months before first contact; recruitment a few weeks before that.
  const exploitationFrom = new Date(plan.firstContact.getTime() - (20 + rng.exponential(200)) * DAY_MS);
  const recruitedAt = new Date(exploitationFrom.getTime() - (5 + rng.exponential(30)) * DAY_MS);
  const events: DemoReferral['events'][number][] = [];
  const recruitedIn =
    record.exploitationPlace === 'in_country' && person.nationality === host.country
      ? host.country
      : person.nationality;
  events.push({ kind: 'recruitment', country: recruitedIn, date: eventDate(rng, recruitedAt) });
  if (crossedBorder && person.nationality !== host.country && rng.chance(0.4)) {
    const via = TRANSIT_COUNTRIES.filter((c) => c !== host.country && c !== person.nationality);
    if (via.length > 0) events.push({ kind: 'transit', country: rng.pick(via), date: null });
  }
  for (const country of record.exploitationCountries) {
    events.push({ kind: 'exploitation', country, date: eventDate(rng, exploitationFrom) });
  }

  const language = person.preferredLanguage;
  const interpreterNeeded =
    language !== host.language && language !== 'en' && isPersonLanguage(language) && rng.chance(0.9);
  return {
    id: rng.uuid(),
    caseId: record.id,
    screeningId: input.screeningId,
    referringOrgId: record.referringOrgId,
    referringUserId: input.referringUserId,
    competentOrgId: input.competentOrgId,
    profileId: DEMO_PROFILE.id,
    profileVersion: DEMO_PROFILE.version,
    childStatus: record.childStatus,
    elements: {
      acts: pickActs(rng, themes, crossedBorder),
      means: pickMeans(rng, themes, record.isChild),
      purposes: record.exploitationForms,
    },
    exploitationForms: record.exploitationForms,
    exploitationLocation: record.exploitationPlace,
    events,
    urgentNeeds: pickUrgentNeeds(rng, plan),
    interpreterNeeded,
    interpreterLanguage: interpreterNeeded ? language : null,
    safeContact: rng.chance(0.7)
      ? writeText(rng, record.narrativeLanguage, 'safeContact', { org: input.contactOrgName })
      : null,
    referredAt: referredAt.toISOString(),
    reasonableGroundsDueAt: reasonableGroundsDueAt(referredAt).toISOString(),
  };
}
