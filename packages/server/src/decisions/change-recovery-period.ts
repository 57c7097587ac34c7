import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type CaseStage,
  mayWithholdRecoveryPeriod,
  recoveryChangeRefusal,
  recoveryPeriodEnd,
  type WithholdingGround,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
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
  seal,
} from './case-context.js';

type PeriodStatus = 'running' | 'ended' | 'withheld';
export type ChangedPeriod = {
  readonly id: string;
  readonly status: PeriodStatus;
  readonly endsAt: Date;
  readonly caseStage: CaseStage;
};

const REFUSAL_TEXT = {
  period_withheld: 'The recovery period was withheld.',
  period_over: 'The recovery period is over.',
  identification_completed: 'The identification decisions on this case are complete.',
} as const;

function periodStatus(value: string): PeriodStatus {
  return value === 'running' || value === 'ended' || value === 'withheld' ? value : 'ended';
}

async function lockedPeriod(trx: Transaction<DB>, periodId: string) {
  return trx
    .selectFrom('recovery_periods')
    .selectAll()
    .where('id', '=', periodId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/**
 * Extends the recovery period by `days`, with reasons (CoE art. 13(1): health, mental
 * health, intimidation, …). Allowed while it runs, and after it ended by time until
 * the conclusive decision: the period then runs again and the case waits once more.
 */
export async function extendRecoveryPeriod(
  deps: { readonly db: Kysely<DB>; readonly keyring: Keyring },
  actor: Actor,
  item: DecisionCase,
  periodId: string,
  body: { readonly days: number; readonly reason: string },
  requestId: string,
): Promise<ChangedPeriod> {
  const { db, keyring } = deps;
  const profile = requireProfile(await profileOf(db, item));
  await requireCompetentAuthority(db, actor, item.id, profile);
  const key = await personKey(db, keyring, item.dataKeyId);
  const now = new Date();

  return db.transaction().execute(async (trx) => {
    const caseStage = await lockCaseStage(trx, item.id);
    const period = await lockedPeriod(trx, periodId);
    const refused = recoveryChangeRefusal('extend', periodStatus(period.status), caseStage);
    if (refused) throw refusal(refused, REFUSAL_TEXT[refused]);

    const extensionId = randomUUID();
    await trx
      .insertInto('recovery_extensions')
      .values({
        id: extensionId,
        recovery_period_id: period.id,
        days: body.days,
        reason_enc: seal(
          key,
          { table: 'recovery_extensions', field: 'reason_enc' },
          extensionId,
          body.reason,
        ),
        granted_by_user_id: actor.userId,
        granted_at: now,
      })
      .execute();
    const extensions = await trx
      .selectFrom('recovery_extensions')
      .select('days')
      .where('recovery_period_id', '=', period.id)
      .execute();
    const endsAt = recoveryPeriodEnd(
      new Date(period.starts_at),
      period.minimum_days,
      extensions,
      profile.calendar.timeZone,
    );
    const status: PeriodStatus = now.getTime() > endsAt.getTime() ? 'ended' : 'running';
    await trx
      .updateTable('recovery_periods')
      .set({ ends_at: endsAt, status, updated_at: now })
      .where('id', '=', period.id)
      .execute();
    const nextStage: CaseStage = status === 'running' ? 'recovery_period' : caseStage;
    if (nextStage !== caseStage) {
      await trx
        .updateTable('cases')
        .set({ stage: nextStage, updated_at: now })
        .where('id', '=', item.id)
        .execute();
    }
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'recovery_period.extend',
      resourceType: 'recovery_period',
      resourceId: period.id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id, extensionId, days: body.days },
    });
    return { id: period.id, status, endsAt, caseStage: nextStage };
  });
}

/**
 * Withholds the recovery period, only on the grounds CoE art. 13(3) allows (public
 * order, an improperly claimed status) and with reasons. The case then waits for the
 * conclusive decision; the "no removal" protection still holds until that decision
 * (CoE art. 10(2)).
 */
export async function withholdRecoveryPeriod(
  deps: { readonly db: Kysely<DB>; readonly keyring: Keyring },
  actor: Actor,
  item: DecisionCase,
  periodId: string,
  body: { readonly ground: WithholdingGround; readonly reason: string },
  requestId: string,
): Promise<ChangedPeriod> {
  if (!mayWithholdRecoveryPeriod(body.ground, body.reason)) {
    throw problems.validation([{ path: 'body.ground', message: 'Not a ground the law allows.' }]);
  }
  const { db, keyring } = deps;
  const profile = requireProfile(await profileOf(db, item));
  await requireCompetentAuthority(db, actor, item.id, profile);
  const key = await personKey(db, keyring, item.dataKeyId);
  const now = new Date();

  return db.transaction().execute(async (trx) => {
    const caseStage = await lockCaseStage(trx, item.id);
    const period = await lockedPeriod(trx, periodId);
    const refused = recoveryChangeRefusal('withhold', periodStatus(period.status), caseStage);
    if (refused) throw refusal(refused, REFUSAL_TEXT[refused]);

    await trx
      .updateTable('recovery_periods')
      .set({
        status: 'withheld',
        withheld_ground: body.ground,
        withheld_reason_enc: seal(
          key,
          { table: 'recovery_periods', field: 'withheld_reason_enc' },
          period.id,
          body.reason,
        ),
        withheld_by_user_id: actor.userId,
        withheld_at: now,
        updated_at: now,
      })
      .where('id', '=', period.id)
      .execute();
    await trx
      .updateTable('cases')
      .set({ stage: 'awaiting_conclusive_grounds', updated_at: now })
      .where('id', '=', item.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'recovery_period.withhold',
      resourceType: 'recovery_period',
      resourceId: period.id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id, ground: body.ground },
    });
    return {
      id: period.id,
      status: 'withheld',
      endsAt: new Date(period.ends_at),
      caseStage: 'awaiting_conclusive_grounds',
    };
  });
}
