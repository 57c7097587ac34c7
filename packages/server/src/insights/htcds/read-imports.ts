import { type CtdcLayout, ignoredColumnReason } from '@opennrm/core';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { StatisticsImportsTable } from '../../db/schema-insights.js';
import type { TReject, ZImportDetail, ZImportSummary } from './schemas.js';

/** A running import that has not written progress for this long was cut short (server stopped). */
const STALE_MS = 2 * 60 * 1000;

type Summary = z.infer<typeof ZImportSummary>;
type Detail = z.infer<typeof ZImportDetail>;
type Row = Omit<Selectable<StatisticsImportsTable>, 'rejects'>;

const SUMMARY_COLUMNS = [
  'id',
  'source',
  'file_name',
  'status',
  'rows_total',
  'rows_done',
  'rows_imported',
  'rows_rejected',
  'imported_columns',
  'ignored_columns',
  'failure',
  'created_by',
  'created_by_org_id',
  'started_at',
  'updated_at',
  'finished_at',
] as const;

function interrupted(row: Row, now: Date): boolean {
  return row.status === 'running' && now.getTime() - new Date(row.updated_at).getTime() > STALE_MS;
}

function summaryOf(row: Row, now: Date): Summary {
  const status = interrupted(row, now) ? 'failed' : (row.status as Summary['status']);
  const total = Number(row.rows_total);
  const done = Number(row.rows_done);
  return {
    id: row.id,
    source: row.source as CtdcLayout,
    fileName: row.file_name,
    status,
    rowsTotal: total,
    rowsDone: done,
    rowsImported: Number(row.rows_imported),
    rowsRejected: Number(row.rows_rejected),
    progress: status === 'completed' ? 1 : total > 0 ? Math.min(1, done / total) : 0,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
  };
}

export async function listImports(db: Kysely<DB>): Promise<Summary[]> {
  const rows = await db
    .selectFrom('statistics_imports')
    .select(SUMMARY_COLUMNS)
    .orderBy('started_at', 'desc')
    .limit(200)
    .execute();
  const now = new Date();
  return rows.map((row) => summaryOf(row, now));
}

export async function readImportSummary(db: Kysely<DB>, id: string): Promise<Summary | null> {
  const row = await db
    .selectFrom('statistics_imports')
    .select(SUMMARY_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? summaryOf(row, new Date()) : null;
}

export async function readImport(
  db: Kysely<DB>,
  id: string,
  page: { offset: number; limit: number },
): Promise<Detail | null> {
  const row = await db
    .selectFrom('statistics_imports')
    .select([...SUMMARY_COLUMNS, 'rejects'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = new Date();
  const rejects = (Array.isArray(row.rejects) ? row.rejects : []) as TReject[];
  const byReason = new Map<string, { column: string; reason: TReject['reason']; rows: number }>();
  for (const r of rejects) {
    const key = `${r.column}\u0000${r.reason}`;
    const entry = byReason.get(key) ?? { column: r.column, reason: r.reason, rows: 0 };
    entry.rows++;
    byReason.set(key, entry);
  }
  return {
    ...summaryOf(row, now),
    importedColumns: row.imported_columns,
    ignoredColumns: row.ignored_columns.map((column) => ({ column, reason: ignoredColumnReason(column) })),
    failure: interrupted(row, now) ? 'interrupted' : row.failure,
    rejectsByReason: [...byReason.values()].sort((a, b) => b.rows - a.rows),
    rejects: rejects.slice(page.offset, page.offset + page.limit),
    rejectsOffset: page.offset,
  };
}
