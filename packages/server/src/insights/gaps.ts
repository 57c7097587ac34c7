import type { StatTable } from './tables.js';

/**
 * The gap summary: the largest gaps in identification and assistance, named in plain
 * language with the numbers behind them. Pure, and read from the PROTECTED tables only,
 * so that no withheld figure can reach a sentence. Gaps are ranked by how many persons
 * (or decisions, or records) they concern; the five largest are shown.
 */

export const GAP_KINDS = [
  'unmet_need',
  'under_identified',
  'refused_more_often',
  'late_reasonable_grounds',
  'late_conclusive_grounds',
  'capacity_gaps',
  'no_guardian',
  'children_missing',
  'not_yet_assisted',
  'services_stopped_after_cooperation_change',
  'enforcement_dominated_referrals',
  'returns_dominate',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export type Gap = {
  readonly kind: GapKind;
  /** What the gap is about: a need domain, a form × gender × age cell, a group… (vocabulary codes). */
  readonly subject: readonly string[];
  /** Persons, decisions or records concerned — the ranking key. */
  readonly count: number;
  /** Out of how many, when that makes sense. */
  readonly base: number | null;
  readonly share: number | null;
  /** For a bias gap: how many were identified, and how many the totals lead one to expect. */
  readonly observed: number | null;
  readonly expected: number | null;
};

export const GAP_SUMMARY_SIZE = 5;

type Cells = Readonly<Record<string, number | null>>;

/** A table's rows as records of published values (withheld cells are null). */
function rowsOf(
  tables: readonly StatTable[],
  id: string,
): { key: readonly string[]; cells: Cells; flag: string | null }[] {
  const table = tables.find((t) => t.id === id);
  if (!table || table.noData) return [];
  return table.rows.map((row) => ({
    key: row.key,
    cells: Object.fromEntries(table.columns.map((column, i) => [column.id, row.cells[i]?.value ?? null])),
    flag: row.flag,
  }));
}

const gap = (g: Partial<Gap> & Pick<Gap, 'kind' | 'count'>): Gap => ({
  subject: [],
  base: null,
  share: null,
  observed: null,
  expected: null,
  ...g,
});

/** Every gap the protected tables show, unranked. */
export function findGaps(tables: readonly StatTable[], threshold: number): Gap[] {
  const gaps: Gap[] = [];

  for (const row of rowsOf(tables, 'unmet_need.by_domain')) {
    const unmet = row.cells.unmet ?? null;
    if (unmet && unmet > 0) {
      gaps.push(
        gap({
          kind: 'unmet_need',
          subject: row.key,
          count: unmet,
          base: row.cells.persons_in_need ?? null,
          share: row.cells.share_unmet ?? null,
        }),
      );
    }
  }

  for (const row of rowsOf(tables, 'bias.form_gender_age')) {
    if (row.flag !== 'under_identified') continue;
    const expected = row.cells.expected ?? null;
    if (expected === null) continue;
    const observed = row.cells.observed ?? null;
    // A withheld count is below the threshold: the shortfall is at least expected − (threshold − 1).
    const shortfall = Math.max(0, Math.round(expected - (observed ?? threshold - 1)));
    if (shortfall > 0) {
      gaps.push(gap({ kind: 'under_identified', subject: row.key, count: shortfall, observed, expected }));
    }
  }

  for (const id of [
    'bias.outcomes_by_gender',
    'bias.outcomes_by_age_group',
    'bias.outcomes_by_nationality',
    'bias.outcomes_by_sector',
  ]) {
    const dimension = id.replace('bias.outcomes_by_', '');
    for (const row of rowsOf(tables, id)) {
      if (row.flag !== 'refused_more_often') continue;
      const refused = row.cells.cg_negative ?? row.cells.rg_negative ?? null;
      const decisions = row.cells.cg_decisions ?? row.cells.rg_decisions ?? null;
      if (refused === null || refused === 0) continue;
      gaps.push(
        gap({
          kind: 'refused_more_often',
          subject: [dimension, ...row.key],
          count: refused,
          base: decisions,
          share: decisions ? Math.round((refused / decisions) * 10_000) / 10_000 : null,
        }),
      );
    }
  }

  const [decisions] = rowsOf(tables, 'timeliness.decisions');
  for (const stage of ['rg', 'cg'] as const) {
    const late = decisions?.cells[`${stage}_late`] ?? null;
    const withTarget = decisions?.cells[`${stage}_with_target`] ?? null;
    if (late && late > 0) {
      gaps.push(
        gap({
          kind: stage === 'rg' ? 'late_reasonable_grounds' : 'late_conclusive_grounds',
          count: late,
          base: withTarget,
          share: withTarget ? Math.round((late / withTarget) * 10_000) / 10_000 : null,
        }),
      );
    }
  }

  for (const row of rowsOf(tables, 'unmet_need.capacity_gaps')) {
    const n = row.cells.gaps ?? null;
    if (n && n > 0) gaps.push(gap({ kind: 'capacity_gaps', subject: row.key, count: n }));
  }

  const [guardians] = rowsOf(tables, 'children.guardians');
  const noGuardian = guardians?.cells.no_guardian_yet ?? null;
  if (noGuardian && noGuardian > 0) {
    gaps.push(
      gap({
        kind: 'no_guardian',
        count: noGuardian,
        base: guardians?.cells.children ?? null,
        share:
          guardians?.cells.share_guardian_appointed != null
            ? Math.round((1 - guardians.cells.share_guardian_appointed) * 10_000) / 10_000
            : null,
      }),
    );
  }
  const [missing] = rowsOf(tables, 'children.missing');
  const stillMissing = missing?.cells.still_missing ?? null;
  if (stillMissing && stillMissing > 0) {
    gaps.push(gap({ kind: 'children_missing', count: stillMissing, base: missing?.cells.children ?? null }));
  }

  const [assistance] = rowsOf(tables, 'conditionality.time_to_assistance').filter((r) => r.key[0] === 'all');
  const notYet = assistance?.cells.not_yet_assisted ?? null;
  if (notYet && notYet > 0) {
    gaps.push(
      gap({
        kind: 'not_yet_assisted',
        count: notYet,
        base: assistance?.cells.persons ?? null,
        share:
          assistance?.cells.share_assisted != null
            ? Math.round((1 - assistance.cells.share_assisted) * 10_000) / 10_000
            : null,
      }),
    );
  }
  const [stops] = rowsOf(tables, 'conditionality.stops_after_cooperation_change');
  const stopped = stops?.cells.services_stopped ?? null;
  if (stopped && stopped > 0) {
    gaps.push(gap({ kind: 'services_stopped_after_cooperation_change', count: stopped }));
  }

  const [who] = rowsOf(tables, 'who_identifies.share');
  const enforcement = who?.cells.enforcement ?? null;
  const outside = who?.cells.share_outside ?? null;
  if (enforcement && outside !== null && outside < 0.5) {
    gaps.push(
      gap({
        kind: 'enforcement_dominated_referrals',
        count: enforcement,
        base: who?.cells.presumed ?? null,
        share: Math.round((1 - outside) * 10_000) / 10_000,
      }),
    );
  }

  const solutions = rowsOf(tables, 'remedies.durable_solutions');
  const byKind = new Map(solutions.map((row) => [row.key[0], row.cells.solutions ?? null]));
  const returns = byKind.get('return') ?? null;
  const others = (byKind.get('integration') ?? 0) + (byKind.get('relocation') ?? 0);
  if (returns !== null && returns > others && returns > 0) {
    const all = returns + others;
    gaps.push(
      gap({
        kind: 'returns_dominate',
        count: returns,
        base: all,
        share: Math.round((returns / all) * 10_000) / 10_000,
      }),
    );
  }
  return gaps;
}

/** The largest gaps, largest first (ties: the larger share, then a stable order). */
export function gapSummary(tables: readonly StatTable[], threshold: number, size = GAP_SUMMARY_SIZE): Gap[] {
  return findGaps(tables, threshold)
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.count - a.g.count || (b.g.share ?? 0) - (a.g.share ?? 0) || a.i - b.i)
    .slice(0, size)
    .map(({ g }) => g);
}
