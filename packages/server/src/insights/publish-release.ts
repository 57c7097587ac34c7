import { randomUUID } from 'node:crypto';
import {
  type Actor,
  calibrate,
  createLedger,
  describeNoise,
  formatRational,
  ledgerSummary,
  PrivacyBudgetExceeded,
  type PrivacyLedger,
  type RandomSource,
  spend,
  toRational,
} from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { Problem, problems } from '../http/problem.js';
import { computeRawTables, freshenFacts } from './compute.js';
import { resolveFilter } from './filter.js';
import { noiseTable } from './noise.js';
import { protectTables } from './protect.js';
import type { TReleaseRequest, ZRelease, ZReleaseSummary } from './schemas.js';
import { type InsightsSettings, loadInsightsSettings } from './settings.js';
import type { StatTable } from './tables.js';

/**
 * A statistics release (analysts): chosen tables, noised with differential privacy and
 * then suppressed, frozen and published. Its ε (the sum of its tables' ε, sequential
 * composition) is charged to the privacy budget of all releases for good; a release
 * that would exceed the budget is refused and nothing is drawn.
 */

// Transaction-scoped advisory lock: releases take turns, so two cannot both fit the last of the budget.
const LOCK_CLASS = 0x4f4e524d; // 'ONRM'
const LOCK_OBJECT = 0x52454c53; // 'RELS'

type ReleaseRow = {
  id: string;
  title: string;
  period_from: Date | string;
  period_to: Date | string;
  region: string | null;
  granularity: string;
  mechanism: string;
  epsilon: string;
  delta: string | null;
  suppression_threshold: number;
  parameters: unknown;
  published_at: Date | string;
};

const day = (value: Date | string): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/** The ledger of every release so far against the budget of the settings. */
export async function releaseLedger(db: Kysely<DB>, settings: InsightsSettings): Promise<PrivacyLedger> {
  const ledger = createLedger({
    epsilon: String(settings.privacyBudgetEpsilon),
    delta: String(settings.privacyBudgetDelta),
  });
  const spent = await db
    .selectFrom('statistics_release_tables')
    .select(['release_id', 'table_id', 'epsilon', 'delta'])
    .orderBy('release_id')
    .orderBy('position')
    .execute();
  // Past charges are facts: recorded even if the budget was lowered since (then nothing more fits).
  return {
    budget: ledger.budget,
    charges: spent.map((row) => ({
      label: `${row.release_id}:${row.table_id}`,
      epsilon: toRational(row.epsilon),
      delta: toRational(row.delta ?? '0'),
    })),
  };
}

export function budgetView(ledger: PrivacyLedger) {
  const summary = ledgerSummary(ledger);
  return {
    budgetEpsilon: summary.budgetEpsilon,
    spentEpsilon: summary.spentEpsilon,
    remainingEpsilon: summary.remainingEpsilon,
    budgetDelta: summary.budgetDelta,
    spentDelta: summary.spentDelta,
    remainingDelta: summary.remainingDelta,
    spentShare: Math.min(1, summary.spentShare),
  };
}

type TableParameters = {
  tableId: string;
  epsilon: string;
  sensitivity: number;
  noise: Record<string, string | number>;
};

export function releaseSummary(row: ReleaseRow): z.infer<typeof ZReleaseSummary> {
  const parameters = (row.parameters ?? {}) as { tables?: TableParameters[] };
  return {
    id: row.id,
    title: row.title,
    filter: {
      from: day(row.period_from),
      to: day(row.period_to),
      region: row.region,
      granularity: row.granularity as 'month' | 'quarter' | 'year',
    },
    mechanism: row.mechanism as 'discrete_laplace' | 'discrete_gaussian',
    epsilon: row.epsilon,
    delta: row.delta,
    threshold: row.suppression_threshold,
    tables: parameters.tables ?? [],
    publishedAt: new Date(row.published_at).toISOString(),
  };
}

export async function publishRelease(
  db: Kysely<DB>,
  actor: Actor,
  request: TReleaseRequest,
  rng: RandomSource,
  requestId: string,
): Promise<{ release: z.infer<typeof ZRelease>; budget: ReturnType<typeof budgetView> }> {
  const filter = resolveFilter(request);
  const settings = await loadInsightsSettings(db);
  if (request.mechanism === 'discrete_gaussian' && request.deltaPerTable === undefined) {
    throw problems.validation([{ path: 'deltaPerTable', message: 'The Gaussian mechanism needs δ' }]);
  }
  await freshenFacts(db, settings);
  const { raw } = await computeRawTables(db, filter, undefined, settings);
  const byId = new Map(raw.map((table) => [table.id, table]));
  const unknown = request.tables.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw problems.validation(unknown.map((id) => ({ path: 'tables', message: `Unknown table ${id}` })));
  }
  const chosen = request.tables.map((id) => byId.get(id)).filter((t) => t !== undefined);
  const epsilon = String(request.epsilonPerTable);
  const delta = request.mechanism === 'discrete_gaussian' ? String(request.deltaPerTable) : '0';

  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(LOCK_CLASS)}, ${sql.lit(LOCK_OBJECT)})`.execute(trx);
    let ledger = await releaseLedger(trx, settings);
    const id = randomUUID();
    try {
      for (const table of chosen) ledger = spend(ledger, { label: `${id}:${table.id}`, epsilon, delta });
    } catch (error) {
      if (error instanceof PrivacyBudgetExceeded) {
        throw new Problem(
          409,
          'conflict',
          'This release would exceed the privacy budget.',
          `ε ${error.requested.epsilon} per table × ${chosen.length} requested; ε ${error.remaining.epsilon} remains of the budget.`,
          { reason: 'privacy_budget_exceeded', budget: budgetView(await releaseLedger(trx, settings)) },
        );
      }
      throw error;
    }

    // Only now, within the budget, is any noise drawn.
    const parameters: TableParameters[] = [];
    const noised = chosen.map((table) => {
      const noise = calibrate(
        request.mechanism === 'discrete_gaussian'
          ? { mechanism: 'discrete_gaussian', epsilon, delta, sensitivity: table.sensitivity }
          : { mechanism: 'discrete_laplace', epsilon, sensitivity: table.sensitivity },
      );
      parameters.push({
        tableId: table.id,
        epsilon: formatRational(noise.epsilon),
        sensitivity: table.sensitivity,
        noise: describeNoise(noise),
      });
      return noiseTable(table, rng, noise);
    });
    // Suppression after the noise (post-processing): decided on noised values only.
    const data: StatTable[] = protectTables(noised, { threshold: settings.suppressionThreshold });
    // This release's own charges, summed exactly.
    const releaseCharges = ledgerSummary({
      budget: ledger.budget,
      charges: ledger.charges.filter((c) => c.label.startsWith(`${id}:`)),
    });
    const row: ReleaseRow = {
      id,
      title: request.title,
      period_from: filter.from,
      period_to: filter.to,
      region: filter.region,
      granularity: filter.granularity,
      mechanism: request.mechanism,
      epsilon: releaseCharges.spentEpsilon,
      delta: request.mechanism === 'discrete_gaussian' ? releaseCharges.spentDelta : null,
      suppression_threshold: settings.suppressionThreshold,
      parameters: { tables: parameters },
      published_at: new Date(),
    };
    await trx
      .insertInto('statistics_releases')
      .values({
        id,
        title: row.title,
        period_from: filter.from,
        period_to: filter.to,
        region: filter.region,
        granularity: filter.granularity,
        mechanism: row.mechanism,
        epsilon: row.epsilon,
        delta: row.delta,
        suppression_threshold: row.suppression_threshold,
        parameters: JSON.stringify(row.parameters),
        published_by_user_id: actor.userId,
        published_by_org_id: actor.organisationId,
        published_at: row.published_at as Date,
      })
      .execute();
    for (const [position, table] of data.entries()) {
      const p = parameters[position] as TableParameters;
      await trx
        .insertInto('statistics_release_tables')
        .values({
          release_id: id,
          table_id: table.id,
          position,
          epsilon: p.epsilon,
          delta: request.mechanism === 'discrete_gaussian' ? delta : null,
          sensitivity: p.sensitivity,
          parameters: JSON.stringify(p.noise),
          data: JSON.stringify(table),
        })
        .execute();
    }
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'statistics_release.publish',
      resourceType: 'statistics_release',
      resourceId: id,
      outcome: 'success',
      requestId,
      details: { tables: data.length, epsilon: row.epsilon, mechanism: row.mechanism },
    });
    return { release: { ...releaseSummary(row), data }, budget: budgetView(ledger) };
  });
}

/** Every release (newest first) and the budget. */
export async function listReleases(db: Kysely<DB>) {
  const settings = await loadInsightsSettings(db);
  const rows = await db
    .selectFrom('statistics_releases')
    .selectAll()
    .orderBy('published_at', 'desc')
    .execute();
  return {
    items: rows.map((row) => releaseSummary(row as unknown as ReleaseRow)),
    budget: budgetView(await releaseLedger(db, settings)),
  };
}

export async function readRelease(db: Kysely<DB>, id: string): Promise<z.infer<typeof ZRelease> | null> {
  const row = await db.selectFrom('statistics_releases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const tables = await db
    .selectFrom('statistics_release_tables')
    .select('data')
    .where('release_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    ...releaseSummary(row as unknown as ReleaseRow),
    data: tables.map((t) => (typeof t.data === 'string' ? JSON.parse(t.data) : t.data) as StatTable),
  };
}
