import { type Kysely, sql } from 'kysely';

// Identification decisions (issue 3): reasonable and conclusive grounds, the recovery
// and reflection period with its extensions, reconsideration with an independent review.
// Reasons are free text about a person: encrypted. Nothing here records cooperation
// with law enforcement: no decision depends on it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('positive', 'boolean', (c) => c.notNull())
    .addColumn('standard', 'text', (c) => c.notNull())
    .addColumn('data_key_id', 'uuid', (c) => c.notNull().references('data_keys.id'))
    .addColumn('reasons_enc', 'text', (c) => c.notNull())
    .addColumn('decided_by_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('decided_by_org_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz')
    .addColumn('profile_id', 'text', (c) => c.notNull())
    .addColumn('profile_version', 'integer', (c) => c.notNull())
    .addColumn('supersedes_id', 'uuid', (c) => c.references('decisions.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('decisions_case_idx').on('decisions').columns(['case_id', 'stage']).execute();

  // Recovery and reflection period: starts with a positive reasonable-grounds decision;
  // no removal from the country while it runs.
  await db.schema
    .createTable('recovery_periods')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('decision_id', 'uuid', (c) => c.references('decisions.id'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('minimum_days', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('no_removal', 'boolean', (c) => c.notNull())
    .addColumn('data_key_id', 'uuid', (c) => c.notNull().references('data_keys.id'))
    .addColumn('withheld_ground', 'text')
    .addColumn('withheld_reason_enc', 'text')
    .addColumn('withheld_by_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('withheld_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('recovery_periods_case_idx').on('recovery_periods').column('case_id').execute();

  await db.schema
    .createTable('recovery_extensions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('recovery_period_id', 'uuid', (c) => c.notNull().references('recovery_periods.id'))
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('reason_enc', 'text', (c) => c.notNull())
    .addColumn('granted_by_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // A request to reconsider a negative decision, and its independent multi-agency review.
  await db.schema
    .createTable('reconsiderations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('decision_id', 'uuid', (c) => c.notNull().references('decisions.id'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('requested_by_org_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('requested_by_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('data_key_id', 'uuid', (c) => c.notNull().references('data_keys.id'))
    .addColumn('grounds_enc', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('panel', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('review_notes_enc', 'text')
    .addColumn('review_outcome', 'text')
    .addColumn('reviewed_by_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('new_decision_id', 'uuid', (c) => c.references('decisions.id'))
    .execute();
  await db.schema.createIndex('reconsiderations_case_idx').on('reconsiderations').column('case_id').execute();
}
