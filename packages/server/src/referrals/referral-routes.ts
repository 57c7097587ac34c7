import {
  type Actor,
  authorize,
  isAssistanceProviderKind,
  isExploitationForm,
  mayReferUnder,
  type Relationship,
  ZReferralSubmission,
} from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import { accountAccess } from '../cases/account-store.js';
import { caseRelationships, requireSection } from '../cases/relationships.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { currentCountryProfile } from '../profiles/store.js';
import { activeOrganisations } from './candidates.js';
import {
  type ReferralField,
  type ReferralRow,
  referralById,
  referralOfCase,
  referralView,
} from './read-referral.js';
import { referCase } from './refer-case.js';
import {
  ZReferralCreated,
  ZReferralOptions,
  ZReferralQuery,
  ZReferralView,
  ZScreeningPrefill,
} from './schemas.js';

const tags = ['referrals'];

/** Audits a refusal by a rule (nothing was written), then answers with its problem. */
export async function auditRefusal(
  req: FastifyRequest,
  actor: Actor,
  input: { action: string; resourceType: string; resourceId: string; reason: string },
): Promise<void> {
  await appendAudit(req.server.deps.database.db, {
    actorKind: 'user',
    actorUserId: actor.userId,
    actorOrgId: actor.organisationId,
    action: input.action,
    resourceType: input.resourceType,
    resourceId: input.resourceId,
    outcome: 'denied',
    requestId: req.id,
    details: { reason: input.reason },
  });
}

/** Which protected fields of a referral a reader may see: those of the person the policy shows them. */
function visibleFields(actor: Actor, relationships: ReadonlySet<Relationship>): Set<ReferralField> {
  const person = authorize(actor, 'person', 'read', relationships);
  if (!person.allowed) return new Set();
  const visible = new Set<ReferralField>(['narrative', 'safeContact']);
  if (person.hiddenFields.includes('contact')) visible.delete('safeContact');
  return visible;
}

export function registerReferralRoutesOnly(app: App): void {
  const { database, keyring } = app.deps;

  /** One referral, authorised through its case and read with its audit entry in one transaction. */
  async function readReferral(req: FastifyRequest, row: ReferralRow | undefined, details: boolean) {
    const actor = requireActor(req);
    if (!row) throw problems.notFound('referral');
    const relationships = await caseRelationships(database.db, actor, row.case_id);
    const decision = await authorizeInstance(req, 'referral', 'read', relationships, {
      id: row.id,
      hideExistence: true,
      subjectPersonId: row.person_id,
    });
    await requireSection(req, row.case_id, 'referral', {
      resource: 'referral',
      action: 'read',
      subjectPersonId: row.person_id,
    });
    // Minimum necessary: the narrative and safe contact are decrypted only when asked for.
    const visible = details ? visibleFields(actor, relationships) : new Set<ReferralField>();
    // The narrative is version 1 of the person's account: read as the account is (cases/).
    if (visible.has('narrative') && !(await accountAccess(database.db, actor, row.case_id)).canRead)
      visible.delete('narrative');
    return database.db.transaction().execute(async (trx) => {
      const view = await referralView(trx, keyring, row, visible);
      await appendAudit(trx, {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        action: 'referral.read',
        resourceType: 'referral',
        resourceId: row.id,
        subjectPersonId: row.person_id,
        outcome: 'success',
        requestId: req.id,
        details: {
          caseId: row.case_id,
          fields: [...visible].sort().join(',') || 'none',
          rule: decision.ruleId,
        },
      });
      return view;
    });
  }

  app.post(
    '/api/referrals',
    {
      config: { policy: { kind: 'resource', resource: 'referral', action: 'create' } },
      schema: {
        tags,
        summary: 'Refer a person into the NRM (a child without needing consent; an adult with consent)',
        body: ZReferralSubmission,
        response: { 200: ZReferralCreated, 201: ZReferralCreated },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'referral', 'create', new Set(['any']), { id: 'new' });
      await authorizeInstance(req, 'person', 'create', new Set(['any']), { id: 'new' });
      await authorizeInstance(req, 'case', 'create', new Set(['any']), { id: 'new' });
      const outcome = await referCase(database.db, keyring, actor, req.body, req.id);
      if (outcome.kind === 'refused') {
        await auditRefusal(req, actor, {
          action: 'referral.create',
          resourceType: 'referral',
          resourceId: req.body.clientRef,
          reason: outcome.reason,
        });
        throw outcome.problem;
      }
      return reply.code(outcome.kind === 'created' ? 201 : 200).send(outcome.referral);
    },
  );

  app.get(
    '/api/referrals/options',
    {
      config: { policy: { kind: 'resource', resource: 'referral', action: 'create' } },
      schema: {
        tags,
        summary:
          'What the referral form offers: the rules in force, competent authorities, providers, regions',
        response: { 200: ZReferralOptions },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'referral', 'create', new Set(['any']), { id: 'new' });
      const profile = await currentCountryProfile(database.db);
      const organisations = await activeOrganisations(database.db);
      const own = await database.db
        .selectFrom('organisations')
        .select(['kind', 'region'])
        .where('id', '=', actor.organisationId)
        .executeTakeFirstOrThrow();
      const ownKind = organisations.find((org) => org.id === actor.organisationId)?.kind;
      return {
        profile: {
          id: profile.id,
          version: profile.version,
          name: profile.name,
          decisionStages: profile.decisionStages,
          reasonableGroundsDeadlineWorkingDays: profile.reasonableGroundsDeadlineWorkingDays,
        },
        mayRefer: ownKind !== undefined && mayReferUnder(profile, ownKind),
        ownRegion: own.region,
        regions: [...new Set(organisations.map((org) => org.region))].sort(),
        competentAuthorities: organisations
          .filter((org) => profile.decidingKinds.includes(org.kind))
          .map((org) => ({ id: org.id, name: org.name, region: org.region })),
        providers: organisations
          .filter((org) => isAssistanceProviderKind(org.kind))
          .map((org) => ({ id: org.id, name: org.name, kind: org.kind, region: org.region })),
      };
    },
  );

  app.get(
    '/api/referrals/prefill/:id',
    {
      config: { policy: { kind: 'resource', resource: 'screening', action: 'read' } },
      schema: {
        tags,
        summary: 'What a referral can take over from a screening (its concluded forms of exploitation)',
        params: ZIdParams,
        response: { 200: ZScreeningPrefill },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await database.db
        .selectFrom('screenings')
        .select(['id', 'organisation_id', 'case_id', 'status', 'concluded_forms'])
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!row) throw problems.notFound('screening');
      const relationships = new Set<Relationship>(
        row.organisation_id === actor.organisationId ? ['own_organisation'] : [],
      );
      await authorizeInstance(req, 'screening', 'read', relationships, { id: row.id, hideExistence: true });
      return {
        screeningId: row.id,
        status: row.status,
        concludedForms: row.concluded_forms.filter(isExploitationForm),
        alreadyReferred: row.case_id !== null,
      };
    },
  );

  app.get(
    '/api/referrals/:id',
    {
      config: { policy: { kind: 'resource', resource: 'referral', action: 'read' } },
      schema: {
        tags,
        summary: 'One referral (case team and the child’s guardian; every read is audited)',
        params: ZIdParams,
        querystring: ZReferralQuery,
        response: { 200: ZReferralView },
      },
    },
    async (req) =>
      readReferral(req, await referralById(database.db, req.params.id), req.query.include === 'details'),
  );

  app.get(
    '/api/cases/:id/referral',
    {
      config: { policy: { kind: 'resource', resource: 'referral', action: 'read' } },
      schema: {
        tags,
        summary: 'The referral of a case (its latest one)',
        params: ZIdParams,
        querystring: ZReferralQuery,
        response: { 200: ZReferralView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await referralOfCase(database.db, req.params.id);
      if (!row) {
        // Whether the case exists at all is not told to someone who may not see it.
        const exists = await database.db
          .selectFrom('cases')
          .select('id')
          .where('id', '=', req.params.id)
          .executeTakeFirst();
        if (exists) {
          await authorizeInstance(
            req,
            'referral',
            'read',
            await caseRelationships(database.db, actor, exists.id),
            { id: exists.id, hideExistence: true },
          );
        }
        throw problems.notFound('referral');
      }
      return readReferral(req, row, req.query.include === 'details');
    },
  );
}
