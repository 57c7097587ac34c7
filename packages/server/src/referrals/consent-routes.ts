import { can, ZConsentGiven } from '@opennrm/core';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import { caseRelationships } from '../cases/relationships.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { consentById, consentsOfCase, consentView } from './consent-store.js';
import { recordConsent } from './record-consent.js';
import { ZConsentList, ZConsentView } from './schemas.js';
import { withdrawConsent } from './withdraw-consent.js';

const tags = ['referrals'];

export function registerConsentRoutes(app: App): void {
  const { database } = app.deps;

  async function caseOf(id: string) {
    const row = await database.db
      .selectFrom('cases')
      .select(['id', 'person_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw problems.notFound('case');
    return row;
  }

  app.get(
    '/api/cases/:id/consents',
    {
      config: { policy: { kind: 'resource', resource: 'consent', action: 'list' } },
      schema: {
        tags,
        summary: 'What the person agreed to share, with whom, and what they revoked',
        params: ZIdParams,
        response: { 200: ZConsentList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const item = await caseOf(req.params.id);
      await authorizeInstance(req, 'consent', 'list', await caseRelationships(database.db, actor, item.id), {
        id: item.id,
        hideExistence: true,
        subjectPersonId: item.person_id,
      });
      return database.db.transaction().execute(async (trx) => {
        const now = new Date();
        const rows = await consentsOfCase(trx, item.id);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'consent.list',
          resourceType: 'case',
          resourceId: item.id,
          subjectPersonId: item.person_id,
          outcome: 'success',
          requestId: req.id,
          details: { count: rows.length },
        });
        return { items: rows.flatMap((row) => consentView(row, now) ?? []) };
      });
    },
  );

  app.post(
    '/api/cases/:id/consents',
    {
      config: { policy: { kind: 'resource', resource: 'consent', action: 'create' } },
      schema: {
        tags,
        summary: 'Record a consent given after the referral (per purpose and recipient)',
        params: ZIdParams,
        body: ZConsentGiven,
        response: { 201: ZConsentView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const item = await caseOf(req.params.id);
      const relationships = await caseRelationships(database.db, actor, item.id);
      await authorizeInstance(req, 'consent', 'create', relationships, {
        id: item.id,
        hideExistence: !can(actor, 'consent', 'read', relationships),
        subjectPersonId: item.person_id,
      });
      const outcome = await recordConsent(
        database.db,
        actor,
        { caseId: item.id, personId: item.person_id, consent: req.body },
        req.id,
      );
      if (outcome.kind === 'refused') throw outcome.problem;
      return reply.code(201).send(outcome.consent);
    },
  );

  app.post(
    '/api/consents/:id/revoke',
    {
      config: { policy: { kind: 'resource', resource: 'consent', action: 'update' } },
      schema: {
        tags,
        summary: 'Revoke a consent from now on; a provider no longer shared with leaves the case team',
        params: ZIdParams,
        response: { 200: ZConsentView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await consentById(database.db, req.params.id);
      if (!row) throw problems.notFound('consent');
      const relationships = await caseRelationships(database.db, actor, row.case_id);
      await authorizeInstance(req, 'consent', 'update', relationships, {
        id: row.id,
        hideExistence: !can(actor, 'consent', 'read', relationships),
        subjectPersonId: row.person_id,
      });
      return withdrawConsent(database.db, actor, row, req.id);
    },
  );
}
