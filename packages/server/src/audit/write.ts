import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { type ChainedEntry, entryHash, GENESIS_HASH } from './chain.js';
import { type AuditInput, validateAuditInput } from './validate.js';

export type AppendedAudit = { readonly seq: number; readonly id: string; readonly hash: string };

// Transaction-scoped advisory lock (two int4 keys: 'ONRM', 'AUDT') that makes
// appends take turns, so the chain stays one line under concurrency. Held until the
// caller's transaction ends: append the audit entry as the LAST write of a
// transaction to keep other writers waiting as briefly as possible.
const LOCK_CLASS = 0x4f4e524d;
const LOCK_OBJECT = 0x41554454;

async function appendLocked(trx: Kysely<DB>, input: AuditInput): Promise<AppendedAudit> {
  const valid = validateAuditInput(input);
  await sql`select pg_advisory_xact_lock(${sql.lit(LOCK_CLASS)}, ${sql.lit(LOCK_OBJECT)})`.execute(trx);
  // Read after the lock: under READ COMMITTED this statement sees the entry the
  // previous lock holder committed. (Under REPEATABLE READ a snapshot taken before the
  // lock could be stale; the primary key on seq then refuses the insert, never forks.)
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const entry: ChainedEntry = {
    ...valid,
    seq: last ? Number(last.seq) + 1 : 1,
    id: randomUUID(),
    // Milliseconds: what both a JavaScript Date and the canonical form hold exactly.
    at: new Date(),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, entry);
  await trx
    .insertInto('audit_log')
    .values({
      seq: entry.seq,
      id: entry.id,
      at: entry.at,
      actor_kind: entry.actorKind,
      actor_user_id: entry.actorUserId,
      actor_org_id: entry.actorOrgId,
      action: entry.action,
      resource_type: entry.resourceType,
      resource_id: entry.resourceId,
      subject_person_id: entry.subjectPersonId,
      purpose: entry.purpose,
      outcome: entry.outcome,
      request_id: entry.requestId,
      details: JSON.stringify(entry.details),
      prev_hash: prevHash,
      hash,
    })
    .execute();
  return { seq: entry.seq, id: entry.id, hash };
}

/**
 * Appends one entry to the audit log. Pass the transaction that makes the change being
 * audited, so both commit or neither does; use only that handle while it is open
 * (on PGlite a query on the outer handle inside a transaction deadlocks). Given a
 * plain handle instead, the append runs in a transaction of its own.
 *
 * Throws `AuditValidationError` (nothing written) for free text or malformed ids.
 */
export async function appendAudit(db: Kysely<DB>, input: AuditInput): Promise<AppendedAudit> {
  if (db.isTransaction) return appendLocked(db, input);
  return db.transaction().execute((trx) => appendLocked(trx, input));
}
