import { z } from 'zod';
import { requireActor } from '../access/authorize.js';
import type { App } from '../http/app.js';
import { ZPage } from '../organisations/schemas.js';
import { verifyAuditChain } from './verify.js';
import { appendAudit } from './write.js';

const tags = ['audit'];

const ZAuditQuery = ZPage.extend({ action: z.string().max(64).optional() });
const ZAuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorKind: z.string(),
  actorUserId: z.uuid().nullable(),
  actorOrgId: z.uuid().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  purpose: z.string().nullable(),
  outcome: z.string(),
  requestId: z.string().nullable(),
});
const ZAuditList = z.object({
  items: z.array(ZAuditEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
const ZVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().optional(),
});

export function registerAuditRoutes(app: App): void {
  const { database } = app.deps;

  app.get(
    '/api/audit',
    {
      config: { policy: { kind: 'resource', resource: 'audit_log', action: 'list' } },
      schema: {
        tags,
        summary: 'The audit log (ids only, no personal data)',
        querystring: ZAuditQuery,
        response: { 200: ZAuditList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { page, pageSize, action } = req.query;
      let q = database.db.selectFrom('audit_log');
      // organisation admins see their own organisation's entries; system admins all.
      if (!actor.roles.includes('system_admin')) q = q.where('actor_org_id', '=', actor.organisationId);
      if (action) q = q.where('action', 'like', `${action.replace(/[%_\\]/g, '\\$&')}%`);
      const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          seq: Number(r.seq),
          at: new Date(r.at).toISOString(),
          actorKind: r.actor_kind,
          actorUserId: r.actor_user_id,
          actorOrgId: r.actor_org_id,
          action: r.action,
          resourceType: r.resource_type,
          resourceId: r.resource_id,
          purpose: r.purpose,
          outcome: r.outcome,
          requestId: r.request_id,
        })),
        total: Number(total.n),
        page,
        pageSize,
      };
    },
  );

  app.post(
    '/api/audit/verify',
    {
      config: { policy: { kind: 'resource', resource: 'audit_log', action: 'read' } },
      schema: { tags, summary: 'Verify the hash chain of the audit log', response: { 200: ZVerifyResult } },
    },
    async (req) => {
      const actor = requireActor(req);
      const result = await verifyAuditChain(database.db);
      await appendAudit(database.db, {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        action: 'audit.verify',
        resourceType: 'audit_log',
        outcome: result.ok ? 'success' : 'failure',
        requestId: req.id,
        details: { checked: result.checked },
      });
      return result;
    },
  );
}
