import { DP_MECHANISMS, ZRegionCode } from '@opennrm/core';
import { z } from 'zod';
import { GAP_KINDS } from './gaps.js';
import { REPORT_LANGUAGES } from './messages/index.js';
import { GRANULARITIES } from './period.js';
import { MEASURES } from './tables.js';

/**
 * Request and response schemas of /api/insights. Every table in a response is a
 * protected `StatTable`: counts from 1 to threshold − 1 never appear (their cells say
 * `suppressed: true` and hold no value).
 */

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date YYYY-MM-DD');

export const ZInsightsQuery = z.strictObject({
  from: ZDay.optional(),
  to: ZDay.optional(),
  region: ZRegionCode.optional(),
  granularity: z.enum(GRANULARITIES).optional(),
  /** Language of the sentences (gap summary); default the user's. */
  lang: z.enum(REPORT_LANGUAGES).optional(),
});
export type TInsightsQuery = z.infer<typeof ZInsightsQuery>;

export const ZMeasureParams = z.strictObject({ measure: z.enum(MEASURES) });
export const ZTableParams = z.strictObject({
  tableId: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .max(80),
});
export const ZReportParams = z.strictObject({ id: z.uuid() });

const ZCell = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
const ZColumnKind = z.enum(['count', 'share', 'days', 'amount', 'expected', 'residual', 'capacity']);

export const ZStatTable = z.object({
  id: z.string(),
  measure: z.string(),
  dimensions: z.array(z.string()),
  columns: z.array(z.object({ id: z.string(), kind: ZColumnKind })),
  rows: z.array(
    z.object({
      key: z.array(z.string()),
      cells: z.array(ZCell),
      flag: z.enum(['under_identified', 'over_identified', 'refused_more_often']).nullable(),
    }),
  ),
  total: z.array(ZCell).nullable(),
  labels: z.record(z.string(), z.string()),
  noData: z.boolean(),
  test: z
    .object({
      test: z.enum(['chi_square_independence', 'chi_square_reference']),
      df: z.number(),
      alpha: z.number(),
      significant: z.boolean(),
      sparse: z.boolean(),
    })
    .nullable(),
});

const ZFilter = z.object({
  from: ZDay,
  to: ZDay,
  region: z.string().nullable(),
  granularity: z.enum(GRANULARITIES),
});

const ZFreshness = z.object({ refreshed: z.number().int(), pending: z.number().int() });

export const ZGapView = z.object({
  kind: z.enum(GAP_KINDS),
  subject: z.array(z.string()),
  count: z.number(),
  base: z.number().nullable(),
  share: z.number().nullable(),
  observed: z.number().nullable(),
  expected: z.number().nullable(),
  /** The gap in a sentence, in the language asked for. */
  text: z.string(),
});

const ZQualityNote = z.object({
  field: z.string(),
  share: z.number(),
  missing: z.number(),
  records: z.number(),
  text: z.string(),
});

const ZProtection = z.object({
  /** Counts from 1 to threshold − 1 are withheld. */
  threshold: z.number().int(),
  complementary: z.literal(true),
});

export const ZDashboardResponse = z.object({
  filter: ZFilter,
  generatedAt: z.string(),
  freshness: ZFreshness,
  protection: ZProtection,
  measures: z.array(z.object({ id: z.enum(MEASURES), noData: z.boolean() })),
  tables: z.array(ZStatTable),
  gaps: z.array(ZGapView),
  qualityNotes: z.array(ZQualityNote),
});

export const ZMeasureResponse = z.object({
  filter: ZFilter,
  generatedAt: z.string(),
  freshness: ZFreshness,
  protection: ZProtection,
  measure: z.enum(MEASURES),
  noData: z.boolean(),
  tables: z.array(ZStatTable),
  qualityNotes: z.array(ZQualityNote),
});

// ---- releases

export const ZReleaseRequest = z.strictObject({
  title: z.string().trim().min(1).max(200),
  from: ZDay,
  to: ZDay,
  region: ZRegionCode.optional(),
  granularity: z.enum(GRANULARITIES).default('year'),
  tables: z
    .array(
      z
        .string()
        .regex(/^[a-z_]+\.[a-z_]+$/)
        .max(80),
    )
    .min(1)
    .max(40)
    .refine((ids) => new Set(ids).size === ids.length, 'Each table once'),
  mechanism: z.enum(DP_MECHANISMS).default('discrete_laplace'),
  /** ε spent on each table (sequential composition: the release spends their sum). */
  epsilonPerTable: z.union([z.number().positive().max(10), z.string().regex(/^\d+(\.\d+)?$/)]),
  /** δ per table, for the Gaussian mechanism only. */
  deltaPerTable: z
    .union([z.number().positive().max(0.001), z.string().regex(/^\d+(\.\d+)?(e-\d+)?$/)])
    .optional(),
});
export type TReleaseRequest = z.infer<typeof ZReleaseRequest>;

const ZBudget = z.object({
  budgetEpsilon: z.string(),
  spentEpsilon: z.string(),
  remainingEpsilon: z.string(),
  budgetDelta: z.string(),
  spentDelta: z.string(),
  remainingDelta: z.string(),
  spentShare: z.number(),
});

const ZReleaseTableParams = z.object({
  tableId: z.string(),
  epsilon: z.string(),
  sensitivity: z.number().int(),
  noise: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ZReleaseSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  filter: ZFilter,
  mechanism: z.enum(DP_MECHANISMS),
  epsilon: z.string(),
  delta: z.string().nullable(),
  threshold: z.number().int(),
  tables: z.array(ZReleaseTableParams),
  publishedAt: z.string(),
});

export const ZRelease = ZReleaseSummary.extend({ data: z.array(ZStatTable) });

export const ZReleaseList = z.object({
  items: z.array(ZReleaseSummary),
  budget: ZBudget,
});

export const ZReleaseCreated = z.object({ release: ZRelease, budget: ZBudget });

// ---- reports

export const ZReportRequest = z.strictObject({
  from: ZDay.optional(),
  to: ZDay.optional(),
  region: ZRegionCode.optional(),
  granularity: z.enum(GRANULARITIES).optional(),
  language: z.enum(REPORT_LANGUAGES).optional(),
});

export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const ZReportStatus = z.object({
  id: z.uuid(),
  status: z.enum(REPORT_STATUSES),
  /** 0–100. */
  progress: z.number().int(),
  step: z.string().nullable(),
  language: z.enum(REPORT_LANGUAGES),
  filter: ZFilter,
  pages: z.number().int().nullable(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Where to download the PDF once done. */
  downloadUrl: z.string().nullable(),
});

export const ZReportList = z.object({ items: z.array(ZReportStatus) });
