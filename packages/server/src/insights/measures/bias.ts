import {
  EXPLOITATION_FORMS,
  HTCDS_GENDERS,
  identificationBias,
  isOrganisationKind,
  ORGANISATION_SECTORS,
  type ReferenceShare,
  refusalsByGroup,
  sectorOf,
} from '@opennrm/core';
import { addTo, type GroupedRow, num, rowsOf } from '../measure-sql.js';
import type { RollupView } from '../rollup.js';
import type { ColumnSpec, RawRow, RawTable, TestSummary } from '../tables.js';
import { tableFromCounts } from '../tables.js';
import { AGE_GROUPS, caseRows, type OrganisationInfo } from './official-counts.js';

/**
 * Measure 3 — bias. (a) Form of exploitation × gender × age group of the persons
 * registered in the period, observed against what the system's own totals (or a
 * configured reference distribution) lead one to expect, with F1's test
 * (`identificationBias`): cells identified significantly less often are flagged — men
 * in sexual exploitation, women in labour exploitation, the rarely identified forms.
 * (b) Decision outcomes by nationality, gender, age group and referring sector: are some
 * groups refused more often (`refusalsByGroup`)?
 */

export const SIGNIFICANCE = 0.05;

export type BiasData = {
  readonly cells: readonly { form: string; gender: string; age_group: string; n: number }[];
  /** Grouping-sets rows: rg, rg_positive, cg, cg_positive per dimension value. */
  readonly outcomes: readonly GroupedRow[];
  readonly organisations: readonly OrganisationInfo[];
};

export function biasData(view: RollupView, organisations: readonly OrganisationInfo[]): BiasData {
  const cells = [...view.byValue('forms', 'registered', 'form_gender_age')].map(([key, n]) => {
    const [form = 'unknown', gender = 'unknown', age_group = 'unknown'] = key.split('|');
    return { form, gender, age_group, n: n[0] ?? 0 };
  });
  return { cells, outcomes: caseRows(view), organisations };
}

const round = (value: number, places: number): number => {
  const f = 10 ** places;
  return Math.round(value * f) / f;
};

export type BiasReference = readonly ReferenceShare[] | null;

/** Form × gender × age group, observed against expected, with under-identified cells flagged. */
export function formGenderAgeTable(data: BiasData, reference: BiasReference): RawTable {
  const forms = [...EXPLOITATION_FORMS] as string[];
  for (const cell of data.cells) if (!forms.includes(cell.form)) forms.push(cell.form);
  const observed = new Map<string, number>();
  for (const cell of data.cells) {
    const key = JSON.stringify([cell.form, cell.gender, cell.age_group]);
    observed.set(key, (observed.get(key) ?? 0) + num(cell.n));
  }
  // Every combination, so that a cell nobody is in is tested too (zero is the finding).
  const input = forms.flatMap((form) =>
    HTCDS_GENDERS.flatMap((gender) =>
      AGE_GROUPS.map((ageGroup) => ({
        form,
        gender,
        ageGroup,
        observed: observed.get(JSON.stringify([form, gender, ageGroup])) ?? 0,
      })),
    ),
  );
  const total = input.reduce((s, c) => s + c.observed, 0);
  const result =
    total > 0
      ? identificationBias(input, { alpha: SIGNIFICANCE, ...(reference ? { reference } : {}) })
      : null;
  const byKey = new Map(result?.cells.map((c) => [JSON.stringify([c.form, c.gender, c.ageGroup]), c]) ?? []);
  const rows: RawRow[] = input.map((c) => {
    const tested = byKey.get(JSON.stringify([c.form, c.gender, c.ageGroup]));
    return {
      key: [c.form, c.gender, c.ageGroup],
      values: [
        c.observed,
        tested ? round(tested.expected, 1) : null,
        tested?.residual === null || tested === undefined ? null : round(tested.residual, 2),
      ],
      flag: tested?.underIdentified ? 'under_identified' : tested?.overIdentified ? 'over_identified' : null,
    };
  });
  const columns: ColumnSpec[] = [
    { id: 'observed', kind: 'count' },
    { id: 'expected', kind: 'expected' },
    { id: 'residual', kind: 'residual', basis: 'observed' },
  ];
  const test: TestSummary | undefined = result
    ? {
        test: result.model === 'reference' ? 'chi_square_reference' : 'chi_square_independence',
        df: result.chiSquare.df,
        alpha: SIGNIFICANCE,
        significant: result.chiSquare.pValue < SIGNIFICANCE,
        sparse: result.chiSquare.sparse,
      }
    : undefined;
  return {
    id: 'bias.form_gender_age',
    measure: 'bias',
    dimensions: ['form', 'gender', 'age_group'],
    columns,
    rows,
    total: null,
    structure: 'cube',
    // A case with several forms is in several rows.
    sensitivity: EXPLOITATION_FORMS.length,
    ...(total === 0 ? { noData: true } : {}),
    ...(test ? { test } : {}),
  };
}

const OUTCOME_COLUMNS: readonly ColumnSpec[] = [
  { id: 'cg_decisions', kind: 'count' },
  { id: 'cg_positive', kind: 'count', partOf: 'cg_decisions' },
  { id: 'cg_negative', kind: 'count', partOf: 'cg_decisions' },
  { id: 'cg_share_positive', kind: 'share', numerator: 'cg_positive', denominator: 'cg_decisions' },
  { id: 'rg_decisions', kind: 'count' },
  { id: 'rg_positive', kind: 'count', partOf: 'rg_decisions' },
  { id: 'rg_negative', kind: 'count', partOf: 'rg_decisions' },
  { id: 'rg_share_positive', kind: 'share', numerator: 'rg_positive', denominator: 'rg_decisions' },
];

/** Decision outcomes by one grouping, groups refused significantly more often flagged. */
export function outcomeTable(
  data: BiasData,
  dimension: 'nationality' | 'gender' | 'age_group' | 'sector',
): RawTable {
  const kindOf = new Map(data.organisations.map((o) => [o.id, o.kind]));
  const keyOf = (value: string): string => {
    if (dimension !== 'sector') return value;
    const kind = kindOf.get(value) ?? 'other';
    return isOrganisationKind(kind) ? sectorOf(kind) : 'other';
  };
  const counts = new Map<string, number[]>();
  for (const [value, row] of rowsOf(data.outcomes, dimension === 'sector' ? 'registering_org' : dimension)) {
    const key = keyOf(value);
    const cg = num(row.cg);
    const cgPos = num(row.cg_positive);
    const rg = num(row.rg);
    const rgPos = num(row.rg_positive);
    addTo(counts, key, 0, cg, 8);
    addTo(counts, key, 1, cgPos, 8);
    addTo(counts, key, 2, cg - cgPos, 8);
    addTo(counts, key, 4, rg, 8);
    addTo(counts, key, 5, rgPos, 8);
    addTo(counts, key, 6, rg - rgPos, 8);
  }
  for (const row of counts.values()) {
    row[3] = Number.NaN;
    row[7] = Number.NaN;
  }
  const groups = [...counts.entries()];
  const cgTest = refusalsByGroup(
    groups.map(([group, v]) => ({ group, positive: v[1] ?? 0, negative: v[2] ?? 0 })),
    { alpha: SIGNIFICANCE },
  );
  const rgTest = refusalsByGroup(
    groups.map(([group, v]) => ({ group, positive: v[5] ?? 0, negative: v[6] ?? 0 })),
    { alpha: SIGNIFICANCE },
  );
  const refusedMore = new Set(
    [...cgTest.groups, ...rgTest.groups].filter((g) => g.refusedMoreOften).map((g) => g.group),
  );
  const order =
    dimension === 'gender'
      ? HTCDS_GENDERS
      : dimension === 'age_group'
        ? AGE_GROUPS
        : dimension === 'sector'
          ? ORGANISATION_SECTORS
          : [];
  const table = tableFromCounts({
    id: `bias.outcomes_by_${dimension}`,
    measure: 'bias',
    dimension,
    columns: OUTCOME_COLUMNS,
    counts: new Map(groups.map(([k, v]) => [k, v.map((x) => (Number.isNaN(x) ? null : x))])),
    order,
    // One latest decision of each stage per person: one leaf per stage.
    sensitivity: 2,
    noData: cgTest.decisions + rgTest.decisions === 0,
  });
  const test: TestSummary = {
    test: 'chi_square_independence',
    df: cgTest.chiSquare.df,
    alpha: SIGNIFICANCE,
    significant: cgTest.chiSquare.pValue < SIGNIFICANCE,
    sparse: cgTest.chiSquare.sparse,
  };
  return {
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      flag: refusedMore.has(row.key[0] ?? '') ? 'refused_more_often' : null,
    })),
    test,
  };
}

export function shapeBias(data: BiasData, reference: BiasReference): RawTable[] {
  return [
    formGenderAgeTable(data, reference),
    outcomeTable(data, 'gender'),
    outcomeTable(data, 'age_group'),
    outcomeTable(data, 'nationality'),
    outcomeTable(data, 'sector'),
  ];
}
