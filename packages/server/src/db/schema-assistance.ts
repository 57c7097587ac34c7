import type { ColumnType } from 'kysely';

/** Kysely table types of migration 0006 (issue 4, and the records issue 5 counts). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as a Date at UTC midnight by both drivers, written as 'YYYY-MM-DD'. */
type DateOnly = ColumnType<Date, string, string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** numeric(14,2): read as a string by both drivers. */
type Money = ColumnType<string, string | number, string | number>;

// ---- cases
export type CaseAccountsTable = {
  id: string;
  case_id: string;
  version: number;
  data_key_id: string;
  account_enc: string;
  language: string;
  interpreter_used: Defaulted<boolean>;
  recorded_by_user_id: string;
  recorded_by_org_id: string;
  recorded_at: Timestamp;
};
export type AccountSharesTable = {
  id: string;
  case_id: string;
  organisation_id: string;
  consent_id: string | null;
  granted_by_user_id: string;
  granted_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by_user_id: string | null;
};
export type AccountRequestsTable = {
  id: string;
  case_id: string;
  requesting_org_id: string;
  requested_by_user_id: string;
  requested_at: Timestamp;
  data_key_id: string;
  reason_enc: string;
  /** 'requested' | 'granted' | 'refused' */
  status: string;
  decided_by_user_id: string | null;
  decided_at: Timestamp | null;
};
export type CaseNotesTable = {
  id: string;
  case_id: string;
  data_key_id: string;
  body_enc: string;
  /** 'team' | 'own_organisation' */
  visibility: string;
  author_user_id: string;
  author_org_id: string;
  written_at: Timestamp;
};

// ---- assistance
export type NeedsAssessmentsTable = {
  id: string;
  case_id: string;
  version: number;
  data_key_id: string;
  priorities_enc: string | null;
  priorities_language: string | null;
  assessed_by_user_id: string;
  assessed_by_org_id: string;
  assessed_at: Timestamp;
};
export type AssessedNeedsTable = {
  assessment_id: string;
  case_id: string;
  domain: string;
  level: string;
  urgency: string;
  notes_enc: string | null;
};
export type RiskAssessmentsTable = {
  id: string;
  case_id: string;
  version: number;
  traffickers_risk: string;
  retrafficking_risk: string;
  self_harm_risk: string;
  family_risk: string;
  overall: string;
  data_key_id: string;
  safety_plan_enc: string | null;
  assessed_by_user_id: string;
  assessed_by_org_id: string;
  assessed_at: Timestamp;
  review_due_on: DateOnly | null;
};
export type SupportPlansTable = {
  id: string;
  case_id: string;
  version: number;
  /** 'current' | 'superseded' */
  status: string;
  data_key_id: string;
  goals_enc: string;
  /** 'agreed' | 'partly_agreed' | 'disagreed' | 'not_yet_discussed' */
  agreement: string;
  agreement_note_enc: string | null;
  agreed_on: DateOnly | null;
  review_due_on: DateOnly | null;
  supersedes_id: string | null;
  created_by_user_id: string;
  created_by_org_id: string;
  created_at: Timestamp;
};
export type PlanActionsTable = {
  id: string;
  plan_id: string;
  case_id: string;
  position: number;
  domain: string;
  description_enc: string;
  owner_org_id: string | null;
  owner_user_id: string | null;
  service_id: string | null;
  due_on: DateOnly | null;
  /** 'planned' | 'in_progress' | 'done' | 'cancelled' */
  status: string;
  completed_on: DateOnly | null;
  /** The action of the previous plan version this one carries over (a review), if any. */
  carried_from_id: Defaulted<string | null>;
};
export type AdvocatesTable = {
  id: string;
  case_id: string;
  advocate_user_id: string;
  advocate_org_id: string;
  assigned_by_user_id: string;
  assigned_at: Timestamp;
  ended_at: Timestamp | null;
};

// ---- directory
export type ServicesTable = {
  id: string;
  organisation_id: string;
  kind: string;
  name: string;
  description: string | null;
  regions: Defaulted<string[]>;
  languages: Defaulted<string[]>;
  genders: Defaulted<string[]>;
  min_age: number | null;
  max_age: number | null;
  lgbti_safe: Defaulted<boolean>;
  accessibility: Defaulted<string[]>;
  accepts_without_status: Defaulted<boolean>;
  opening_hours: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  capacity_total: number | null;
  capacity_free: number | null;
  waiting_days: number | null;
  capacity_updated_at: Timestamp | null;
  active: Defaulted<boolean>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};
export type ServiceCapacityLogTable = {
  id: string;
  service_id: string;
  capacity_total: number | null;
  capacity_free: number | null;
  waiting_days: number | null;
  updated_by_user_id: string | null;
  updated_at: Timestamp;
};
export type ServiceReferralsTable = {
  id: string;
  case_id: string;
  service_id: string;
  provider_org_id: string;
  need_domain: string;
  plan_action_id: string | null;
  consent_id: string | null;
  data_key_id: string;
  message_enc: string | null;
  sent_by_user_id: string;
  sent_by_org_id: string;
  sent_at: Timestamp;
  /** 'sent' | 'accepted' | 'declined' | 'started' | 'ended' | 'withdrawn' */
  status: string;
  /** 'capacity' | 'eligibility' | 'other' when declined */
  decline_reason: string | null;
  response_note_enc: string | null;
  responded_by_user_id: string | null;
  responded_at: Timestamp | null;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
  outcome: string | null;
};
export type CapacityGapsTable = {
  id: string;
  case_id: string | null;
  need_domain: string;
  service_kind: string;
  region: string;
  /** 'no_fit' | 'declined_capacity' */
  reason: string;
  gender: string;
  age_band: string;
  is_child: boolean;
  disabilities: Defaulted<string[]>;
  language: string | null;
  without_status: Defaulted<boolean>;
  lgbti: Defaulted<boolean>;
  service_referral_id: string | null;
  recorded_by_org_id: string;
  recorded_at: Timestamp;
};

// ---- legal (cooperation is read by the legal module and by aggregate statistics only)
export type CooperationRecordsTable = {
  id: string;
  case_id: string;
  /** core COOPERATION_STATUSES */
  status: string;
  recorded_by_user_id: string;
  recorded_at: Timestamp;
};
export type ResidencePermitsTable = {
  id: string;
  case_id: string;
  /** 'victim_situation' | 'cooperation' | 'international_protection' | 'other' */
  basis: string;
  applied_on: DateOnly;
  /** 'pending' | 'granted' | 'refused' | 'withdrawn' */
  status: string;
  decided_on: DateOnly | null;
  valid_until: DateOnly | null;
  right_to_work: Defaulted<boolean>;
  recorded_by_user_id: string | null;
};
export type LegalAidTable = {
  id: string;
  case_id: string;
  provider_org_id: string | null;
  requested_on: DateOnly;
  granted_on: DateOnly | null;
  /** 'requested' | 'granted' | 'refused' */
  status: string;
};
export type CompensationClaimsTable = {
  id: string;
  case_id: string;
  /** 'criminal_proceedings' | 'civil_claim' | 'labour_tribunal' | 'state_fund' */
  route: string;
  claimed_on: DateOnly;
  currency: string;
  amount_claimed: Money | null;
  amount_awarded: Money | null;
  amount_paid: Money | null;
  /** 'pending' | 'awarded' | 'refused' | 'paid' | 'partly_paid' */
  status: string;
  decided_on: DateOnly | null;
};
export type NonPunishmentAssessmentsTable = {
  id: string;
  case_id: string;
  /** 'irregular_entry_or_stay' | 'false_documents' | 'prostitution_related' | 'drugs' | 'theft' | 'other' */
  offence: string;
  linked_to_trafficking: boolean;
  /** 'not_prosecuted' | 'discontinued' | 'acquitted' | 'convicted' | 'pending' */
  outcome: string;
  assessed_on: DateOnly;
};

// ---- children
export type BestInterestsProceduresTable = {
  id: string;
  case_id: string;
  /** 'assessment' | 'determination' */
  kind: string;
  started_on: DateOnly;
  completed_on: DateOnly | null;
};
export type MissingEpisodesTable = {
  id: string;
  case_id: string;
  went_missing_at: Timestamp;
  found_at: Timestamp | null;
  reported_by_org_id: string | null;
};

// ---- solutions
export type DurableSolutionsTable = {
  id: string;
  case_id: string;
  /** 'integration' | 'return' | 'relocation' */
  kind: string;
  /** 'planned' | 'in_progress' | 'completed' | 'abandoned' */
  status: string;
  decided_on: DateOnly;
  country: string | null;
};

export type AssistanceDB = {
  case_accounts: CaseAccountsTable;
  account_shares: AccountSharesTable;
  account_requests: AccountRequestsTable;
  case_notes: CaseNotesTable;
  needs_assessments: NeedsAssessmentsTable;
  assessed_needs: AssessedNeedsTable;
  risk_assessments: RiskAssessmentsTable;
  support_plans: SupportPlansTable;
  plan_actions: PlanActionsTable;
  advocates: AdvocatesTable;
  services: ServicesTable;
  service_capacity_log: ServiceCapacityLogTable;
  service_referrals: ServiceReferralsTable;
  capacity_gaps: CapacityGapsTable;
  cooperation_records: CooperationRecordsTable;
  residence_permits: ResidencePermitsTable;
  legal_aid: LegalAidTable;
  compensation_claims: CompensationClaimsTable;
  non_punishment_assessments: NonPunishmentAssessmentsTable;
  best_interests_procedures: BestInterestsProceduresTable;
  missing_episodes: MissingEpisodesTable;
  durable_solutions: DurableSolutionsTable;
};
