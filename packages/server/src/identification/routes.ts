import type { FastifyRequest } from 'fastify';
import { authorizeInstance, listScopes, requireActor } from '../access/authorize.js';
import type { App } from '../http/app.js';
import { Problem, problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { completeScreening } from './complete-screening.js';
import { listScreenings } from './list-screenings.js';
import { readScreening, screeningRelationships } from './read-screening.js';
import { saveAnswers } from './save-answers.js';
import {
  type ScreeningDetail,
  ZScreeningAnswersPut,
  ZScreeningComplete,
  ZScreeningDetail,
  ZScreeningList,
  ZScreeningListQuery,
  ZScreeningStart,
} from './schemas.js';
import { findScreening } from './screening-store.js';
import { startScreening } from './start-screening.js';

const tags = ['identification'];

/** 409: the change was made on an older version; the current one travels with the answer. */
function staleVersion(currentVersion: number): Problem {
  return new Problem(
    409,
    'conflict',
    'This conflicts with existing data.',
    'Someone saved a newer version of this screening. Nothing was overwritten: reload it and try again.',
    { reason: 'stale_version', currentVersion },
  );
}

function completedAlready(): Problem {
  return problems.conflict('This screening is completed and can no longer change.');
}

export function registerIdentificationRoutes(app: App): void {
  const { database, keyring } = app.deps;

  /** Authorizes `action` on one screening; another organisation's screening is "not found". */
  async function authorizeScreening(
    req: FastifyRequest,
    id: string,
    action: 'read' | 'update',
  ): Promise<void> {
    const actor = requireActor(req);
    const row = await findScreening(database.db, id);
    if (!row) throw problems.notFound('screening');
    await authorizeInstance(req, 'screening', action, await screeningRelationships(database.db, actor, row), {
      id: row.id,
      hideExistence: true,
    });
  }

  async function detailOf(
    req: FastifyRequest,
    id: string,
    auditReason: string | null,
  ): Promise<ScreeningDetail> {
    const detail = await readScreening(
      database.db,
      keyring,
      requireActor(req),
      id,
      req.id,
      auditReason === null ? { audit: false } : { audit: true, reason: auditReason },
    );
    if (!detail) throw problems.notFound('screening');
    return detail;
  }

  app.post(
    '/api/screenings',
    {
      config: { policy: { kind: 'resource', resource: 'screening', action: 'create' } },
      schema: {
        tags,
        summary:
          'Start a screening (short or full), or submit a finished one with its conclusion; the same clientRef again returns the first',
        body: ZScreeningStart,
        response: { 200: ZScreeningDetail, 201: ZScreeningDetail },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const outcome = await startScreening(database.db, keyring, actor, req.body, req.id);
      switch (outcome.kind) {
        case 'created':
          return reply.code(201).send(await detailOf(req, outcome.id, null));
        case 'existing':
          // Sent again (e.g. after reconnecting): the stored screening, read back to its sender.
          return reply.code(200).send(await detailOf(req, outcome.id, 'resubmitted'));
        case 'refused':
          throw outcome.problem;
        default: {
          const unreachable: never = outcome;
          return unreachable;
        }
      }
    },
  );

  app.get(
    '/api/screenings',
    {
      config: { policy: { kind: 'resource', resource: 'screening', action: 'list' } },
      schema: {
        tags,
        summary: "My organisation's screenings, newest first (no answers)",
        querystring: ZScreeningListQuery,
        response: { 200: ZScreeningList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      // Screenings are only ever listed within the caller's own organisation.
      if (!listScopes(actor, 'screening').includes('own_organisation')) {
        return { items: [], total: 0, page: req.query.page, pageSize: req.query.pageSize };
      }
      return listScreenings(database.db, actor, req.query);
    },
  );

  app.get(
    '/api/screenings/:id',
    {
      config: { policy: { kind: 'resource', resource: 'screening', action: 'read' } },
      schema: {
        tags,
        summary: 'One screening with its answers, the questions still to ask and the suggestion (audited)',
        params: ZIdParams,
        response: { 200: ZScreeningDetail },
      },
    },
    async (req) => {
      await authorizeScreening(req, req.params.id, 'read');
      return detailOf(req, req.params.id, 'viewed');
    },
  );

  app.put(
    '/api/screenings/:id/answers',
    {
      config: { policy: { kind: 'resource', resource: 'screening', action: 'update' } },
      schema: {
        tags,
        summary: 'Save the answers of a screening in progress on top of `version` (409 when stale)',
        params: ZIdParams,
        body: ZScreeningAnswersPut,
        response: { 200: ZScreeningDetail },
      },
    },
    async (req) => {
      await authorizeScreening(req, req.params.id, 'update');
      const outcome = await saveAnswers(
        database.db,
        keyring,
        requireActor(req),
        { id: req.params.id, ...req.body },
        req.id,
      );
      switch (outcome.kind) {
        case 'saved':
          return detailOf(req, req.params.id, null);
        case 'not_found':
          throw problems.notFound('screening');
        case 'completed':
          throw completedAlready();
        case 'stale':
          throw staleVersion(outcome.currentVersion);
        case 'outside_screen':
          throw problems.validation(
            outcome.keys.map((key) => ({
              path: `body.answers.${key}`,
              message: 'This question is not part of this screen.',
            })),
          );
        default: {
          const unreachable: never = outcome;
          return unreachable;
        }
      }
    },
  );

  app.post(
    '/api/screenings/:id/complete',
    {
      config: { policy: { kind: 'resource', resource: 'screening', action: 'update' } },
      schema: {
        tags,
        summary:
          "Complete a screening: the server scores it and stores the screener's confirmation or override (with a reason)",
        params: ZIdParams,
        body: ZScreeningComplete,
        response: { 200: ZScreeningDetail },
      },
    },
    async (req) => {
      await authorizeScreening(req, req.params.id, 'update');
      const { version, ...conclusion } = req.body;
      const outcome = await completeScreening(
        database.db,
        keyring,
        requireActor(req),
        { id: req.params.id, version, ...conclusion },
        req.id,
      );
      switch (outcome.kind) {
        case 'completed':
          return detailOf(req, req.params.id, null);
        case 'not_found':
          throw problems.notFound('screening');
        case 'already_completed':
          throw completedAlready();
        case 'stale':
          throw staleVersion(outcome.currentVersion);
        case 'invalid':
          throw outcome.problem;
        default: {
          const unreachable: never = outcome;
          return unreachable;
        }
      }
    },
  );
}
