import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  type Actor,
  type CtdcHeader,
  CtdcHeaderError,
  type HtcdsRecord,
  readCtdcHeader,
  readCtdcRow,
} from '@opennrm/core';
import { parse } from 'csv-parse';
import type { Insertable, Kysely } from 'kysely';
import { sql } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { DB } from '../../db/schema.js';
import type { ImportedRecordsTable } from '../../db/schema-insights.js';
import { Problem } from '../../http/problem.js';
import type { TReject } from './schemas.js';

/**
 * Import of an HTCDS/CTDC CSV file. The file is read as a stream (csv-parse); the header
 * is checked before anything is stored, then the rows are mapped and written in batches
 * in the background, each batch with its progress, so the import can be watched (GET
 * /api/insights/imports/:id) and left running. Every row ends up either imported or
 * rejected with its line and reason codes: nothing is dropped silently.
 */
const BATCH = 1000;

type RowItem = { record: string[]; info: { lines: number } };
type Batch = { records: Insertable<ImportedRecordsTable>[]; rejects: TReject[]; rejectedRows: number };

/** Imports still running in this process, so that closing the server can wait for them. */
export type ImportRunner = {
  readonly running: Set<Promise<void>>;
  stopping: boolean;
};

export function createImportRunner(): ImportRunner {
  return { running: new Set(), stopping: false };
}

function storedRecord(importId: string, line: number, r: HtcdsRecord): Insertable<ImportedRecordsTable> {
  return {
    import_id: importId,
    row_number: line,
    year_from: r.yearFrom,
    year_to: r.yearTo,
    gender: r.gender,
    age_band: r.ageBand,
    majority: r.majority,
    citizenship: r.citizenship,
    citizenship_region: r.citizenshipRegion,
    exploitation_country: r.exploitationCountry,
    exploitation_region: r.exploitationRegion,
    is_forced_labour: r.isForcedLabour,
    is_sexual_exploit: r.isSexualExploit,
    is_other_exploit: r.isOtherExploit,
    labour_sectors: [...r.labourSectors],
    sexual_types: [...r.sexualTypes],
    other_types: [...r.otherTypes],
    means_of_control: [...r.meansOfControl],
    recruiter_relations: [...r.recruiterRelations],
    trafficking_months: r.traffickingMonths,
  };
}

/**
 * The text in pieces of about 64 KiB cut after a line break, so that the parser reads as
 * the rows are written (back-pressure) instead of holding every row of a large file.
 */
function* chunks(text: string, size = 64 * 1024): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const newline = text.indexOf('\n', end);
      end = newline < 0 ? text.length : newline + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** Lines with content after the header: the total shown while the import runs. */
function estimateRows(text: string): number {
  let lines = 0;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (content) lines++;
      content = false;
    } else if (c !== 13 && c !== 32) content = true;
  }
  if (content) lines++;
  return Math.max(0, lines - 1);
}

function headerProblem(error: CtdcHeaderError): Problem {
  const messages: Record<CtdcHeaderError['reason'], string> = {
    empty: 'The file has no header row.',
    duplicate_column: 'Two columns of the file have the same name.',
    no_known_column: 'No column of the file is an HTCDS/CTDC variable (e.g. gender, isForcedLabour).',
  };
  return new Problem(400, 'validation', 'Some of the information is not valid.', undefined, {
    errors: [{ path: 'body', message: messages[error.reason] }],
  });
}

export async function startImport(
  db: Kysely<DB>,
  runner: ImportRunner,
  actor: Actor,
  input: { text: string; fileName: string | null; requestId: string },
): Promise<string> {
  const skipped: { line: number; reason: 'malformed_row' | 'unclosed_quote' }[] = [];
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error) => {
      const line = typeof error?.lines === 'number' ? error.lines : 0;
      skipped.push({
        line,
        reason: error?.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosed_quote' : 'malformed_row',
      });
      return undefined;
    },
  });
  Readable.from(chunks(input.text)).pipe(parser);
  const rows: AsyncIterator<RowItem> = parser[Symbol.asyncIterator]();

  let header: CtdcHeader;
  try {
    const first = await rows.next();
    header = readCtdcHeader(first.done ? [] : first.value.record);
  } catch (error) {
    parser.destroy();
    if (error instanceof CtdcHeaderError) throw headerProblem(error);
    throw new Problem(400, 'validation', 'The file could not be read as CSV.');
  }

  const id = randomUUID();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('statistics_imports')
      .values({
        id,
        source: header.layout,
        file_name: input.fileName,
        status: 'running',
        rows_total: estimateRows(input.text),
        imported_columns: [...header.imported],
        ignored_columns: header.ignored.map((c) => c.column),
        created_by: actor.userId,
        created_by_org_id: actor.organisationId,
        started_at: now,
        updated_at: now,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'statistics_import.create',
      resourceType: 'statistics_import',
      resourceId: id,
      outcome: 'success',
      requestId: input.requestId,
      details: { source: header.layout, bytes: Buffer.byteLength(input.text) },
    });
  });

  const work = processRows(db, runner, id, header, rows, skipped)
    .catch(async () => {
      parser.destroy();
      await db
        .updateTable('statistics_imports')
        .set({ status: 'failed', failure: 'internal', finished_at: new Date(), updated_at: new Date() })
        .where('id', '=', id)
        .execute()
        .catch(() => undefined);
    })
    .finally(() => {
      runner.running.delete(work);
    });
  runner.running.add(work);
  return id;
}

async function flush(db: Kysely<DB>, id: string, batch: Batch, final: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (batch.records.length > 0) await trx.insertInto('imported_records').values(batch.records).execute();
    const done = batch.records.length + batch.rejectedRows;
    await trx
      .updateTable('statistics_imports')
      .set({
        rows_done: sql`rows_done + ${done}`,
        rows_imported: sql`rows_imported + ${batch.records.length}`,
        rows_rejected: sql`rows_rejected + ${batch.rejectedRows}`,
        rejects: sql`rejects || ${JSON.stringify(batch.rejects)}::jsonb`,
        updated_at: new Date(),
        ...(final
          ? { status: 'completed', finished_at: new Date(), rows_total: sql`rows_done + ${done}` }
          : {}),
      })
      .where('id', '=', id)
      .execute();
  });
}

async function processRows(
  db: Kysely<DB>,
  runner: ImportRunner,
  id: string,
  header: CtdcHeader,
  rows: AsyncIterator<RowItem>,
  skipped: { line: number; reason: 'malformed_row' | 'unclosed_quote' }[],
): Promise<void> {
  let batch: Batch = { records: [], rejects: [], rejectedRows: 0 };
  const take = (): Batch => {
    // Rows csv-parse could not read at all are rejects too.
    for (const s of skipped.splice(0)) {
      batch.rejects.push({ row: s.line, column: '*', reason: s.reason });
      batch.rejectedRows++;
    }
    const out = batch;
    batch = { records: [], rejects: [], rejectedRows: 0 };
    return out;
  };
  for (;;) {
    if (runner.stopping) return;
    const next = await rows.next();
    if (next.done) break;
    const { record, info } = next.value;
    const result = readCtdcRow(header, record);
    if (result.ok) batch.records.push(storedRecord(id, info.lines, result.record));
    else {
      batch.rejectedRows++;
      for (const p of result.problems)
        batch.rejects.push({ row: info.lines, column: p.column, reason: p.reason });
    }
    if (batch.records.length + batch.rejectedRows >= BATCH) await flush(db, id, take(), false);
  }
  await flush(db, id, take(), true);
}
