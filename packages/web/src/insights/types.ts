/**
 * Shapes of the insights API (packages/server/src/insights). The server's Zod schemas
 * and OpenAPI document are the authority; these mirror them for the web app.
 */

export const MEASURES = [
  'official_counts',
  'who_identifies',
  'bias',
  'conditionality',
  'timeliness',
  'remedies',
  'unmet_need',
  'children',
  'voices',
] as const;
export type MeasureId = (typeof MEASURES)[number];

export function isMeasureId(value: string | null | undefined): value is MeasureId {
  return (MEASURES as readonly (string | null | undefined)[]).includes(value);
}

/**
 * - `count`: persons or records about them, suppressed when small.
 * - `share`: 0 … 1, from two count columns of the same row.
 * - `days`, `amount`: a median or sum over the persons of a count column.
 * - `expected`, `residual`: a bias test's expected count and standardised residual.
 * - `capacity`: figures about services (places, waiting days), never suppressed.
 */
export type ColumnKind = 'count' | 'share' | 'days' | 'amount' | 'expected' | 'residual' | 'capacity';

/** What a statistical test says of a row (a group identified less often, refused more often…). */
export type RowFlag = 'under_identified' | 'over_identified' | 'refused_more_often';

/** A cell: its value, or null when suppressed (never 0 in its place) or when nothing can be computed. */
export type StatCell = { readonly value: number | null; readonly suppressed: boolean };

export type StatRow = {
  /** One value per dimension: a vocabulary code, an organisation id, a period bucket. */
  readonly key: readonly string[];
  readonly cells: readonly StatCell[];
  readonly flag: RowFlag | null;
};

export type StatColumn = { readonly id: string; readonly kind: ColumnKind };

export type StatTable = {
  /** `<measure>.<name>`: the export and release address of the table. */
  readonly id: string;
  /** One of the nine measures, or `data_quality`. */
  readonly measure: string;
  readonly dimensions: readonly string[];
  readonly columns: readonly StatColumn[];
  readonly rows: readonly StatRow[];
  readonly total: readonly StatCell[] | null;
  /** Display names for keys that are not vocabulary codes (organisation names). */
  readonly labels: Readonly<Record<string, string>>;
  readonly noData: boolean;
  /** The bias test's coarse result (significance only), on tables that have one. */
  readonly test: TestSummary | null;
};

/** A statistical test's coarse result: significance only, never a statistic a cell could be solved from. */
export type TestSummary = {
  readonly test: 'chi_square_independence' | 'chi_square_reference';
  readonly df: number;
  readonly alpha: number;
  readonly significant: boolean;
  /** Many expected counts below 5: read with care. */
  readonly sparse: boolean;
};

// ---- Dashboard, measures, reports (server: packages/server/src/insights/schemas.ts)

export type InsightsFilter = {
  readonly from: string;
  readonly to: string;
  readonly granularity: 'month' | 'quarter' | 'year';
  readonly region: string | null;
};

export type GapKind =
  | 'unmet_need'
  | 'under_identified'
  | 'refused_more_often'
  | 'late_reasonable_grounds'
  | 'late_conclusive_grounds'
  | 'capacity_gaps'
  | 'no_guardian'
  | 'children_missing'
  | 'not_yet_assisted'
  | 'services_stopped_after_cooperation_change'
  | 'enforcement_dominated_referrals'
  | 'returns_dominate';

/** One of the largest gaps: its sentence (in the language asked for) and the numbers behind it. */
export type Gap = {
  readonly kind: GapKind;
  readonly subject: readonly string[];
  /** Persons, decisions or records concerned: the ranking key. */
  readonly count: number;
  readonly base: number | null;
  readonly share: number | null;
  readonly observed: number | null;
  readonly expected: number | null;
  readonly text: string;
};

/** Share of records in which a field the statistics read is missing. */
export type QualityNote = {
  readonly field: string;
  readonly share: number;
  readonly missing: number;
  readonly records: number;
  readonly text: string;
};

export type Protection = { readonly threshold: number; readonly complementary: true };

export type Freshness = { readonly refreshed: number; readonly pending: number };

export type InsightsDashboard = {
  readonly filter: InsightsFilter;
  readonly generatedAt: string;
  readonly freshness: Freshness;
  readonly protection: Protection;
  readonly measures: readonly { readonly id: MeasureId; readonly noData: boolean }[];
  readonly tables: readonly StatTable[];
  readonly gaps: readonly Gap[];
  readonly qualityNotes: readonly QualityNote[];
};

export type MeasureDetail = {
  readonly filter: InsightsFilter;
  readonly generatedAt: string;
  readonly freshness: Freshness;
  readonly protection: Protection;
  readonly measure: MeasureId;
  readonly noData: boolean;
  readonly tables: readonly StatTable[];
  readonly qualityNotes: readonly QualityNote[];
};

/** A measure as a section shows it: its tables and whether its module has recorded anything. */
export type MeasureResult = {
  readonly id: MeasureId;
  readonly noData: boolean;
  readonly tables: readonly StatTable[];
};

export type ReportRequest = {
  readonly from: string;
  readonly to: string;
  readonly region?: string;
  readonly granularity: InsightsFilter['granularity'];
  readonly language: string;
};

export type ReportStatus = {
  readonly id: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  /** 0 … 100 */
  readonly progress: number;
  readonly step: string | null;
  readonly language: string;
  readonly filter: InsightsFilter;
  readonly pages: number | null;
  readonly requestedAt: string;
  readonly finishedAt: string | null;
  readonly downloadUrl: string | null;
};

// ---- Releases with a privacy budget

export const DP_MECHANISMS = ['discrete_laplace', 'discrete_gaussian'] as const;
export type DpMechanism = (typeof DP_MECHANISMS)[number];

export type ReleaseInput = {
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly region?: string;
  readonly granularity: InsightsFilter['granularity'];
  readonly tables: readonly string[];
  readonly mechanism: DpMechanism;
  /** ε spent on each table, as a decimal string (the release spends their sum). */
  readonly epsilonPerTable: string;
  readonly deltaPerTable?: string;
};

/** Budget figures are exact decimals, sent as strings. */
export type PrivacyBudget = {
  readonly budgetEpsilon: string;
  readonly spentEpsilon: string;
  readonly remainingEpsilon: string;
  readonly budgetDelta: string;
  readonly spentDelta: string;
  readonly remainingDelta: string;
  /** 0 … 1 */
  readonly spentShare: number;
};

export type ReleaseSummary = {
  readonly id: string;
  readonly title: string;
  readonly filter: InsightsFilter;
  readonly mechanism: DpMechanism;
  readonly epsilon: string;
  readonly delta: string | null;
  readonly threshold: number;
  readonly tables: readonly {
    readonly tableId: string;
    readonly epsilon: string;
    readonly sensitivity: number;
    readonly noise: Readonly<Record<string, string | number>>;
  }[];
  readonly publishedAt: string;
};

/** A release as published: its tables with noise added, then suppressed. */
export type ReleaseDetail = ReleaseSummary & { readonly data: readonly StatTable[] };

export type ReleasesOverview = { readonly items: readonly ReleaseSummary[]; readonly budget: PrivacyBudget };

export type ReleaseCreated = { readonly release: ReleaseSummary; readonly budget: PrivacyBudget };

// ---- Imports of HTCDS/CTDC data (server: packages/server/src/insights/htcds/schemas.ts)

export type ImportStatus = 'running' | 'completed' | 'failed';

export type StatisticsImport = {
  readonly id: string;
  readonly source: string;
  readonly fileName: string | null;
  readonly status: ImportStatus;
  readonly rowsTotal: number;
  readonly rowsDone: number;
  readonly rowsImported: number;
  readonly rowsRejected: number;
  /** 0 … 1; the total is an estimate until the import ends. */
  readonly progress: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
};

export type ImportReject = { readonly row: number; readonly column: string; readonly reason: string };

export type ImportDetail = StatisticsImport & {
  readonly importedColumns: readonly string[];
  readonly ignoredColumns: readonly { readonly column: string; readonly reason: string }[];
  readonly failure: string | null;
  readonly rejectsByReason: readonly {
    readonly column: string;
    readonly reason: string;
    readonly rows: number;
  }[];
  readonly rejects: readonly ImportReject[];
  readonly rejectsOffset: number;
};

export type StatisticsImportList = { readonly items: readonly StatisticsImport[] };

export type FrequencyCategory = {
  readonly value: string;
  /** As CTDC prints it. */
  readonly label: string;
  readonly count: number | null;
  /** % of all rows. */
  readonly percent: number | null;
  /** % of the rows with a value. */
  readonly validPercent: number | null;
  readonly suppressed: boolean;
};

export type FrequencyTable = {
  readonly variable: string;
  readonly key: string;
  readonly categories: readonly FrequencyCategory[];
  readonly validTotal: { readonly count: number | null; readonly suppressed: boolean };
  readonly missing: {
    readonly count: number | null;
    readonly percent: number | null;
    readonly suppressed: boolean;
  };
};

export type CrossFrequencyTable = {
  readonly key: string;
  readonly rows: readonly { readonly value: string; readonly label: string }[];
  readonly columns: readonly { readonly value: string; readonly label: string }[];
  readonly cells: readonly (readonly { readonly count: number | null; readonly suppressed: boolean }[])[];
};

export type ImportFrequencies = {
  readonly importId: string;
  readonly source: string;
  readonly status: ImportStatus;
  readonly total: number | null;
  readonly suppressionThreshold: number;
  readonly suppressedCells: number;
  readonly tables: readonly FrequencyTable[];
  readonly crossTables: readonly CrossFrequencyTable[];
};
