import {
  CTDC_LIST_COLUMNS,
  type CtdcLayout,
  type CtdcListField,
  type CtdcRegion,
  ctdcAgeLabel,
  ctdcCountryLabel,
  ctdcGenderLabel,
  ctdcMajorityLabel,
  ctdcRegionLabel,
  ctdcYearLabel,
  HTCDS_AGE_BANDS,
  type HtcdsAgeBand,
  type HtcdsRecordGender,
  type MajorityStatus,
  publishedValue,
  type Relation,
  type SuppressedCell,
  suppressLinked,
} from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { ZCrossTable, ZFrequencies, ZFrequencyTable } from './schemas.js';

/**
 * CTDC's own frequency tables (the `TabStat` sheet of its data dictionary) for an imported
 * file: for every variable of the file, in the file's order, each value's count, CTDC's
 * "Percent" (of all rows) and "Valid" (of rows with a value), the missing count and the
 * total; binary variables as `1` against missing. Plus victims' gender by type of
 * exploitation. All tables of the answer share cells (the total, a flag's count), so they
 * are suppressed together (core `suppressLinked`): a withheld cell cannot be recovered
 * from any other table of the same answer.
 */
type Category = { value: string; label: string; count: number };
type RawTable = { variable: string; key: string; categories: Category[]; missing: number; binary: boolean };

type Scalar = {
  key: string;
  column:
    | 'gender'
    | 'majority'
    | 'age_band'
    | 'citizenship'
    | 'citizenship_region'
    | 'exploitation_country'
    | 'exploitation_region'
    | 'trafficking_months';
  label: (value: string, layout: CtdcLayout) => string;
  order?: (a: string, b: string) => number;
};

const SCALARS: Readonly<Record<string, Scalar>> = {
  gender: {
    key: 'gender',
    column: 'gender',
    label: (v, layout) => ctdcGenderLabel(v as HtcdsRecordGender, layout),
  },
  majoritystatus: {
    key: 'majority',
    column: 'majority',
    label: (v) => ctdcMajorityLabel(v as MajorityStatus),
  },
  agebroad: {
    key: 'age_band',
    column: 'age_band',
    label: (v) => ctdcAgeLabel(v as HtcdsAgeBand),
    order: (a, b) => HTCDS_AGE_BANDS.indexOf(a as HtcdsAgeBand) - HTCDS_AGE_BANDS.indexOf(b as HtcdsAgeBand),
  },
  citizenship: { key: 'citizenship', column: 'citizenship', label: (v) => ctdcCountryLabel(v) },
  un_coo_region: {
    key: 'citizenship_region',
    column: 'citizenship_region',
    label: (v) => ctdcRegionLabel(v as CtdcRegion),
  },
  countryofexploitation: {
    key: 'exploitation_country',
    column: 'exploitation_country',
    label: (v) => ctdcCountryLabel(v),
  },
  un_coe_region: {
    key: 'exploitation_region',
    column: 'exploitation_region',
    label: (v) => ctdcRegionLabel(v as CtdcRegion),
  },
  traffickmonths: {
    key: 'trafficking_months',
    column: 'trafficking_months',
    label: (v) => v.replace('-', '--'),
  },
};

const FLAGS: Readonly<Record<string, 'is_forced_labour' | 'is_sexual_exploit' | 'is_other_exploit'>> = {
  isforcedlabour: 'is_forced_labour',
  issexualexploit: 'is_sexual_exploit',
  isotherexploit: 'is_other_exploit',
};

const LIST_COLUMNS: Readonly<Record<CtdcListField, string>> = {
  meansOfControl: 'means_of_control',
  labourSectors: 'labour_sectors',
  sexualTypes: 'sexual_types',
  otherTypes: 'other_types',
  recruiterRelations: 'recruiter_relations',
};

const LIST_BY_LOWER = new Map(
  Object.entries(CTDC_LIST_COLUMNS).map(([name, spec]) => [name.toLowerCase(), spec]),
);
const YEAR_COLUMNS = new Set(['yearregister', 'yearofregistration']);

function byLabel(a: Category, b: Category): number {
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

async function rawTables(
  db: Kysely<DB>,
  id: string,
  layout: CtdcLayout,
  columns: readonly string[],
  total: number,
): Promise<RawTable[]> {
  const tables: RawTable[] = [];
  let listCounts: Map<string, number> | null = null;
  let flagCounts: Record<string, number> | null = null;
  for (const column of columns) {
    const lower = column.toLowerCase();
    if (YEAR_COLUMNS.has(lower)) {
      const rows = await sql<{ year_from: number | null; year_to: number | null; n: number }>`
        SELECT year_from, year_to, count(*)::int AS n FROM imported_records
        WHERE import_id = ${id} GROUP BY year_from, year_to`.execute(db);
      const categories = rows.rows
        .filter((r) => r.year_from !== null && r.year_to !== null)
        .map((r) => {
          const label = ctdcYearLabel(r.year_from as number, r.year_to as number);
          return { value: label, label, count: r.n };
        })
        .sort(byLabel);
      tables.push({
        variable: column,
        key: 'year',
        categories,
        missing: missingOf(total, categories),
        binary: false,
      });
      continue;
    }
    const scalar = SCALARS[lower];
    if (scalar) {
      const rows = await sql<{ value: string | null; n: number }>`
        SELECT ${sql.ref(scalar.column)} AS value, count(*)::int AS n FROM imported_records
        WHERE import_id = ${id} GROUP BY 1`.execute(db);
      const categories = rows.rows
        .filter((r): r is { value: string; n: number } => r.value !== null)
        .map((r) => ({ value: r.value, label: scalar.label(r.value, layout), count: r.n }));
      const order = scalar.order;
      categories.sort(order ? (a, b) => order(a.value, b.value) : byLabel);
      tables.push({
        variable: column,
        key: scalar.key,
        categories,
        missing: missingOf(total, categories),
        binary: false,
      });
      continue;
    }
    const flag = FLAGS[lower];
    const list = LIST_BY_LOWER.get(lower);
    if (flag || list) {
      let count: number;
      if (flag) {
        flagCounts ??= await readFlagCounts(db, id);
        count = flagCounts[flag] ?? 0;
      } else {
        listCounts ??= await readListCounts(db, id);
        const spec = list as { field: CtdcListField; value: string };
        count = listCounts.get(`${LIST_COLUMNS[spec.field]}:${spec.value}`) ?? 0;
      }
      const categories = count > 0 ? [{ value: '1', label: '1', count }] : [];
      tables.push({ variable: column, key: column, categories, missing: total - count, binary: true });
    }
  }
  return tables;
}

function missingOf(total: number, categories: readonly Category[]): number {
  return total - categories.reduce((s, c) => s + c.count, 0);
}

async function readFlagCounts(db: Kysely<DB>, id: string): Promise<Record<string, number>> {
  const row = await sql<Record<string, number>>`
    SELECT count(*) FILTER (WHERE is_forced_labour)::int AS is_forced_labour,
           count(*) FILTER (WHERE is_sexual_exploit)::int AS is_sexual_exploit,
           count(*) FILTER (WHERE is_other_exploit)::int AS is_other_exploit
    FROM imported_records WHERE import_id = ${id}`.execute(db);
  return row.rows[0] ?? {};
}

async function readListCounts(db: Kysely<DB>, id: string): Promise<Map<string, number>> {
  const rows = await sql<{ field: string; value: string; n: number }>`
    SELECT 'means_of_control' AS field, v AS value, count(*)::int AS n
      FROM imported_records, unnest(means_of_control) AS v WHERE import_id = ${id} GROUP BY v
    UNION ALL
    SELECT 'labour_sectors', v, count(*)::int
      FROM imported_records, unnest(labour_sectors) AS v WHERE import_id = ${id} GROUP BY v
    UNION ALL
    SELECT 'sexual_types', v, count(*)::int
      FROM imported_records, unnest(sexual_types) AS v WHERE import_id = ${id} GROUP BY v
    UNION ALL
    SELECT 'other_types', v, count(*)::int
      FROM imported_records, unnest(other_types) AS v WHERE import_id = ${id} GROUP BY v
    UNION ALL
    SELECT 'recruiter_relations', v, count(*)::int
      FROM imported_records, unnest(recruiter_relations) AS v WHERE import_id = ${id} GROUP BY v`.execute(db);
  return new Map(rows.rows.map((r) => [`${r.field}:${r.value}`, r.n]));
}

type Frequencies = z.infer<typeof ZFrequencies>;
type OutTable = z.infer<typeof ZFrequencyTable>;
type OutCross = z.infer<typeof ZCrossTable>;

const round2 = (x: number): number => Math.round(x * 100) / 100;

export async function importFrequencies(
  db: Kysely<DB>,
  item: { id: string; source: CtdcLayout; status: Frequencies['status']; importedColumns: readonly string[] },
  threshold: number,
): Promise<Frequencies> {
  const totalRow = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM imported_records WHERE import_id = ${item.id}`.execute(db);
  const total = totalRow.rows[0]?.n ?? 0;
  const tables = await rawTables(db, item.id, item.source, item.importedColumns, total);

  // Victims' gender by type of exploitation (CTDC's README reference aggregates).
  const genderImported = tables.some((t) => t.key === 'gender');
  const flagTables = tables.filter(
    (t) => t.binary && Object.values(FLAGS).some((f) => f === FLAGS[t.variable.toLowerCase()]),
  );
  const crossRows = genderImported && flagTables.length > 0 ? await genderByFlag(db, item.id) : [];

  // ---- one linked suppression problem for the whole answer
  const values: number[] = [];
  const relations: Relation[] = [];
  const cell = (v: number): number => values.push(v) - 1;
  const totalCell = cell(total);
  const layout = tables.map((t) => {
    const categories = t.categories.map((c) => cell(c.count));
    const missing = cell(t.missing);
    if (t.binary) {
      relations.push({ parts: [...categories, missing], total: totalCell });
      return { categories, missing, valid: categories[0] ?? null };
    }
    const valid = cell(total - t.missing);
    relations.push({ parts: categories, total: valid });
    relations.push({ parts: [valid, missing], total: totalCell });
    return { categories, missing, valid };
  });
  const genders = [...new Set(crossRows.map((r) => r.gender ?? ''))].sort();
  const crossCells = genders.map((g) =>
    flagTables.map((t) => {
      const flag = FLAGS[t.variable.toLowerCase()] as string;
      const row = crossRows.find((r) => (r.gender ?? '') === g);
      return cell(row ? (row[flag as keyof typeof row] as number) : 0);
    }),
  );
  flagTables.forEach((t, j) => {
    const flagCell = layout[tables.indexOf(t)]?.valid;
    const parts = crossCells.map((row) => row[j] as number);
    if (flagCell !== null && flagCell !== undefined) relations.push({ parts, total: flagCell });
    else relations.push({ parts, total: cell(0) });
  });

  const status = suppressLinked(values, relations, { threshold });
  const at = (i: number): SuppressedCell => ({
    value: values[i] as number,
    status: status[i] as SuppressedCell['status'],
  });
  const shown = (i: number): number | null => publishedValue(at(i));
  const publishedTotal = shown(totalCell);
  const percent = (count: number | null, of: number | null): number | null =>
    count === null || of === null || of === 0 ? null : round2((count / of) * 100);

  const outTables: OutTable[] = tables.map((t, ti) => {
    const cells = layout[ti] as (typeof layout)[number];
    const valid = cells.valid === null ? 0 : shown(cells.valid);
    return {
      variable: t.variable,
      key: t.key,
      categories: t.categories.map((c, ci) => {
        const count = shown(cells.categories[ci] as number);
        return {
          value: c.value,
          label: c.label,
          count,
          percent: percent(count, publishedTotal),
          validPercent: percent(count, valid),
          suppressed: count === null,
        };
      }),
      validTotal: { count: valid, suppressed: valid === null },
      missing: {
        count: shown(cells.missing),
        percent: percent(shown(cells.missing), publishedTotal),
        suppressed: shown(cells.missing) === null,
      },
    };
  });

  const crossTables: OutCross[] =
    crossRows.length === 0
      ? []
      : [
          {
            key: 'gender_by_exploitation',
            rows: genders.map((g) => ({
              value: g === '' ? 'missing' : g,
              label: g === '' ? '' : ctdcGenderLabel(g as HtcdsRecordGender, item.source),
            })),
            columns: flagTables.map((t) => ({ value: t.variable, label: t.variable })),
            cells: crossCells.map((row) =>
              row.map((i) => ({ count: shown(i), suppressed: shown(i) === null })),
            ),
          },
        ];

  return {
    importId: item.id,
    source: item.source,
    status: item.status,
    total: publishedTotal,
    suppressionThreshold: threshold,
    suppressedCells: status.filter((s) => s !== 'published').length,
    tables: outTables,
    crossTables,
  };
}

async function genderByFlag(
  db: Kysely<DB>,
  id: string,
): Promise<
  { gender: string | null; is_forced_labour: number; is_sexual_exploit: number; is_other_exploit: number }[]
> {
  const rows = await sql<{
    gender: string | null;
    is_forced_labour: number;
    is_sexual_exploit: number;
    is_other_exploit: number;
  }>`
    SELECT gender,
           count(*) FILTER (WHERE is_forced_labour)::int AS is_forced_labour,
           count(*) FILTER (WHERE is_sexual_exploit)::int AS is_sexual_exploit,
           count(*) FILTER (WHERE is_other_exploit)::int AS is_other_exploit
    FROM imported_records WHERE import_id = ${id} GROUP BY gender`.execute(db);
  return rows.rows;
}
