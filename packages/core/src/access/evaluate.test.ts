import { describe, expect, it } from 'vitest';
import { authorize, can, projectFields, scopesFor } from './evaluate.js';
import { requiresMfa, rolesRequiringMfa } from './mfa.js';
import type { Actor, Relationship, Role } from './types.js';

function actor(roles: readonly Role[], mfaVerified = true): Actor {
  return { userId: 'u-1', organisationId: 'o-1', roles, mfaVerified };
}

const none = new Set<Relationship>();
const team = new Set<Relationship>(['case_team']);
const guardianOf = new Set<Relationship>(['guardian_of']);

describe('authorize: allowances', () => {
  it('lets a case worker read and update a person on a case their organisation is on the team of', () => {
    expect(authorize(actor(['case_worker']), 'person', 'read', team)).toEqual({
      allowed: true,
      ruleId: 'person.case_work',
      hiddenFields: [],
    });
    expect(authorize(actor(['case_worker']), 'person', 'update', team).allowed).toBe(true);
  });

  it('lets anyone who refers create a case without any relationship', () => {
    for (const role of ['first_responder', 'case_worker', 'case_supervisor'] as const) {
      expect(authorize(actor([role]), 'case', 'create', none)).toMatchObject({
        allowed: true,
        ruleId: 'case.refer',
      });
    }
  });

  it('lets every role read its own account and the organisation directory', () => {
    expect(authorize(actor(['analyst']), 'own_account', 'update', new Set(['self'])).allowed).toBe(true);
    expect(authorize(actor(['guardian']), 'organisation', 'list', none).allowed).toBe(true);
  });

  it('lets an organisation admin manage users of their own organisation only', () => {
    const orgAdmin = actor(['organisation_admin']);
    expect(authorize(orgAdmin, 'user', 'create', new Set(['own_organisation'])).allowed).toBe(true);
    expect(authorize(orgAdmin, 'user', 'create', none)).toEqual({
      allowed: false,
      reason: 'relationship_missing',
    });
  });
});

describe('authorize: refusals', () => {
  it('answers no_rule when no role of the actor has a rule for the action', () => {
    expect(authorize(actor(['legal_adviser']), 'person', 'update', team)).toEqual({
      allowed: false,
      reason: 'no_rule',
    });
  });

  it('answers relationship_missing when a rule exists but the relationship is not held', () => {
    expect(authorize(actor(['case_worker']), 'case', 'read', guardianOf)).toEqual({
      allowed: false,
      reason: 'relationship_missing',
    });
  });

  it('gives nothing extra to a caller that passes "any" as a relationship', () => {
    expect(authorize(actor(['first_responder']), 'person', 'read', new Set(['any'])).allowed).toBe(false);
  });

  it('refuses an actor with no roles', () => {
    expect(authorize(actor([]), 'organisation', 'list', none)).toEqual({ allowed: false, reason: 'no_rule' });
  });

  it('does not count a relationship that belongs to another role of the same actor', () => {
    // guardian_of opens the guardian rule only; the decision maker still needs case_team
    const decision = authorize(
      actor(['guardian', 'identification_decision_maker']),
      'case',
      'update',
      guardianOf,
    );
    expect(decision).toEqual({ allowed: false, reason: 'relationship_missing' });
  });
});

describe('authorize: MFA gate', () => {
  it('refuses a case worker without a second factor, even on their own account', () => {
    expect(authorize(actor(['case_worker'], false), 'person', 'read', team)).toEqual({
      allowed: false,
      reason: 'mfa_required',
    });
    expect(authorize(actor(['case_worker'], false), 'own_account', 'read', new Set(['self'])).allowed).toBe(
      false,
    );
  });

  it('lets an analyst read statistics without a second factor', () => {
    expect(authorize(actor(['analyst'], false), 'statistics', 'read', none).allowed).toBe(true);
  });

  it('asks MFA of an analyst who also holds an admin role', () => {
    expect(authorize(actor(['analyst', 'organisation_admin'], false), 'statistics', 'read', none)).toEqual({
      allowed: false,
      reason: 'mfa_required',
    });
  });

  it('requires MFA of every role but analyst, as the API contract says', () => {
    expect([...rolesRequiringMfa].sort()).toEqual(
      [
        'case_supervisor',
        'case_worker',
        'first_responder',
        'guardian',
        'identification_decision_maker',
        'legal_adviser',
        'organisation_admin',
        'system_admin',
      ].sort(),
    );
    expect(requiresMfa(['analyst'])).toBe(false);
    expect(requiresMfa([])).toBe(false);
    expect(requiresMfa(['analyst', 'guardian'])).toBe(true);
  });
});

describe('authorize: hidden fields', () => {
  it('hides address and contact from an identification decision maker', () => {
    expect(authorize(actor(['identification_decision_maker']), 'person', 'read', team)).toEqual({
      allowed: true,
      ruleId: 'person.identification',
      hiddenFields: ['address', 'contact'],
    });
  });

  it('hides only what every allowing role hides (decision maker + legal adviser → address)', () => {
    const decision = authorize(
      actor(['identification_decision_maker', 'legal_adviser']),
      'person',
      'read',
      team,
    );
    expect(decision).toEqual({ allowed: true, ruleId: 'person.legal_adviser', hiddenFields: ['address'] });
  });

  it('shows everything when one allowing role shows everything (decision maker + case worker)', () => {
    const decision = authorize(
      actor(['identification_decision_maker', 'case_worker']),
      'person',
      'read',
      team,
    );
    expect(decision).toEqual({ allowed: true, ruleId: 'person.case_work', hiddenFields: [] });
  });

  it('takes hidden fields only from rules whose relationship is held', () => {
    const both = actor(['guardian', 'identification_decision_maker']);
    expect(authorize(both, 'person', 'read', guardianOf)).toEqual({
      allowed: true,
      ruleId: 'person.guardian',
      hiddenFields: [],
    });
    expect(authorize(both, 'person', 'read', team)).toEqual({
      allowed: true,
      ruleId: 'person.identification',
      hiddenFields: ['address', 'contact'],
    });
  });
});

describe('scopesFor and can', () => {
  it('returns the relationships under which listing would be allowed', () => {
    expect(scopesFor(actor(['case_worker']), 'case', 'list')).toEqual(['case_team']);
    expect(scopesFor(actor(['guardian', 'legal_adviser']), 'person', 'read')).toEqual([
      'case_team',
      'guardian_of',
    ]);
  });

  it('collapses to "any" when one rule needs no relationship', () => {
    expect(scopesFor(actor(['organisation_admin', 'system_admin']), 'user', 'list')).toEqual(['any']);
  });

  it('returns no scope when never allowed or when MFA is missing', () => {
    expect(scopesFor(actor(['analyst']), 'case', 'list')).toEqual([]);
    expect(scopesFor(actor(['case_worker'], false), 'case', 'list')).toEqual([]);
  });

  it('can() follows authorize()', () => {
    expect(can(actor(['legal_adviser']), 'case', 'read', team)).toBe(true);
    expect(can(actor(['legal_adviser']), 'case', 'read', none)).toBe(false);
  });
});

describe('projectFields', () => {
  it('drops hidden fields and keeps the rest without touching the input', () => {
    const person = { id: 'p-1', givenName: 'A', address: 'somewhere', contact: '000' };
    expect(projectFields(person, ['address', 'contact'])).toEqual({ id: 'p-1', givenName: 'A' });
    expect(person.address).toBe('somewhere');
    expect(projectFields(person, [])).toEqual(person);
    expect(projectFields(person, [])).not.toBe(person);
  });
});
