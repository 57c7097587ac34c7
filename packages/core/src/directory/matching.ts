import type { NeedDomain } from '../assistance/vocabulary.js';
import type { DisabilityType } from '../cases/special-needs.js';
import type { Gender } from '../persons/gender.js';
import { NATIONAL_REGION } from '../referrals/team.js';
import { capacityFreshness, STALE_CAPACITY_DAYS } from './capacity.js';
import { SERVICE_KINDS_FOR_NEED, type ServiceKind } from './vocabulary.js';

/**
 * Matching a person to services for one need (issue 4, "Matching"). Pure: the server
 * builds the person's profile from the case and passes the directory; the web shows
 * each candidate with the reasons it fits or does not. Nothing here refuses help: a
 * candidate that does not fit is still listed with why, and when nothing fits the gap
 * is recorded for stock-taking. Residence status is asked only to find a service that
 * takes the person (EU art. 11: assistance is not conditional on it).
 */

/** What matching knows about the person: plain demographics and special needs, nothing identifying. */
export type MatchPerson = {
  readonly gender: Gender;
  /** The lowest age the person can have (a birth year only gives the lower bound); null if unknown. */
  readonly age: number | null;
  /** A child or presumed child (CoE art. 10(3)): treated as a child whatever the stated age. */
  readonly isChild: boolean;
  /** Languages the person speaks, the preferred one first. */
  readonly languages: readonly string[];
  readonly disabilities: readonly DisabilityType[];
  /** Where the person is (or wants help); null if not known. */
  readonly region: string | null;
  readonly withoutResidenceStatus: boolean;
  readonly lgbti: boolean;
};

/** A service as matching sees it (a row of the directory). */
export type MatchService = {
  readonly id: string;
  readonly name: string;
  readonly kind: ServiceKind;
  readonly regions: readonly string[];
  readonly languages: readonly string[];
  /** Empty: every gender. */
  readonly genders: readonly string[];
  readonly minAge: number | null;
  readonly maxAge: number | null;
  readonly lgbtiSafe: boolean;
  readonly accessibility: readonly string[];
  readonly acceptsWithoutStatus: boolean;
  readonly capacityFree: number | null;
  readonly capacityTotal: number | null;
  readonly waitingDays: number | null;
  readonly capacityUpdatedAt: Date | null;
  readonly active: boolean;
};

/** What a criterion is about; a failure in any but `capacity` means "does not fit". */
export const MATCH_CRITERIA = [
  'gender',
  'age',
  'language',
  'accessibility',
  'region',
  'residence_status',
  'lgbti',
  'capacity',
] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

export const MATCH_OUTCOMES = ['meets', 'fails', 'uncertain'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

/**
 * Reason codes, each translated by the web app (`directory.match.reason.<code>`) with the
 * parameters named beside it.
 */
export const MATCH_REASON_CODES = [
  'all_genders', // {}
  'gender_accepted', // { gender }
  'gender_not_accepted', // { gender }
  'gender_to_confirm', // {}
  'all_ages', // {}
  'age_in_range', // { age }
  'age_below_minimum', // { age, minAge }
  'age_above_maximum', // { age, maxAge }
  'adults_only', // { minAge }: the person is (presumed) a child
  'children_only', // { maxAge }: the person is not a child
  'age_to_confirm', // {}
  'language_spoken', // { language }
  'interpretation_available', // { language, interpreter }
  'language_not_spoken', // { language }
  'languages_not_stated', // {}
  'language_unknown', // {}
  'accessible', // { disability }
  'not_accessible', // { disability }
  'region_served', // { region }
  'serves_nationwide', // {}
  'region_not_served', // { region }
  'region_unknown', // {}
  'accepts_without_status', // {}
  'requires_residence_status', // {}
  'lgbti_safe', // {}
  'lgbti_safety_unknown', // {}
  'capacity_free', // { free }
  'no_waiting', // {}
  'capacity_full', // {}
  'capacity_full_waiting', // { days }
  'waiting_time', // { days }
  'capacity_unknown', // {}
  'capacity_stale', // { days }
  'capacity_date_unknown', // {}: a count with no date of report
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export type MatchReason = {
  readonly criterion: MatchCriterion;
  readonly code: MatchReasonCode;
  readonly outcome: MatchOutcome;
  /** Values for the translated sentence (codes such as a language or disability type, numbers, a service name). */
  readonly params: Readonly<Record<string, string | number>>;
};

/**
 * - `fits`: every criterion met and a place now;
 * - `to_check`: nothing against it, but something to confirm with the provider (unknown or stale capacity, the person's gender or age unknown, LGBTI safety not stated);
 * - `no_capacity_now`: eligible, but full or with a waiting time;
 * - `does_not_fit`: an eligibility, language, accessibility, region or status criterion fails.
 */
export const MATCH_VERDICTS = ['fits', 'to_check', 'no_capacity_now', 'does_not_fit'] as const;
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];

export type MatchCandidate = {
  readonly serviceId: string;
  readonly verdict: MatchVerdict;
  readonly reasons: readonly MatchReason[];
};

export type MatchResult = {
  readonly need: NeedDomain;
  /** The kinds of service that answer the need, the usual one first. */
  readonly kinds: readonly ServiceKind[];
  /** Best first: by verdict, then how well each fits. */
  readonly candidates: readonly MatchCandidate[];
  /** No candidate fits or is worth checking: a capacity gap to record. */
  readonly nothingFits: boolean;
};

type Reasons = MatchReason[];

function add(
  out: Reasons,
  criterion: MatchCriterion,
  code: MatchReasonCode,
  outcome: MatchOutcome,
  params: Record<string, string | number> = {},
): void {
  out.push(reason(criterion, code, outcome, params));
}

/** Whether a service's regions cover a region: 'nationwide' when it names none or 'national'. */
export function regionCoverage(
  regions: readonly string[],
  region: string | null,
): 'served' | 'nationwide' | 'not_served' | 'unknown' {
  if (regions.length === 0 || regions.includes(NATIONAL_REGION)) return 'nationwide';
  if (region === null) return 'unknown';
  return regions.includes(region) ? 'served' : 'not_served';
}

function reason(
  criterion: MatchCriterion,
  code: MatchReasonCode,
  outcome: MatchOutcome,
  params: Record<string, string | number> = {},
): MatchReason {
  return { criterion, code, outcome, params };
}

function checkGender(person: MatchPerson, service: MatchService): MatchReason {
  if (service.genders.length === 0) return reason('gender', 'all_genders', 'meets');
  if (service.genders.includes(person.gender))
    return reason('gender', 'gender_accepted', 'meets', { gender: person.gender });
  // "I don't want to answer" is never held against the person: the provider is asked.
  if (person.gender === 'unknown') return reason('gender', 'gender_to_confirm', 'uncertain');
  return reason('gender', 'gender_not_accepted', 'fails', { gender: person.gender });
}

function checkAge(person: MatchPerson, service: MatchService): MatchReason {
  const { minAge, maxAge } = service;
  if (minAge === null && maxAge === null) return reason('age', 'all_ages', 'meets');
  // Presumption of childhood (CoE art. 10(3), EU art. 13(2)): a presumed child is matched as a child.
  const age = person.isChild && person.age !== null ? Math.min(person.age, 17) : person.age;
  if (age === null) {
    if (person.isChild && minAge !== null && minAge >= 18)
      return reason('age', 'adults_only', 'fails', { minAge });
    if (!person.isChild && maxAge !== null && maxAge < 18)
      return reason('age', 'children_only', 'fails', { maxAge });
    return reason('age', 'age_to_confirm', 'uncertain');
  }
  if (minAge !== null && age < minAge) {
    return person.isChild && minAge >= 18
      ? reason('age', 'adults_only', 'fails', { minAge })
      : reason('age', 'age_below_minimum', 'fails', { age, minAge });
  }
  if (maxAge !== null && age > maxAge) {
    return maxAge < 18
      ? reason('age', 'children_only', 'fails', { maxAge })
      : reason('age', 'age_above_maximum', 'fails', { age, maxAge });
  }
  return reason('age', 'age_in_range', 'meets', { age });
}

/** 0: the staff speak a language of the person; 1: through an interpreter; 2: unknown; 3: no. */
function checkLanguage(
  out: Reasons,
  person: MatchPerson,
  service: MatchService,
  interpreters: readonly MatchService[],
): number {
  const spoken = person.languages.find((language) => service.languages.includes(language));
  if (spoken !== undefined) {
    add(out, 'language', 'language_spoken', 'meets', { language: spoken });
    return 0;
  }
  const [first] = person.languages;
  if (first === undefined) {
    add(out, 'language', 'language_unknown', 'uncertain');
    return 2;
  }
  // An interpreter of the person's language in reach makes the service usable (CoE art. 12(1)(c)).
  if (service.kind !== 'interpretation') {
    for (const language of person.languages) {
      const interpreter = interpreters.find(
        (candidate) =>
          candidate.languages.includes(language) &&
          regionCoverage(candidate.regions, person.region) !== 'not_served',
      );
      if (interpreter) {
        add(out, 'language', 'interpretation_available', 'meets', {
          language,
          interpreter: interpreter.name,
        });
        return 1;
      }
    }
  }
  if (service.languages.length === 0) {
    add(out, 'language', 'languages_not_stated', 'uncertain');
    return 2;
  }
  add(out, 'language', 'language_not_spoken', 'fails', { language: first });
  return 3;
}

function checkAccessibility(out: Reasons, person: MatchPerson, service: MatchService): void {
  for (const disability of person.disabilities) {
    if (service.accessibility.includes(disability))
      add(out, 'accessibility', 'accessible', 'meets', { disability });
    else add(out, 'accessibility', 'not_accessible', 'fails', { disability });
  }
}

/** 0: the person's region; 1: nationwide; 2: unknown; 3: not served. */
function checkRegion(out: Reasons, person: MatchPerson, service: MatchService): number {
  const coverage = regionCoverage(service.regions, person.region);
  switch (coverage) {
    case 'served':
      add(out, 'region', 'region_served', 'meets', { region: person.region ?? '' });
      return 0;
    case 'nationwide':
      add(out, 'region', 'serves_nationwide', 'meets');
      return 1;
    case 'unknown':
      add(out, 'region', 'region_unknown', 'uncertain');
      return 2;
    case 'not_served':
      add(out, 'region', 'region_not_served', 'fails', { region: person.region ?? '' });
      return 3;
    default: {
      const unreachable: never = coverage;
      return unreachable;
    }
  }
}

function checkCapacity(out: Reasons, service: MatchService, at: Date, staleAfterDays: number): void {
  const { capacityFree: free, waitingDays } = service;
  if (free !== null && free > 0) add(out, 'capacity', 'capacity_free', 'meets', { free });
  else if (free === 0 && waitingDays !== null && waitingDays > 0)
    add(out, 'capacity', 'capacity_full_waiting', 'fails', { days: waitingDays });
  else if (free === 0) add(out, 'capacity', 'capacity_full', 'fails');
  else if (waitingDays === 0) add(out, 'capacity', 'no_waiting', 'meets');
  else if (waitingDays !== null) add(out, 'capacity', 'waiting_time', 'fails', { days: waitingDays });
  else {
    add(out, 'capacity', 'capacity_unknown', 'uncertain');
    return;
  }
  const freshness = capacityFreshness(service.capacityUpdatedAt, at, staleAfterDays);
  if (freshness.state === 'stale')
    add(out, 'capacity', 'capacity_stale', 'uncertain', { days: freshness.daysAgo });
  else if (freshness.state === 'never') add(out, 'capacity', 'capacity_date_unknown', 'uncertain');
}

function verdictOf(reasons: readonly MatchReason[]): MatchVerdict {
  if (reasons.some((r) => r.outcome === 'fails' && r.criterion !== 'capacity')) return 'does_not_fit';
  if (reasons.some((r) => r.outcome === 'fails')) return 'no_capacity_now';
  if (reasons.some((r) => r.outcome === 'uncertain')) return 'to_check';
  return 'fits';
}

type Scored = MatchCandidate & { readonly sortKey: readonly (number | string)[] };

function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * Ranks the active services of the kinds that answer `need` for this person, and says
 * for each why it fits or does not. `services` may hold the whole directory: services
 * of other kinds are not candidates, but interpretation services are used to tell
 * whether a language barrier can be bridged.
 */
export function matchServices(input: {
  readonly need: NeedDomain;
  readonly person: MatchPerson;
  readonly services: readonly MatchService[];
  readonly at: Date;
  readonly staleAfterDays?: number;
}): MatchResult {
  const { need, person, at } = input;
  const staleAfterDays = input.staleAfterDays ?? STALE_CAPACITY_DAYS;
  const kinds = SERVICE_KINDS_FOR_NEED[need];
  const active = input.services.filter((service) => service.active);
  const interpreters = active.filter((service) => service.kind === 'interpretation');

  const scored: Scored[] = active
    .filter((service) => kinds.includes(service.kind))
    .map((service) => {
      const reasons: Reasons = [];
      reasons.push(checkGender(person, service), checkAge(person, service));
      const languageRank = checkLanguage(reasons, person, service, interpreters);
      checkAccessibility(reasons, person, service);
      const regionRank = checkRegion(reasons, person, service);
      if (person.withoutResidenceStatus) {
        if (service.acceptsWithoutStatus) add(reasons, 'residence_status', 'accepts_without_status', 'meets');
        else add(reasons, 'residence_status', 'requires_residence_status', 'fails');
      }
      // Not stated is not "unsafe": the worker asks the provider, and the person decides.
      if (person.lgbti) {
        if (service.lgbtiSafe) add(reasons, 'lgbti', 'lgbti_safe', 'meets');
        else add(reasons, 'lgbti', 'lgbti_safety_unknown', 'uncertain');
      }
      checkCapacity(reasons, service, at, staleAfterDays);
      const verdict = verdictOf(reasons);
      const failures = reasons.filter((r) => r.outcome === 'fails').length;
      const doubts = reasons.filter((r) => r.outcome === 'uncertain').length;
      const updated = service.capacityUpdatedAt?.getTime() ?? 0;
      return {
        serviceId: service.id,
        verdict,
        reasons,
        sortKey: [
          MATCH_VERDICTS.indexOf(verdict),
          failures,
          doubts,
          kinds.indexOf(service.kind),
          regionRank,
          languageRank,
          -(service.capacityFree ?? 0),
          service.waitingDays ?? Number.MAX_SAFE_INTEGER,
          -updated,
          service.name.toLocaleLowerCase('en'),
          service.id,
        ],
      };
    });
  scored.sort((a, b) => compareKeys(a.sortKey, b.sortKey));
  const candidates = scored.map(({ serviceId, verdict, reasons }) => ({ serviceId, verdict, reasons }));
  return {
    need,
    kinds,
    candidates,
    nothingFits: !candidates.some((c) => c.verdict === 'fits' || c.verdict === 'to_check'),
  };
}
