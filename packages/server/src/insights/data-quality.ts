import { num } from './measure-sql.js';
import type { RollupView } from './rollup.js';
import { type RawTable, type StatTable, tableFromCounts } from './tables.js';

/**
 * Data-quality notes: for the persons registered in the period, the share of each field
 * that statistics read and that is missing (unknown or not recorded). A measure is only
 * as good as these: a high share of unknown gender makes the bias test weak, a missing
 * due date makes timeliness unknown.
 */

export const QUALITY_FIELDS = [
  'gender',
  'age_group',
  'nationality',
  'exploitation_forms',
  'exploitation_place',
  'migration_status',
  'referral_date',
  'reasonable_grounds_target',
  'anonymous_nationality',
  'anonymous_region',
] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

export type DataQualityData = Readonly<Record<string, unknown>>;

export function dataQualityData(view: RollupView): DataQualityData {
  const q = view.total('quality', 'registered');
  const a = view.total('anonymous', 'notified');
  const names = [
    'persons',
    'gender',
    'age_group',
    'nationality',
    'exploitation_forms',
    'exploitation_place',
    'migration_status',
    'referral_date',
    'rg_decided',
    'reasonable_grounds_target',
  ];
  return {
    ...Object.fromEntries(names.map((name, i) => [name, q[i] ?? 0])),
    notifications: a[0] ?? 0,
    anonymous_nationality: a[1] ?? 0,
    anonymous_region: a[2] ?? 0,
  };
}

export function shapeDataQuality(data: DataQualityData): RawTable {
  const persons = num(data.persons);
  const notifications = num(data.notifications);
  const baseOf = (field: QualityField): number =>
    field.startsWith('anonymous_')
      ? notifications
      : field === 'reasonable_grounds_target'
        ? num(data.rg_decided)
        : persons;
  const counts = new Map<string, (number | null)[]>();
  for (const field of QUALITY_FIELDS) {
    const base = baseOf(field);
    const missing = Math.min(num(data[field]), base);
    counts.set(field, [base, missing, base - missing, null]);
  }
  return tableFromCounts({
    id: 'data_quality.missing',
    measure: 'data_quality',
    dimension: 'field',
    columns: [
      { id: 'records', kind: 'count' },
      { id: 'missing', kind: 'count', partOf: 'records' },
      { id: 'recorded', kind: 'count', partOf: 'records' },
      { id: 'share_missing', kind: 'share', numerator: 'missing', denominator: 'records' },
    ],
    counts,
    order: QUALITY_FIELDS,
    total: null,
    structure: 'overlapping',
    sensitivity: QUALITY_FIELDS.length,
    noData: persons + notifications === 0,
  });
}

export type QualityNote = {
  readonly field: string;
  readonly share: number;
  readonly missing: number;
  readonly records: number;
};

/** Fields with something missing, worst first, from the protected table (withheld cells are left out). */
export function qualityNotes(table: StatTable): QualityNote[] {
  const column = (id: string): number => table.columns.findIndex((c) => c.id === id);
  const [records, missing, shareColumn] = [column('records'), column('missing'), column('share_missing')];
  return table.rows
    .flatMap((row) => {
      const r = row.cells[records]?.value ?? null;
      const m = row.cells[missing]?.value ?? null;
      const s = row.cells[shareColumn]?.value ?? null;
      if (r === null || m === null || s === null || m === 0) return [];
      return [{ field: row.key[0] ?? '', share: s, missing: m, records: r }];
    })
    .sort((a, b) => b.share - a.share || a.field.localeCompare(b.field));
}
