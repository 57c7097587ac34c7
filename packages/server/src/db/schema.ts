import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AssistanceDB } from './schema-assistance.js';
import type { InsightsDB } from './schema-insights.js';

/** Kysely table types. Keep in step with migrations/. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type OrganisationsTable = {
  id: string;
  name: string;
  kind: string;
  country: string;
  region: string;
  contact_email: string | null;
  contact_phone: string | null;
  active: Generated<boolean>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type UsersTable = {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  roles: string[];
  locale: Generated<string>;
  password_hash: string;
  password_must_change: Generated<boolean>;
  data_key_id: string | null;
  totp_secret_enc: string | null;
  totp_pending_enc: string | null;
  mfa_enrolled_at: Timestamp | null;
  totp_last_step: number | null;
  recovery_codes: Generated<string[]>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  demo: Generated<boolean>;
  last_login_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type SessionsTable = {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  mfa_verified: Generated<boolean>;
  created_at: DefaultTimestamp;
  last_seen_at: DefaultTimestamp;
  absolute_expires_at: Timestamp;
};

export type DataKeysTable = {
  id: string;
  kek_id: string;
  wrapped: string;
  created_at: DefaultTimestamp;
};

export type PersonsTable = {
  id: string;
  data_key_id: string;
  given_name_enc: string | null;
  family_name_enc: string | null;
  aliases_enc: string | null;
  date_of_birth_enc: string | null;
  contact_enc: string | null;
  address_enc: string | null;
  identity_documents_enc: string | null;
  name_bidx: string | null;
  name_dob_bidx: string | null;
  gender: string;
  birth_year: number | null;
  age_uncertain: Generated<boolean>;
  nationality: string | null;
  languages: Generated<string[]>;
  preferred_language: string | null;
  /** core MIGRATION_STATUSES (0006) */
  migration_status: string | null;
  /** core VULNERABILITIES (0006) */
  vulnerabilities: Generated<string[]>;
  /** core DISABILITY_TYPES (0006) */
  disabilities: Generated<string[]>;
  dependants: number | null;
  created_by_org_id: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type CasesTable = {
  id: string;
  reference: string;
  person_id: string;
  stage: string;
  is_child: boolean;
  exploitation_forms: Generated<string[]>;
  exploitation_place: string | null;
  exploitation_countries: Generated<string[]>;
  region: string;
  referring_org_id: string;
  lead_org_id: string;
  first_contact_at: Timestamp;
  narrative_enc: string | null;
  profile_id: string | null;
  profile_version: number | null;
  /** 0006: the named case worker (of the lead organisation), and when the case closed. */
  case_worker_user_id: string | null;
  closed_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type CaseTeamTable = {
  case_id: string;
  organisation_id: string;
  purpose: string;
  added_at: DefaultTimestamp;
  removed_at: Timestamp | null;
};

export type AuditLogTable = {
  seq: number;
  id: string;
  at: Timestamp;
  actor_user_id: string | null;
  actor_org_id: string | null;
  actor_kind: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  subject_person_id: string | null;
  purpose: string | null;
  outcome: string;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
};

export type SettingsTable = {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: DefaultTimestamp;
};

type Json<T> = ColumnType<T, string, string>;

// ---- identification (0002) ----
export type CountryProfilesTable = {
  id: string;
  version: number;
  definition: Json<unknown>;
  created_by_user_id: string | null;
  created_at: DefaultTimestamp;
};

export type ScreeningsTable = {
  id: string;
  client_ref: string | null;
  organisation_id: string;
  screener_user_id: string;
  parent_id: string | null;
  case_id: string | null;
  /** 'short' | 'full' */
  depth: string;
  /** 'worker' | 'person_facing' */
  mode: string;
  language: string;
  /** [{ id, version }] of the indicator sets used. */
  indicator_sets: Json<{ id: string; version: number }[]>;
  /** 'in_progress' | 'completed' */
  status: string;
  /** core ChildStatus the indicator lists were chosen by. */
  child_status: Generated<string>;
  data_key_id: string;
  /** Encrypted JSON: { birthYear, ageUncertain, reasonsToBelieveChild, gender }. */
  person_enc: string | null;
  /** Encrypted JSON: the answers, keyed by question key. */
  answers_enc: string | null;
  /** Encrypted JSON: the question keys a full screen carried over from its short screen. */
  inherited_enc: string | null;
  /** core OverallReading the indicators suggested, set at completion. */
  suggested: string | null;
  /** Encrypted JSON: the whole ScreeningSuggestion as computed at completion. */
  suggestion_enc: string | null;
  /** 'confirmed' | 'overridden' once the screener has concluded. */
  conclusion: string | null;
  /** core OverallReading the screener concluded (equal to `suggested` when confirmed). */
  concluded: string | null;
  concluded_by_user_id: string | null;
  concluded_forms: Generated<string[]>;
  override_reason_enc: string | null;
  version: Generated<number>;
  started_at: Timestamp;
  completed_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type DraftsTable = {
  id: string;
  organisation_id: string;
  owner_user_id: string;
  /** 'screening' | 'referral' */
  kind: string;
  data_key_id: string;
  payload_enc: string;
  version: number;
  updated_by_user_id: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  deleted_at: Timestamp | null;
};

export type DraftKeysTable = {
  user_id: string;
  key_id: string;
  data_key_id: string;
  material_enc: string;
  created_at: DefaultTimestamp;
};

// ---- referrals (0003) ----
export type ReferralsTable = {
  id: string;
  case_id: string;
  screening_id: string | null;
  referring_org_id: string;
  referring_user_id: string;
  competent_org_id: string;
  profile_id: string;
  profile_version: number;
  /** core ChildStatus at referral */
  child_status: string;
  elements: Json<unknown>;
  exploitation_forms: Generated<string[]>;
  exploitation_location: string;
  events: Json<unknown>;
  urgent_needs: Generated<string[]>;
  interpreter_needed: Generated<boolean>;
  interpreter_language: string | null;
  /** Sealed with the person's data key. */
  safe_contact_enc: string | null;
  referred_at: Timestamp;
  reasonable_grounds_due_at: Timestamp | null;
  client_ref: string | null;
  created_at: DefaultTimestamp;
};

export type ConsentsTable = {
  id: string;
  case_id: string;
  person_id: string;
  purpose: string;
  recipient_org_id: string | null;
  language: string;
  interpreter_used: boolean;
  method: string;
  given_at: Timestamp;
  recorded_by_user_id: string;
  revoked_at: Timestamp | null;
  revoked_by_user_id: string | null;
  created_at: DefaultTimestamp;
};

/** No identifying data, by construction: these columns are all there is. */
export type AnonymousNotificationsTable = {
  id: string;
  organisation_id: string;
  notified_on: ColumnType<Date, string, string>;
  gender: string;
  age_band: string;
  nationality: string | null;
  exploitation_forms: Generated<string[]>;
  region: string | null;
};

export type PossibleDuplicatesTable = {
  id: string;
  case_id: string;
  matching_case_id: string;
  /** 'name_and_birth_date' | 'name' */
  basis: string;
  flagged_at: DefaultTimestamp;
  reviewed_at: Timestamp | null;
  reviewed_by_user_id: string | null;
  /** 'same_person' | 'different_person' */
  review_outcome: string | null;
};

export type GuardianAppointmentsTable = {
  id: string;
  case_id: string;
  requested_at: Timestamp;
  requested_by_user_id: string | null;
  guardian_user_id: string | null;
  appointed_at: Timestamp | null;
  ended_at: Timestamp | null;
};

// ---- decisions (0004) ----
export type DecisionsTable = {
  id: string;
  case_id: string;
  /** 'reasonable_grounds' | 'conclusive_grounds' */
  stage: string;
  /** An outcome category id of the case's country profile. */
  outcome: string;
  positive: boolean;
  standard: string;
  data_key_id: string;
  reasons_enc: string;
  decided_by_user_id: string;
  decided_by_org_id: string;
  decided_at: Timestamp;
  due_at: Timestamp | null;
  profile_id: string;
  profile_version: number;
  supersedes_id: string | null;
  created_at: DefaultTimestamp;
};

export type RecoveryPeriodsTable = {
  id: string;
  case_id: string;
  decision_id: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  minimum_days: number;
  /** 'running' | 'ended' | 'withheld' */
  status: string;
  no_removal: boolean;
  data_key_id: string;
  /** core WITHHOLDING_GROUNDS: 'public_order' | 'improperly_claimed_status' */
  withheld_ground: string | null;
  withheld_reason_enc: string | null;
  withheld_by_user_id: string | null;
  withheld_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type RecoveryExtensionsTable = {
  id: string;
  recovery_period_id: string;
  days: number;
  reason_enc: string;
  granted_by_user_id: string;
  granted_at: Timestamp;
};

export type ReconsiderationsTable = {
  id: string;
  decision_id: string;
  case_id: string;
  requested_by_org_id: string;
  requested_by_user_id: string;
  requested_at: Timestamp;
  data_key_id: string;
  grounds_enc: string;
  /** 'requested' | 'upheld' | 'overturned' */
  status: string;
  panel: Json<unknown>;
  review_notes_enc: string | null;
  review_outcome: string | null;
  reviewed_by_user_id: string | null;
  reviewed_at: Timestamp | null;
  new_decision_id: string | null;
};

// ---- deadline notices (0005) ----
export type NoticesTable = {
  id: string;
  organisation_id: string;
  /** e.g. 'reasonable_grounds_due_soon', 'reasonable_grounds_overdue' */
  kind: string;
  case_id: string | null;
  due_at: Timestamp | null;
  dedupe_key: string;
  created_at: DefaultTimestamp;
  read_at: Timestamp | null;
};

export type DB = AssistanceDB &
  InsightsDB & {
    organisations: OrganisationsTable;
    users: UsersTable;
    sessions: SessionsTable;
    data_keys: DataKeysTable;
    persons: PersonsTable;
    cases: CasesTable;
    case_team: CaseTeamTable;
    audit_log: AuditLogTable;
    settings: SettingsTable;
    country_profiles: CountryProfilesTable;
    screenings: ScreeningsTable;
    drafts: DraftsTable;
    draft_keys: DraftKeysTable;
    referrals: ReferralsTable;
    consents: ConsentsTable;
    anonymous_notifications: AnonymousNotificationsTable;
    possible_duplicates: PossibleDuplicatesTable;
    guardian_appointments: GuardianAppointmentsTable;
    decisions: DecisionsTable;
    recovery_periods: RecoveryPeriodsTable;
    recovery_extensions: RecoveryExtensionsTable;
    reconsiderations: ReconsiderationsTable;
    notices: NoticesTable;
  };

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type PersonRow = Selectable<PersonsTable>;
export type CaseRow = Selectable<CasesTable>;
