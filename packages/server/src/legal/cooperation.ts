import { randomUUID } from 'node:crypto';
import { type CooperationInput, type CooperationStatus, ZCooperationStatus } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import type { Handle, LegalAccess } from './access.js';
import { COOPERATION_NOTICE, type ZCooperation } from './schemas.js';

type Cooperation = z.input<typeof ZCooperation>;

/**
 * The person's free choice about contact with criminal justice, append-only: a new
 * entry never changes an old one, and the latest is the current choice. Only this
 * module reads cooperation_records (and aggregate statistics); nothing in assistance,
 * the policy or any plan rule depends on it.
 */
async function view(db: Handle, caseId: string): Promise<Cooperation> {
  const rows = await db
    .selectFrom('cooperation_records as r')
    .innerJoin('users as u', 'u.id', 'r.recorded_by_user_id')
    .select(['r.id', 'r.status', 'r.recorded_at', 'r.recorded_by_user_id', 'u.display_name'])
    .where('r.case_id', '=', caseId)
    .orderBy('r.recorded_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  const history = rows.flatMap((r) => {
    const status = ZCooperationStatus.safeParse(r.status);
    if (!status.success) return [];
    return [
      {
        id: r.id,
        status: status.data as CooperationStatus,
        recordedAt: new Date(r.recorded_at).toISOString(),
        recordedBy: { id: r.recorded_by_user_id, name: r.display_name },
      },
    ];
  });
  return { current: history[0] ?? null, history, affectsAssistance: false, notice: COOPERATION_NOTICE };
}

export async function readCooperation(
  db: Kysely<DB>,
  access: LegalAccess,
  requestId: string,
): Promise<Cooperation> {
  const { actor, item } = access;
  return db.transaction().execute(async (trx) => {
    const out = await view(trx, item.id);
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'cooperation.read',
      resourceType: 'cooperation',
      resourceId: item.id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { entries: out.history.length },
    });
    return out;
  });
}

export async function recordCooperation(
  db: Kysely<DB>,
  access: LegalAccess,
  input: CooperationInput,
  requestId: string,
): Promise<Cooperation> {
  const { actor, item } = access;
  return db.transaction().execute(async (trx) => {
    // Lock the case so two entries recorded at once still have a clear order.
    await trx
      .selectFrom('cases')
      .select('id')
      .where('id', '=', item.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const last = await trx
      .selectFrom('cooperation_records')
      .select('recorded_at')
      .where('case_id', '=', item.id)
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const now = new Date();
    const previous = last ? new Date(last.recorded_at).getTime() : 0;
    const recordedAt = now.getTime() > previous ? now : new Date(previous + 1);
    const id = randomUUID();
    await trx
      .insertInto('cooperation_records')
      .values({
        id,
        case_id: item.id,
        status: input.status,
        recorded_by_user_id: actor.userId,
        recorded_at: recordedAt,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'cooperation.create',
      resourceType: 'cooperation',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id },
    });
    return view(trx, item.id);
  });
}
