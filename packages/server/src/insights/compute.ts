import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { dataQualityData, shapeDataQuality } from './data-quality.js';
import { pendingFacts, refreshDirtyFacts } from './facts.js';
import { measureContext } from './measure-sql.js';
import { biasData, shapeBias } from './measures/bias.js';
import { queryChildren, shapeChildren, shapeVoices } from './measures/children.js';
import { conditionalityData, shapeConditionality } from './measures/conditionality.js';
import {
  type OrganisationInfo,
  officialCountsData,
  shapeOfficialCounts,
} from './measures/official-counts.js';
import { queryRemedies, shapeRemedies } from './measures/remedies.js';
import { shapeTimeliness, timelinessData } from './measures/timeliness.js';
import { queryUnmetNeed, shapeUnmetNeed } from './measures/unmet-need.js';
import { shapeWhoIdentifies, whoIdentifiesData } from './measures/who-identifies.js';
import { type InsightsFilter, isMonthAligned } from './period.js';
import { protectTables } from './protect.js';
import { readRollup, refreshMarkedMonths } from './rollup.js';
import { type InsightsSettings, loadInsightsSettings } from './settings.js';
import { MEASURES, type MeasureId, type RawTable, type StatTable } from './tables.js';

/**
 * Computes measures as raw tables (SQL aggregation only: no row about a person ever
 * reaches this process) and protects them. All queries of one computation run in one
 * read-only REPEATABLE READ transaction: every table sees the same snapshot, so a figure
 * shown in two tables is the same figure (suppression links them by value).
 */

/** Cases whose facts a request refreshes itself; a larger backlog is left to the job. */
const REQUEST_REFRESH_LIMIT = 20_000;
/** Memory for the hash aggregates of one computation (the default 4 MB spills to disk at scale). */
const WORK_MEM = '64MB';

export type Freshness = {
  /** Cases whose facts were refreshed before computing. */
  readonly refreshed: number;
  /** Cases still waiting for the background refresh (their latest changes are not counted yet). */
  readonly pending: number;
};

/** Brings the per-case facts up to date (bounded), before a computation. */
export async function freshenFacts(db: Kysely<DB>, settings: InsightsSettings): Promise<Freshness> {
  const refreshed = await refreshDirtyFacts(db, settings, REQUEST_REFRESH_LIMIT);
  await refreshMarkedMonths(db);
  const pending = refreshed === REQUEST_REFRESH_LIMIT ? await pendingFacts(db) : 0;
  return { refreshed, pending };
}

export type Computation = {
  readonly raw: readonly RawTable[];
  readonly settings: InsightsSettings;
};

/** The raw tables of the measures asked for, plus the data-quality notes. */
export async function computeRawTables(
  db: Kysely<DB>,
  filter: InsightsFilter,
  measures: readonly MeasureId[] = MEASURES,
  settingsIn?: InsightsSettings,
): Promise<Computation> {
  const settings = settingsIn ?? (await loadInsightsSettings(db));
  if (!isMonthAligned(filter)) throw new RangeError('Statistics cover whole months');
  const wanted = new Set(measures);
  const raw = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set transaction read only`.execute(trx);
      await sql.raw(`set local work_mem = '${WORK_MEM}'`).execute(trx);
      // JIT compiling these wide aggregates costs more than it saves (hundreds of ms a query).
      await sql`select set_config('jit', 'off', true)`.execute(trx);
      const ctx = measureContext(trx, filter);
      const view = await readRollup(trx, filter);
      const organisations: OrganisationInfo[] = await trx
        .selectFrom('organisations')
        .select(['id', 'name', 'kind'])
        .execute();
      const host =
        settings.hostCountry ??
        (
          await trx
            .selectFrom('organisations')
            .select(['country', sql<number>`count(*)::int`.as('n')])
            .groupBy('country')
            .orderBy('n', 'desc')
            .orderBy('country')
            .executeTakeFirst()
        )?.country ??
        'XX';
      const tables: RawTable[] = [];
      if (wanted.has('official_counts')) {
        tables.push(...shapeOfficialCounts(officialCountsData(view, organisations, host), filter));
      }
      if (wanted.has('who_identifies'))
        tables.push(...shapeWhoIdentifies(whoIdentifiesData(view, organisations), filter));
      if (wanted.has('bias'))
        tables.push(...shapeBias(biasData(view, organisations), settings.biasReference));
      if (wanted.has('conditionality')) tables.push(...shapeConditionality(conditionalityData(view)));
      if (wanted.has('timeliness')) tables.push(...shapeTimeliness(timelinessData(view)));
      if (wanted.has('remedies')) tables.push(...shapeRemedies(await queryRemedies(ctx, view)));
      if (wanted.has('unmet_need')) tables.push(...shapeUnmetNeed(await queryUnmetNeed(ctx, view)));
      if (wanted.has('children')) tables.push(...shapeChildren(await queryChildren(ctx, view)));
      if (wanted.has('voices')) tables.push(...shapeVoices());
      tables.push(shapeDataQuality(dataQualityData(view)));
      return tables;
    });
  return { raw, settings };
}

/** Raw tables → the protected tables that may leave the server. */
export function protect(computation: Computation): StatTable[] {
  return protectTables(computation.raw, { threshold: computation.settings.suppressionThreshold });
}
