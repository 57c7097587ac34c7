import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AuditInput,
  AuditValidationError,
  appendAudit,
  entryHash,
  GENESIS_HASH,
  listAudit,
  listPersonAccessLog,
  verifyAuditChain,
} from '../src/audit/index.js';
import { rowToChainedEntry } from '../src/audit/verify.js';
import type { Database } from '../src/db/connect.js';
import type { DB } from '../src/db/schema.js';
import { openTestDatabase } from './helpers/database.js';

let database: Database;
let db: Kysely<DB>;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});

afterAll(async () => {
  await database?.close();
});

/**
 * Runs `fn` with the append-only triggers switched off, as only a database owner
 * could: what an attacker with direct database access would do. Transactional, so
 * no other session ever sees the triggers disabled.
 */
async function bypassingTriggers(fn: (trx: Kysely<DB>) => Promise<void>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(trx);
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate`.execute(trx);
    await fn(trx);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(trx);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate`.execute(trx);
  });
}

beforeEach(async () => {
  await bypassingTriggers(async (trx) => {
    await sql`TRUNCATE audit_log`.execute(trx);
  });
});

function entry(overrides: Partial<AuditInput> = {}): AuditInput {
  return {
    actorKind: 'user',
    actorUserId: randomUUID(),
    actorOrgId: randomUUID(),
    action: 'person.read',
    resourceType: 'person',
    resourceId: randomUUID(),
    subjectPersonId: randomUUID(),
    purpose: 'assistance',
    outcome: 'success',
    requestId: 'req-1',
    details: { fields: 3, partial: false, reason: null },
    ...overrides,
  };
}

async function appendMany(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await appendAudit(db, entry({ action: `test.step_${i}` }));
}

describe('audit chain', () => {
  it('links each entry to the one before it, starting from the genesis hash', async () => {
    const first = await db.transaction().execute((trx) => appendAudit(trx, entry()));
    const second = await appendAudit(
      db,
      entry({ actorKind: 'system', actorUserId: null, details: undefined }),
    );
    const third = await appendAudit(db, entry({ outcome: 'denied', action: 'auth.login.failed' }));

    expect([first.seq, second.seq, third.seq]).toEqual([1, 2, 3]);
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.prev_hash)).toEqual([GENESIS_HASH, first.hash, second.hash]);
    expect(rows.map((r) => r.hash)).toEqual([first.hash, second.hash, third.hash]);
    for (const row of rows) expect(entryHash(row.prev_hash, rowToChainedEntry(row))).toBe(row.hash);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 3, firstBrokenSeq: null });
  });

  it('verifies across many batches', async () => {
    await appendMany(23);
    expect(await verifyAuditChain(db, { batchSize: 5 })).toEqual({
      ok: true,
      checked: 23,
      firstBrokenSeq: null,
    });
  });

  it('reports an empty log as intact', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 0, firstBrokenSeq: null });
  });

  it('stores upper-case uuids so that the hash still recomputes', async () => {
    const orgId = randomUUID();
    await appendAudit(db, entry({ actorOrgId: orgId.toUpperCase() }));
    const row = await db.selectFrom('audit_log').select('actor_org_id').executeTakeFirstOrThrow();
    expect(row.actor_org_id).toBe(orgId);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('keeps a linear chain under 20 concurrent transactions', async () => {
    await appendAudit(db, entry());
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          // Some work in the transaction before the audit entry, as in real use.
          await trx.selectFrom('organisations').select('id').limit(1).execute();
          return appendAudit(trx, entry({ action: `test.concurrent_${i}` }));
        }),
      ),
    );
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
    const rows = await db.selectFrom('audit_log').select(['prev_hash']).execute();
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(21);
    expect(await verifyAuditChain(db, { batchSize: 7 })).toEqual({
      ok: true,
      checked: 21,
      firstBrokenSeq: null,
    });
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    await appendAudit(db, entry());
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, entry({ action: 'case.refer' }));
        throw new Error('the audited change failed');
      }),
    ).rejects.toThrow('the audited change failed');
    const next = await appendAudit(db, entry());
    expect(next.seq).toBe(2);
    const actions = await db.selectFrom('audit_log').select('action').execute();
    expect(actions.map((r) => r.action)).not.toContain('case.refer');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});

describe('audit input', () => {
  it('refuses free text in details and writes nothing', async () => {
    await expect(appendAudit(db, entry({ details: { note: 'x'.repeat(201) } }))).rejects.toBeInstanceOf(
      AuditValidationError,
    );
    await expect(appendAudit(db, entry({ details: { note: 'x'.repeat(200) } }))).resolves.toMatchObject({
      seq: 1,
    });
  });

  it('refuses nested details, malformed ids and unknown outcomes', async () => {
    const nested = { details: { nested: { a: 1 } } } as unknown as Partial<AuditInput>;
    await expect(appendAudit(db, entry(nested))).rejects.toBeInstanceOf(AuditValidationError);
    await expect(appendAudit(db, entry({ subjectPersonId: 'Olena Petrenko' }))).rejects.toBeInstanceOf(
      AuditValidationError,
    );
    await expect(appendAudit(db, entry({ action: 'Person Read' }))).rejects.toBeInstanceOf(
      AuditValidationError,
    );
    const outcome = { outcome: 'maybe' } as unknown as Partial<AuditInput>;
    await expect(appendAudit(db, entry(outcome))).rejects.toBeInstanceOf(AuditValidationError);
    const count = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(0);
  });
});

describe('append-only enforcement', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await appendMany(2);
    await expect(
      db.updateTable('audit_log').set({ action: 'x.y' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').where('seq', '=', 2).execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 2 });
  });
});

describe('tamper detection', () => {
  it('finds an entry changed behind the triggers', async () => {
    await appendMany(6);
    await bypassingTriggers(async (trx) => {
      await trx.updateTable('audit_log').set({ action: 'test.harmless' }).where('seq', '=', 4).execute();
    });
    const result = await verifyAuditChain(db, { batchSize: 2 });
    expect(result).toMatchObject({ ok: false, checked: 3, firstBrokenSeq: 4 });
  });

  it('finds a changed detail value', async () => {
    await appendMany(3);
    await bypassingTriggers(async (trx) => {
      await trx
        .updateTable('audit_log')
        .set({ details: JSON.stringify({ fields: 4, partial: false, reason: null }) })
        .where('seq', '=', 2)
        .execute();
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('finds an entry whose hash was recomputed after a change', async () => {
    await appendMany(4);
    await bypassingTriggers(async (trx) => {
      const row = await trx
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '=', 2)
        .executeTakeFirstOrThrow();
      const forged = { ...rowToChainedEntry(row), action: 'test.forged' };
      await trx
        .updateTable('audit_log')
        .set({ action: 'test.forged', hash: entryHash(row.prev_hash, forged) })
        .where('seq', '=', 2)
        .execute();
    });
    // Entry 2 now hashes right on its own; entry 3 no longer links to it.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('finds a removed middle entry', async () => {
    await appendMany(5);
    await bypassingTriggers(async (trx) => {
      await trx.deleteFrom('audit_log').where('seq', '=', 3).execute();
    });
    expect(await verifyAuditChain(db, { batchSize: 2 })).toMatchObject({
      ok: false,
      checked: 2,
      firstBrokenSeq: 3,
    });
  });

  it('finds a removed middle entry even when later entries are renumbered', async () => {
    await appendMany(4);
    await bypassingTriggers(async (trx) => {
      await trx.deleteFrom('audit_log').where('seq', '=', 2).execute();
      await sql`UPDATE audit_log SET seq = seq - 1 WHERE seq > 2`.execute(trx);
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });
});

describe('audit listings', () => {
  it('lists newest first with filters and pages, without details', async () => {
    const orgId = randomUUID();
    const personId = randomUUID();
    await appendAudit(db, entry({ action: 'auth.login.failed', actorOrgId: orgId }));
    await appendAudit(db, entry({ action: 'person.read', subjectPersonId: personId }));
    await appendAudit(db, entry({ action: 'auth.login', actorOrgId: orgId }));
    await appendAudit(db, entry({ action: 'person.update', subjectPersonId: personId }));

    const all = await listAudit(db, { page: 1, pageSize: 3 });
    expect(all.total).toBe(4);
    expect(all.items.map((i) => i.seq)).toEqual([4, 3, 2]);
    expect(all.items[0]).not.toHaveProperty('details');
    expect((await listAudit(db, { page: 2, pageSize: 3 })).items.map((i) => i.seq)).toEqual([1]);

    expect(
      (await listAudit(db, { page: 1, pageSize: 10, action: 'auth.login' })).items.map((i) => i.seq),
    ).toEqual([3]);
    expect((await listAudit(db, { page: 1, pageSize: 10, action: 'auth.' })).total).toBe(2);
    expect(
      (await listAudit(db, { page: 1, pageSize: 10, actorOrgId: orgId })).items.map((i) => i.seq),
    ).toEqual([3, 1]);
    const byPerson = await listAudit(db, { page: 1, pageSize: 10, subjectPersonId: personId });
    expect(byPerson.items.map((i) => i.action)).toEqual(['person.update', 'person.read']);
    expect((await listAudit(db, { page: 1, pageSize: 10, subjectPersonId: 'not-a-uuid' })).total).toBe(0);
  });

  it("lists a person's access log with the acting organisation's name", async () => {
    const orgId = randomUUID();
    await db
      .insertInto('organisations')
      .values({ id: orgId, name: 'Test Shelter', kind: 'ngo', country: 'XX', region: 'north' })
      .execute();
    const personId = randomUUID();
    await appendAudit(
      db,
      entry({ actorOrgId: orgId, subjectPersonId: personId, details: { role: 'case_worker' } }),
    );
    await appendAudit(db, entry({ subjectPersonId: randomUUID() }));

    const log = await listPersonAccessLog(db, personId, { page: 1, pageSize: 25 });
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({
      actorOrganisation: { id: orgId, name: 'Test Shelter' },
      actorRole: 'case_worker',
      action: 'person.read',
      purpose: 'assistance',
      outcome: 'success',
    });
    expect(log.items[0]?.at).toBeInstanceOf(Date);
  });
});
