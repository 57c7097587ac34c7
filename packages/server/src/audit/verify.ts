import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, DB } from '../db/schema.js';
import { type ChainedEntry, entryHash, GENESIS_HASH } from './chain.js';

export type AuditVerification = {
  readonly ok: boolean;
  /** Entries whose hash was checked and found right. */
  readonly checked: number;
  /** The first sequence number where the chain is not as it should be (a missing seq counts). */
  readonly firstBrokenSeq: number | null;
  readonly reason?: string;
};

type AuditRow = Selectable<AuditLogTable>;

export function rowToChainedEntry(row: AuditRow): ChainedEntry {
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at instanceof Date ? row.at : new Date(row.at),
    actorKind: row.actor_kind,
    actorUserId: row.actor_user_id,
    actorOrgId: row.actor_org_id,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    subjectPersonId: row.subject_person_id,
    purpose: row.purpose,
    outcome: row.outcome,
    requestId: row.request_id,
    // jsonb comes back parsed from both drivers; a string would mean a driver change.
    details:
      typeof row.details === 'string' ? (JSON.parse(row.details) as Record<string, unknown>) : row.details,
  };
}

function broken(checked: number, seq: number, reason: string): AuditVerification {
  return { ok: false, checked, firstBrokenSeq: seq, reason };
}

/**
 * Walks the whole log in seq order, a batch at a time (keyset pagination, so memory
 * stays flat for millions of rows), and checks that seq runs 1, 2, 3… without a gap,
 * that each prev_hash is the previous entry's hash and that each hash recomputes.
 *
 * The chain shows changes, removals and insertions inside the log. It cannot show the
 * loss of the newest entries by itself: compare the head (`checked`, last hash) with a
 * copy kept elsewhere for that.
 */
export async function verifyAuditChain(
  db: Kysely<DB>,
  options: { readonly batchSize?: number } = {},
): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 1_000;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      const entry = rowToChainedEntry(row);
      if (entry.seq !== expectedSeq) {
        return broken(checked, expectedSeq, `entry ${expectedSeq} is missing (next is ${entry.seq})`);
      }
      if (row.prev_hash !== prevHash) {
        return broken(checked, entry.seq, `entry ${entry.seq} does not link to the entry before it`);
      }
      if (entryHash(prevHash, entry) !== row.hash) {
        return broken(checked, entry.seq, `entry ${entry.seq} was altered (its hash does not match)`);
      }
      checked += 1;
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < batchSize) break;
  }
  // seq below 1 would sit before the genesis and be skipped by the walk above.
  const stray = await db
    .selectFrom('audit_log')
    .select('seq')
    .where('seq', '<', 1)
    .limit(1)
    .executeTakeFirst();
  if (stray) return broken(checked, Number(stray.seq), `entry ${stray.seq} is outside the sequence`);
  return { ok: true, checked, firstBrokenSeq: null };
}
