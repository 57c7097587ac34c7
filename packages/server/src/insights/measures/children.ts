import { sql } from 'kysely';
import { type MeasureContext, num } from '../measure-sql.js';
import type { RollupView } from '../rollup.js';
import { type RawTable, tableFromCounts } from '../tables.js';
import { histogramMedian, PERSON_GROUPS } from './groups.js';

/**
 * Measure 8 — children (CoE art. 10(4), EU art. 14(2); UNHCR best-interests procedure):
 * of the children first met in the period, how many have a guardian and how long the
 * appointment took (from the request, else from first contact), how many have had a
 * best-interests assessment and determination completed, and how many went missing
 * from care (and are missing still).
 */

export type ChildrenData = {
  readonly counts: Readonly<Record<string, unknown>>;
  readonly histogram: readonly { d: number; n: number }[];
  readonly recorded: { readonly bestInterests: boolean; readonly missing: boolean };
};

export async function queryChildren(ctx: MeasureContext, view: RollupView): Promise<ChildrenData> {
  const total = view.total('contact', 'contact');
  // Children's counters follow the groups and the assistance counters in the contact layout.
  const at = PERSON_GROUPS.length + 4;
  const counts = {
    children: total[at] ?? 0,
    guardian_appointed: total[at + 1] ?? 0,
    bi_assessed: total[at + 2] ?? 0,
    bi_determined: total[at + 3] ?? 0,
    went_missing: total[at + 4] ?? 0,
    still_missing: total[at + 5] ?? 0,
  };
  const histogram = [...view.byValue('contact', 'contact', 'guardian_days')].map(([d, n]) => ({
    d: Number(d),
    n: n[0] ?? 0,
  }));
  const any = await sql<{ bi: boolean; missing: boolean }>`
    select exists (select 1 from best_interests_procedures) as bi,
      exists (select 1 from missing_episodes) as missing`.execute(ctx.db);
  return {
    counts,
    histogram,
    recorded: { bestInterests: any.rows[0]?.bi === true, missing: any.rows[0]?.missing === true },
  };
}

export function shapeChildren(data: ChildrenData): RawTable[] {
  const measure = 'children' as const;
  const children = num(data.counts.children);
  const appointed = num(data.counts.guardian_appointed);
  const assessed = num(data.counts.bi_assessed);
  const determined = num(data.counts.bi_determined);
  const wentMissing = num(data.counts.went_missing);
  const stillMissing = num(data.counts.still_missing);
  const median = histogramMedian(new Map(data.histogram.map((h) => [num(h.d), num(h.n)])));
  const noChildren = children === 0;
  return [
    tableFromCounts({
      id: `${measure}.guardians`,
      measure,
      dimension: 'all',
      columns: [
        { id: 'children', kind: 'count' },
        { id: 'guardian_appointed', kind: 'count', partOf: 'children' },
        { id: 'no_guardian_yet', kind: 'count', partOf: 'children' },
        {
          id: 'share_guardian_appointed',
          kind: 'share',
          numerator: 'guardian_appointed',
          denominator: 'children',
        },
        { id: 'median_days_to_guardian', kind: 'days', basis: 'guardian_appointed' },
      ],
      counts: new Map([['all', [children, appointed, children - appointed, null, median]]]),
      total: null,
      sensitivity: 1,
      noData: noChildren,
    }),
    tableFromCounts({
      id: `${measure}.best_interests`,
      measure,
      dimension: 'best_interests_procedure',
      columns: [
        { id: 'children', kind: 'count' },
        { id: 'procedure_completed', kind: 'count', partOf: 'children' },
        { id: 'procedure_not_completed', kind: 'count', partOf: 'children' },
        { id: 'share_completed', kind: 'share', numerator: 'procedure_completed', denominator: 'children' },
      ],
      counts: new Map([
        ['assessment', [children, assessed, children - assessed, null]],
        ['determination', [children, determined, children - determined, null]],
      ]),
      total: null,
      structure: 'overlapping',
      sensitivity: 2,
      noData: !data.recorded.bestInterests,
    }),
    tableFromCounts({
      id: `${measure}.missing`,
      measure,
      dimension: 'all',
      columns: [
        { id: 'children', kind: 'count' },
        { id: 'went_missing', kind: 'count', partOf: 'children' },
        { id: 'never_missing', kind: 'count', partOf: 'children' },
        { id: 'still_missing', kind: 'count', partOf: 'went_missing' },
        { id: 'found', kind: 'count', partOf: 'went_missing' },
      ],
      counts: new Map([
        ['all', [children, wentMissing, children - wentMissing, stillMissing, wentMissing - stillMissing]],
      ]),
      total: null,
      sensitivity: 1,
      noData: !data.recorded.missing,
    }),
  ];
}

/** Measure 9 — victims' voices: the feedback module does not exist yet; said plainly. */
export function shapeVoices(): RawTable[] {
  return [
    {
      id: 'voices.feedback',
      measure: 'voices',
      dimensions: ['all'],
      columns: [
        { id: 'responses', kind: 'count' },
        { id: 'mean_score', kind: 'amount', basis: 'responses' },
      ],
      rows: [],
      total: null,
      sensitivity: 1,
      noData: true,
    },
  ];
}
