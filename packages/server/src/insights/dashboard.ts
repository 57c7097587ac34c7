import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema.js';
import { computeRawTables, type Freshness, freshenFacts, protect } from './compute.js';
import { qualityNotes } from './data-quality.js';
import { type Gap, gapSummary } from './gaps.js';
import { type ReportLanguage, type Words, words } from './messages/index.js';
import type { InsightsFilter } from './period.js';
import type { ZDashboardResponse, ZGapView, ZMeasureResponse } from './schemas.js';
import { loadInsightsSettings } from './settings.js';
import { MEASURES, type MeasureId, type StatTable } from './tables.js';

/**
 * Use cases behind GET /api/insights/dashboard and /measures/:measure: refresh the
 * per-case facts that changed, compute the measures in SQL, protect every table, and
 * put the largest gaps and the data-quality notes into sentences.
 */

type GapView = z.infer<typeof ZGapView>;

/** A gap in a sentence of `w`'s language, with vocabulary codes turned into labels. */
export function gapSentence(gap: Gap, w: Words, threshold: number): string {
  const share = gap.share === null ? '' : w.percent(gap.share);
  const base = gap.base ?? 0;
  switch (gap.kind) {
    case 'unmet_need':
      return w.text('gap.unmet_need', {
        count: gap.count,
        subject: w.value('need_domain', gap.subject[0] ?? ''),
        share,
        base,
      });
    case 'under_identified': {
      const [form = '', gender = '', age = ''] = gap.subject;
      const subject = `${w.value('form', form)} · ${w.value('gender', gender)} · ${w.value('age_group', age)}`;
      return gap.observed === null
        ? w.text('gap.under_identified_withheld', {
            subject,
            threshold,
            expected: gap.expected ?? 0,
            count: gap.count,
          })
        : w.text('gap.under_identified', {
            subject,
            observed: gap.observed,
            expected: gap.expected ?? 0,
            count: gap.count,
          });
    }
    case 'refused_more_often': {
      const [dimension = '', value = ''] = gap.subject;
      return w.text('gap.refused_more_often', {
        subject: w.value(dimension, value),
        count: gap.count,
        base,
        share,
      });
    }
    case 'late_reasonable_grounds':
      return w.text('gap.late_reasonable_grounds', { count: gap.count, share, base });
    case 'late_conclusive_grounds':
      return w.text('gap.late_conclusive_grounds', { count: gap.count, share, base });
    case 'capacity_gaps':
      return w.text('gap.capacity_gaps', {
        count: gap.count,
        subject: w.value('need_domain', gap.subject[0] ?? ''),
      });
    case 'no_guardian':
      return w.text('gap.no_guardian', { count: gap.count, base, share });
    case 'children_missing':
      return w.text('gap.children_missing', { count: gap.count });
    case 'not_yet_assisted':
      return w.text('gap.not_yet_assisted', { count: gap.count, share, base });
    case 'services_stopped_after_cooperation_change':
      return w.text('gap.services_stopped_after_cooperation_change', { count: gap.count });
    case 'enforcement_dominated_referrals':
      return w.text('gap.enforcement_dominated_referrals', { count: gap.count, base, share });
    case 'returns_dominate':
      return w.text('gap.returns_dominate', { count: gap.count, base, share });
    default: {
      const never: never = gap.kind;
      throw new Error(`unknown gap ${String(never)}`);
    }
  }
}

export function gapViews(tables: readonly StatTable[], w: Words, threshold: number): GapView[] {
  return gapSummary(tables, threshold).map((gap) => ({
    ...gap,
    subject: [...gap.subject],
    text: gapSentence(gap, w, threshold),
  }));
}

export function qualityViews(tables: readonly StatTable[], w: Words) {
  const table = tables.find((t) => t.id === 'data_quality.missing');
  if (!table) return [];
  return qualityNotes(table).map((note) => ({
    ...note,
    text: w.text('quality.note', {
      field: w.value('field', note.field),
      share: w.percent(note.share),
      missing: note.missing,
      records: note.records,
    }),
  }));
}

export type ComputedView = {
  readonly tables: StatTable[];
  readonly threshold: number;
  readonly freshness: Freshness;
};

/**
 * Refreshes the facts, computes and protects every measure. Always all of them, for
 * every view of a filter (dashboard, one measure, an export, the report): protection
 * links tables that share figures, so a subset would be protected differently.
 */
export async function protectedTables(db: Kysely<DB>, filter: InsightsFilter): Promise<ComputedView> {
  const settings = await loadInsightsSettings(db);
  const freshness = await freshenFacts(db, settings);
  const computation = await computeRawTables(db, filter, MEASURES, settings);
  return { tables: protect(computation), threshold: settings.suppressionThreshold, freshness };
}

function filterView(filter: InsightsFilter) {
  return { from: filter.from, to: filter.to, region: filter.region, granularity: filter.granularity };
}

export async function readDashboard(
  db: Kysely<DB>,
  filter: InsightsFilter,
  language: ReportLanguage,
): Promise<z.infer<typeof ZDashboardResponse>> {
  const view = await protectedTables(db, filter);
  const w = words(language);
  return {
    filter: filterView(filter),
    generatedAt: new Date().toISOString(),
    freshness: view.freshness,
    protection: { threshold: view.threshold, complementary: true },
    measures: MEASURES.map((id) => ({
      id,
      noData: view.tables.filter((t) => t.measure === id).every((t) => t.noData),
    })),
    tables: view.tables,
    gaps: gapViews(view.tables, w, view.threshold),
    qualityNotes: qualityViews(view.tables, w),
  };
}

export async function readMeasure(
  db: Kysely<DB>,
  filter: InsightsFilter,
  measure: MeasureId,
  language: ReportLanguage,
): Promise<z.infer<typeof ZMeasureResponse>> {
  // Every measure is computed and protected together, even for one: a figure then has the
  // same withheld neighbours in every response for this filter, so that two responses
  // cannot be combined to work a withheld cell out.
  const view = await protectedTables(db, filter);
  const tables = view.tables.filter((t) => t.measure === measure);
  return {
    filter: filterView(filter),
    generatedAt: new Date().toISOString(),
    freshness: view.freshness,
    protection: { threshold: view.threshold, complementary: true },
    measure,
    noData: tables.every((t) => t.noData),
    tables,
    qualityNotes: qualityViews(view.tables, words(language)),
  };
}
