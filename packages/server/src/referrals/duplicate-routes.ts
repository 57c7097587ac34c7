import { can } from '@opennrm/core';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import { caseRelationships } from '../cases/relationships.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { listPossibleDuplicates, reviewPossibleDuplicate } from './duplicates.js';
import { ZDuplicateList, ZDuplicateParams, ZDuplicateReview, ZDuplicateView } from './schemas.js';

const tags = ['referrals'];

/**
 * Possible duplicates are for the decision maker (the `decision` resource: only
 * identification decision makers on the case team list or update it). They learn that
 * an earlier referral may exist, never whose.
 */
export function registerDuplicateRoutes(app: App): void {
  const { database } = app.deps;

  async function authorizedCase(
    req: Parameters<typeof requireActor>[0],
    caseId: string,
    action: 'list' | 'update',
  ) {
    const actor = requireActor(req);
    const item = await database.db
      .selectFrom('cases')
      .select(['id', 'person_id'])
      .where('id', '=', caseId)
      .executeTakeFirst();
    if (!item) throw problems.notFound('case');
    const relationships = await caseRelationships(database.db, actor, item.id);
    await authorizeInstance(req, 'decision', action, relationships, {
      id: item.id,
      hideExistence: !can(actor, 'case', 'read', relationships),
      subjectPersonId: item.person_id,
    });
    return { actor, item };
  }

  app.get(
    '/api/cases/:id/duplicates',
    {
      config: { policy: { kind: 'resource', resource: 'decision', action: 'list' } },
      schema: {
        tags,
        summary: 'Possible earlier referrals of the same person (no detail of another organisation’s case)',
        params: ZIdParams,
        response: { 200: ZDuplicateList },
      },
    },
    async (req) => {
      const { actor, item } = await authorizedCase(req, req.params.id, 'list');
      return database.db.transaction().execute(async (trx) => {
        const items = await listPossibleDuplicates(trx, item.id, actor.organisationId);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'possible_duplicate.list',
          resourceType: 'case',
          resourceId: item.id,
          subjectPersonId: item.person_id,
          outcome: 'success',
          requestId: req.id,
          details: { count: items.length },
        });
        return { items };
      });
    },
  );

  app.post(
    '/api/cases/:id/duplicates/:duplicateId/review',
    {
      config: { policy: { kind: 'resource', resource: 'decision', action: 'update' } },
      schema: {
        tags,
        summary: 'Record whether a possible duplicate is the same person or a different one',
        params: ZDuplicateParams,
        body: ZDuplicateReview,
        response: { 200: ZDuplicateView },
      },
    },
    async (req) => {
      const { actor, item } = await authorizedCase(req, req.params.id, 'update');
      return database.db.transaction().execute(async (trx) => {
        const updated = await reviewPossibleDuplicate(trx, {
          caseId: item.id,
          duplicateId: req.params.duplicateId,
          userId: actor.userId,
          outcome: req.body.outcome,
          at: new Date(),
        });
        if (!updated) throw problems.notFound('possible duplicate');
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'possible_duplicate.review',
          resourceType: 'possible_duplicate',
          resourceId: req.params.duplicateId,
          subjectPersonId: item.person_id,
          outcome: 'success',
          requestId: req.id,
          details: { caseId: item.id, reviewOutcome: req.body.outcome },
        });
        const [view] = await listPossibleDuplicates(
          trx,
          item.id,
          actor.organisationId,
          req.params.duplicateId,
        );
        if (!view) throw problems.notFound('possible duplicate');
        return view;
      });
    },
  );
}
