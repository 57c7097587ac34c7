import type { Relationship } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import { authorizeInstance, listScopes, requireActor } from '../access/authorize.js';
import type { DB } from '../db/schema.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { ZNoticeKind } from './notice-rules.js';
import { type NoticeView, ZNotice, ZNoticeList, ZNoticeQuery } from './schemas.js';

const tags = ['notices'];

function noticeQuery(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('notices as n')
    .leftJoin('cases as c', 'c.id', 'n.case_id')
    .select([
      'n.id',
      'n.organisation_id',
      'n.kind',
      'n.case_id',
      'c.reference as case_reference',
      'n.due_at',
      'n.created_at',
      'n.read_at',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('case_team as t')
            .select('t.case_id')
            .whereRef('t.case_id', '=', 'n.case_id')
            .where('t.organisation_id', '=', organisationId)
            .where('t.removed_at', 'is', null),
        )
        .as('on_case_team'),
    );
}

type NoticeRow = Awaited<ReturnType<ReturnType<typeof noticeQuery>['executeTakeFirstOrThrow']>>;

const iso = (value: Date | string): string => new Date(value).toISOString();

function view(row: NoticeRow): NoticeView {
  return {
    id: row.id,
    kind: ZNoticeKind.parse(row.kind),
    caseId: row.case_id,
    caseReference: row.case_reference,
    onCaseTeam: Boolean(row.on_case_team),
    dueAt: row.due_at ? iso(row.due_at) : null,
    createdAt: iso(row.created_at),
    readAt: row.read_at ? iso(row.read_at) : null,
  };
}

/** Deadline notices (reminders and escalations) to the reader's own organisation. */
export function registerNoticeRoutes(app: App): void {
  const { database } = app.deps;

  app.get(
    '/api/notices',
    {
      config: { policy: { kind: 'resource', resource: 'notice', action: 'list' } },
      schema: {
        tags,
        summary: "My organisation's deadline notices, unread first (ids and codes only)",
        querystring: ZNoticeQuery,
        response: { 200: ZNoticeList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const scopes = listScopes(actor, 'notice');
      const { page, pageSize, unread } = req.query;
      if (!scopes.includes('own_organisation') && !scopes.includes('any')) {
        return { items: [], total: 0, unread: 0, page, pageSize };
      }
      // Even a wider scope lists the reader's own organisation's notices: they are its work list.
      let q = noticeQuery(database.db, actor.organisationId).where(
        'n.organisation_id',
        '=',
        actor.organisationId,
      );
      if (unread === 'true') q = q.where('n.read_at', 'is', null);
      if (unread === 'false') q = q.where('n.read_at', 'is not', null);
      const counts = await database.db
        .selectFrom('notices')
        .select([
          sql<number>`count(*)::int`.as('total'),
          sql<number>`count(*) filter (where read_at is null)::int`.as('unread'),
        ])
        .where('organisation_id', '=', actor.organisationId)
        .$if(unread === 'true', (qb) => qb.where('read_at', 'is', null))
        .$if(unread === 'false', (qb) => qb.where('read_at', 'is not', null))
        .executeTakeFirstOrThrow();
      const rows = await q
        .orderBy(sql`n.read_at is null`, 'desc')
        .orderBy('n.due_at', (ob) => ob.asc().nullsLast())
        .orderBy('n.created_at', 'desc')
        .orderBy('n.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items: rows.map(view), total: counts.total, unread: counts.unread, page, pageSize };
    },
  );

  app.post(
    '/api/notices/:id/read',
    {
      config: { policy: { kind: 'resource', resource: 'notice', action: 'update' } },
      schema: {
        tags,
        summary: 'Mark a notice of my organisation as read',
        params: ZIdParams,
        response: { 200: ZNotice },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const notice = await database.db
        .selectFrom('notices')
        .select(['id', 'organisation_id'])
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!notice) throw problems.notFound('notice');
      const relationships = new Set<Relationship>(
        notice.organisation_id === actor.organisationId ? ['own_organisation'] : [],
      );
      await authorizeInstance(req, 'notice', 'update', relationships, { id: notice.id, hideExistence: true });
      await database.db
        .updateTable('notices')
        .set({ read_at: new Date() })
        .where('id', '=', notice.id)
        .where('read_at', 'is', null)
        .execute();
      const row = await noticeQuery(database.db, actor.organisationId)
        .where('n.id', '=', notice.id)
        .executeTakeFirstOrThrow();
      return view(row);
    },
  );
}
