/**
 * Vocabulary of the access policy. The policy itself is data (see policy.ts) and is
 * evaluated in one place (evaluate.ts) by both the server and the web app.
 */

export const ROLES = [
  'first_responder',
  'case_worker',
  'case_supervisor',
  'identification_decision_maker',
  'guardian',
  'legal_adviser',
  'analyst',
  'organisation_admin',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Kinds of thing the policy speaks about. Extend as modules land. */
export const RESOURCES = [
  'organisation',
  'user',
  'person',
  'case',
  'audit_log',
  'statistics',
  'own_account',
  // Identification and referral (issue 3)
  'screening',
  'draft',
  'referral',
  'consent',
  'anonymous_notification',
  'decision',
  'reconsideration',
  'country_profile',
  'notice',
  // Assistance (issue 4)
  'case_account',
  'account_request',
  'case_note',
  'needs_assessment',
  'risk_assessment',
  'support_plan',
  'advocate',
  'service',
  'service_referral',
  'capacity_gap',
  'caseload',
  'cooperation',
  'legal_record',
  // National stock-taking (issue 5)
  'statistics_release',
  'statistics_import',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ['list', 'read', 'create', 'update', 'manage'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How the actor stands to one resource instance. The server resolves these from the
 * database (e.g. case team membership); a rule names the relationship it requires.
 * - `any`: no relationship needed (e.g. system admin listing organisations)
 * - `own_organisation`: the resource belongs to the actor's organisation
 * - `case_team`: the actor's organisation is on the team of the case the resource belongs to
 * - `guardian_of`: the actor is the appointed guardian of the child the resource is about
 * - `self`: the resource is the actor's own account
 */
export const RELATIONSHIPS = ['any', 'own_organisation', 'case_team', 'guardian_of', 'self'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export type Actor = {
  readonly userId: string;
  readonly organisationId: string;
  readonly roles: readonly Role[];
  /** True when this session passed a second factor (or MFA is not required for the roles). */
  readonly mfaVerified: boolean;
};

export type Rule = {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly resource: Resource;
  readonly actions: readonly Action[];
  /** The relationship the actor must hold to the instance. */
  readonly relationship: Relationship;
  /** Fields of the resource this rule never reveals (data minimisation). */
  readonly hiddenFields?: readonly string[];
  /** Human explanation, shown in the policy page and in docs. */
  readonly why: string;
};

export type Decision =
  | { readonly allowed: true; readonly ruleId: string; readonly hiddenFields: readonly string[] }
  | { readonly allowed: false; readonly reason: 'no_rule' | 'mfa_required' | 'relationship_missing' };
