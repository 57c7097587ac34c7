import { type Kysely, sql } from 'kysely';

// Referrals (issue 3): referrals into the NRM, consents per purpose and recipient,
// anonymous notifications (no identifying data at all), possible duplicates.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One referral creates (or joins) a case; the case holds the person and narrative.
  // There is no column about cooperation with law enforcement, by design.
  await db.schema
    .createTable('referrals')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('screening_id', 'uuid', (c) => c.references('screenings.id'))
    .addColumn('referring_org_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('referring_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('competent_org_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('profile_id', 'text', (c) => c.notNull())
    .addColumn('profile_version', 'integer', (c) => c.notNull())
    .addColumn('child_status', 'text', (c) => c.notNull())
    .addColumn('elements', 'jsonb', (c) => c.notNull())
    // The forms of exploitation as referred (the case's list may change later).
    .addColumn('exploitation_forms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('exploitation_location', 'text', (c) => c.notNull())
    .addColumn('events', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('urgent_needs', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('interpreter_needed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('interpreter_language', 'text')
    // How to reach the person safely, in the referrer's words: sealed with the person's
    // data key (AAD referrals:<id>:safe_contact_enc), like the case narrative.
    .addColumn('safe_contact_enc', 'text')
    .addColumn('referred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reasonable_grounds_due_at', 'timestamptz')
    .addColumn('client_ref', 'uuid', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('referrals_case_idx').on('referrals').column('case_id').execute();
  await db.schema
    .createIndex('referrals_competent_idx')
    .on('referrals')
    .columns(['competent_org_id', 'reasonable_grounds_due_at'])
    .execute();

  // Consent per purpose and recipient; revocation stops sharing from then on.
  await db.schema
    .createTable('consents')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('recipient_org_id', 'uuid', (c) => c.references('organisations.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('interpreter_used', 'boolean', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('given_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('consents_case_idx').on('consents').column('case_id').execute();
  await db.schema
    .createIndex('consents_recipient_idx')
    .on('consents')
    .columns(['recipient_org_id', 'purpose'])
    .execute();

  // An adult who did not consent: counted, never identified. Only these columns exist:
  // no person, no case, no free text, no user, and a date rather than an instant.
  await db.schema
    .createTable('anonymous_notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('notified_on', 'date', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('age_band', 'text', (c) => c.notNull())
    .addColumn('nationality', 'text')
    .addColumn('exploitation_forms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('region', 'text')
    // No created_at: an exact instant could be matched with other records of that moment.
    .execute();
  await db.schema
    .createIndex('anonymous_notifications_org_idx')
    .on('anonymous_notifications')
    .columns(['organisation_id', 'notified_on'])
    .execute();

  // The same person may have been referred before, by anyone (blind-index match). The
  // decision maker sees that a match exists, not the other organisation's case.
  await db.schema
    .createTable('possible_duplicates')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('matching_case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('flagged_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('reviewed_by_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('review_outcome', 'text')
    .addUniqueConstraint('possible_duplicates_pair', ['case_id', 'matching_case_id'])
    .execute();

  // A child's guardian: requested when a child is referred, appointed later.
  await db.schema
    .createTable('guardian_appointments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('requested_by_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('guardian_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('appointed_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('guardian_appointments_case_idx')
    .on('guardian_appointments')
    .column('case_id')
    .execute();
  await db.schema
    .createIndex('guardian_appointments_guardian_idx')
    .on('guardian_appointments')
    .column('guardian_user_id')
    .execute();
}
