import { type Kysely, sql } from 'kysely';

// Forward-only. Runs unchanged on PGlite (PostgreSQL 18) and PostgreSQL 15+.
// Personal data columns end in `_enc` (AES-256-GCM envelope, see crypto/) or `_bidx`
// (keyed HMAC blind index for exact-match lookups). Nothing else may hold personal data.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Wrapped data-encryption keys. Each personal-data record references one; the
  // master key (KEK) never touches the database. `kek_id` tells which master key
  // wrapped it so `rotate-key` can re-wrap without touching field ciphertext.
  await db.schema
    .createTable('data_keys')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('kek_id', 'text', (c) => c.notNull())
    .addColumn('wrapped', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Staff accounts. Staff e-mail and display name are work contact data, stored in
  // clear so admins can manage accounts; the TOTP secret is encrypted.
  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('roles', sql`text[]`, (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('password_must_change', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('data_key_id', 'uuid', (c) => c.references('data_keys.id'))
    .addColumn('totp_secret_enc', 'text')
    .addColumn('totp_pending_enc', 'text')
    .addColumn('mfa_enrolled_at', 'timestamptz')
    .addColumn('totp_last_step', 'integer')
    .addColumn('recovery_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('users_org_idx').on('users').column('organisation_id').execute();

  // Server-side sessions: the cookie carries a random token, the table its SHA-256.
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('mfa_verified', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('absolute_expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  // A person who may have been trafficked. Identifying data is encrypted per field;
  // demographics used for statistics are plain and non-identifying on their own.
  await db.schema
    .createTable('persons')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('data_key_id', 'uuid', (c) => c.notNull().references('data_keys.id'))
    .addColumn('given_name_enc', 'text')
    .addColumn('family_name_enc', 'text')
    .addColumn('aliases_enc', 'text')
    .addColumn('date_of_birth_enc', 'text')
    .addColumn('contact_enc', 'text')
    .addColumn('address_enc', 'text')
    .addColumn('identity_documents_enc', 'text')
    .addColumn('name_bidx', 'text')
    .addColumn('name_dob_bidx', 'text')
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('birth_year', 'integer')
    .addColumn('age_uncertain', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('nationality', 'text')
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('preferred_language', 'text')
    .addColumn('created_by_org_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('persons_name_bidx').on('persons').column('name_bidx').execute();
  await db.schema.createIndex('persons_name_dob_bidx').on('persons').column('name_dob_bidx').execute();

  // One case per person per trafficking experience. The reference is non-identifying
  // and safe for URLs, logs and letters.
  await db.schema
    .createTable('cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('is_child', 'boolean', (c) => c.notNull())
    .addColumn('exploitation_forms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('exploitation_place', 'text')
    .addColumn('exploitation_countries', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('referring_org_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('lead_org_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('first_contact_at', 'timestamptz', (c) => c.notNull())
    .addColumn('narrative_enc', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('cases_person_idx').on('cases').column('person_id').execute();
  await db.schema.createIndex('cases_lead_org_idx').on('cases').columns(['lead_org_id', 'stage']).execute();

  // Organisations working on a case, each with the purpose they were added for.
  await db.schema
    .createTable('case_team')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('removed_at', 'timestamptz')
    .addPrimaryKeyConstraint('case_team_pk', ['case_id', 'organisation_id', 'purpose'])
    .execute();
  await db.schema
    .createIndex('case_team_org_idx')
    .on('case_team')
    .columns(['organisation_id', 'case_id'])
    .execute();

  // Append-only, hash-chained audit log. No personal data: ids, actions, purposes.
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('id', 'uuid', (c) => c.notNull().unique())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid')
    .addColumn('actor_org_id', 'uuid')
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('subject_person_id', 'uuid')
    .addColumn('purpose', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_subject_idx')
    .on('audit_log')
    .columns(['subject_person_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_actor_idx').on('audit_log').columns(['actor_user_id', 'seq']).execute();

  // Append-only enforced in the database: no UPDATE, DELETE or TRUNCATE on audit_log.
  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END;
    $$`.execute(db);
  await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);

  // Instance settings (demo mode marker, key metadata, country profile pointer).
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only');
}
