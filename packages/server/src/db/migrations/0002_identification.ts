import { GENERIC_COE_EU_PROFILE, UK_LIKE_PROFILE } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';

// Identification (issue 3): country profiles, screenings, and drafts synced from the
// browser (offline work). Forward-only; runs unchanged on PGlite and PostgreSQL 15+.
// Answers, reasons and draft payloads describe a person: encrypted (`_enc`).
export async function up(db: Kysely<unknown>): Promise<void> {
  // Versioned country profiles (core/profiles). A case records the version it started
  // with; `settings.country_profile` names the id new cases use.
  await db.schema
    .createTable('country_profiles')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_by_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('country_profiles_pk', ['id', 'version'])
    .execute();
  // The shipped profiles as they stood when this migration was written; later versions
  // are published by administrators (profiles/), never by editing these rows.
  for (const profile of [GENERIC_COE_EU_PROFILE, UK_LIKE_PROFILE]) {
    await sql`insert into country_profiles (id, version, definition)
      values (${profile.id}, ${profile.version}, ${JSON.stringify(profile)}::jsonb)`.execute(db);
  }
  await sql`insert into settings (key, value) values ('country_profile', ${JSON.stringify(GENERIC_COE_EU_PROFILE.id)}::jsonb)
    on conflict (key) do nothing`.execute(db);

  await db.schema
    .alterTable('cases')
    .addColumn('profile_id', 'text')
    .addColumn('profile_version', 'integer')
    .execute();

  // A screening with indicators: a suggestion, never a decision. `depth` short (first
  // contact) or full (later; `parent_id` is the short screen it continues, whose
  // answers are never asked again). `client_ref` makes an offline sync idempotent.
  await db.schema
    .createTable('screenings')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('client_ref', 'uuid', (c) => c.unique())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('screener_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('parent_id', 'uuid', (c) => c.references('screenings.id'))
    .addColumn('case_id', 'uuid', (c) => c.references('cases.id'))
    .addColumn('depth', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('indicator_sets', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // core ChildStatus the lists were chosen by (a presumed child is screened as a child).
    .addColumn('child_status', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('data_key_id', 'uuid', (c) => c.notNull().references('data_keys.id'))
    // What is known of the person's age (birth year, doubts), and the answers.
    .addColumn('person_enc', 'text')
    .addColumn('answers_enc', 'text')
    // Which answers a full screen carried over from its short screen (never asked again).
    .addColumn('inherited_enc', 'text')
    // At completion: the overall reading suggested (plain, for statistics), the whole
    // suggestion as it was computed then (encrypted: it says which indicators were found),
    // and the screener's conclusion (confirmed or overridden, to which reading, by whom).
    .addColumn('suggested', 'text')
    .addColumn('suggestion_enc', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('concluded', 'text')
    .addColumn('concluded_by_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('concluded_forms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('override_reason_enc', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('screenings_org_idx')
    .on('screenings')
    .columns(['organisation_id', 'status'])
    .execute();
  await db.schema.createIndex('screenings_case_idx').on('screenings').column('case_id').execute();

  // Work prepared in the browser (offline) and synced: a screening or referral draft,
  // visible to its organisation so a colleague may carry on. `version` increases on every
  // accepted write; a write based on an older version is a conflict, never an overwrite.
  await db.schema
    .createTable('drafts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('owner_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data_key_id', 'uuid', (c) => c.notNull().references('data_keys.id'))
    .addColumn('payload_enc', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('drafts_org_idx').on('drafts').columns(['organisation_id', 'kind']).execute();

  // Each user's key material for the browser's encrypted draft store (drafts/offline-key.ts):
  // 32 random bytes sealed under a data key. Deleting the row retires every copy held in
  // browsers (what they stored can no longer be opened).
  await db.schema
    .createTable('draft_keys')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id'))
    .addColumn('key_id', 'uuid', (c) => c.notNull().unique())
    .addColumn('data_key_id', 'uuid', (c) => c.notNull().references('data_keys.id'))
    .addColumn('material_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
