import type { Relationship } from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import { authorizeInstance, listScopes, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { App } from '../http/app.js';
import { type FieldError, Problem, problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { deleteDraft } from './delete-draft.js';
import { issueOfflineKey } from './offline-key.js';
import { saveDraft } from './save-draft.js';
import {
  DRAFT_PAYLOADS,
  type DraftCurrent,
  type DraftKind,
  ZDraftDeleteQuery,
  ZDraftDetail,
  ZDraftList,
  ZDraftListQuery,
  ZDraftPut,
  ZDraftSaved,
  ZOfflineKey,
} from './schemas.js';
import { draftKey, findDraft, openPayload } from './store.js';

const tags = ['drafts'];

/** 409 `draft-conflict`: the server's version travels with the answer so both can be shown. */
function draftConflict(current: DraftCurrent): Problem {
  return new Problem(
    409,
    'draft-conflict',
    'Someone saved a newer version of this draft.',
    'Nothing was overwritten. Compare the two versions and choose which one to keep.',
    { current },
  );
}

function relationshipsTo(req: FastifyRequest, organisationId: string): ReadonlySet<Relationship> {
  return new Set(requireActor(req).organisationId === organisationId ? ['own_organisation'] : []);
}

function validPayload(kind: DraftKind, payload: unknown): unknown {
  const parsed = DRAFT_PAYLOADS[kind].safeParse(payload);
  if (parsed.success) return parsed.data;
  const errors: FieldError[] = parsed.error.issues.map((issue) => ({
    path: ['body', 'payload', ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw problems.validation(errors);
}

export function registerDraftRoutes(app: App): void {
  const { database, keyring } = app.deps;

  app.get(
    '/api/drafts/key',
    {
      config: { policy: { kind: 'resource', resource: 'draft', action: 'read' } },
      schema: {
        tags,
        summary:
          'Key material for the encrypted draft store in this browser (signed-in, second factor passed)',
        response: { 200: ZOfflineKey },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'draft', 'read', new Set(['own_organisation']), { id: actor.userId });
      const key = await issueOfflineKey(database.db, keyring, actor, req.id);
      reply.header('cache-control', 'no-store');
      return key;
    },
  );

  app.get(
    '/api/drafts',
    {
      config: { policy: { kind: 'resource', resource: 'draft', action: 'list' } },
      schema: {
        tags,
        summary: "My organisation's drafts (who and when, never their content)",
        querystring: ZDraftListQuery,
        response: { 200: ZDraftList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      // Drafts are only ever listed within the caller's own organisation.
      if (!listScopes(actor, 'draft').includes('own_organisation')) return { items: [] };
      let q = database.db
        .selectFrom('drafts as d')
        .innerJoin('users as u', 'u.id', 'd.updated_by_user_id')
        .select([
          'd.id',
          'd.kind',
          'd.version',
          'd.created_at',
          'd.updated_at',
          'd.owner_user_id',
          'u.display_name as updated_by',
        ])
        .where('d.organisation_id', '=', actor.organisationId)
        .where('d.deleted_at', 'is', null);
      if (req.query.kind) q = q.where('d.kind', '=', req.query.kind);
      const rows = await q.orderBy('d.updated_at', 'desc').orderBy('d.id').limit(500).execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind as DraftKind,
          version: r.version,
          createdAt: new Date(r.created_at).toISOString(),
          updatedAt: new Date(r.updated_at).toISOString(),
          updatedBy: r.updated_by,
          mine: r.owner_user_id === actor.userId,
        })),
      };
    },
  );

  app.get(
    '/api/drafts/:id',
    {
      config: { policy: { kind: 'resource', resource: 'draft', action: 'read' } },
      schema: {
        tags,
        summary: 'One draft with its content (audited)',
        params: ZIdParams,
        response: { 200: ZDraftDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await findDraft(database.db, req.params.id);
      if (!row) throw problems.notFound('draft');
      await authorizeInstance(req, 'draft', 'read', relationshipsTo(req, row.organisation_id), {
        id: row.id,
        hideExistence: true,
      });
      if (row.deleted_at !== null) throw problems.notFound('draft');
      return database.db.transaction().execute(async (trx) => {
        const payload = openPayload(await draftKey(trx, keyring, row.data_key_id), row.id, row.payload_enc);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'draft.read',
          resourceType: 'draft',
          resourceId: row.id,
          outcome: 'success',
          requestId: req.id,
          details: { kind: row.kind, version: row.version },
        });
        return {
          id: row.id,
          kind: row.kind,
          version: row.version,
          createdAt: row.created_at.toISOString(),
          updatedAt: row.updated_at.toISOString(),
          updatedBy: row.updated_by,
          mine: row.owner_user_id === actor.userId,
          payload,
        };
      });
    },
  );

  app.put(
    '/api/drafts/:id',
    {
      config: { policy: { kind: 'resource', resource: 'draft', action: 'update' } },
      schema: {
        tags,
        summary: 'Save a draft on top of the version it was based on (409 draft-conflict otherwise)',
        params: ZIdParams,
        body: ZDraftPut,
        response: { 200: ZDraftSaved },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { kind, baseVersion } = req.body;
      const existing = await database.db
        .selectFrom('drafts')
        .select(['organisation_id'])
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (existing) {
        await authorizeInstance(req, 'draft', 'update', relationshipsTo(req, existing.organisation_id), {
          id: req.params.id,
          hideExistence: true,
        });
      } else {
        await authorizeInstance(req, 'draft', 'create', new Set(['own_organisation']), { id: req.params.id });
      }
      const payload = validPayload(kind, req.body.payload);
      const result = await saveDraft(
        database.db,
        keyring,
        actor,
        { id: req.params.id, kind, payload, baseVersion },
        req.id,
      );
      switch (result.outcome) {
        case 'saved':
          return { version: result.version, updatedAt: result.updatedAt };
        case 'conflict':
          throw draftConflict(result.current);
        case 'kind_mismatch':
          throw problems.conflict('A draft keeps the kind it was started as.');
        case 'not_found':
        case 'other_organisation':
          throw problems.notFound('draft');
        default: {
          const unreachable: never = result;
          return unreachable;
        }
      }
    },
  );

  app.delete(
    '/api/drafts/:id',
    {
      config: { policy: { kind: 'resource', resource: 'draft', action: 'update' } },
      schema: {
        tags,
        summary: 'Delete a draft if nobody changed it since baseVersion (409 draft-conflict otherwise)',
        params: ZIdParams,
        querystring: ZDraftDeleteQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const existing = await database.db
        .selectFrom('drafts')
        .select(['organisation_id'])
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!existing) throw problems.notFound('draft');
      await authorizeInstance(req, 'draft', 'update', relationshipsTo(req, existing.organisation_id), {
        id: req.params.id,
        hideExistence: true,
      });
      const result = await deleteDraft(
        database.db,
        keyring,
        actor,
        { id: req.params.id, baseVersion: req.query.baseVersion },
        req.id,
      );
      switch (result.outcome) {
        case 'deleted':
          return reply.code(204).send();
        case 'conflict':
          throw draftConflict(result.current);
        case 'not_found':
          throw problems.notFound('draft');
        default: {
          const unreachable: never = result;
          return unreachable;
        }
      }
    },
  );
}
