import type { NeedDomain } from '../assistance/vocabulary.js';
import type { DisabilityType } from '../cases/special-needs.js';
import { type AgeBand, ageBandForAge } from '../persons/age.js';
import type { MatchPerson } from './matching.js';
import { type GapReason, SERVICE_KINDS_FOR_NEED, type ServiceKind } from './vocabulary.js';

/**
 * A capacity gap as it is stored: the need, the kind of service, the region and the
 * group the person belongs to — no name, no birth year, no case detail — so that
 * stock-taking can count where help is missing (e.g. shelters for men with disabilities).
 */
export type CapacityGap = {
  readonly needDomain: NeedDomain;
  readonly serviceKind: ServiceKind;
  readonly region: string;
  readonly reason: GapReason;
  readonly gender: string;
  readonly ageBand: AgeBand;
  readonly isChild: boolean;
  readonly disabilities: readonly DisabilityType[];
  readonly language: string | null;
  readonly withoutStatus: boolean;
  readonly lgbti: boolean;
};

/** The region code a gap is counted under when the person's region is not known. */
export const UNKNOWN_REGION = 'unknown';

/** The age band a person is counted in; a presumed child is never counted as an adult. */
export function matchAgeBand(person: Pick<MatchPerson, 'age' | 'isChild'>): AgeBand {
  return ageBandForAge(person.isChild && person.age !== null ? Math.min(person.age, 17) : person.age);
}

/** The gap for `need`, of the usual kind of service unless a kind answering the need is named. */
export function capacityGapFor(input: {
  readonly need: NeedDomain;
  readonly person: MatchPerson;
  readonly reason: GapReason;
  readonly kind?: ServiceKind | undefined;
}): CapacityGap {
  const kinds = SERVICE_KINDS_FOR_NEED[input.need];
  const kind = input.kind !== undefined && kinds.includes(input.kind) ? input.kind : kinds[0];
  if (kind === undefined) throw new Error(`no service kind answers the need ${input.need}`);
  const { person } = input;
  return {
    needDomain: input.need,
    serviceKind: kind,
    region: person.region ?? UNKNOWN_REGION,
    reason: input.reason,
    gender: person.gender,
    ageBand: matchAgeBand(person),
    isChild: person.isChild,
    disabilities: [...person.disabilities],
    language: person.languages[0] ?? null,
    withoutStatus: person.withoutResidenceStatus,
    lgbti: person.lgbti,
  };
}
