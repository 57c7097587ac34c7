import { randomUUID } from 'node:crypto';
import { type AdvocateInput, type AdvocateRefusal, advocateRefusal } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import { type CaseAccess, type Handle, invalid, iso, lockCase, names } from './case-access.js';
import type { ZAdvocate, ZAdvocateList } from './schemas.js';

type Advocate = z.input<typeof ZAdvocate>;

const DETAIL: Readonly<Record<Exclude<AdvocateRefusal, 'advocate_unknown'>, string>> = {
  child_has_guardian:
    'A child is represented by a guardian, not by an independent advocate (CoE art. 10(4), EU art. 14(2)).',
  advocate_already_assigned: 'The person already has an advocate: end that assignment first.',
  advocate_not_on_team:
    'The advocate’s organisation is not on the case team: add it, with the person’s consent, first.',
};

async function advocateRows(db: Handle, caseId: string) {
  return db
    .selectFrom('advocates')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('assigned_at', 'desc')
    .execute();
}

async function views(db: Handle, rows: Awaited<ReturnType<typeof advocateRows>>): Promise<Advocate[]> {
  const who = await names(db, {
    users: rows.flatMap((r) => [r.advocate_user_id, r.assigned_by_user_id]),
    organisations: rows.map((r) => r.advocate_org_id),
  });
  return rows.map((r) => ({
    id: r.id,
    advocate: who.user(r.advocate_user_id),
    organisation: who.organisation(r.advocate_org_id),
    assignedAt: iso(r.assigned_at),
    assignedBy: who.user(r.assigned_by_user_id),
    endedAt: r.ended_at ? iso(r.ended_at) : null,
  }));
}

/** Who advocates (and advocated) for the person: staff names only, no personal data. */
export async function listAdvocates(
  db: Kysely<DB>,
  access: CaseAccess,
): Promise<z.input<typeof ZAdvocateList>> {
  return { isChild: access.item.isChild, items: await views(db, await advocateRows(db, access.item.id)) };
}

/**
 * Assigns an independent advocate to an adult: a staff member of an organisation on the
 * case team (there with the person's consent), one at a time. Refused for a child,
 * who has a guardian.
 */
export async function assignAdvocate(
  db: Kysely<DB>,
  access: CaseAccess,
  input: AdvocateInput,
  requestId: string,
): Promise<Advocate> {
  const { actor, item } = access;
  return db.transaction().execute(async (trx) => {
    await lockCase(trx, item.id);
    const user = await trx
      .selectFrom('users')
      .select(['id', 'organisation_id'])
      .where('id', '=', input.userId)
      .where('disabled', '=', false)
      .executeTakeFirst();
    const [active, onTeam] = await Promise.all([
      trx
        .selectFrom('advocates')
        .select('id')
        .where('case_id', '=', item.id)
        .where('ended_at', 'is', null)
        .executeTakeFirst(),
      user
        ? trx
            .selectFrom('case_team')
            .select('case_id')
            .where('case_id', '=', item.id)
            .where('organisation_id', '=', user.organisation_id)
            .where('removed_at', 'is', null)
            .executeTakeFirst()
        : undefined,
    ]);
    const refused = advocateRefusal({
      isChild: item.isChild,
      hasActiveAdvocate: active !== undefined,
      advocate: user ? { organisationOnTeam: onTeam !== undefined } : null,
    });
    if (refused === 'advocate_unknown') throw invalid([{ path: 'userId', code: refused }]);
    if (refused) throw refusal(refused, DETAIL[refused]);
    if (!user) throw invalid([{ path: 'userId', code: 'advocate_unknown' }]);
    const id = randomUUID();
    await trx
      .insertInto('advocates')
      .values({
        id,
        case_id: item.id,
        advocate_user_id: user.id,
        advocate_org_id: user.organisation_id,
        assigned_by_user_id: actor.userId,
        assigned_at: new Date(),
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'advocate.create',
      resourceType: 'advocate',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id, advocateUserId: user.id, advocateOrgId: user.organisation_id },
    });
    const [created] = await views(
      trx,
      await trx.selectFrom('advocates').selectAll().where('id', '=', id).execute(),
    );
    if (!created) throw problems.notFound('advocate');
    return created;
  });
}

/** Ends an advocate's assignment; the record stays, with the date it ended. */
export async function endAdvocate(
  db: Kysely<DB>,
  access: CaseAccess,
  advocateId: string,
  requestId: string,
): Promise<Advocate> {
  const { actor, item } = access;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('advocates')
      .selectAll()
      .where('id', '=', advocateId)
      .where('case_id', '=', item.id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw problems.notFound('advocate');
    if (row.ended_at !== null) throw refusal('advocate_already_ended', 'This assignment has already ended.');
    const endedAt = new Date();
    await trx.updateTable('advocates').set({ ended_at: endedAt }).where('id', '=', row.id).execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'advocate.end',
      resourceType: 'advocate',
      resourceId: row.id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id },
    });
    const [ended] = await views(trx, [{ ...row, ended_at: endedAt }]);
    if (!ended) throw problems.notFound('advocate');
    return ended;
  });
}
