import { mayManageTeam, ZCaseNoteCreate } from '@opennrm/core';
import { sql } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { App } from '../http/app.js';
import { ZPage } from '../organisations/schemas.js';
import { personDataKey } from './account-store.js';
import { authorizeCaseFile, iso, organisationNames, userNames } from './case-file-access.js';
import {
  ZCaseParams,
  ZCaseSections,
  ZNoteList,
  ZNoteView,
  ZTimeline,
  ZTimelineQuery,
} from './case-file-schemas.js';
import { isNoteVisibility, openNote, readableNotes, writeNote } from './notes.js';
import { collectTimeline, nameEntries } from './timeline.js';

const tags = ['case file'];

export function registerCaseFileRoutes(app: App): void {
  const { database, keyring } = app.deps;
  const db = database.db;

  app.get(
    '/api/cases/:id/sections',
    {
      config: { policy: { kind: 'resource', resource: 'case', action: 'read' } },
      schema: {
        tags,
        summary: 'The parts of the case file the caller sees: its purposes on the team AND its role',
        params: ZCaseParams,
        response: { 200: ZCaseSections },
      },
    },
    async (req) => {
      const { item, standing, sections } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case',
        action: 'read',
      });
      return {
        caseId: item.id,
        sections: [...sections],
        purposes: [...standing.purposes],
        leadsCase: standing.leadsCase,
        isGuardian: standing.isGuardian,
        mayManageTeam: mayManageTeam({
          leadsCase: standing.leadsCase,
          purposes: standing.purposes,
          isChild: item.isChild,
        }),
      };
    },
  );

  app.get(
    '/api/cases/:id/notes',
    {
      config: { policy: { kind: 'resource', resource: 'case_note', action: 'list' } },
      schema: {
        tags,
        summary: 'Case notes the caller’s organisation may read (the team’s and its own), newest first',
        params: ZCaseParams,
        querystring: ZPage,
        response: { 200: ZNoteList },
      },
    },
    async (req) => {
      const { actor, item } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case_note',
        action: 'list',
        section: 'notes',
      });
      const { page, pageSize } = req.query;
      const base = readableNotes(db, item.id, actor.organisationId);
      const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .select(['n.id', 'n.body_enc', 'n.visibility', 'n.author_user_id', 'n.author_org_id', 'n.written_at'])
        .orderBy('n.written_at', 'desc')
        .orderBy('n.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const [org, user] = await Promise.all([
        organisationNames(
          db,
          rows.map((r) => r.author_org_id),
        ),
        userNames(
          db,
          rows.map((r) => r.author_user_id),
        ),
      ]);
      const key = rows.length ? await personDataKey(db, keyring, item.dataKeyId) : null;
      return db.transaction().execute(async (trx) => {
        const items = rows.flatMap((r) =>
          key && isNoteVisibility(r.visibility)
            ? [
                {
                  id: r.id,
                  body: openNote(key, r),
                  visibility: r.visibility,
                  author: user(r.author_user_id),
                  organisation: org(r.author_org_id),
                  writtenAt: iso(r.written_at),
                },
              ]
            : [],
        );
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'case_note.list',
          resourceType: 'case',
          resourceId: item.id,
          subjectPersonId: item.personId,
          outcome: 'success',
          requestId: req.id,
          details: { count: items.length, page },
        });
        return { items, total: total.n, page, pageSize };
      });
    },
  );

  app.post(
    '/api/cases/:id/notes',
    {
      config: { policy: { kind: 'resource', resource: 'case_note', action: 'create' } },
      schema: {
        tags,
        summary: 'Write a case note for the team, or for one’s own organisation only',
        params: ZCaseParams,
        body: ZCaseNoteCreate,
        response: { 201: ZNoteView },
      },
    },
    async (req, reply) => {
      const { actor, item } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case_note',
        action: 'create',
        section: 'notes',
      });
      const written = await writeNote({ db, keyring }, actor, item, req.body, req.id);
      const [org, user] = await Promise.all([
        organisationNames(db, [actor.organisationId]),
        userNames(db, [actor.userId]),
      ]);
      return reply.code(201).send({
        id: written.id,
        body: req.body.body,
        visibility: req.body.visibility,
        author: user(actor.userId),
        organisation: org(actor.organisationId),
        writtenAt: iso(written.writtenAt),
      });
    },
  );

  app.get(
    '/api/cases/:id/timeline',
    {
      config: { policy: { kind: 'resource', resource: 'case', action: 'read' } },
      schema: {
        tags,
        summary: 'Everything that happened on the case, each entry as the caller’s role and purpose allow',
        params: ZCaseParams,
        querystring: ZTimelineQuery,
        response: { 200: ZTimeline },
      },
    },
    async (req) => {
      const { actor, item, standing, sections } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case',
        action: 'read',
      });
      const { page, pageSize } = req.query;
      const all = await collectTimeline(db, actor, item.id, sections, standing.relationships);
      const shown = all.slice((page - 1) * pageSize, page * pageSize);
      const name = await organisationNames(
        db,
        shown.flatMap((e) => [...(e.organisationId ? [e.organisationId] : []), ...(e.named ?? [])]),
      );
      const notes = shown.flatMap((e) => (e.note ? [e.note] : []));
      const key = notes.length ? await personDataKey(db, keyring, item.dataKeyId) : null;
      // Notes on this page are decrypted with the read's audit entry, in one transaction.
      return db.transaction().execute(async (trx) => {
        const bodies = new Map(
          key ? notes.map((n) => [n.id, openNote(key, { id: n.id, body_enc: n.bodyEnc })] as const) : [],
        );
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'case.timeline.read',
          resourceType: 'case',
          resourceId: item.id,
          subjectPersonId: item.personId,
          outcome: 'success',
          requestId: req.id,
          details: { page, entries: shown.length, notes: bodies.size },
        });
        return { items: nameEntries(shown, name, bodies), total: all.length, page, pageSize };
      });
    },
  );
}
