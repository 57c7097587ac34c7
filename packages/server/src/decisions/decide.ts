import { type Actor, checkDecision } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import {
  type DecisionCase,
  lockCaseStage,
  personKey,
  profileOf,
  requireCompetentAuthority,
  requireProfile,
} from './case-context.js';
import { decisionDueAt } from './due.js';
import { type RecordedDecision, recordDecision } from './record-decision.js';
import type { TDecisionCreate } from './schemas.js';

/**
 * A reasonable- or conclusive-grounds decision by the competent authority. The order
 * rules (core `checkDecision`) are checked under the case's row lock, and the decision,
 * its effects and the audit entry commit together or not at all.
 */
export async function decide(
  deps: { readonly db: Kysely<DB>; readonly keyring: Keyring },
  actor: Actor,
  item: DecisionCase,
  body: TDecisionCreate,
  requestId: string,
): Promise<RecordedDecision & { readonly positive: boolean; readonly outcome: string }> {
  const { db, keyring } = deps;
  const profile = requireProfile(await profileOf(db, item));
  await requireCompetentAuthority(db, actor, item.id, profile);
  const key = await personKey(db, keyring, item.dataKeyId);
  const now = new Date();

  return db.transaction().execute(async (trx) => {
    const caseStage = await lockCaseStage(trx, item.id);
    const check = checkDecision({ caseStage, stage: body.stage, outcome: body.outcome, profile });
    if (!check.ok) {
      switch (check.refusal) {
        case 'stage_not_in_profile':
          throw problems.validation([
            { path: 'body.stage', message: 'The country profile of this case has no such decision stage.' },
          ]);
        case 'outcome_not_in_profile':
          throw problems.validation([
            { path: 'body.outcome', message: 'Not an outcome of the country profile for this stage.' },
          ]);
        case 'recovery_period_running':
          throw refusal(
            check.refusal,
            'The conclusive decision is taken after the recovery and reflection period.',
          );
        case 'not_awaiting_this_decision':
          throw refusal(check.refusal, 'The case does not wait for this decision.');
        default: {
          const unreachable: never = check.refusal;
          throw unreachable;
        }
      }
    }
    const recorded = await recordDecision(trx, key, {
      item,
      profile,
      stage: body.stage,
      category: check.category,
      reasons: body.reasons,
      decidedByUserId: actor.userId,
      decidedByOrgId: actor.organisationId,
      decidedAt: now,
      dueAt: await decisionDueAt(trx, item.id, body.stage, profile),
      supersedesId: null,
    });
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'decision.create',
      resourceType: 'decision',
      resourceId: recorded.id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: {
        caseId: item.id,
        stage: body.stage,
        outcome: check.category.id,
        positive: check.category.positive,
        ...(recorded.recoveryPeriodId ? { recoveryPeriodId: recorded.recoveryPeriodId } : {}),
      },
    });
    return { ...recorded, positive: check.category.positive, outcome: check.category.id };
  });
}
