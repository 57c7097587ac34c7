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

  // Screening: anyone who meets a possible victim may screen (domain.md, "Identification")
  {
    id: 'screening.screen',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'screening',
    actions: ['create'],
    relationship: 'any',
    why: 'Anyone who meets a possible victim may screen with indicators; a suggestion, never a decision.',
  },
  {
    id: 'screening.own_organisation',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'screening',
    actions: ['list', 'read', 'update'],
    relationship: 'own_organisation',
    why: 'A screening stays with the organisation that did it, so a colleague can carry it on.',
  },
  {
    id: 'screening.identification',
    roles: ['identification_decision_maker'],
    resource: 'screening',
    actions: ['read'],
    relationship: 'case_team',
    why: 'Tell the story once: the decision maker reads the screening behind a referral rather than re-asking.',
  },
  {
    id: 'draft.own_organisation',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'draft',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'own_organisation',
    why: 'Work prepared offline syncs to the organisation that did it, and to no one else.',
  },

  // Referral and consent
  {
    id: 'referral.refer',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'referral',
    actions: ['create'],
    relationship: 'any',
    why: 'Any organisation may refer (the country profile says which kinds); not only law enforcement.',
  },
  {
    id: 'referral.case_team',
    roles: [
      'first_responder',
      'case_worker',
      'case_supervisor',
      'identification_decision_maker',
      'legal_adviser',
    ],
    resource: 'referral',
    actions: ['list', 'read'],
    relationship: 'case_team',
    why: 'The organisations on a case team see its referral; no other organisation does.',
  },
  {
    id: 'referral.guardian',
    roles: ['guardian'],
    resource: 'referral',
    actions: ['read'],
    relationship: 'guardian_of',
    why: 'A guardian represents the child in the referral.',
  },
  {
    id: 'consent.record',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'consent',
    actions: ['create', 'update'],
    relationship: 'case_team',
    why: 'Whoever works with the person records what they agreed to, and its revocation.',
  },
  {
    id: 'consent.read',
    roles: [
      'first_responder',
      'case_worker',
      'case_supervisor',
      'identification_decision_maker',
      'legal_adviser',
    ],
    resource: 'consent',
    actions: ['list', 'read'],
    relationship: 'case_team',
    why: 'Everyone on the team must know what the person agreed to share, with whom.',
  },
  {
    id: 'consent.guardian',
    roles: ['guardian'],
    resource: 'consent',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'guardian_of',
    why: 'A guardian decides on sharing in the child’s best interests.',
  },
  {
    id: 'anonymous_notification.notify',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'anonymous_notification',
    actions: ['create'],
    relationship: 'any',
    why: 'An adult who does not consent is still counted, without anything that identifies them.',
  },
  {
    id: 'anonymous_notification.own_organisation',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'anonymous_notification',
    actions: ['list'],
    relationship: 'own_organisation',
    why: 'An organisation sees the notifications it made (they hold no identifying data).',
  },

  // Identification decisions
  {
    id: 'decision.decide',
    roles: ['identification_decision_maker'],
    resource: 'decision',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'case_team',
    why: 'The competent authority decides on the cases referred to it, and manages the recovery period.',
  },
  {
    id: 'decision.case_team',
    roles: ['first_responder', 'case_worker', 'case_supervisor', 'legal_adviser'],
    resource: 'decision',
    actions: ['read'],
    relationship: 'case_team',
    why: 'Those supporting the person need to know the decision and the recovery period.',
  },
  {
    id: 'decision.guardian',
    roles: ['guardian'],
    resource: 'decision',
    actions: ['read'],
    relationship: 'guardian_of',
    why: 'Decision letters about a child go to the guardian.',
  },
  {
    id: 'reconsideration.request',
    roles: ['first_responder', 'case_worker', 'case_supervisor', 'legal_adviser'],
    resource: 'reconsideration',
    actions: ['create', 'read'],
    relationship: 'case_team',
    why: 'The referrer or support provider may ask for a negative decision to be reconsidered.',
  },
  {
    id: 'reconsideration.guardian',
    roles: ['guardian'],
    resource: 'reconsideration',
    actions: ['create', 'read'],
    relationship: 'guardian_of',
    why: 'A guardian may ask for a negative decision about the child to be reconsidered.',
  },
  {
    id: 'reconsideration.review',
    roles: ['identification_decision_maker'],
    resource: 'reconsideration',
    actions: ['read', 'update'],
    relationship: 'case_team',
    why: 'An independent reviewer (never the original decision maker) records the multi-agency review.',
  },

  // Country profile: the NRM's rules, versioned
  {
    id: 'country_profile.read',
    roles: ROLES,
    resource: 'country_profile',
    actions: ['list', 'read'],
    relationship: 'any',
    why: 'Everyone works under the same published rules: who refers, who decides, which deadlines.',
  },
  {
    id: 'country_profile.manage',
    roles: ['system_admin'],
    resource: 'country_profile',
    actions: ['create', 'update', 'manage'],
    relationship: 'any',
    why: 'System administrators publish a new version of the rules; cases keep the version they started with.',
  },

  // Deadline notices to an organisation
  {
    id: 'notice.own_organisation',
    roles: [
      'first_responder',
      'case_worker',
      'case_supervisor',
      'identification_decision_maker',
      'legal_adviser',
    ],
    resource: 'notice',
    actions: ['list', 'update'],
    relationship: 'own_organisation',
    why: 'Reminders and escalations of deadlines go to the organisation responsible.',
  },

  // Case file (issue 4). Purposes then narrow what a member sees (cases/minimisation.ts).
  {
    id: 'case_account.record',
    roles: ['first_responder', 'case_worker', 'case_supervisor'],
    resource: 'case_account',
    actions: ['create', 'update'],
    relationship: 'case_team',
    why: 'Tell the story once: whoever hears the person’s account records it, and shares it only as the person agrees.',
  },
  {
    id: 'case_account.read',
    roles: [
      'first_responder',
      'case_worker',
      'case_supervisor',
      'identification_decision_maker',
      'legal_adviser',
    ],
    resource: 'case_account',
    actions: ['read'],
    relationship: 'case_team',
    why: 'The account is read by the organisation that recorded it and those it was shared with, nobody else.',
  },
  {
    id: 'case_account.guardian',
    roles: ['guardian'],
    resource: 'case_account',
    actions: ['read'],
    relationship: 'guardian_of',
    why: 'A guardian represents the child and knows what the child has told.',
  },
  {
    id: 'account_request.case_team',
    roles: [
      'first_responder',
      'case_worker',
      'case_supervisor',
      'identification_decision_maker',
      'legal_adviser',
    ],
    resource: 'account_request',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'case_team',
    why: 'A team member asks for the account instead of making the person tell it again; the recorder answers.',
  },
  {
    id: 'case_note.case_team',
    roles: [
      'first_responder',
      'case_worker',
      'case_supervisor',
      'identification_decision_maker',
      'legal_adviser',
    ],
    resource: 'case_note',
    actions: ['list', 'read', 'create'],
    relationship: 'case_team',
    why: 'Team members keep each other informed in the case timeline, as far as their purpose allows.',
  },
  {
    id: 'case_note.guardian',
    roles: ['guardian'],
    resource: 'case_note',
    actions: ['list', 'read', 'create'],
    relationship: 'guardian_of',
    why: 'A guardian follows and contributes to the child’s case.',
  },

  // Assistance: never conditional on cooperation with criminal justice (CoE 12(6), EU 11(3))
  {
    id: 'assistance.case_work',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'needs_assessment',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'case_team',
    why: 'Case workers assess needs with the person, from first contact, before any decision.',
  },
  {
    id: 'needs_assessment.guardian',
    roles: ['guardian'],
    resource: 'needs_assessment',
    actions: ['list', 'read'],
    relationship: 'guardian_of',
    why: 'A guardian takes part in assessing the child’s needs.',
  },
  {
    id: 'risk_assessment.case_work',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'risk_assessment',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'case_team',
    why: 'Case workers assess risks with the person and agree a safety plan.',
  },
  {
    id: 'risk_assessment.guardian',
    roles: ['guardian'],
    resource: 'risk_assessment',
    actions: ['list', 'read'],
    relationship: 'guardian_of',
    why: 'A guardian must know the risks to the child and the safety plan.',
  },
  {
    id: 'support_plan.case_work',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'support_plan',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'case_team',
    why: 'Case workers agree the individual support plan with the person and review it.',
  },
  {
    id: 'support_plan.read',
    roles: ['legal_adviser'],
    resource: 'support_plan',
    actions: ['list', 'read'],
    relationship: 'case_team',
    why: 'A legal adviser on the team follows the plan actions they own.',
  },
  {
    id: 'support_plan.guardian',
    roles: ['guardian'],
    resource: 'support_plan',
    actions: ['list', 'read', 'update'],
    relationship: 'guardian_of',
    why: 'A guardian agrees the child’s plan in the child’s best interests.',
  },
  {
    id: 'advocate.case_work',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'advocate',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'case_team',
    why: 'An adult survivor may have an independent advocate assigned.',
  },
  {
    id: 'advocate.read',
    roles: ['first_responder', 'identification_decision_maker', 'legal_adviser'],
    resource: 'advocate',
    actions: ['list', 'read'],
    relationship: 'case_team',
    why: 'The team knows who advocates for the person.',
  },

  // Services directory: no personal data; providers keep their own services current
  {
    id: 'service.directory',
    roles: ROLES,
    resource: 'service',
    actions: ['list', 'read'],
    relationship: 'any',
    why: 'Everyone can find services for a person; the directory holds no personal data.',
  },
  {
    id: 'service.own_organisation',
    roles: ['organisation_admin', 'case_worker', 'case_supervisor'],
    resource: 'service',
    actions: ['create', 'update'],
    relationship: 'own_organisation',
    why: 'A provider describes its own services and keeps their capacity current.',
  },
  {
    id: 'service.system_admin',
    roles: ['system_admin'],
    resource: 'service',
    actions: ['create', 'update', 'manage'],
    relationship: 'any',
    why: 'System administrators keep the directory complete.',
  },
  {
    id: 'service_referral.send',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'service_referral',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'case_team',
    why: 'The case team sends a service referral, with the person’s consent to share with that provider.',
  },
  {
    id: 'service_referral.provider',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'service_referral',
    actions: ['list', 'read', 'update'],
    relationship: 'own_organisation',
    why: 'A provider sees what was sent to it, and accepts, declines, starts or ends the service.',
  },
  {
    id: 'capacity_gap.record',
    roles: ['case_worker', 'case_supervisor'],
    resource: 'capacity_gap',
    actions: ['create'],
    relationship: 'case_team',
    why: 'When nothing fits, the gap is recorded (without identifying data) so the system can see it.',
  },
  {
    id: 'caseload.own',
    roles: ['first_responder', 'case_worker', 'case_supervisor', 'legal_adviser'],
    resource: 'caseload',
    actions: ['list'],
    relationship: 'own_organisation',
    why: 'Staff see their own cases, overdue actions and reviews due.',
  },
  {
    id: 'caseload.supervisor',
    roles: ['case_supervisor'],
    resource: 'caseload',
    actions: ['list', 'read', 'manage'],
    relationship: 'own_organisation',
    why: 'A supervisor sees and balances the caseload of their organisation’s team.',
  },

  // Legal module: the person's free choice about criminal justice, read by no assistance code
  {
    id: 'cooperation.legal',
    roles: ['legal_adviser', 'case_worker', 'case_supervisor'],
    resource: 'cooperation',
    actions: ['list', 'read', 'create'],
    relationship: 'case_team',
    why: 'What the person chose about criminal justice is recorded as their free choice; it gates nothing.',
  },
  {
    id: 'legal_record.legal',
    roles: ['legal_adviser', 'case_worker', 'case_supervisor'],
    resource: 'legal_record',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'case_team',
    why: 'Residence, legal aid, compensation and non-punishment are followed by the legal adviser and case worker.',
  },
  {
    id: 'legal_record.guardian',
    roles: ['guardian'],
    resource: 'legal_record',
    actions: ['list', 'read', 'create', 'update'],
    relationship: 'guardian_of',
    why: 'A guardian represents the child in legal matters, best-interests procedures and missing episodes.',
  },

  // Statistics releases and imports (issue 5): aggregates only
  {
    id: 'statistics_release.analyst',
    roles: ['analyst'],
    resource: 'statistics_release',
    actions: ['list', 'read', 'create'],
    relationship: 'any',
    why: 'Analysts publish noised, suppressed statistics and account for the privacy budget.',
  },
  {
    id: 'statistics_release.read',
    roles: ['case_supervisor', 'system_admin'],
    resource: 'statistics_release',
    actions: ['list', 'read'],
    relationship: 'any',
    why: 'Published releases are public aggregates.',
  },
  {
    id: 'statistics_import.analyst',
    roles: ['analyst', 'system_admin'],
    resource: 'statistics_import',
    actions: ['list', 'read', 'create'],
    relationship: 'any',
    why: 'Historic HTCDS/CTDC data (already anonymised) is loaded for comparison.',
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
