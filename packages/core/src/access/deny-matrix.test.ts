import { describe, expect, it } from 'vitest';
import { authorize, scopesFor } from './evaluate.js';
import { POLICY } from './policy.js';
import {
  ACTIONS,
  type Action,
  type Actor,
  RELATIONSHIPS,
  RESOURCES,
  type Relationship,
  type Resource,
  ROLES,
  type Role,
  type Rule,
} from './types.js';

/**
 * What the policy must grant, written out by hand and NOT derived from POLICY: if a rule
 * is added, widened or dropped in policy.ts, this table and the policy disagree and the
 * matrix below fails. Anything not in this table must be refused.
 */
type Grant = {
  readonly role: Role;
  readonly resource: Resource;
  readonly action: Action;
  readonly relationship: Relationship;
  readonly hiddenFields?: readonly string[];
};

function grants(
  roles: readonly Role[],
  resource: Resource,
  actions: readonly Action[],
  relationship: Relationship,
  hiddenFields: readonly string[] = [],
): Grant[] {
  return roles.flatMap((role) =>
    actions.map((action) => ({ role, resource, action, relationship, hiddenFields })),
  );
}

const EXPECTED_GRANTS: readonly Grant[] = [
  ...grants(ROLES, 'own_account', ['read', 'update'], 'self'),
  ...grants(ROLES, 'organisation', ['list', 'read'], 'any'),
  ...grants(['system_admin'], 'organisation', ['create', 'update', 'manage'], 'any'),
  ...grants(['organisation_admin'], 'organisation', ['update'], 'own_organisation'),
  ...grants(
    ['organisation_admin'],
    'user',
    ['list', 'read', 'create', 'update', 'manage'],
    'own_organisation',
  ),
  ...grants(['system_admin'], 'user', ['list', 'read', 'create', 'update', 'manage'], 'any'),
  ...grants(['first_responder'], 'case', ['list', 'read'], 'case_team'),
  ...grants(['first_responder', 'case_worker', 'case_supervisor'], 'case', ['create'], 'any'),
  ...grants(['case_worker', 'case_supervisor'], 'case', ['list', 'read', 'update'], 'case_team'),
  ...grants(['identification_decision_maker'], 'case', ['list', 'read', 'update'], 'case_team'),
  ...grants(['guardian'], 'case', ['list', 'read'], 'guardian_of'),
  ...grants(['legal_adviser'], 'case', ['list', 'read'], 'case_team'),
  ...grants(['case_worker', 'case_supervisor'], 'person', ['read', 'update'], 'case_team'),
  ...grants(['first_responder'], 'person', ['read'], 'case_team'),
  ...grants(['identification_decision_maker'], 'person', ['read'], 'case_team', ['address', 'contact']),
  ...grants(['guardian'], 'person', ['read'], 'guardian_of'),
  ...grants(['legal_adviser'], 'person', ['read'], 'case_team', ['address']),
  ...grants(['first_responder', 'case_worker', 'case_supervisor'], 'person', ['create'], 'any'),
  ...grants(['system_admin'], 'audit_log', ['list', 'read'], 'any'),
  ...grants(['organisation_admin'], 'audit_log', ['list'], 'own_organisation'),
  ...grants(['analyst', 'case_supervisor', 'system_admin'], 'statistics', ['read'], 'any'),
  // Identification and referral (issue 3)
  ...grants(['first_responder', 'case_worker', 'case_supervisor'], 'screening', ['create'], 'any'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor'],
    'screening',
    ['list', 'read', 'update'],
    'own_organisation',
  ),
  ...grants(['identification_decision_maker'], 'screening', ['read'], 'case_team'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor'],
    'draft',
    ['list', 'read', 'create', 'update'],
    'own_organisation',
  ),
  ...grants(['first_responder', 'case_worker', 'case_supervisor'], 'referral', ['create'], 'any'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'identification_decision_maker', 'legal_adviser'],
    'referral',
    ['list', 'read'],
    'case_team',
  ),
  ...grants(['guardian'], 'referral', ['read'], 'guardian_of'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor'],
    'consent',
    ['create', 'update'],
    'case_team',
  ),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'identification_decision_maker', 'legal_adviser'],
    'consent',
    ['list', 'read'],
    'case_team',
  ),
  ...grants(['guardian'], 'consent', ['list', 'read', 'create', 'update'], 'guardian_of'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor'],
    'anonymous_notification',
    ['create'],
    'any',
  ),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor'],
    'anonymous_notification',
    ['list'],
    'own_organisation',
  ),
  ...grants(['identification_decision_maker'], 'decision', ['list', 'read', 'create', 'update'], 'case_team'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'legal_adviser'],
    'decision',
    ['read'],
    'case_team',
  ),
  ...grants(['guardian'], 'decision', ['read'], 'guardian_of'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'legal_adviser'],
    'reconsideration',
    ['create', 'read'],
    'case_team',
  ),
  ...grants(['guardian'], 'reconsideration', ['create', 'read'], 'guardian_of'),
  ...grants(['identification_decision_maker'], 'reconsideration', ['read', 'update'], 'case_team'),
  ...grants(ROLES, 'country_profile', ['list', 'read'], 'any'),
  ...grants(['system_admin'], 'country_profile', ['create', 'update', 'manage'], 'any'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'identification_decision_maker', 'legal_adviser'],
    'notice',
    ['list', 'update'],
    'own_organisation',
  ),
  // Assistance (issue 4): the case file, assessments, plans, directory, legal records
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor'],
    'case_account',
    ['create', 'update'],
    'case_team',
  ),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'identification_decision_maker', 'legal_adviser'],
    'case_account',
    ['read'],
    'case_team',
  ),
  ...grants(['guardian'], 'case_account', ['read'], 'guardian_of'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'identification_decision_maker', 'legal_adviser'],
    'account_request',
    ['list', 'read', 'create', 'update'],
    'case_team',
  ),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'identification_decision_maker', 'legal_adviser'],
    'case_note',
    ['list', 'read', 'create'],
    'case_team',
  ),
  ...grants(['guardian'], 'case_note', ['list', 'read', 'create'], 'guardian_of'),
  ...grants(
    ['case_worker', 'case_supervisor'],
    'needs_assessment',
    ['list', 'read', 'create', 'update'],
    'case_team',
  ),
  ...grants(['guardian'], 'needs_assessment', ['list', 'read'], 'guardian_of'),
  ...grants(
    ['case_worker', 'case_supervisor'],
    'risk_assessment',
    ['list', 'read', 'create', 'update'],
    'case_team',
  ),
  ...grants(['guardian'], 'risk_assessment', ['list', 'read'], 'guardian_of'),
  ...grants(
    ['case_worker', 'case_supervisor'],
    'support_plan',
    ['list', 'read', 'create', 'update'],
    'case_team',
  ),
  ...grants(['legal_adviser'], 'support_plan', ['list', 'read'], 'case_team'),
  ...grants(['guardian'], 'support_plan', ['list', 'read', 'update'], 'guardian_of'),
  ...grants(
    ['case_worker', 'case_supervisor'],
    'advocate',
    ['list', 'read', 'create', 'update'],
    'case_team',
  ),
  ...grants(
    ['first_responder', 'identification_decision_maker', 'legal_adviser'],
    'advocate',
    ['list', 'read'],
    'case_team',
  ),
  ...grants(ROLES, 'service', ['list', 'read'], 'any'),
  ...grants(
    ['organisation_admin', 'case_worker', 'case_supervisor'],
    'service',
    ['create', 'update'],
    'own_organisation',
  ),
  ...grants(['system_admin'], 'service', ['create', 'update', 'manage'], 'any'),
  ...grants(
    ['case_worker', 'case_supervisor'],
    'service_referral',
    ['list', 'read', 'create', 'update'],
    'case_team',
  ),
  ...grants(
    ['case_worker', 'case_supervisor'],
    'service_referral',
    ['list', 'read', 'update'],
    'own_organisation',
  ),
  ...grants(['case_worker', 'case_supervisor'], 'capacity_gap', ['create'], 'case_team'),
  ...grants(
    ['first_responder', 'case_worker', 'case_supervisor', 'legal_adviser'],
    'caseload',
    ['list'],
    'own_organisation',
  ),
  ...grants(['case_supervisor'], 'caseload', ['list', 'read', 'manage'], 'own_organisation'),
  ...grants(
    ['legal_adviser', 'case_worker', 'case_supervisor'],
    'cooperation',
    ['list', 'read', 'create'],
    'case_team',
  ),
  ...grants(
    ['legal_adviser', 'case_worker', 'case_supervisor'],
    'legal_record',
    ['list', 'read', 'create', 'update'],
    'case_team',
  ),
  ...grants(['guardian'], 'legal_record', ['list', 'read', 'create', 'update'], 'guardian_of'),
  // National stock-taking (issue 5)
  ...grants(['analyst'], 'statistics_release', ['list', 'read', 'create'], 'any'),
  ...grants(['case_supervisor', 'system_admin'], 'statistics_release', ['list', 'read'], 'any'),
  ...grants(['analyst', 'system_admin'], 'statistics_import', ['list', 'read', 'create'], 'any'),
];

/** The empty set and each relationship alone. */
const RELATIONSHIP_SETS: readonly ReadonlySet<Relationship>[] = [
  new Set<Relationship>(),
  ...RELATIONSHIPS.map((relationship) => new Set<Relationship>([relationship])),
];

function actor(roles: readonly Role[], mfaVerified = true): Actor {
  return { userId: 'u-1', organisationId: 'o-1', roles, mfaVerified };
}

function expectedGrantsFor(
  roles: readonly Role[],
  resource: Resource,
  action: Action,
  relationships: ReadonlySet<Relationship>,
): Grant[] {
  return EXPECTED_GRANTS.filter(
    (grant) =>
      roles.includes(grant.role) &&
      grant.resource === resource &&
      grant.action === action &&
      (grant.relationship === 'any' || relationships.has(grant.relationship)),
  );
}

function hasAnyGrant(roles: readonly Role[], resource: Resource, action: Action): boolean {
  return EXPECTED_GRANTS.some(
    (grant) => roles.includes(grant.role) && grant.resource === resource && grant.action === action,
  );
}

function describeSet(relationships: ReadonlySet<Relationship>): string {
  return relationships.size === 0 ? '{}' : `{${[...relationships].join(',')}}`;
}

/** Every combination for these roles whose decision differs from the expected table. */
function mismatches(roles: readonly Role[]): string[] {
  const found: string[] = [];
  for (const resource of RESOURCES) {
    for (const action of ACTIONS) {
      for (const relationships of RELATIONSHIP_SETS) {
        const expected = expectedGrantsFor(roles, resource, action, relationships);
        const decision = authorize(actor(roles), resource, action, relationships);
        const where = `${roles.join('+')} ${action} ${resource} ${describeSet(relationships)}`;
        if (expected.length === 0) {
          const reason = hasAnyGrant(roles, resource, action) ? 'relationship_missing' : 'no_rule';
          if (decision.allowed) found.push(`${where}: allowed by ${decision.ruleId}, expected refusal`);
          else if (decision.reason !== reason)
            found.push(`${where}: reason ${decision.reason}, expected ${reason}`);
        } else if (!decision.allowed) {
          found.push(`${where}: refused (${decision.reason}), expected allowed`);
        } else {
          const [first, ...rest] = expected.map((grant) => grant.hiddenFields ?? []);
          const hidden = (first ?? []).filter((field) => rest.every((fields) => fields.includes(field)));
          if ([...decision.hiddenFields].sort().join() !== [...hidden].sort().join()) {
            found.push(`${where}: hides [${decision.hiddenFields}], expected [${hidden}]`);
          }
        }
      }
    }
  }
  return found;
}

const PERSONAL_DATA_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'analyst');

describe('deny matrix: every role × resource × action × relationship', () => {
  it.each(ROLES)('decides exactly the expected grants for %s alone', (role) => {
    expect(mismatches([role])).toEqual([]);
  });

  it('decides exactly the union of the expected grants for every pair of roles', () => {
    const pairs = ROLES.flatMap((a, i) => ROLES.slice(i + 1).map((b): Role[] => [a, b]));
    expect(pairs).toHaveLength((ROLES.length * (ROLES.length - 1)) / 2);
    expect(pairs.flatMap((pair) => mismatches(pair))).toEqual([]);
  });

  it('refuses everything to an actor with no role', () => {
    expect(mismatches([])).toEqual([]);
    expect(EXPECTED_GRANTS.filter((grant) => grant.relationship === 'any').length).toBeGreaterThan(0);
  });

  it.each(ROLES)('gives list-query scopes for %s that match the expected grants', (role) => {
    for (const resource of RESOURCES) {
      for (const action of ACTIONS) {
        const relationships = new Set(
          EXPECTED_GRANTS.filter(
            (g) => g.role === role && g.resource === resource && g.action === action,
          ).map((g) => g.relationship),
        );
        const expected = relationships.has('any')
          ? ['any']
          : RELATIONSHIPS.filter((r) => relationships.has(r));
        expect([role, resource, action, scopesFor(actor([role]), resource, action)]).toEqual([
          role,
          resource,
          action,
          expected,
        ]);
      }
    }
  });
});

describe('critical denials', () => {
  it('lets an analyst read no person and no case under any relationship', () => {
    const all = new Set<Relationship>(RELATIONSHIPS);
    for (const resource of ['person', 'case'] as const) {
      for (const action of ACTIONS) {
        for (const relationships of [...RELATIONSHIP_SETS, all]) {
          expect(authorize(actor(['analyst']), resource, action, relationships)).toEqual({
            allowed: false,
            reason: 'no_rule',
          });
        }
        expect(scopesFor(actor(['analyst']), resource, action)).toEqual([]);
      }
    }
  });

  it('gives the analyst role no rule at all on person or case', () => {
    const analystRules = POLICY.filter((rule) => rule.roles.includes('analyst'));
    expect(analystRules.filter((rule) => rule.resource === 'person' || rule.resource === 'case')).toEqual([]);
  });

  it('lets a system admin read no person and no case under any relationship', () => {
    const all = new Set<Relationship>(RELATIONSHIPS);
    for (const resource of ['person', 'case'] as const) {
      for (const action of ['list', 'read'] as const) {
        for (const relationships of [...RELATIONSHIP_SETS, all]) {
          expect(authorize(actor(['system_admin']), resource, action, relationships).allowed).toBe(false);
        }
      }
    }
    const adminRules = POLICY.filter((rule) => rule.roles.includes('system_admin'));
    expect(adminRules.filter((rule) => rule.resource === 'person' || rule.resource === 'case')).toEqual([]);
  });

  it('refuses a first responder without a case-team relationship to read a person', () => {
    for (const relationship of RELATIONSHIPS.filter((r) => r !== 'case_team')) {
      expect(authorize(actor(['first_responder']), 'person', 'read', new Set([relationship]))).toEqual({
        allowed: false,
        reason: 'relationship_missing',
      });
    }
    expect(authorize(actor(['first_responder']), 'person', 'read', new Set(['case_team'])).allowed).toBe(
      true,
    );
  });

  it('lets a guardian read a person or a case only as guardian of that child', () => {
    for (const resource of ['person', 'case'] as const) {
      for (const relationships of RELATIONSHIP_SETS) {
        const allowed = authorize(actor(['guardian']), resource, 'read', relationships).allowed;
        expect([resource, describeSet(relationships), allowed]).toEqual([
          resource,
          describeSet(relationships),
          relationships.has('guardian_of'),
        ]);
      }
    }
  });

  it('refuses every personal-data role everything without MFA, whatever the relationship', () => {
    const all = new Set<Relationship>(RELATIONSHIPS);
    for (const role of PERSONAL_DATA_ROLES) {
      for (const resource of RESOURCES) {
        for (const action of ACTIONS) {
          for (const relationships of [...RELATIONSHIP_SETS, all]) {
            expect(authorize(actor([role], false), resource, action, relationships)).toEqual({
              allowed: false,
              reason: 'mfa_required',
            });
          }
          expect(scopesFor(actor([role], false), resource, action)).toEqual([]);
        }
      }
    }
  });

  it('refuses an analyst who also holds a personal-data role without MFA, even statistics', () => {
    for (const role of PERSONAL_DATA_ROLES) {
      expect(authorize(actor(['analyst', role], false), 'statistics', 'read', new Set()).allowed).toBe(false);
    }
  });
});

describe('the policy data', () => {
  it('gives every rule a unique id', () => {
    const ids = POLICY.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(POLICY.map((rule): [string, Rule] => [rule.id, rule]))(
    'rule %s uses only valid values',
    (_id, rule) => {
      expect(rule.id).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(rule.roles.length).toBeGreaterThan(0);
      expect(rule.roles.filter((role) => !(ROLES as readonly string[]).includes(role))).toEqual([]);
      expect(new Set(rule.roles).size).toBe(rule.roles.length);
      expect(RESOURCES).toContain(rule.resource);
      expect(rule.actions.length).toBeGreaterThan(0);
      expect(rule.actions.filter((action) => !(ACTIONS as readonly string[]).includes(action))).toEqual([]);
      expect(new Set(rule.actions).size).toBe(rule.actions.length);
      expect(RELATIONSHIPS).toContain(rule.relationship);
      expect(rule.why.trim().length).toBeGreaterThan(10);
      for (const field of rule.hiddenFields ?? []) expect(field).toMatch(/^[a-zA-Z]+$/);
    },
  );

  it('cannot be changed at run time', () => {
    const rule = POLICY[0]!;
    expect(() => (POLICY as Rule[]).push({ ...rule, id: 'sneaky.grant' })).toThrow(TypeError);
    expect(() => (rule.roles as Role[]).push('analyst')).toThrow(TypeError);
    expect(() => {
      (rule as { relationship: Relationship }).relationship = 'any';
    }).toThrow(TypeError);
    expect(POLICY.map((r) => r.id)).not.toContain('sneaky.grant');
  });
});
