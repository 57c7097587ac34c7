/**
 * Possible duplicates: the same person referred before, by anyone, found by a blind
 * index (never by plaintext). A match is a candidate for the decision maker to review,
 * never a merge, and never shows another organisation's case.
 */
export const DUPLICATE_BASES = ['name_and_birth_date', 'name'] as const;
export type DuplicateBasis = (typeof DUPLICATE_BASES)[number];

export const DUPLICATE_REVIEW_OUTCOMES = ['same_person', 'different_person'] as const;
export type DuplicateReviewOutcome = (typeof DUPLICATE_REVIEW_OUTCOMES)[number];

/**
 * What to match a new person on: name and date of birth when both are known (the
 * stronger basis), the name alone when there is no date of birth, nothing without a name.
 */
export function duplicateMatchBasis(indexes: {
  readonly nameIndex: string | null;
  readonly nameAndBirthDateIndex: string | null;
}): { readonly basis: DuplicateBasis; readonly index: string } | null {
  if (indexes.nameAndBirthDateIndex !== null)
    return { basis: 'name_and_birth_date', index: indexes.nameAndBirthDateIndex };
  if (indexes.nameIndex !== null) return { basis: 'name', index: indexes.nameIndex };
  return null;
}

export function isDuplicateBasis(value: unknown): value is DuplicateBasis {
  return typeof value === 'string' && (DUPLICATE_BASES as readonly string[]).includes(value);
}
