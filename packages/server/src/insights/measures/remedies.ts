import {
  COMPENSATION_ROUTES,
  COMPENSATION_STATUSES,
  DURABLE_SOLUTION_KINDS,
  DURABLE_SOLUTION_STATUSES,
  NON_PUNISHMENT_OFFENCES,
  NON_PUNISHMENT_OUTCOMES,
  RESIDENCE_BASES,
} from '@opennrm/core';
import { sql } from 'kysely';
import { addTo, type MeasureContext, num } from '../measure-sql.js';
import type { RollupView } from '../rollup.js';
import { type RawRow, type RawTable, tableFromCounts } from '../tables.js';

/**
 * Measure 6 — remedies and durable solutions: residence permits applied for and granted
 * (with the right to work), legal aid, compensation claimed, awarded and paid,
 * non-punishment outcomes, and return vs integration vs relocation. Each counts the
 * records of its module dated in the period (applied, requested, claimed, assessed,
 * decided), read from the rollup (amounts in whole currency units); a module that has
 * recorded nothing at all says so ("no data yet").
 */

type Row = Record<string, string | number | boolean | null>;

export type RemediesData = {
  readonly permits: readonly Row[];
  readonly legalAid: readonly Row[];
  readonly compensation: readonly Row[];
  readonly nonPunishment: readonly Row[];
  readonly solutions: readonly Row[];
  /** Which module tables hold any row at all. */
  readonly recorded: Readonly<
    Record<'permits' | 'legalAid' | 'compensation' | 'nonPunishment' | 'solutions', boolean>
  >;
};

export async function queryRemedies(ctx: MeasureContext, view: RollupView): Promise<RemediesData> {
  const rows = (kind: string, names: readonly string[], counters: readonly string[] = ['n']): Row[] =>
    [...view.byValue('remedies', kind, kind)].map(([key, n]) => {
      const parts = key.split('|');
      const row: Row = {};
      names.forEach((name, i) => {
        const part = parts[i] ?? null;
        row[name] = part === 'true' ? true : part === 'false' ? false : part;
      });
      counters.forEach((name, i) => {
        row[name] = n[i] ?? 0;
      });
      return row;
    });
  const any = await sql<Record<string, boolean>>`
    select exists (select 1 from residence_permits) as permits,
      exists (select 1 from legal_aid) as legal_aid,
      exists (select 1 from compensation_claims) as compensation,
      exists (select 1 from non_punishment_assessments) as non_punishment,
      exists (select 1 from durable_solutions) as solutions`.execute(ctx.db);
  const flags = any.rows[0] ?? {};
  return {
    permits: rows('permits', ['basis', 'status', 'right_to_work']),
    legalAid: rows('legal_aid', ['status']),
    compensation: rows(
      'compensation',
      ['route', 'status', 'currency'],
      ['n', 'awarded_n', 'claimed', 'awarded', 'paid'],
    ),
    nonPunishment: rows('non_punishment', ['offence', 'outcome', 'linked_to_trafficking']),
    solutions: rows('solutions', ['kind', 'status']),
    recorded: {
      permits: flags.permits === true,
      legalAid: flags.legal_aid === true,
      compensation: flags.compensation === true,
      nonPunishment: flags.non_punishment === true,
      solutions: flags.solutions === true,
    },
  };
}

const str = (value: unknown, fallback = 'unknown'): string =>
  typeof value === 'string' && value.length > 0 ? value : fallback;

export function shapeRemedies(data: RemediesData): RawTable[] {
  const measure = 'remedies' as const;

  // Residence permits by basis: applied = granted + refused + pending + withdrawn.
  const permitStatus = ['granted', 'refused', 'pending', 'withdrawn'];
  const permits = new Map<string, number[]>();
  for (const row of data.permits) {
    const key = str(row.basis, 'other');
    const n = num(row.n);
    const status = permitStatus.indexOf(str(row.status));
    addTo(permits, key, 0, n, 8);
    addTo(permits, key, 1 + (status < 0 ? 2 : status), n, 8);
    if (row.status === 'granted') addTo(permits, key, row.right_to_work === true ? 5 : 6, n, 8);
  }
  for (const row of permits.values()) row[7] = Number.NaN;

  // Compensation: claims by route and status; amounts by currency.
  const claims = new Map<string, number[]>();
  const amounts = new Map<string, number[]>();
  for (const row of data.compensation) {
    const route = str(row.route);
    const status = COMPENSATION_STATUSES.indexOf(str(row.status) as (typeof COMPENSATION_STATUSES)[number]);
    const n = num(row.n);
    addTo(claims, route, 0, n, 1 + COMPENSATION_STATUSES.length);
    addTo(claims, route, 1 + Math.max(status, 0), n, 1 + COMPENSATION_STATUSES.length);
    const currency = str(row.currency, 'XXX');
    const awardedN = num(row.awarded_n);
    addTo(amounts, currency, 0, n, 6);
    addTo(amounts, currency, 1, num(row.claimed), 6);
    addTo(amounts, currency, 2, awardedN, 6);
    addTo(amounts, currency, 3, n - awardedN, 6);
    addTo(amounts, currency, 4, num(row.awarded), 6);
    addTo(amounts, currency, 5, num(row.paid), 6);
  }
  const roundAmounts = (values: number[]): (number | null)[] =>
    values.map((v, i) => ([1, 4, 5].includes(i) ? Math.round(v) : v));

  // Non-punishment: offence × outcome (a cross table), and how many were linked to trafficking.
  const crossRows: RawRow[] = [];
  const cross = new Map<string, number>();
  const linked = new Map<string, number[]>();
  for (const row of data.nonPunishment) {
    const offence = str(row.offence, 'other');
    const outcome = str(row.outcome, 'pending');
    const n = num(row.n);
    cross.set(JSON.stringify([offence, outcome]), (cross.get(JSON.stringify([offence, outcome])) ?? 0) + n);
    addTo(linked, outcome, 0, n, 3);
    addTo(linked, outcome, row.linked_to_trafficking === true ? 1 : 2, n, 3);
  }
  const offences = [
    ...new Set([...NON_PUNISHMENT_OFFENCES, ...[...cross.keys()].map((k) => JSON.parse(k)[0] as string)]),
  ];
  const outcomes = [
    ...new Set([...NON_PUNISHMENT_OUTCOMES, ...[...cross.keys()].map((k) => JSON.parse(k)[1] as string)]),
  ];
  for (const offence of offences) {
    for (const outcome of outcomes) {
      crossRows.push({
        key: [offence, outcome],
        values: [cross.get(JSON.stringify([offence, outcome])) ?? 0],
      });
    }
  }

  // Durable solutions by kind and status.
  const solutions = new Map<string, number[]>();
  const width = 1 + DURABLE_SOLUTION_STATUSES.length;
  for (const row of data.solutions) {
    const kind = str(row.kind);
    const status = DURABLE_SOLUTION_STATUSES.indexOf(
      str(row.status) as (typeof DURABLE_SOLUTION_STATUSES)[number],
    );
    addTo(solutions, kind, 0, num(row.n), width);
    addTo(solutions, kind, 1 + Math.max(status, 0), num(row.n), width);
  }

  const legal = new Map<string, number[]>();
  const legalStatus = ['granted', 'refused', 'requested'];
  for (const row of data.legalAid) {
    const status = legalStatus.indexOf(str(row.status));
    addTo(legal, 'all', 0, num(row.n), 4);
    addTo(legal, 'all', 1 + (status < 0 ? 2 : status), num(row.n), 4);
  }
  if (!legal.has('all')) legal.set('all', [0, 0, 0, 0]);

  return [
    tableFromCounts({
      id: `${measure}.residence_permits`,
      measure,
      dimension: 'residence_basis',
      columns: [
        { id: 'permits_applied', kind: 'count' },
        { id: 'permits_granted', kind: 'count', partOf: 'permits_applied' },
        { id: 'permits_refused', kind: 'count', partOf: 'permits_applied' },
        { id: 'permits_pending', kind: 'count', partOf: 'permits_applied' },
        { id: 'permits_withdrawn', kind: 'count', partOf: 'permits_applied' },
        { id: 'with_right_to_work', kind: 'count', partOf: 'permits_granted' },
        { id: 'without_right_to_work', kind: 'count', partOf: 'permits_granted' },
        { id: 'share_granted', kind: 'share', numerator: 'permits_granted', denominator: 'permits_applied' },
      ],
      counts: new Map([...permits].map(([k, v]) => [k, v.map((x) => (Number.isNaN(x) ? null : x))])),
      order: RESIDENCE_BASES,
      // Applications, not persons: a person may apply again (renewal); at most a few a period.
      sensitivity: 3,
      noData: !data.recorded.permits,
    }),
    tableFromCounts({
      id: `${measure}.legal_aid`,
      measure,
      dimension: 'all',
      columns: [
        { id: 'legal_aid_requested', kind: 'count' },
        { id: 'legal_aid_granted', kind: 'count', partOf: 'legal_aid_requested' },
        { id: 'legal_aid_refused', kind: 'count', partOf: 'legal_aid_requested' },
        { id: 'legal_aid_pending', kind: 'count', partOf: 'legal_aid_requested' },
      ],
      counts: legal,
      total: null,
      sensitivity: 2,
      noData: !data.recorded.legalAid,
    }),
    tableFromCounts({
      id: `${measure}.compensation_claims`,
      measure,
      dimension: 'compensation_route',
      columns: [
        { id: 'claims', kind: 'count' },
        ...COMPENSATION_STATUSES.map((status) => ({
          id: `claims_${status}`,
          kind: 'count' as const,
          partOf: 'claims',
        })),
      ],
      counts: claims,
      order: COMPENSATION_ROUTES,
      sensitivity: 3,
      noData: !data.recorded.compensation,
    }),
    tableFromCounts({
      id: `${measure}.compensation_amounts`,
      measure,
      dimension: 'currency',
      columns: [
        { id: 'claims', kind: 'count' },
        { id: 'amount_claimed', kind: 'amount', basis: 'claims' },
        { id: 'claims_with_award', kind: 'count', partOf: 'claims' },
        { id: 'claims_without_award', kind: 'count', partOf: 'claims' },
        { id: 'amount_awarded', kind: 'amount', basis: 'claims_with_award' },
        { id: 'amount_paid', kind: 'amount', basis: 'claims_with_award' },
      ],
      counts: new Map([...amounts].map(([k, v]) => [k, roundAmounts(v)])),
      total: null,
      sensitivity: 3,
      noData: !data.recorded.compensation,
    }),
    {
      id: `${measure}.non_punishment`,
      measure,
      dimensions: ['offence', 'non_punishment_outcome'],
      columns: [{ id: 'assessments', kind: 'count' }],
      rows: crossRows,
      total: null,
      structure: 'cube',
      sensitivity: 3,
      ...(data.recorded.nonPunishment ? {} : { noData: true }),
    },
    tableFromCounts({
      id: `${measure}.non_punishment_linked`,
      measure,
      dimension: 'non_punishment_outcome',
      columns: [
        { id: 'assessments', kind: 'count' },
        { id: 'linked_to_trafficking', kind: 'count', partOf: 'assessments' },
        { id: 'not_linked', kind: 'count', partOf: 'assessments' },
      ],
      counts: linked,
      order: NON_PUNISHMENT_OUTCOMES,
      sensitivity: 3,
      noData: !data.recorded.nonPunishment,
    }),
    tableFromCounts({
      id: `${measure}.durable_solutions`,
      measure,
      dimension: 'solution_kind',
      columns: [
        { id: 'solutions', kind: 'count' },
        ...DURABLE_SOLUTION_STATUSES.map((status) => ({
          id: `solutions_${status}`,
          kind: 'count' as const,
          partOf: 'solutions',
        })),
      ],
      counts: solutions,
      order: DURABLE_SOLUTION_KINDS,
      sensitivity: 2,
      noData: !data.recorded.solutions,
    }),
  ];
}
