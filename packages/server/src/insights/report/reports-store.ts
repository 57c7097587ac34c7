import { randomUUID } from 'node:crypto';
import type { Actor } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../../audit/index.js';
import type { DB } from '../../db/schema.js';
import type { ReportLanguage } from '../messages/index.js';
import type { InsightsFilter } from '../period.js';
import type { ZReportStatus } from '../schemas.js';

type Status = z.infer<typeof ZReportStatus>;

const day = (value: Date | string): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/** Records a report request (queued) with its audit entry; the job is sent after commit. */
export async function requestReport(
  db: Kysely<DB>,
  actor: Actor,
  filter: InsightsFilter,
  language: ReportLanguage,
  requestId: string,
): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('insights_reports')
      .values({
        id,
        requested_by_user_id: actor.userId,
        requested_by_org_id: actor.organisationId,
        language,
        period_from: filter.from,
        period_to: filter.to,
        region: filter.region,
        granularity: filter.granularity,
        status: 'queued',
        requested_at: new Date(),
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'statistics.report.request',
      resourceType: 'statistics',
      resourceId: id,
      outcome: 'success',
      requestId,
      details: { language, granularity: filter.granularity, region: filter.region !== null },
    });
  });
  return id;
}

const COLUMNS = [
  'id',
  'status',
  'progress',
  'step',
  'language',
  'period_from',
  'period_to',
  'region',
  'granularity',
  'pages',
  'requested_at',
  'finished_at',
  'requested_by_user_id',
] as const;

type Row = {
  id: string;
  status: string;
  progress: number;
  step: string | null;
  language: string;
  period_from: Date;
  period_to: Date;
  region: string | null;
  granularity: string;
  pages: number | null;
  requested_at: Date;
  finished_at: Date | null;
};

function statusOf(row: Row): Status {
  return {
    id: row.id,
    status: row.status as Status['status'],
    progress: row.progress,
    step: row.step,
    language: row.language as Status['language'],
    filter: {
      from: day(row.period_from),
      to: day(row.period_to),
      region: row.region,
      granularity: row.granularity as Status['filter']['granularity'],
    },
    pages: row.pages,
    requestedAt: new Date(row.requested_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    downloadUrl: row.status === 'done' ? `/api/insights/reports/${row.id}.pdf` : null,
  };
}

/** A report's progress, for its requester only (null otherwise: "not found"). */
export async function readReportStatus(db: Kysely<DB>, id: string, userId: string): Promise<Status | null> {
  const row = await db
    .selectFrom('insights_reports')
    .select([...COLUMNS])
    .where('id', '=', id)
    .where('requested_by_user_id', '=', userId)
    .executeTakeFirst();
  return row ? statusOf(row) : null;
}

/** The requester's reports, newest first. */
export async function listReports(db: Kysely<DB>, userId: string): Promise<Status[]> {
  const rows = await db
    .selectFrom('insights_reports')
    .select([...COLUMNS])
    .where('requested_by_user_id', '=', userId)
    .orderBy('requested_at', 'desc')
    .limit(50)
    .execute();
  return rows.map(statusOf);
}

export async function readReportPdf(
  db: Kysely<DB>,
  id: string,
  userId: string,
): Promise<{ pdf: Buffer; language: string; from: string; to: string } | null> {
  const row = await db
    .selectFrom('insights_reports')
    .select(['pdf', 'language', 'period_from', 'period_to'])
    .where('id', '=', id)
    .where('requested_by_user_id', '=', userId)
    .where('status', '=', 'done')
    .executeTakeFirst();
  if (!row?.pdf) return null;
  return {
    pdf: Buffer.from(row.pdf),
    language: row.language,
    from: day(row.period_from),
    to: day(row.period_to),
  };
}
