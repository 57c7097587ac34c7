import { z } from 'zod';

/**
 * Age bands of IOM's Human Trafficking Case Data Standard (HTCDS) and the CTDC
 * data set. Bands, not ages, leave the system: they keep statistics comparable
 * internationally and make re-identification harder.
 */
export const AGE_BANDS = [
  '0-8',
  '9-12',
  '13-15',
  '16-17',
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
  'unknown',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const ZAgeBand = z.enum(AGE_BANDS);

/** CoE art. 4(d), EU art. 2(6): a child is any person below eighteen years of age. */
export const AGE_OF_MAJORITY = 18;

/** Oldest age we accept as plausible; anything older is a data-entry error, shown as unknown. */
const MAX_PLAUSIBLE_AGE = 120;

/** Lower bound of each band, oldest first, so the first floor not above the age wins. */
const BAND_FLOORS: ReadonlyArray<readonly [number, AgeBand]> = [
  [48, '48+'],
  [39, '39-47'],
  [30, '30-38'],
  [27, '27-29'],
  [24, '24-26'],
  [21, '21-23'],
  [18, '18-20'],
  [16, '16-17'],
  [13, '13-15'],
  [9, '9-12'],
  [0, '0-8'],
];

const CHILD_BANDS: ReadonlySet<AgeBand> = new Set(['0-8', '9-12', '13-15', '16-17']);

/**
 * The lowest age a person born in `birthYear` can have on `atDate` (UTC), or null when
 * the birth year is impossible for that date. With only a year the age is known within
 * one year; we take the lower bound because the law asks for the lowest age in the
 * margin (CoE art. 10(3), EU art. 13(2): presumption of childhood).
 */
export function minimumAge(birthYear: number, atDate: Date): number | null {
  const atYear = atDate.getUTCFullYear();
  if (!Number.isInteger(birthYear) || Number.isNaN(atYear) || birthYear > atYear) return null;
  // On 31 December everyone born in birthYear has had their birthday: the age is exact.
  const lastDayOfYear = atDate.getUTCMonth() === 11 && atDate.getUTCDate() === 31;
  const age = Math.max(0, atYear - birthYear - (lastDayOfYear ? 0 : 1));
  return age > MAX_PLAUSIBLE_AGE ? null : age;
}

export function ageBandForAge(age: number | null): AgeBand {
  if (age === null || !Number.isFinite(age) || age < 0 || age > MAX_PLAUSIBLE_AGE) return 'unknown';
  const band = BAND_FLOORS.find(([floor]) => age >= floor);
  return band ? band[1] : 'unknown';
}

/** The age band of a person born in `birthYear` on `atDate` (lower bound of the age, see minimumAge). */
export function ageBand(birthYear: number | null, atDate: Date): AgeBand {
  return ageBandForAge(birthYear === null ? null : minimumAge(birthYear, atDate));
}

export function isChildAgeBand(band: AgeBand): boolean {
  return CHILD_BANDS.has(band);
}

export type ChildAssessmentInput = {
  readonly birthYear: number | null;
  /** The stated or documented age is in doubt (no documents, doubtful documents, disputed). */
  readonly ageUncertain: boolean;
  /** There are reasons to believe the person is a child (appearance, statements, behaviour). */
  readonly reasonsToBelieveChild: boolean;
};

/**
 * - `child`: under 18 by the lowest possible age;
 * - `presumed_child`: age uncertain and reasons to believe a child; treated as a child
 *   until an age assessment concludes otherwise;
 * - `adult`: 18 or over by the lowest possible age, and no presumption applies;
 * - `unknown`: no birth year and no reason to believe a child.
 */
export const CHILD_STATUSES = ['child', 'presumed_child', 'adult', 'unknown'] as const;
export type ChildStatus = (typeof CHILD_STATUSES)[number];

export function childStatus(input: ChildAssessmentInput, atDate: Date): ChildStatus {
  const age = input.birthYear === null ? null : minimumAge(input.birthYear, atDate);
  if (age !== null && age < AGE_OF_MAJORITY) return 'child';
  // CoE art. 10(3), EU art. 13(2): when the age is uncertain and there are reasons to
  // believe the person is a child, the person is presumed a child and protected as one
  // pending verification. A missing birth year is an uncertain age.
  if (input.reasonsToBelieveChild && (input.ageUncertain || age === null)) return 'presumed_child';
  return age === null ? 'unknown' : 'adult';
}

/** True for a child and for a presumed child: both get every protection for children. */
export function isChild(input: ChildAssessmentInput, atDate: Date): boolean {
  const status = childStatus(input, atDate);
  return status === 'child' || status === 'presumed_child';
}
