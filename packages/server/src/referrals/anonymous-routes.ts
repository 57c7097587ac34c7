import { ZAgeBand, ZAnonymousNotification } from '@opennrm/core';
import { sql } from 'kysely';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import type { App } from '../http/app.js';
import { notifyAnonymously } from './notify-anonymously.js';
import { auditRefusal } from './referral-routes.js';
import {
  ZAnonymousNotificationCreated,
  ZAnonymousNotificationList,
  ZAnonymousNotificationQuery,
} from './schemas.js';

const tags = ['referrals'];

export function registerAnonymousNotificationRoutes(app: App): void {
  const { database } = app.deps;

  app.post(
    '/api/anonymous-notifications',
    {
      config: { policy: { kind: 'resource', resource: 'anonymous_notification', action: 'create' } },
      schema: {
        tags,
        summary:
          'Count an adult who did not consent to a referral: gender, age band, nationality, forms and region only',
        // Strict: any other field (a name, a birth year, a note) is refused, not dropped silently.
        body: ZAnonymousNotification,
        response: { 201: ZAnonymousNotificationCreated },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'anonymous_notification', 'create', new Set(['any']), { id: 'new' });
      const outcome = await notifyAnonymously(database.db, actor, req.body, req.id);
      if (outcome.kind === 'refused') {
        await auditRefusal(req, actor, {
          action: 'anonymous_notification.create',
          resourceType: 'anonymous_notification',
          resourceId: 'new',
          reason: 'child',
        });
        throw outcome.problem;
      }
      return reply.code(201).send({
        id: outcome.id,
        notifiedOn: outcome.notifiedOn,
        stored: outcome.stored,
        support: [...outcome.support],
      });
    },
  );

  app.get(
    '/api/anonymous-notifications',
    {
      config: { policy: { kind: 'resource', resource: 'anonymous_notification', action: 'list' } },
      schema: {
        tags,
        summary: 'The anonymous notifications my organisation made (no identifying data)',
        querystring: ZAnonymousNotificationQuery,
        response: { 200: ZAnonymousNotificationList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'anonymous_notification', 'list', new Set(['own_organisation']), {
        id: actor.organisationId,
      });
      const { page, pageSize } = req.query;
      const base = database.db
        .selectFrom('anonymous_notifications')
        .where('organisation_id', '=', actor.organisationId);
      const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .select(['id', 'gender', 'age_band', 'nationality', 'exploitation_forms', 'region'])
        // As text: a driver would turn a date into a local-midnight instant.
        .select(sql<string>`to_char(notified_on, 'YYYY-MM-DD')`.as('notified_on'))
        .orderBy('notified_on', 'desc')
        .orderBy('id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((row) => ({
          id: row.id,
          notifiedOn: row.notified_on,
          gender: row.gender,
          ageBand: ZAgeBand.parse(row.age_band),
          nationality: row.nationality,
          exploitationForms: row.exploitation_forms,
          region: row.region,
        })),
        total: total.n,
        page,
        pageSize,
      };
    },
  );
}
