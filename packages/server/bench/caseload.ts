// The caseload at national scale, in its own process: seeds `cases` cases with plans,
// actions, assessments, services and service referrals in bulk SQL, then times each
// caseload query (plain timing, the same functions the routes call) and prints one JSON
// line per query, then `{ done: true }`.
//   caseload.ts pglite <dataDir> [cases]
//   caseload.ts postgres <url> [cases]
// With OPENNRM_BENCH_EXPLAIN=1 it also prints the query plans (EXPLAIN ANALYZE).
import { type Actor, ROLES, type Role } from '@opennrm/core';
import { CompiledQuery, createQueryId, type Kysely, type RootOperationNode } from 'kysely';
import { listCapacityAlerts, providerInbox } from '../src/caseload/capacity-alerts.js';
import { type CaseloadContext, caseloadContext, withoutJit } from '../src/caseload/context.js';
import { listMyCases } from '../src/caseload/my-cases.js';
import { listOverdueActions } from '../src/caseload/overdue-actions.js';
import { listReviewsDue } from '../src/caseload/reviews-due.js';
import type { MyCasesQuery } from '../src/caseload/schemas.js';
import { teamCaseload } from '../src/caseload/team.js';
import { connect, type Database } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { DB } from '../src/db/schema.js';
import { reuseCaseloadFixture, seedCaseloadFixture } from './caseload-fixture.js';

const RUNS = Number(process.env.OPENNRM_BENCH_RUNS ?? 10);
/** `1`: print plans; `timing`: with the time of each node. */
const EXPLAIN = process.env.OPENNRM_BENCH_EXPLAIN ?? '';
/** Only the queries whose name contains this text. */
const ONLY = process.env.OPENNRM_BENCH_ONLY ?? '';

type Timing = {
  bench: string;
  database: string;
  query: string;
  rows: number;
  total: number;
  p50_ms: number;
  max_ms: number;
};

function actor(userId: string, organisationId: string, role: Role): Actor {
  if (!ROLES.includes(role)) throw new Error(role);
  return { userId, organisationId, roles: [role], mfaVerified: true };
}

/** Captures the statements a query function runs, to EXPLAIN them afterwards. */
function capturing(db: Kysely<DB>): { db: Kysely<DB>; nodes: RootOperationNode[] } {
  const nodes: RootOperationNode[] = [];
  return {
    nodes,
    db: db.withPlugin({
      transformQuery: (args) => {
        nodes.push(args.node);
        return args.node;
      },
      transformResult: async (args) => args.result,
    }),
  };
}

async function explain(database: Database, run: (db: Kysely<DB>) => Promise<unknown>): Promise<void> {
  const { db, nodes } = capturing(database.db);
  await withoutJit(db, run);
  for (const node of nodes) {
    const compiled = database.db.getExecutor().compileQuery(node, createQueryId());
    if (!/^\s*(with|select)\b/i.test(compiled.sql)) continue;
    const timing = EXPLAIN === 'timing' ? 'on' : 'off';
    const { rows } = await withoutJit(database.db, (trx) =>
      trx.executeQuery<Record<string, string>>(
        CompiledQuery.raw(`explain (analyze, costs off, timing ${timing}, summary on) ${compiled.sql}`, [
          ...compiled.parameters,
        ]),
      ),
    );
    const plan = rows.map((r) => Object.values(r)[0]).join('\n');
    process.stdout.write(`${JSON.stringify({ explain: plan })}\n`);
  }
}

async function time(
  database: Database,
  kind: string,
  query: string,
  run: (db: Kysely<DB>) => Promise<{ rows: number; total: number }>,
): Promise<Timing | null> {
  let last = { rows: 0, total: 0 };
  if (ONLY && !query.includes(ONLY)) return null;
  // As the routes run them: in a read transaction with JIT off (caseload/context.ts).
  for (let i = 0; i < 2; i++) last = await withoutJit(database.db, run);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = await withoutJit(database.db, run);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const line: Timing = {
    bench: 'caseload',
    database: kind,
    query,
    rows: last.rows,
    total: last.total,
    p50_ms: Math.round((ms[Math.floor(ms.length / 2)] ?? 0) * 10) / 10,
    max_ms: Math.round((ms.at(-1) ?? 0) * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (EXPLAIN) await explain(database, run);
  return line;
}

async function main(): Promise<void> {
  const [kind, where, casesArg] = process.argv.slice(2);
  if ((kind !== 'pglite' && kind !== 'postgres') || !where) {
    throw new Error('usage: caseload.ts pglite <dataDir> | postgres <url> [cases]');
  }
  const cases = Number(casesArg ?? 100_000);
  const database =
    kind === 'pglite'
      ? await connect({ kind: 'pglite', dataDir: where })
      : await connect({ kind: 'postgres', url: where });
  try {
    await migrateToLatest(database.db);
    // OPENNRM_BENCH_REUSE=1 (development): keep a database seeded by an earlier run.
    const fixture =
      process.env.OPENNRM_BENCH_REUSE === '1'
        ? await reuseCaseloadFixture(database, cases)
        : await seedCaseloadFixture(database, cases);
    process.stdout.write(
      `${JSON.stringify({ seeded: fixture.counts, seed_ms: fixture.seedMs, database: kind })}\n`,
    );

    const worker = await caseloadContext(
      database.db,
      actor(fixture.workerId, fixture.organisationId, 'case_worker'),
    );
    const supervisor = await caseloadContext(
      database.db,
      actor(fixture.supervisorId, fixture.organisationId, 'case_supervisor'),
    );
    // A shelter worker: on the team of a third of all cases, leading none.
    const shelter = await caseloadContext(
      database.db,
      actor('00000000-0000-4000-8000-000000000001', fixture.shelterOrgId, 'case_worker'),
    );
    const page = { page: 1, pageSize: 25 };
    const cases_ = (ctx: CaseloadContext, q: Partial<MyCasesQuery>) => (db: Kysely<DB>) =>
      listMyCases(db, ctx, { ...page, status: 'open', sort: 'next_action', ...q }).then((r) => ({
        rows: r.items.length,
        total: r.total,
      }));
    const list = <T>(p: Promise<{ items: T[]; total: number }>) =>
      p.then((r) => ({ rows: r.items.length, total: r.total }));

    await time(database, kind, 'me: mine, next action', cases_(worker, {}));
    await time(database, kind, 'me: mine, overdue only', cases_(worker, { overdue: 'true' }));
    await time(database, kind, 'me: team, next action', cases_(worker, { scope: 'team' }));
    await time(
      database,
      kind,
      'me: team, by overdue count',
      cases_(worker, { scope: 'team', sort: 'overdue' }),
    );
    await time(
      database,
      kind,
      'me: team, reference, page 200',
      cases_(worker, { scope: 'team', sort: 'reference', page: 200 }),
    );
    await time(
      database,
      kind,
      'me: team, last activity',
      cases_(worker, { scope: 'team', sort: 'last_activity' }),
    );
    await time(
      database,
      kind,
      'me: team, stage + child filter',
      cases_(worker, { scope: 'team', stage: 'identified', child: 'true' }),
    );
    await time(database, kind, 'me: team, search reference', cases_(worker, { scope: 'team', q: '00123' }));
    await time(database, kind, 'me: supervisor, unassigned', cases_(supervisor, { worker: 'none' }));
    await time(database, kind, 'me: shelter (not lead), team', cases_(shelter, {}));
    await time(database, kind, 'overdue actions: mine', (db) =>
      list(listOverdueActions(db, worker, { ...page, scope: 'mine' })),
    );
    await time(database, kind, 'overdue actions: team', (db) =>
      list(listOverdueActions(db, worker, { ...page, scope: 'team' })),
    );
    await time(database, kind, 'overdue actions: shelter, owned', (db) =>
      list(listOverdueActions(db, shelter, { ...page, scope: 'team', owner: 'organisation' })),
    );
    await time(database, kind, 'reviews due: mine', (db) =>
      list(listReviewsDue(db, worker, { ...page, scope: 'mine' })),
    );
    await time(database, kind, 'reviews due: team', (db) =>
      list(listReviewsDue(db, worker, { ...page, scope: 'team' })),
    );
    await time(database, kind, 'capacity alerts: mine', (db) =>
      list(listCapacityAlerts(db, worker, { ...page, scope: 'mine' })),
    );
    await time(database, kind, 'capacity alerts: team', (db) =>
      list(listCapacityAlerts(db, worker, { ...page, scope: 'team' })),
    );
    await time(database, kind, 'provider inbox: shelter', (db) =>
      providerInbox(db, shelter).then((r) => ({ rows: r?.oldest.length ?? 0, total: r?.waiting ?? 0 })),
    );
    await time(database, kind, 'team view: supervisor', (db) =>
      list(teamCaseload(db, supervisor, { ...page, sort: 'overdue' })),
    );
    process.stdout.write(`${JSON.stringify({ done: true })}\n`);
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`caseload bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
