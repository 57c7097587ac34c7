// National stock-taking at scale, in its own process: generates `cases` cases with
// everything the measures count (bulk SQL, generate_series), builds the per-case facts,
// then times the full dashboard (every measure, protected) and the report's data, and
// prints one JSON line per figure, then `{ done: true }`.
//   stocktaking.ts postgres <url> [cases]       (default 1 000 000)
//   stocktaking.ts pglite <dataDir|memory> [cases]   (default 100 000)
// Plain timings (performance.now), warm runs after a first cold one. Never fails on a number.
import { sql } from 'kysely';
import { connect, type Database } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { computeRawTables, freshenFacts, protect } from '../src/insights/compute.js';
import { rebuildAllFacts } from '../src/insights/facts.js';
import { SIGNIFICANCE } from '../src/insights/measures/bias.js';
import { words } from '../src/insights/messages/index.js';
import type { InsightsFilter } from '../src/insights/period.js';
import { composeReport } from '../src/insights/report/compose-report.js';
import { renderReport } from '../src/insights/report/report-pdf.js';
import { compactRollup } from '../src/insights/rollup.js';
import { DEFAULT_SETTINGS } from '../src/insights/settings.js';
import { MEASURES } from '../src/insights/tables.js';
import { seedStocktakingFixture } from './stocktaking-fixture.js';

const RUNS = Number(process.env.OPENNRM_BENCH_RUNS ?? 3);
/** Tables whose insights triggers are switched off for the bulk load (the facts are rebuilt after). */
const TRIGGER_TABLES = [
  'cases',
  'persons',
  'recovery_extensions',
  'referrals',
  'decisions',
  'recovery_periods',
  'needs_assessments',
  'assessed_needs',
  'service_referrals',
  'cooperation_records',
  'guardian_appointments',
  'best_interests_procedures',
  'missing_episodes',
  'anonymous_notifications',
  'residence_permits',
  'legal_aid',
  'compensation_claims',
  'non_punishment_assessments',
  'durable_solutions',
];

function line(value: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: Math.round(performance.now() - started), value };
}

async function setTriggers(database: Database, enabled: boolean): Promise<void> {
  for (const table of TRIGGER_TABLES) {
    await sql
      .raw(`alter table ${table} ${enabled ? 'enable' : 'disable'} trigger insights_dirty`)
      .execute(database.db);
  }
}

async function main(): Promise<void> {
  const [kind, where, count] = process.argv.slice(2);
  if (kind !== 'postgres' && kind !== 'pglite')
    throw new Error('usage: stocktaking.ts postgres <url> | pglite <dir> [cases]');
  const cases = Number(count ?? (kind === 'postgres' ? 1_000_000 : 100_000));
  const database =
    kind === 'postgres'
      ? await connect({ kind: 'postgres', url: where as string, poolSize: 4 })
      : await connect({ kind: 'pglite', dataDir: where === 'memory' ? null : (where ?? null) });
  const base = { bench: 'stocktaking', database: kind, cases };
  try {
    await migrateToLatest(database.db);
    await setTriggers(database, false);
    const generated = await timed(() => seedStocktakingFixture(database.db, cases));
    await setTriggers(database, true);
    line({ ...base, phase: 'generate', ms: generated.ms, steps: generated.value });
    await sql`analyze`.execute(database.db);

    // The summaries: per-case facts (the joins over persons, referrals, decisions, periods,
    // needs, services, cooperation, children) and their monthly rollup, built once.
    const facts = await timed(() => rebuildAllFacts(database.db, DEFAULT_SETTINGS));
    line({
      ...base,
      phase: 'summaries: full build (per-case facts + monthly rollup)',
      ms: facts.ms,
      rows: facts.value,
    });
    await sql`analyze insights_case_facts`.execute(database.db);
    await sql`analyze insights_rollup`.execute(database.db);
    const rollupRows = await sql<{ n: number }>`select count(*)::int as n from insights_rollup`.execute(
      database.db,
    );
    line({ ...base, phase: 'summaries: rollup rows', rows: rollupRows.rows[0]?.n ?? 0 });

    // Before the rollup, every measure scanned the per-case facts: one of them, for scale.
    const beforeRollup = await timed(() =>
      sql`select f.gender, f.age_group, f.citizenship, f.nationality, f.place, f.registering_org_id, f.region,
          count(*) filter (where f.registered_at >= '2025-01-01' and f.registered_at < '2026-01-01'),
          count(*) filter (where f.cg_positive and f.cg_at >= '2025-01-01' and f.cg_at < '2026-01-01')
        from insights_case_facts f
        group by grouping sets ((), (f.gender), (f.age_group), (f.citizenship), (f.nationality), (f.place), (f.registering_org_id), (f.region))`.execute(
        database.db,
      ),
    );
    line({
      ...base,
      phase: 'before the rollup: official counts alone, scanning the per-case facts (2025)',
      ms: beforeRollup.ms,
    });

    const filters: { name: string; filter: InsightsFilter }[] = [
      {
        name: 'five years, by year',
        filter: { from: '2021-01-01', to: '2025-12-31', granularity: 'year', region: null },
      },
      {
        name: '2025, by month',
        filter: { from: '2025-01-01', to: '2025-12-31', granularity: 'month', region: null },
      },
      {
        name: '2025, one region, by quarter',
        filter: { from: '2025-01-01', to: '2025-12-31', granularity: 'quarter', region: 'north' },
      },
    ];
    for (const { name, filter } of filters) {
      const runs: { compute: number; protect: number }[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const computed = await timed(() => computeRawTables(database.db, filter, MEASURES, DEFAULT_SETTINGS));
        const protectedTables = await timed(async () => protect(computed.value));
        if (i > 0) runs.push({ compute: computed.ms, protect: protectedTables.ms });
        else line({ ...base, phase: `dashboard cold: ${name}`, ms: computed.ms + protectedTables.ms });
      }
      const totals = runs.map((run) => run.compute + run.protect).sort((a, b) => a - b);
      line({
        ...base,
        phase: `dashboard (all ${MEASURES.length} measures, protected): ${name}`,
        median_ms: totals[Math.floor(totals.length / 2)],
        min_ms: totals[0],
        sql_ms: runs.map((run) => run.compute),
        protect_ms: runs.map((run) => run.protect),
      });
    }

    // Each measure alone (warm), to see where the time goes.
    const year = filters[1]?.filter as InsightsFilter;
    for (const measure of MEASURES) {
      const one = await timed(() => computeRawTables(database.db, year, [measure], DEFAULT_SETTINGS));
      line({ ...base, phase: `measure ${measure} (+ data quality), 2025`, ms: one.ms });
    }

    // The report's data and the PDF (English, and Arabic right to left).
    for (const language of ['en', 'ar'] as const) {
      const report = await timed(async () => {
        const computation = await computeRawTables(database.db, year, MEASURES, DEFAULT_SETTINGS);
        const tables = protect(computation);
        const model = composeReport(
          {
            tables,
            filter: year,
            threshold: DEFAULT_SETTINGS.suppressionThreshold,
            generatedAt: new Date(),
            budget: { budgetEpsilon: '10', spentEpsilon: '0', releases: 0 },
            alpha: SIGNIFICANCE,
          },
          words(language),
        );
        return renderReport(model);
      });
      line({
        ...base,
        phase: `report (data + PDF, ${language})`,
        ms: report.ms,
        pages: report.value.pages,
        bytes: report.value.pdf.length,
      });
    }

    // Incremental refresh: cases change (the triggers mark them), the next request refreshes
    // their facts and appends the rollup deltas; the job merges the deltas later.
    for (const changed of [10, 1000]) {
      await sql`update cases set updated_at = now() where id in (select id from cases order by id limit ${changed})`.execute(
        database.db,
      );
      const incremental = await timed(() => freshenFacts(database.db, DEFAULT_SETTINGS));
      line({
        ...base,
        phase: `incremental: ${changed} changed cases (facts + rollup deltas)`,
        ms: incremental.ms,
      });
    }
    const merged = await timed(() => compactRollup(database.db, 1000));
    line({ ...base, phase: 'incremental: merge the deltas (job)', ms: merged.ms, months: merged.value });
    await sql`insert into anonymous_notifications (id, organisation_id, notified_on, gender, age_band)
      select gen_random_uuid(), organisation_id, '2025-06-15', 'female', '24-26' from anonymous_notifications limit 1`.execute(
      database.db,
    );
    const month = await timed(() => freshenFacts(database.db, DEFAULT_SETTINGS));
    line({ ...base, phase: 'incremental: a new anonymous notification (its month rebuilt)', ms: month.ms });
    const fresh = await timed(() => freshenFacts(database.db, DEFAULT_SETTINGS));
    line({ ...base, phase: 'incremental: nothing to refresh (every request checks)', ms: fresh.ms });
    line({ done: true });
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `stock-taking bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
