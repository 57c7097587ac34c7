import { randomInt } from 'node:crypto';

/**
 * A new case reference, `NRM-<year>-<6 random digits>`: says nothing about the person
 * and cannot be guessed from another case's reference. Unique in `cases.reference`.
 */
export function newCaseReference(at: Date): string {
  return `NRM-${at.getUTCFullYear()}-${String(randomInt(1_000_000)).padStart(6, '0')}`;
}
