import {
  capacityGapFor,
  type MatchService,
  matchAgeBand,
  matchServices,
  type NeedDomain,
  SERVICE_KINDS_FOR_NEED,
} from '@opennrm/core';
import { sql } from 'kysely';
import { requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { App } from '../http/app.js';
import { authorizeCaseWork, profileOf } from './case-context.js';
import { insertGap, recentNoFitGap } from './record-gap.js';
import { ZCaseParams, ZGap, ZGapCreate, ZMatchQuery, ZMatchResult } from './schemas.js';
import { matchService, type ServiceRow, serviceQuery, serviceView } from './service-store.js';

const tags = ['directory'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** Matching a case's person to services for a need, and recording when nothing fits. */
export function registerMatchRoutes(app: App): void {
  const { database } = app.deps;

  app.get(
    '/api/cases/:id/service-matches',
    {
      config: { policy: { kind: 'resource', resource: 'service_referral', action: 'create' } },
      schema: {
        tags,
        summary:
          'Services that fit the person for a need (gender, age, language, accessibility, region, capacity), each with why it fits or not',
        params: ZCaseParams,
        querystring: ZMatchQuery,
        response: { 200: ZMatchResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { id: caseId } = req.params;
      const need: NeedDomain = req.query.need;
      const item = await authorizeCaseWork(req, database.db, caseId, 'service_referral', 'create', [
        'service_referrals',
        'needs',
      ]);
      const now = new Date();
      const person = profileOf(item, now, req.query.region);
      const kinds = [...new Set([...SERVICE_KINDS_FOR_NEED[need], 'interpretation' as const])];
      const rows = await serviceQuery(database.db)
        .where('s.active', '=', true)
        .where('s.kind', 'in', kinds)
        .execute();
      const byId = new Map<string, ServiceRow>(rows.map((row) => [row.id, row]));
      const services = rows.map(matchService).filter((s): s is MatchService => s !== null);
      const result = matchServices({ need, person, services, at: now });
      const open = await database.db
        .selectFrom('service_referrals')
        .select('service_id')
        .where('case_id', '=', caseId)
        .where('status', 'in', ['sent', 'accepted', 'started'])
        .execute();
      await appendAudit(database.db, {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        action: 'service_match.read',
        resourceType: 'case',
        resourceId: caseId,
        subjectPersonId: item.person_id,
        purpose: 'assistance',
        outcome: 'success',
        requestId: req.id,
        details: { need, candidates: result.candidates.length, nothingFits: result.nothingFits },
      });
      return {
        need,
        kinds: [...result.kinds],
        profile: {
          gender: person.gender,
          ageBand: matchAgeBand(person),
          isChild: person.isChild,
          languages: [...person.languages],
          disabilities: [...person.disabilities],
          region: person.region,
          withoutResidenceStatus: person.withoutResidenceStatus,
          lgbti: person.lgbti,
        },
        nothingFits: result.nothingFits,
        candidates: result.candidates.flatMap((candidate) => {
          const row = byId.get(candidate.serviceId);
          return row
            ? [
                {
                  service: serviceView(row, actor, now),
                  verdict: candidate.verdict,
                  reasons: candidate.reasons.map((r) => ({ ...r, params: { ...r.params } })),
                },
              ]
            : [];
        }),
        openReferralServiceIds: [...new Set(open.map((r) => r.service_id))],
      };
    },
  );

  app.post(
    '/api/cases/:id/capacity-gaps',
    {
      config: { policy: { kind: 'resource', resource: 'capacity_gap', action: 'create' } },
      schema: {
        tags,
        summary: 'Record that nothing fits the person for a need (a capacity gap, without identifying data)',
        params: ZCaseParams,
        body: ZGapCreate,
        response: { 200: ZGap, 201: ZGap },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id: caseId } = req.params;
      const item = await authorizeCaseWork(req, database.db, caseId, 'capacity_gap', 'create', [
        'service_referrals',
        'needs',
      ]);
      const now = new Date();
      const gap = capacityGapFor({
        need: req.body.need,
        person: profileOf(item, now, req.body.region),
        reason: 'no_fit',
        kind: req.body.kind,
      });
      const outcome = await database.db.transaction().execute(async (trx) => {
        // Two clicks on "record the gap" take turns; the second finds the first's gap.
        await sql`select pg_advisory_xact_lock(hashtextextended(${`gap:${caseId}:${gap.needDomain}`}, 0))`.execute(
          trx,
        );
        const recent = await recentNoFitGap(trx, { caseId, gap, since: new Date(now.getTime() - DAY_MS) });
        if (recent) return { id: recent.id, recordedAt: recent.recordedAt, alreadyRecorded: true };
        const stored = await insertGap(trx, gap, {
          caseId,
          organisationId: actor.organisationId,
          serviceReferralId: null,
          at: now,
        });
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'capacity_gap.create',
          resourceType: 'capacity_gap',
          resourceId: stored.id,
          subjectPersonId: item.person_id,
          outcome: 'success',
          requestId: req.id,
          details: { caseId, need: gap.needDomain, kind: gap.serviceKind, reason: gap.reason },
        });
        return { id: stored.id, recordedAt: stored.recordedAt, alreadyRecorded: false };
      });
      return reply.code(outcome.alreadyRecorded ? 200 : 201).send({
        id: outcome.id,
        needDomain: gap.needDomain,
        serviceKind: gap.serviceKind,
        region: gap.region,
        reason: gap.reason,
        gender: gap.gender,
        ageBand: gap.ageBand,
        isChild: gap.isChild,
        disabilities: [...gap.disabilities],
        language: gap.language,
        withoutStatus: gap.withoutStatus,
        lgbti: gap.lgbti,
        recordedAt: outcome.recordedAt.toISOString(),
        alreadyRecorded: outcome.alreadyRecorded,
      });
    },
  );
}
