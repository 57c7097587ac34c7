import { ROLES, type Role, type Rule } from './types.js';

/**
 * The access policy, as data (exported frozen as POLICY below). Deny by default: whatever no rule grants is refused, and
 * there is no rule that grants everything. Evaluated only by evaluate.ts, on the server
 * (authoritative) and in the web app (to hide what the server would refuse).
 *
 * Two invariants, tested in deny-matrix.test.ts:
 * - `analyst` has no rule on `person` or `case`: analysts work on aggregates only.
 * - `system_admin` has no rule on `person` or `case`: admins run the system, they do
 *   not read survivors' files.
 */
const RULES: readonly Rule[] = [
  // Own account
  {
    id: 'own_account.self',
    roles: ROLES,
    resource: 'own_account',
    actions: ['read', 'update'],
    relationship: 'self',
    why: 'Everyone may see and change their own account (password, language, second factor).',
  },

  // Organisations: the directory of who takes part in the NRM
  {
    id: 'organisation.directory',
    roles: ROLES,
    resource: 'organisation',
    actions: ['list', 'read'],
    relationship: 'any',
    why: 'Everyone needs the directory of participating organisations to refer and to work together.',
  },
  {
    id: 'organisation.system_admin',
    roles: ['system_admin'],
    resource: 'organisation',
    actions: ['create', 'update', 'manage'],
    relationship: 'any',
    why: 'System administrators register organisations and keep their details current.',
  },
  {
    id: 'organisation.own_admin',
    roles: ['organisation_admin'],
    resource: 'organisation',
    actions: ['update'],
    relationship: 'own_organisation',
    why: 'An organisation administrator keeps their own organisation’s details current.',
  },

  // Users (staff accounts)
  {
    id: 'user.own_admin',
    roles: ['organisation_admin'],
    resource: 'user',
    actions: ['list', 'read', 'create', 'update', 'manage'],
    relationship: 'own_organisation',
    why: 'An organisation administrator manages the accounts of their own organisation only.',
  },
  {
    id: 'user.system_admin',
    roles: ['system_admin'],
    resource: 'user',
    actions: ['list', 'read', 'create', 'update', 'manage'],
    relationship: 'any',
    why: 'System administrators manage accounts in every organisation (e.g. the first administrator).',
  },

  // Cases: need to know, through the case team
  {
    id: 'case.refer',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'case',
    actions: ['create'],
    relationship: 'any',
    why: 'Anyone who meets a possible victim may refer; a new case has no team yet to belong to.',
  },
  {
    id: 'case.first_responder',
    roles: ['first_responder'],
    resource: 'case',
    actions: ['list', 'read'],
    relationship: 'case_team',
    why: 'A first responder follows the cases their organisation is on the team of.',
  },
  {
    id: 'case.case_work',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'case',
    actions: ['list', 'read', 'update'],
    relationship: 'case_team',
    why: 'Case workers and supervisors work on the cases their organisation is on the team of.',
  },
  {
    id: 'case.identification',
    roles: ['identification_decision_maker'],
    resource: 'case',
    actions: ['list', 'read', 'update'],
    relationship: 'case_team',
    why: 'A decision maker records identification decisions on the cases referred to their authority.',
  },
  {
    id: 'case.guardian',
    roles: ['guardian'],
    resource: 'case',
    actions: ['list', 'read'],
    relationship: 'guardian_of',
    why: 'A guardian follows the case of the child they are appointed for, and no other (CoE art. 10(4)).',
  },
  {
    id: 'case.legal_adviser',
    roles: ['legal_adviser'],
    resource: 'case',
    actions: ['list', 'read'],
    relationship: 'case_team',
    why: 'A legal adviser follows the cases their organisation gives legal assistance on.',
  },

  // Persons: the most sensitive records; minimum necessary fields per role
  {
    id: 'person.register',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'person',
    actions: ['create'],
    relationship: 'any',
    why: 'Those who refer or take on a case record the person it is about.',
  },
  {
    id: 'person.case_work',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'person',
    actions: ['read', 'update'],
    relationship: 'case_team',
    why: 'Case workers and supervisors need the person’s details to arrange support, on their team’s cases.',
  },
  {
    id: 'person.first_responder',
    roles: ['first_responder'],
    resource: 'person',
    actions: ['read'],
    relationship: 'case_team',
    why: 'A first responder may check what they recorded, on their team’s cases.',
  },
  {
    id: 'person.identification',
    roles: ['identification_decision_maker'],
    resource: 'person',
    actions: ['read'],
    relationship: 'case_team',
    hiddenFields: ['address', 'contact'],
    why: 'A decision needs who the person is, not where they live or how to reach them.',
  },
  {
    id: 'person.guardian',
    roles: ['guardian'],
    resource: 'person',
    actions: ['read'],
    relationship: 'guardian_of',
    why: 'A guardian represents the child and needs the child’s details.',
  },
  {
    id: 'person.legal_adviser',
    roles: ['legal_adviser'],
    resource: 'person',
    actions: ['read'],
    relationship: 'case_team',
    hiddenFields: ['address'],
    why: 'Legal assistance needs identity and contact, not where the person is accommodated.',
  },

  // Audit log
  {
    id: 'audit_log.system_admin',
    roles: ['system_admin'],
    resource: 'audit_log',
    actions: ['list', 'read'],
    relationship: 'any',
    why: 'System administrators review and verify the audit trail.',
  },
  {
    id: 'audit_log.own_admin',
    roles: ['organisation_admin'],
    resource: 'audit_log',
    actions: ['list'],
    relationship: 'own_organisation',
    why: 'An organisation administrator reviews what their own staff did.',
  },

  // Statistics: aggregates only, suppressed before they leave the system
  {
    id: 'statistics.read',
    roles: ['analyst', 'case_supervisor', 'system_admin'],
    resource: 'statistics',
    actions: ['read'],
    relationship: 'any',
    why: 'Aggregate, small-cell-protected statistics inform policy and supervision.',
  },
];

/** Frozen, so no code path can add or widen a rule at run time. */
function freezeRule(rule: Rule): Rule {
  return Object.freeze({
    ...rule,
    roles: Object.freeze([...rule.roles]),
    actions: Object.freeze([...rule.actions]),
    ...(rule.hiddenFields ? { hiddenFields: Object.freeze([...rule.hiddenFields]) } : {}),
  });
}

export const POLICY: readonly Rule[] = Object.freeze(RULES.map(freezeRule));

/** The rules that name a role, for the policy page and the docs. */
export function rulesForRole(role: Role): readonly Rule[] {
  return POLICY.filter((rule) => rule.roles.includes(role));
}
