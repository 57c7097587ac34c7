import { randomUUID } from 'node:crypto';
import {
  checkRiskAssessment,
  overallRisk,
  planReviewState,
  type RiskAssessmentInput,
  type RiskLevel,
  suggestedRiskReview,
  ZRiskLevel,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import {
  type CaseAccess,
  invalid,
  iso,
  localDate,
  lockCase,
  names,
  personKey,
  sealNullable,
  today,
  unsealNullable,
} from './case-access.js';
import type { ZRiskAssessmentList, ZSafetyPlan } from './schemas.js';

type Deps = { readonly db: Kysely<DB>; readonly keyring: Keyring };

const level = (value: string): RiskLevel => {
  const parsed = ZRiskLevel.safeParse(value);
  // An unknown stored value is shown as the highest risk, never as "none".
  return parsed.success ? parsed.data : 'high';
};

/**
 * Records a new version of the risk and safety assessment: the four risks, the overall
 * risk computed by core (the highest of the four), the safety plan (sealed), and the
 * review date (suggested from the overall risk when not given).
 */
export async function recordRiskAssessment(
  deps: Deps,
  access: CaseAccess,
  input: RiskAssessmentInput,
  requestId: string,
): Promise<{ id: string; version: number }> {
  const day = await today(deps.db);
  const found = checkRiskAssessment(input, day);
  if (found.length > 0) throw invalid(found);
  const overall = overallRisk(input);
  const reviewDueOn = input.reviewDueOn === undefined ? suggestedRiskReview(overall, day) : input.reviewDueOn;
  const { actor, item } = access;
  const key = await personKey(deps.db, deps.keyring, item.dataKeyId);
  return deps.db.transaction().execute(async (trx) => {
    await lockCase(trx, item.id);
    const last = await trx
      .selectFrom('risk_assessments')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('case_id', '=', item.id)
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    const id = randomUUID();
    await trx
      .insertInto('risk_assessments')
      .values({
        id,
        case_id: item.id,
        version,
        traffickers_risk: input.traffickersRisk,
        retrafficking_risk: input.retraffickingRisk,
        self_harm_risk: input.selfHarmRisk,
        family_risk: input.familyRisk,
        overall,
        data_key_id: item.dataKeyId,
        safety_plan_enc: sealNullable(
          key,
          { table: 'risk_assessments', field: 'safety_plan_enc' },
          id,
          input.safetyPlan,
        ),
        assessed_by_user_id: actor.userId,
        assessed_by_org_id: actor.organisationId,
        assessed_at: new Date(),
        review_due_on: reviewDueOn,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'risk_assessment.create',
      resourceType: 'risk_assessment',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id, version, overall },
    });
    return { id, version };
  });
}

function rows(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('risk_assessments')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('version', 'desc')
    .execute();
}

/** Every version and the current one in full (needs the 'risk' section); the read is audited. */
export async function readRiskAssessments(
  deps: Deps,
  access: CaseAccess,
  requestId: string,
): Promise<z.input<typeof ZRiskAssessmentList>> {
  const all = await rows(deps.db, access.item.id);
  const latest = all[0];
  const day = await today(deps.db);
  const who = await names(deps.db, {
    users: latest ? [latest.assessed_by_user_id] : [],
    organisations: all.map((r) => r.assessed_by_org_id),
  });
  let current: z.input<typeof ZRiskAssessmentList>['current'] = null;
  if (latest) {
    const key = await personKey(deps.db, deps.keyring, access.item.dataKeyId);
    const reviewDueOn = localDate(latest.review_due_on);
    current = {
      id: latest.id,
      version: latest.version,
      current: true,
      traffickersRisk: level(latest.traffickers_risk),
      retraffickingRisk: level(latest.retrafficking_risk),
      selfHarmRisk: level(latest.self_harm_risk),
      familyRisk: level(latest.family_risk),
      overall: level(latest.overall),
      safetyPlan: unsealNullable(
        key,
        { table: 'risk_assessments', field: 'safety_plan_enc' },
        latest.id,
        latest.safety_plan_enc,
      ),
      reviewDueOn,
      reviewState: planReviewState(reviewDueOn, day),
      assessedAt: iso(latest.assessed_at),
      assessedBy: who.user(latest.assessed_by_user_id),
      assessedByOrganisation: who.organisation(latest.assessed_by_org_id),
    };
    await appendAudit(deps.db, {
      actorKind: 'user',
      actorUserId: access.actor.userId,
      actorOrgId: access.actor.organisationId,
      action: 'risk_assessment.read',
      resourceType: 'risk_assessment',
      resourceId: latest.id,
      subjectPersonId: access.item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: access.item.id, version: latest.version },
    });
  }
  return {
    current,
    versions: all.map((r) => ({
      id: r.id,
      version: r.version,
      current: r.id === latest?.id,
      overall: level(r.overall),
      reviewDueOn: localDate(r.review_due_on),
      assessedAt: iso(r.assessed_at),
      assessedByOrganisation: who.organisation(r.assessed_by_org_id),
    })),
  };
}

/**
 * The current safety plan alone, without the risks behind it: what a shelter or a
 * health service on the team needs to keep the person safe ('safety_plan' section).
 */
export async function readSafetyPlan(
  deps: Deps,
  access: CaseAccess,
  requestId: string,
): Promise<z.input<typeof ZSafetyPlan>> {
  const latest = await deps.db
    .selectFrom('risk_assessments')
    .select(['id', 'version', 'safety_plan_enc', 'review_due_on', 'assessed_at', 'assessed_by_org_id'])
    .where('case_id', '=', access.item.id)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return { safetyPlan: null };
  const key = await personKey(deps.db, deps.keyring, access.item.dataKeyId);
  const who = await names(deps.db, { users: [], organisations: [latest.assessed_by_org_id] });
  const text = unsealNullable(
    key,
    { table: 'risk_assessments', field: 'safety_plan_enc' },
    latest.id,
    latest.safety_plan_enc,
  );
  await appendAudit(deps.db, {
    actorKind: 'user',
    actorUserId: access.actor.userId,
    actorOrgId: access.actor.organisationId,
    action: 'risk_assessment.safety_plan.read',
    resourceType: 'risk_assessment',
    resourceId: latest.id,
    subjectPersonId: access.item.personId,
    outcome: 'success',
    requestId,
    details: { caseId: access.item.id, version: latest.version },
  });
  return {
    safetyPlan: {
      assessmentId: latest.id,
      version: latest.version,
      text,
      reviewDueOn: localDate(latest.review_due_on),
      assessedAt: iso(latest.assessed_at),
      assessedByOrganisation: who.organisation(latest.assessed_by_org_id),
    },
  };
}
