import {
  ACCOUNT_REQUEST_STATUSES,
  type AccountRequestStatus,
  recordRefusal,
  sharingBasis,
  ZAccountRecord,
  ZAccountRequestCreate,
} from '@opennrm/core';
import { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { answerAccountRequest, requestAccount } from './account-requests.js';
import {
  type AccountVersion,
  accountAccess,
  accountShares,
  openAccountVersion,
  personDataKey,
  unseal,
} from './account-store.js';
import { authorizeCaseFile, iso, may, organisationNames } from './case-file-access.js';
import {
  ZAccountRecorded,
  ZAccountRequestList,
  ZAccountShareCreate,
  ZAccountShareList,
  ZAccountShareView,
  ZAccountView,
  ZCaseChildParams,
  ZCaseParams,
} from './case-file-schemas.js';
import { consentedOrganisations } from './case-team.js';
import { recordAccount } from './record-account.js';
import { decidesOnSharing, revokeAccountShare, shareAccount } from './share-account.js';

const tags = ['case file'];
const ZAccountRead = z.object({
  include: z.enum(['text']).optional(),
  version: z.coerce.number().int().min(1).max(10_000).optional(),
});

function isStatus(value: string): value is AccountRequestStatus {
  return (ACCOUNT_REQUEST_STATUSES as readonly string[]).includes(value);
}

export function registerAccountRoutes(app: App): void {
  const { database, keyring } = app.deps;
  const db = database.db;

  app.get(
    '/api/cases/:id/account',
    {
      config: { policy: { kind: 'resource', resource: 'case_account', action: 'read' } },
      schema: {
        tags,
        summary: 'The person’s account: who recorded it, and its text for those it is shared with (audited)',
        params: ZCaseParams,
        querystring: ZAccountRead,
        response: { 200: ZAccountView },
      },
    },
    async (req) => {
      const access = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case_account',
        action: 'read',
      });
      const { actor, item, standing } = access;
      const account = await accountAccess(db, actor, item.id);
      const exists = account.versions.length > 0;
      const own = await db
        .selectFrom('account_requests')
        .select(['id', 'status', 'requested_at'])
        .where('case_id', '=', item.id)
        .where('requesting_org_id', '=', actor.organisationId)
        .orderBy('requested_at', 'desc')
        .executeTakeFirst();
      const name = await organisationNames(
        db,
        account.versions.map((v) => v.recordedByOrgId),
      );
      const meta = (v: AccountVersion) => ({
        version: v.version,
        source: v.source,
        language: v.language,
        interpreterUsed: v.interpreterUsed,
        recordedBy: name(v.recordedByOrgId),
        recordedAt: iso(v.recordedAt),
      });
      const view = {
        caseId: item.id,
        exists,
        canRead: account.canRead,
        versions: account.versions.map(meta),
        recordedBy: account.readers.recordedByOrgIds.map(name),
        mayRecord:
          may(access, 'case_account', 'create') &&
          recordRefusal({ accountExists: exists, canRead: account.canRead }) === null,
        mayShare:
          exists && may(access, 'case_account', 'update') && decidesOnSharing(actor, item, standing, account),
        mayRequest:
          exists &&
          !account.canRead &&
          may(access, 'account_request', 'create') &&
          own?.status !== 'requested',
        ownRequest:
          own && isStatus(own.status)
            ? { id: own.id, status: own.status, requestedAt: iso(own.requested_at) }
            : null,
      };
      if (req.query.include !== 'text' || !account.canRead || !exists) return view;
      const wanted = req.query.version ?? account.versions[account.versions.length - 1]?.version;
      const version = account.versions.find((v) => v.version === wanted);
      if (!version) throw problems.notFound('account version');
      const key = await personDataKey(db, keyring, version.dataKeyId);
      // The decryption and its audit entry in one transaction: no read without its trace.
      return db.transaction().execute(async (trx) => {
        const text = openAccountVersion(key, version);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'case_account.read',
          resourceType: 'case_account',
          resourceId: version.source === 'account' ? version.rowId : item.id,
          subjectPersonId: item.personId,
          outcome: 'success',
          requestId: req.id,
          details: { caseId: item.id, version: version.version },
        });
        return { ...view, text, shownVersion: version.version };
      });
    },
  );

  app.post(
    '/api/cases/:id/account',
    {
      config: { policy: { kind: 'resource', resource: 'case_account', action: 'create' } },
      schema: {
        tags,
        summary: 'Record the person’s account once (a new version when it is corrected or added to)',
        params: ZCaseParams,
        body: ZAccountRecord,
        response: { 201: ZAccountRecorded },
      },
    },
    async (req, reply) => {
      const { actor, item } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case_account',
        action: 'create',
      });
      const recorded = await recordAccount({ db, keyring }, actor, item, req.body, req.id);
      const name = await organisationNames(db, [actor.organisationId]);
      return reply.code(201).send({
        version: recorded.version,
        source: 'account' as const,
        language: req.body.language,
        interpreterUsed: req.body.interpreterUsed,
        recordedBy: name(actor.organisationId),
        recordedAt: iso(recorded.recordedAt),
      });
    },
  );

  app.get(
    '/api/cases/:id/account/shares',
    {
      config: { policy: { kind: 'resource', resource: 'case_account', action: 'read' } },
      schema: {
        tags,
        summary: 'Who the account is shared with, and who on the team it could be shared with',
        params: ZCaseParams,
        response: { 200: ZAccountShareList },
      },
    },
    async (req) => {
      const { actor, item, standing } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case_account',
        action: 'read',
      });
      const account = await accountAccess(db, actor, item.id);
      // Who reads the story is part of the story: only its readers see the list.
      if (!account.canRead) throw problems.notFound('case_account');
      const [shares, team, consented] = await Promise.all([
        accountShares(db, item.id),
        db
          .selectFrom('case_team')
          .select('organisation_id')
          .distinct()
          .where('case_id', '=', item.id)
          .where('removed_at', 'is', null)
          .execute(),
        consentedOrganisations(db, item.id, new Date()),
      ]);
      const name = await organisationNames(db, [
        ...shares.map((s) => s.organisationId),
        ...team.map((t) => t.organisation_id),
      ]);
      const reads = new Set([...account.readers.recordedByOrgIds, ...account.readers.sharedWithOrgIds]);
      return {
        items: shares.map((s) => ({
          id: s.id,
          organisation: name(s.organisationId),
          consentId: s.consentId,
          grantedAt: iso(s.grantedAt),
          revokedAt: s.revokedAt ? iso(s.revokedAt) : null,
          active: s.revokedAt === null,
        })),
        candidates: team
          .filter((t) => t.organisation_id !== actor.organisationId)
          .map((t) => {
            if (reads.has(t.organisation_id))
              return {
                organisation: name(t.organisation_id),
                shareable: false,
                reason: 'already_reads' as const,
              };
            const basis = sharingBasis({
              isChild: item.isChild,
              consentId: consented.has(t.organisation_id) ? 'in-force' : null,
              actorIsChildProtection: standing.purposes.includes('child_protection'),
            });
            return {
              organisation: name(t.organisation_id),
              shareable: basis.ok,
              reason: basis.ok ? null : basis.reason,
            };
          }),
      };
    },
  );

  app.post(
    '/api/cases/:id/account/shares',
    {
      config: { policy: { kind: 'resource', resource: 'case_account', action: 'update' } },
      schema: {
        tags,
        summary: 'Share the account with an organisation on the team (with the person’s consent)',
        params: ZCaseParams,
        body: ZAccountShareCreate,
        response: { 201: ZAccountShareView },
      },
    },
    async (req, reply) => {
      const { actor, item, standing } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case_account',
        action: 'update',
      });
      const share = await db
        .transaction()
        .execute((trx) => shareAccount(trx, actor, item, standing, req.body.organisationId, req.id));
      const name = await organisationNames(db, [req.body.organisationId]);
      return reply.code(201).send({
        id: share.id,
        organisation: name(req.body.organisationId),
        consentId: share.consentId,
        grantedAt: iso(share.grantedAt),
        revokedAt: null,
        active: true,
      });
    },
  );

  app.delete(
    '/api/cases/:id/account/shares/:childId',
    {
      config: { policy: { kind: 'resource', resource: 'case_account', action: 'update' } },
      schema: {
        tags,
        summary: 'Stop sharing the account with an organisation, from now on',
        params: ZCaseChildParams,
        response: { 200: ZAccountShareView },
      },
    },
    async (req) => {
      const { actor, item, standing } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case_account',
        action: 'update',
      });
      await db
        .transaction()
        .execute((trx) => revokeAccountShare(trx, actor, item, standing, req.params.childId, req.id));
      const share = (await accountShares(db, item.id)).find((s) => s.id === req.params.childId);
      if (!share) throw problems.notFound('share');
      const name = await organisationNames(db, [share.organisationId]);
      return {
        id: share.id,
        organisation: name(share.organisationId),
        consentId: share.consentId,
        grantedAt: iso(share.grantedAt),
        revokedAt: share.revokedAt ? iso(share.revokedAt) : null,
        active: share.revokedAt === null,
      };
    },
  );

  app.get(
    '/api/cases/:id/account/requests',
    {
      config: { policy: { kind: 'resource', resource: 'account_request', action: 'list' } },
      schema: {
        tags,
        summary: 'Requests for the account: all of them for its recorder, one’s own otherwise',
        params: ZCaseParams,
        response: { 200: ZAccountRequestList },
      },
    },
    async (req) => {
      const { actor, item, standing } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'account_request',
        action: 'list',
      });
      const account = await accountAccess(db, actor, item.id);
      const answers = decidesOnSharing(actor, item, standing, account);
      let q = db
        .selectFrom('account_requests')
        .selectAll()
        .where('case_id', '=', item.id)
        .orderBy('requested_at', 'desc');
      if (!answers) q = q.where('requesting_org_id', '=', actor.organisationId);
      const rows = await q.execute();
      const name = await organisationNames(
        db,
        rows.map((r) => r.requesting_org_id),
      );
      const items = rows.flatMap((r) =>
        isStatus(r.status)
          ? [
              {
                id: r.id,
                requestingOrganisation: name(r.requesting_org_id),
                requestedAt: iso(r.requested_at),
                status: r.status,
                decidedAt: r.decided_at ? iso(r.decided_at) : null,
                reasonEnc: r.reason_enc,
              },
            ]
          : [],
      );
      if (items.length === 0) return { items: [] };
      const key = await personDataKey(db, keyring, item.dataKeyId);
      return db.transaction().execute(async (trx) => {
        const out = items.map(({ reasonEnc, ...rest }) => ({
          ...rest,
          reason: unseal(key, { table: 'account_requests', field: 'reason_enc' }, rest.id, reasonEnc),
        }));
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'account_request.list',
          resourceType: 'case',
          resourceId: item.id,
          subjectPersonId: item.personId,
          outcome: 'success',
          requestId: req.id,
          details: { count: out.length },
        });
        return { items: out };
      });
    },
  );

  app.post(
    '/api/cases/:id/account/requests',
    {
      config: { policy: { kind: 'resource', resource: 'account_request', action: 'create' } },
      schema: {
        tags,
        summary: 'Ask the recording organisation for the account instead of re-interviewing the person',
        params: ZCaseParams,
        body: ZAccountRequestCreate,
        response: { 201: z.object({ id: z.uuid(), requestedAt: z.string() }) },
      },
    },
    async (req, reply) => {
      const { actor, item } = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'account_request',
        action: 'create',
      });
      const created = await requestAccount({ db, keyring }, actor, item, req.body.reason, req.id);
      return reply.code(201).send({ id: created.id, requestedAt: iso(created.requestedAt) });
    },
  );

  for (const answer of ['grant', 'refuse'] as const) {
    app.post(
      `/api/cases/:id/account/requests/:childId/${answer}`,
      {
        config: { policy: { kind: 'resource', resource: 'account_request', action: 'update' } },
        schema: {
          tags,
          summary:
            answer === 'grant'
              ? 'Grant a request: share the account with the requester (with the person’s consent)'
              : 'Refuse a request for the account',
          params: ZCaseChildParams,
          response: { 200: z.object({ id: z.uuid(), status: z.enum(ACCOUNT_REQUEST_STATUSES) }) },
        },
      },
      async (req) => {
        const { actor, item, standing } = await authorizeCaseFile(req, db, {
          caseId: req.params.id,
          resource: 'account_request',
          action: 'update',
        });
        const status = answer === 'grant' ? ('granted' as const) : ('refused' as const);
        await answerAccountRequest(
          db,
          actor,
          item,
          standing,
          { requestId: req.params.childId, answer: status },
          req.id,
        );
        return { id: req.params.childId, status };
      },
    );
  }
}
