import { describe, expect, it } from 'vitest';
import { advocateRefusal } from './advocate.js';

const adult = { isChild: false, hasActiveAdvocate: false, advocate: { organisationOnTeam: true } };

describe('independent advocate', () => {
  it('is assigned to an adult from an organisation on the team', () => {
    expect(advocateRefusal(adult)).toBeNull();
  });

  it('is refused for a child first of all: a guardian represents the child', () => {
    expect(advocateRefusal({ ...adult, isChild: true, hasActiveAdvocate: true, advocate: null })).toBe(
      'child_has_guardian',
    );
  });

  it('is one at a time, an active account, from the team', () => {
    expect(advocateRefusal({ ...adult, hasActiveAdvocate: true })).toBe('advocate_already_assigned');
    expect(advocateRefusal({ ...adult, advocate: null })).toBe('advocate_unknown');
    expect(advocateRefusal({ ...adult, advocate: { organisationOnTeam: false } })).toBe(
      'advocate_not_on_team',
    );
  });
});
