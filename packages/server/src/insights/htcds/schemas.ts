import { CTDC_LAYOUTS, CTDC_REJECT_REASONS, DEFAULT_K, IGNORED_COLUMN_REASONS } from '@opennrm/core';
import { z } from 'zod';

/** Imports stay below this: CTDC's largest public file (k-anonymised, ~48,800 × 63) is about 10 MB. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export const IMPORT_STATUSES = ['running', 'completed', 'failed'] as const;

export const ZImportQuery = z.strictObject({
  /** The name of the uploaded file, shown in the list (no path). */
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
    .regex(/^[^/\\\u0000-\u001f]+$/, 'A file name without a path')
    .optional(),
});

/** The upload: the CSV file itself (content-type text/csv), 1 byte to 32 MB. */
export const ZImportBody = z.string().min(1, 'The file is empty');

export const ZRejectReason = z.enum([...CTDC_REJECT_REASONS, 'unclosed_quote']);

export const ZReject = z.object({
  /** Line of the file (the header is line 1). */
  row: z.number().int(),
  /** The column, or "*" for the whole row. */
  column: z.string(),
  reason: ZRejectReason,
});
export type TReject = z.infer<typeof ZReject>;

export const ZImportSummary = z.object({
  id: z.uuid(),
  source: z.enum(CTDC_LAYOUTS),
  fileName: z.string().nullable(),
  status: z.enum(IMPORT_STATUSES),
  rowsTotal: z.number().int(),
  rowsDone: z.number().int(),
  rowsImported: z.number().int(),
  rowsRejected: z.number().int(),
  /** rowsDone / rowsTotal, 0–1 (the total is an estimate until the import ends). */
  progress: z.number(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});

export const ZImportCreated = ZImportSummary;

export const ZImportList = z.object({ items: z.array(ZImportSummary) });

export const ZImportDetailQuery = z.strictObject({
  rejectsOffset: z.coerce.number().int().min(0).default(0),
  rejectsLimit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const ZImportDetail = ZImportSummary.extend({
  /** Columns of the file read into each record. */
  importedColumns: z.array(z.string()),
  /** Columns of the file not imported, and why (e.g. perpetrator variables). */
  ignoredColumns: z.array(z.object({ column: z.string(), reason: z.enum(IGNORED_COLUMN_REASONS) })),
  failure: z.string().nullable(),
  /** Every rejected row is counted here, by column and reason. */
  rejectsByReason: z.array(z.object({ column: z.string(), reason: ZRejectReason, rows: z.number().int() })),
  rejects: z.array(ZReject),
  rejectsOffset: z.number().int(),
});

export const ZFrequencyCategory = z.object({
  /** Our code for the value ("female", "2014-2018", "europe", "1"). */
  value: z.string(),
  /** The value as CTDC prints it ("Female", "2014-2018", "Europe", "1"). */
  label: z.string(),
  count: z.number().int().nullable(),
  /** Share of all rows, %, two decimals (CTDC's "Percent"). */
  percent: z.number().nullable(),
  /** Share of the rows with a value, % (CTDC's "Valid"). */
  validPercent: z.number().nullable(),
  suppressed: z.boolean(),
});

export const ZFrequencyTable = z.object({
  /** CTDC's variable name. */
  variable: z.string(),
  /** Ours: year, gender, majority, age_band, citizenship_region, … */
  key: z.string(),
  categories: z.array(ZFrequencyCategory),
  validTotal: z.object({ count: z.number().int().nullable(), suppressed: z.boolean() }),
  missing: z.object({
    count: z.number().int().nullable(),
    percent: z.number().nullable(),
    suppressed: z.boolean(),
  }),
});

export const ZCrossTable = z.object({
  key: z.string(),
  rows: z.array(z.object({ value: z.string(), label: z.string() })),
  columns: z.array(z.object({ value: z.string(), label: z.string() })),
  /** cells[row][column]; null when suppressed. */
  cells: z.array(z.array(z.object({ count: z.number().int().nullable(), suppressed: z.boolean() }))),
});

export const ZFrequencies = z.object({
  importId: z.uuid(),
  source: z.enum(CTDC_LAYOUTS),
  status: z.enum(IMPORT_STATUSES),
  /** All imported rows (CTDC's "Total"); null if it is itself a small count. */
  total: z.number().int().nullable(),
  suppressionThreshold: z.number().int(),
  suppressedCells: z.number().int(),
  tables: z.array(ZFrequencyTable),
  crossTables: z.array(ZCrossTable),
});

export const ZExportQuery = z.strictObject({
  k: z.coerce.number().int().min(2).max(100).default(DEFAULT_K),
  /** Share of records that may be left out rather than generalising further. */
  maxSuppressionShare: z.coerce.number().min(0).max(0.5).default(0.05),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export const ZExport = z.object({
  standard: z.literal('HTCDS'),
  layout: z.literal('ctdc_k_anonymised'),
  k: z.number().int(),
  totalRecords: z.number().int(),
  exportedRecords: z.number().int(),
  suppressedRecords: z.number().int(),
  generalisation: z.record(z.string(), z.string()),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
