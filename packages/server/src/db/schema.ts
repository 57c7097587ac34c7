import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

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

export type DB = {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  data_keys: DataKeysTable;
  persons: PersonsTable;
  cases: CasesTable;
  case_team: CaseTeamTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
};

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type PersonRow = Selectable<PersonsTable>;
export type CaseRow = Selectable<CasesTable>;
