/**
 * An independent advocate accompanies an adult survivor through the system. A child
 * has a guardian instead (CoE art. 10(4), EU art. 14(2)): the guardian represents the
 * child, and a second representative would confuse who speaks for them.
 */
export type AdvocateRefusal =
  | 'child_has_guardian'
  | 'advocate_already_assigned'
  | 'advocate_unknown'
  | 'advocate_not_on_team';

/**
 * Why an advocate cannot be assigned, in this order: a child's case; an advocate
 * already assigned (one at a time); the staff member unknown or disabled; their
 * organisation not on the case team (it joins with the person's consent first).
 */
export function advocateRefusal(input: {
  /** The case is a child's (or presumed a child's while the age is uncertain). */
  readonly isChild: boolean;
  readonly hasActiveAdvocate: boolean;
  /** The proposed advocate, or null when no active staff account has that id. */
  readonly advocate: { readonly organisationOnTeam: boolean } | null;
}): AdvocateRefusal | null {
  if (input.isChild) return 'child_has_guardian';
  if (input.hasActiveAdvocate) return 'advocate_already_assigned';
  if (input.advocate === null) return 'advocate_unknown';
  if (!input.advocate.organisationOnTeam) return 'advocate_not_on_team';
  return null;
}
