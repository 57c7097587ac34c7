import { type Kysely, sql } from 'kysely';

// Deadline follow-up (issue 3): in-app notices to an organisation (a reminder before a
// deadline, an escalation when it is overdue). Notices carry ids and codes only.
// The job queue that produces them keeps its own tables (see jobs/).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notices')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.references('cases.id'))
    .addColumn('due_at', 'timestamptz')
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('notices_org_idx')
    .on('notices')
    .columns(['organisation_id', 'read_at'])
    .execute();
}
