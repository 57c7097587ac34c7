import type { ColumnType, Generated } from 'kysely';

/** Kysely table types of migration 0007 (issue 5, insights module). Keep in step with it. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as a Date at UTC midnight by both drivers, written as 'YYYY-MM-DD'. */
type DateOnly = ColumnType<Date, string, string>;
type Json<T> = ColumnType<T, string, string>;

// ---- insights server (helper F2): per-case facts, releases, reports
/** One row per case: the non-identifying columns the dashboard counts (see insights/facts.ts). */
export type InsightsCaseFactsTable = {
  case_id: string;
  region: string;
  stage: string;
  first_contact_at: Timestamp;
  referred_at: Timestamp | null;
  /** The first referral, else the first contact: the date a person counts in official counts. */
  registered_at: Timestamp;
  registering_org_id: string;
  gender: string;
  age_group: string;
  nationality: string | null;
  citizenship: string;
  forms: string[];
  place: string | null;
  migration_status: string | null;
  disabilities: string[];
  vulnerabilities: string[];
  rg_first_at: Timestamp | null;
  rg_first_due_at: Timestamp | null;
  rg_at: Timestamp | null;
  rg_positive: boolean | null;
  cg_first_at: Timestamp | null;
  cg_first_due_at: Timestamp | null;
  cg_at: Timestamp | null;
  cg_positive: boolean | null;
  rp_started_at: Timestamp | null;
  rp_status: string | null;
  rp_extended: Generated<boolean>;
  rp_withheld_ground: string | null;
  first_assistance_at: Timestamp | null;
  cooperation_status: string | null;
  stops_after_cooperation_change: Generated<number>;
  needs_mask: Generated<number>;
  served_mask: Generated<number>;
  service_wait_days: number | null;
  guardian_requested_at: Timestamp | null;
  guardian_appointed_at: Timestamp | null;
  best_interests_assessed: Generated<boolean>;
  best_interests_determined: Generated<boolean>;
  missing_episodes: Generated<number>;
  missing_now: Generated<boolean>;
  refreshed_at: DefaultTimestamp;
};

/** The 32 counters of a rollup row (n01 … n32), laid out by each source. */
export type RollupCounter =
  | 'n01'
  | 'n02'
  | 'n03'
  | 'n04'
  | 'n05'
  | 'n06'
  | 'n07'
  | 'n08'
  | 'n09'
  | 'n10'
  | 'n11'
  | 'n12'
  | 'n13'
  | 'n14'
  | 'n15'
  | 'n16'
  | 'n17'
  | 'n18'
  | 'n19'
  | 'n20'
  | 'n21'
  | 'n22'
  | 'n23'
  | 'n24'
  | 'n25'
  | 'n26'
  | 'n27'
  | 'n28'
  | 'n29'
  | 'n30'
  | 'n31'
  | 'n32';

/** Monthly rollup of the facts (insights/rollup.ts). */
export type InsightsRollupTable = {
  source: string;
  kind: string;
  month: DateOnly;
  region: string;
  dim: string;
  value: string;
} & { [K in RollupCounter]: Generated<number> };

export type InsightsRollupMonthsTable = {
  month: DateOnly;
  /** 'anonymous' | 'delta' */
  reason: string;
  marked_at: DefaultTimestamp;
};

export type InsightsDirtyCasesTable = {
  case_id: string;
  marked_at: DefaultTimestamp;
};

export type StatisticsReleasesTable = {
  id: string;
  title: string;
  period_from: DateOnly;
  period_to: DateOnly;
  region: string | null;
  granularity: string;
  /** 'discrete_laplace' | 'discrete_gaussian' */
  mechanism: string;
  /** Exact decimal or fraction ("0.5", "1/3"). */
  epsilon: string;
  delta: string | null;
  suppression_threshold: number;
  parameters: Json<Record<string, unknown>>;
  published_by_user_id: string;
  published_by_org_id: string;
  published_at: Timestamp;
};

export type StatisticsReleaseTablesTable = {
  release_id: string;
  table_id: string;
  position: number;
  epsilon: string;
  delta: string | null;
  sensitivity: number;
  parameters: Json<Record<string, unknown>>;
  data: Json<unknown>;
};

export type InsightsReportsTable = {
  id: string;
  requested_by_user_id: string;
  requested_by_org_id: string;
  language: string;
  period_from: DateOnly;
  period_to: DateOnly;
  region: string | null;
  granularity: string;
  /** 'queued' | 'running' | 'done' | 'failed' */
  status: string;
  progress: Generated<number>;
  step: string | null;
  attempts: Generated<number>;
  pdf: Uint8Array | null;
  pages: number | null;
  failure: string | null;
  requested_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
};

// ---- HTCDS/CTDC imports (helper F1): its table types go in a block of its own here.
export type StatisticsImportsTable = {
  id: string;
  /** Detected layout: core CTDC_LAYOUTS ('ctdc_vp_2022' | 'ctdc_global_2024' | 'htcds') */
  source: string;
  file_name: string | null;
  /** 'running' | 'completed' | 'failed' */
  status: string;
  rows_total: Generated<number>;
  rows_done: Generated<number>;
  rows_imported: Generated<number>;
  rows_rejected: Generated<number>;
  /** [{ row, column, reason }]: reason codes only, never the value read */
  rejects: ColumnType<unknown, string | undefined, string>;
  imported_columns: Generated<string[]>;
  ignored_columns: Generated<string[]>;
  failure: string | null;
  created_by: string;
  created_by_org_id: string;
  started_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
};

/** One imported row in HTCDS vocabulary (core insights/htcds); null is "not recorded". */
export type ImportedRecordsTable = {
  import_id: string;
  row_number: number;
  year_from: number | null;
  year_to: number | null;
  gender: string | null;
  age_band: string | null;
  majority: string | null;
  citizenship: string | null;
  citizenship_region: string | null;
  exploitation_country: string | null;
  exploitation_region: string | null;
  is_forced_labour: Generated<boolean>;
  is_sexual_exploit: Generated<boolean>;
  is_other_exploit: Generated<boolean>;
  labour_sectors: Generated<string[]>;
  sexual_types: Generated<string[]>;
  other_types: Generated<string[]>;
  means_of_control: Generated<string[]>;
  recruiter_relations: Generated<string[]>;
  trafficking_months: string | null;
};

export type InsightsDB = {
  insights_case_facts: InsightsCaseFactsTable;
  insights_dirty_cases: InsightsDirtyCasesTable;
  insights_rollup: InsightsRollupTable;
  insights_rollup_months: InsightsRollupMonthsTable;
  statistics_releases: StatisticsReleasesTable;
  statistics_release_tables: StatisticsReleaseTablesTable;
  insights_reports: InsightsReportsTable;
  // HTCDS/CTDC imports (helper F1)
  statistics_imports: StatisticsImportsTable;
  imported_records: ImportedRecordsTable;
};
