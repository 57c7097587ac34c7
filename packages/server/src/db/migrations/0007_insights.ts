import { type Kysely, sql } from 'kysely';

// National stock-taking (issue 5): statistics releases with their privacy budget, imports
// of historic HTCDS/CTDC data, and summaries. Owned by the insights module.
// Nothing here holds personal data: per-case facts are the plain, non-identifying
// columns statistics already read (region, gender, age group, nationality, dates,
// decision outcomes), copied so that the dashboard scans one narrow table.

// ---- insights server (helper F2): per-case facts, releases, reports, settings
const FACTS_RELEASES_REPORTS = [
  // Per-case summary for the dashboard: one row per case, rebuilt for the cases marked
  // dirty by the triggers below (an incremental refresh) and in full by a job. No
  // foreign key: it is a cache, and deleting or truncating a case never waits for it.
  `CREATE TABLE insights_case_facts (
     case_id uuid PRIMARY KEY,
     region text NOT NULL,
     stage text NOT NULL,
     first_contact_at timestamptz NOT NULL,
     referred_at timestamptz,
     registered_at timestamptz NOT NULL,
     registering_org_id uuid NOT NULL,
     gender text NOT NULL,
     age_group text NOT NULL,
     nationality text,
     citizenship text NOT NULL,
     forms text[] NOT NULL,
     place text,
     migration_status text,
     disabilities text[] NOT NULL,
     vulnerabilities text[] NOT NULL,
     rg_first_at timestamptz,
     rg_first_due_at timestamptz,
     rg_at timestamptz,
     rg_positive boolean,
     cg_first_at timestamptz,
     cg_first_due_at timestamptz,
     cg_at timestamptz,
     cg_positive boolean,
     rp_started_at timestamptz,
     rp_status text,
     rp_extended boolean NOT NULL DEFAULT false,
     rp_withheld_ground text,
     first_assistance_at timestamptz,
     cooperation_status text,
     stops_after_cooperation_change integer NOT NULL DEFAULT 0,
     needs_mask integer NOT NULL DEFAULT 0,
     served_mask integer NOT NULL DEFAULT 0,
     service_wait_days integer,
     guardian_requested_at timestamptz,
     guardian_appointed_at timestamptz,
     best_interests_assessed boolean NOT NULL DEFAULT false,
     best_interests_determined boolean NOT NULL DEFAULT false,
     missing_episodes integer NOT NULL DEFAULT 0,
     missing_now boolean NOT NULL DEFAULT false,
     refreshed_at timestamptz NOT NULL DEFAULT now())`,
  // Monthly rollup of the facts: for each source of the measures (see insights/rollup.ts),
  // counts by month of its date, region and one dimension value — n01…n32, a source's own
  // layout. The dashboard sums months instead of scanning every case. Kept incrementally:
  // a refresh appends what the changed cases took away (negative) and bring (positive);
  // rows are summed when read and merged by a job. No unique key, so appends never wait.
  `CREATE TABLE insights_rollup (
     source text NOT NULL,
     kind text NOT NULL,
     month date NOT NULL,
     region text NOT NULL,
     dim text NOT NULL,
     value text NOT NULL,
     ${Array.from({ length: 32 }, (_, i) => `n${String(i + 1).padStart(2, '0')} integer NOT NULL DEFAULT 0`).join(',\n     ')})`,
  `CREATE INDEX insights_rollup_idx ON insights_rollup (source, month, region)`,
  // Months to tidy: 'anonymous' (rebuild that month's anonymous notifications before the
  // next read) or 'delta' (merge the facts' delta rows of that month, by the job).
  `CREATE TABLE insights_rollup_months (
     month date NOT NULL,
     reason text NOT NULL,
     marked_at timestamptz NOT NULL DEFAULT now())`,
  // Anonymous notifications have no case: their month is marked directly.
  `CREATE FUNCTION insights_mark_notification_month() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'DELETE' THEN
       INSERT INTO insights_rollup_months (month, reason) VALUES (date_trunc('month', NEW.notified_on)::date, 'anonymous');
     END IF;
     IF TG_OP <> 'INSERT' THEN
       INSERT INTO insights_rollup_months (month, reason) VALUES (date_trunc('month', OLD.notified_on)::date, 'anonymous');
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER insights_dirty AFTER INSERT OR UPDATE OR DELETE ON anonymous_notifications
     FOR EACH ROW EXECUTE FUNCTION insights_mark_notification_month()`,
  // Remedies and durable solutions are kept by month of their own date: a change marks it.
  `CREATE FUNCTION insights_mark_remedy_month() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'DELETE' THEN
       INSERT INTO insights_rollup_months (month, reason)
         VALUES (date_trunc('month', (to_jsonb(NEW) ->> TG_ARGV[0])::date)::date, 'remedies');
     END IF;
     IF TG_OP <> 'INSERT' THEN
       INSERT INTO insights_rollup_months (month, reason)
         VALUES (date_trunc('month', (to_jsonb(OLD) ->> TG_ARGV[0])::date)::date, 'remedies');
     END IF;
     RETURN NULL;
   END $$`,
  ...(
    [
      ['residence_permits', 'applied_on'],
      ['legal_aid', 'requested_on'],
      ['compensation_claims', 'claimed_on'],
      ['non_punishment_assessments', 'assessed_on'],
      ['durable_solutions', 'decided_on'],
    ] as const
  ).flatMap(([table, date]) => [
    `CREATE TRIGGER insights_dirty AFTER INSERT OR UPDATE OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION insights_mark_remedy_month('${date}')`,
    `CREATE INDEX ${table}_${date}_idx ON ${table} (${date})`,
    `INSERT INTO insights_rollup_months (month, reason)
       SELECT DISTINCT date_trunc('month', ${date})::date, 'remedies' FROM ${table}`,
  ]),

  // The facts are read by case (the refresh) and in full (a rebuild), never by date: the
  // dashboard reads the rollup. No index beyond the key.

  // Cases whose facts must be recomputed: appended by triggers, consumed by the refresh.
  // No unique key, so concurrent writers never wait on one another.
  `CREATE TABLE insights_dirty_cases (
     case_id uuid NOT NULL,
     marked_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE FUNCTION insights_mark_case() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'DELETE' THEN
       INSERT INTO insights_dirty_cases (case_id) VALUES (NEW.case_id);
     END IF;
     IF TG_OP <> 'INSERT' THEN
       INSERT INTO insights_dirty_cases (case_id) VALUES (OLD.case_id);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION insights_mark_case_row() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'DELETE' THEN
       INSERT INTO insights_dirty_cases (case_id) VALUES (NEW.id);
     END IF;
     IF TG_OP <> 'INSERT' THEN
       INSERT INTO insights_dirty_cases (case_id) VALUES (OLD.id);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION insights_mark_person_cases() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO insights_dirty_cases (case_id) SELECT id FROM cases WHERE person_id = NEW.id;
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION insights_mark_extension_case() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO insights_dirty_cases (case_id)
       SELECT case_id FROM recovery_periods WHERE id = NEW.recovery_period_id;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER insights_dirty AFTER INSERT OR UPDATE OR DELETE ON cases
     FOR EACH ROW EXECUTE FUNCTION insights_mark_case_row()`,
  `CREATE TRIGGER insights_dirty AFTER UPDATE ON persons
     FOR EACH ROW EXECUTE FUNCTION insights_mark_person_cases()`,
  `CREATE TRIGGER insights_dirty AFTER INSERT ON recovery_extensions
     FOR EACH ROW EXECUTE FUNCTION insights_mark_extension_case()`,
  ...[
    'referrals',
    'decisions',
    'recovery_periods',
    'needs_assessments',
    'assessed_needs',
    'service_referrals',
    'cooperation_records',
    'guardian_appointments',
    'best_interests_procedures',
    'missing_episodes',
  ].map(
    (table) => `CREATE TRIGGER insights_dirty AFTER INSERT OR UPDATE OR DELETE ON ${table}
     FOR EACH ROW EXECUTE FUNCTION insights_mark_case()`,
  ),
  // Cases that exist before this migration get their facts at the first refresh.
  `INSERT INTO insights_dirty_cases (case_id) SELECT id FROM cases`,
  `INSERT INTO insights_rollup_months (month, reason)
     SELECT DISTINCT date_trunc('month', notified_on)::date, 'anonymous' FROM anonymous_notifications`,

  // Lookups by case (the incremental refresh) and by date (measures read these directly).
  `CREATE INDEX assessed_needs_case_idx ON assessed_needs (case_id)`,
  `CREATE INDEX residence_permits_case_idx ON residence_permits (case_id)`,
  `CREATE INDEX legal_aid_case_idx ON legal_aid (case_id)`,
  `CREATE INDEX compensation_claims_case_idx ON compensation_claims (case_id)`,
  `CREATE INDEX non_punishment_case_idx ON non_punishment_assessments (case_id)`,
  `CREATE INDEX best_interests_case_idx ON best_interests_procedures (case_id)`,
  `CREATE INDEX missing_episodes_case_idx ON missing_episodes (case_id)`,
  `CREATE INDEX durable_solutions_case_idx ON durable_solutions (case_id)`,
  `CREATE INDEX recovery_extensions_period_idx ON recovery_extensions (recovery_period_id)`,
  `CREATE INDEX anonymous_notifications_on_idx ON anonymous_notifications (notified_on)`,

  // A published statistics release: noised (differential privacy) and suppressed tables,
  // frozen at publication. Its ε counts against the privacy budget for good.
  `CREATE TABLE statistics_releases (
     id uuid PRIMARY KEY,
     title text NOT NULL,
     period_from date NOT NULL,
     period_to date NOT NULL,
     region text,
     granularity text NOT NULL,
     mechanism text NOT NULL,
     -- Exact decimals or fractions ("0.5", "1/3"): the budget adds them without rounding.
     epsilon text NOT NULL,
     delta text,
     suppression_threshold integer NOT NULL,
     parameters jsonb NOT NULL,
     published_by_user_id uuid NOT NULL REFERENCES users(id),
     published_by_org_id uuid NOT NULL REFERENCES organisations(id),
     published_at timestamptz NOT NULL)`,
  `CREATE INDEX statistics_releases_at_idx ON statistics_releases (published_at)`,
  `CREATE TABLE statistics_release_tables (
     release_id uuid NOT NULL REFERENCES statistics_releases(id),
     table_id text NOT NULL,
     position integer NOT NULL,
     epsilon text NOT NULL,
     delta text,
     sensitivity integer NOT NULL,
     parameters jsonb NOT NULL,
     data jsonb NOT NULL,
     PRIMARY KEY (release_id, table_id))`,

  // A stock-taking report built by a job: progress while it builds, then the PDF. It
  // holds aggregates only (suppressed), never a row about a person.
  `CREATE TABLE insights_reports (
     id uuid PRIMARY KEY,
     requested_by_user_id uuid NOT NULL REFERENCES users(id),
     requested_by_org_id uuid NOT NULL REFERENCES organisations(id),
     language text NOT NULL,
     period_from date NOT NULL,
     period_to date NOT NULL,
     region text,
     granularity text NOT NULL,
     status text NOT NULL,
     progress integer NOT NULL DEFAULT 0,
     step text,
     attempts integer NOT NULL DEFAULT 0,
     pdf bytea,
     pages integer,
     failure text,
     requested_at timestamptz NOT NULL,
     started_at timestamptz,
     finished_at timestamptz)`,
  `CREATE INDEX insights_reports_user_idx ON insights_reports (requested_by_user_id, requested_at)`,
  `CREATE INDEX insights_reports_status_idx ON insights_reports (status, requested_at)`,

  // Settings of statistics: small-cell threshold (default 5), privacy budget (total ε of
  // all releases), host country for the citizenship breakdown (null: the country of most
  // organisations). A change is an administrator's decision, recorded in settings.
  `INSERT INTO settings (key, value) VALUES ('insights',
     '{"suppressionThreshold": 5, "privacyBudgetEpsilon": "10", "privacyBudgetDelta": "0.00001", "hostCountry": null}'::jsonb)
     ON CONFLICT (key) DO NOTHING`,
];

// ---- HTCDS/CTDC imports (helper F1): its statements go in a block of its own here.
// An import of historic, already anonymised HTCDS/CTDC microdata (e.g. CTDC's synthetic
// data sets), with its progress and every row it could not map (row number, column and a
// reason code: never the value). The records hold HTCDS vocabulary only, no identifier.
const HTCDS_IMPORTS = [
  `CREATE TABLE statistics_imports (
     id uuid PRIMARY KEY,
     source text NOT NULL,
     file_name text,
     status text NOT NULL,
     rows_total integer NOT NULL DEFAULT 0,
     rows_done integer NOT NULL DEFAULT 0,
     rows_imported integer NOT NULL DEFAULT 0,
     rows_rejected integer NOT NULL DEFAULT 0,
     rejects jsonb NOT NULL DEFAULT '[]'::jsonb,
     imported_columns text[] NOT NULL DEFAULT '{}',
     ignored_columns text[] NOT NULL DEFAULT '{}',
     failure text,
     created_by uuid NOT NULL REFERENCES users(id),
     created_by_org_id uuid NOT NULL REFERENCES organisations(id),
     started_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL,
     finished_at timestamptz)`,
  `CREATE INDEX statistics_imports_started_idx ON statistics_imports (started_at)`,
  `CREATE TABLE imported_records (
     import_id uuid NOT NULL REFERENCES statistics_imports(id) ON DELETE CASCADE,
     row_number integer NOT NULL,
     year_from integer,
     year_to integer,
     gender text,
     age_band text,
     majority text,
     citizenship text,
     citizenship_region text,
     exploitation_country text,
     exploitation_region text,
     is_forced_labour boolean NOT NULL DEFAULT false,
     is_sexual_exploit boolean NOT NULL DEFAULT false,
     is_other_exploit boolean NOT NULL DEFAULT false,
     labour_sectors text[] NOT NULL DEFAULT '{}',
     sexual_types text[] NOT NULL DEFAULT '{}',
     other_types text[] NOT NULL DEFAULT '{}',
     means_of_control text[] NOT NULL DEFAULT '{}',
     recruiter_relations text[] NOT NULL DEFAULT '{}',
     trafficking_months text,
     PRIMARY KEY (import_id, row_number))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of FACTS_RELEASES_REPORTS) await sql.raw(statement).execute(db);
  for (const statement of HTCDS_IMPORTS) await sql.raw(statement).execute(db);
}
