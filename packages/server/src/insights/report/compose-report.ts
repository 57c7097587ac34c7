import { gapSentence } from '../dashboard.js';
import { qualityNotes } from '../data-quality.js';
import { WITHHELD_MARK } from '../export-table.js';
import { gapSummary } from '../gaps.js';
import type { Words } from '../messages/index.js';
import { bucketLabel, type InsightsFilter } from '../period.js';
import { MEASURES, type MeasureId, type StatCell, type StatRow, type StatTable } from '../tables.js';
import type { Bars, ReportBlock, ReportModel } from './report-pdf.js';

/**
 * What the stock-taking report says, in order (pure): the title, the largest gaps, each
 * measure with its headline tables (a chart where a chart helps, always the table),
 * the data-quality notes and the methods. Built from PROTECTED tables only.
 */

type Chart = { readonly columns: readonly string[]; readonly percent?: boolean };
type TablePlan = {
  readonly id: string;
  /** Columns to print (default: all); a long table is cut to these. */
  readonly columns?: readonly string[];
  readonly chart?: Chart;
  /** Keep only flagged rows (bias cross table). */
  readonly flaggedOnly?: boolean;
  /** Largest rows first, at most this many. */
  readonly top?: number;
};

/** The report's choice of tables per measure; the dashboard and the exports hold them all. */
export const REPORT_PLAN: Readonly<Record<MeasureId, readonly TablePlan[]>> = {
  official_counts: [
    { id: 'official_counts.totals' },
    { id: 'official_counts.decisions' },
    { id: 'official_counts.trend', chart: { columns: ['presumed', 'identified'] } },
    { id: 'official_counts.by_gender', chart: { columns: ['presumed', 'identified'] } },
    { id: 'official_counts.by_age_group', chart: { columns: ['presumed', 'identified'] } },
    { id: 'official_counts.by_citizenship', chart: { columns: ['presumed', 'identified'] } },
    { id: 'official_counts.by_form', chart: { columns: ['presumed'] } },
    { id: 'official_counts.by_place' },
    { id: 'official_counts.by_sector', chart: { columns: ['presumed'] } },
    { id: 'official_counts.by_region' },
    { id: 'official_counts.by_nationality', top: 15 },
  ],
  who_identifies: [
    { id: 'who_identifies.share' },
    { id: 'who_identifies.by_organisation_kind', chart: { columns: ['presumed'] } },
    { id: 'who_identifies.trend', columns: ['presumed', 'outside_enforcement', 'share_outside'] },
  ],
  bias: [
    { id: 'bias.form_gender_age', flaggedOnly: true, columns: ['observed', 'expected'] },
    {
      id: 'bias.outcomes_by_gender',
      columns: ['cg_decisions', 'cg_negative', 'cg_share_positive'],
      chart: { columns: ['cg_share_positive'], percent: true },
    },
    { id: 'bias.outcomes_by_age_group', columns: ['cg_decisions', 'cg_negative', 'cg_share_positive'] },
    { id: 'bias.outcomes_by_sector', columns: ['cg_decisions', 'cg_negative', 'cg_share_positive'] },
    {
      id: 'bias.outcomes_by_nationality',
      columns: ['cg_decisions', 'cg_negative', 'cg_share_positive'],
      top: 15,
    },
  ],
  conditionality: [
    { id: 'conditionality.cooperation' },
    { id: 'conditionality.stops_after_cooperation_change' },
    {
      id: 'conditionality.time_to_assistance',
      columns: ['persons', 'assisted', 'share_assisted', 'median_days'],
      chart: { columns: ['median_days'] },
    },
  ],
  timeliness: [
    { id: 'timeliness.decisions' },
    { id: 'timeliness.rg_by_region', columns: ['rg_first_decisions', 'rg_late', 'rg_share_on_time'] },
    { id: 'timeliness.recovery_periods' },
    { id: 'timeliness.withholding_grounds' },
  ],
  remedies: [
    {
      id: 'remedies.residence_permits',
      columns: ['permits_applied', 'permits_granted', 'with_right_to_work', 'share_granted'],
    },
    { id: 'remedies.legal_aid' },
    { id: 'remedies.compensation_claims' },
    { id: 'remedies.compensation_amounts' },
    { id: 'remedies.non_punishment_linked' },
    { id: 'remedies.durable_solutions', chart: { columns: ['solutions'] } },
  ],
  unmet_need: [
    { id: 'unmet_need.by_domain', chart: { columns: ['persons_in_need', 'unmet'] } },
    {
      id: 'unmet_need.by_group',
      columns: ['persons_with_needs', 'with_unmet_need', 'share_with_unmet_need', 'median_wait_days'],
    },
    { id: 'unmet_need.capacity_gaps' },
    { id: 'unmet_need.capacity_gaps_by_group' },
    { id: 'unmet_need.services' },
  ],
  children: [{ id: 'children.guardians' }, { id: 'children.best_interests' }, { id: 'children.missing' }],
  voices: [{ id: 'voices.feedback' }],
};

export type ReportInput = {
  readonly tables: readonly StatTable[];
  readonly filter: InsightsFilter;
  readonly threshold: number;
  readonly generatedAt: Date;
  readonly budget: {
    readonly budgetEpsilon: string;
    readonly spentEpsilon: string;
    readonly releases: number;
  };
  readonly alpha: number;
};

function formatCell(cell: StatCell | undefined, kind: string, w: Words): string {
  if (!cell) return '';
  if (cell.suppressed) return WITHHELD_MARK;
  if (cell.value === null) return '–';
  if (kind === 'share') return w.percent(cell.value);
  if (kind === 'count') return w.number(cell.value, 0);
  return w.number(cell.value);
}

/** In right-to-left text a label keeps its own direction ("2025-Q1", a Latin name). */
function isolated(text: string, w: Words): string {
  return w.direction === 'rtl' ? `\u2068${text}\u2069` : text;
}

function rowLabel(table: StatTable, row: StatRow, w: Words, filter: InsightsFilter): string {
  return table.dimensions
    .map((dimension, i) => {
      const value = row.key[i] ?? '';
      return isolated(
        dimension === 'period'
          ? bucketLabel(value, filter.granularity)
          : w.value(dimension, value, table.labels),
        w,
      );
    })
    .join(' · ');
}

function flagText(flag: StatRow['flag'], w: Words): string {
  if (flag === 'under_identified') return w.text('report.flagUnder');
  if (flag === 'over_identified') return w.text('report.flagOver');
  if (flag === 'refused_more_often') return w.text('report.flagRefused');
  return '';
}

/** Rows worth printing: all for short tables, else the non-empty ones (largest first when cut). */
function selectRows(table: StatTable, plan: TablePlan): StatRow[] {
  let rows = [...table.rows];
  if (plan.flaggedOnly) rows = rows.filter((row) => row.flag === 'under_identified');
  const counts = table.columns.flatMap((c, i) => (c.kind === 'count' ? [i] : []));
  const size = (row: StatRow): number => row.cells[counts[0] ?? 0]?.value ?? 0;
  if (rows.length > 8) {
    rows = rows.filter((row) =>
      counts.some((i) => row.cells[i]?.suppressed || (row.cells[i]?.value ?? 0) > 0),
    );
  }
  if (plan.top !== undefined && rows.length > plan.top) {
    rows = rows.sort((a, b) => size(b) - size(a)).slice(0, plan.top);
  }
  return rows;
}

function tableBlocks(table: StatTable, plan: TablePlan, w: Words, filter: InsightsFilter): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: w.table(table.id), level: 2 }];
  if (table.noData) return [...blocks, { kind: 'notice', text: w.text('report.noData') }];
  const columnIndex = table.columns
    .map((column, i) => ({ column, i }))
    .filter(({ column }) => !plan.columns || plan.columns.includes(column.id));
  const rows = selectRows(table, plan);

  // One row: a list of label and value.
  if (table.rows.length === 1 && !table.total) {
    const row = table.rows[0] as StatRow;
    return [
      ...blocks,
      {
        kind: 'facts',
        rows: columnIndex.map(({ column, i }) => ({
          label: w.column(column.id),
          value: formatCell(row.cells[i], column.kind, w),
        })),
      },
    ];
  }

  if (plan.flaggedOnly && rows.length === 0) {
    return [...blocks, { kind: 'paragraph', text: w.text('report.noFlaggedCells') }];
  }
  if (plan.flaggedOnly) blocks.push({ kind: 'paragraph', text: w.text('report.flaggedCells') });

  if (plan.chart && rows.length > 0) {
    const chartColumns = plan.chart.columns
      .map((id) => table.columns.findIndex((c) => c.id === id))
      .filter((i) => i >= 0);
    const bars: Bars = {
      caption: w.text('report.chartOf', { title: w.table(table.id) }),
      categories: rows.map((row) => rowLabel(table, row, w, filter)),
      series: chartColumns.map((i) => ({
        label: w.column(table.columns[i]?.id ?? ''),
        values: rows.map((row) => (row.cells[i]?.suppressed ? null : (row.cells[i]?.value ?? 0))),
      })),
      withheld: w.text('report.suppressed'),
      ...(plan.chart.percent ? { percent: true } : {}),
      formatValue: (v) => (plan.chart?.percent ? w.percent(v) : w.number(v)),
    };
    blocks.push({ kind: 'bars', ...bars });
  }

  const withFlags = rows.some((row) => row.flag !== null);
  const header = [
    table.dimensions.map((d) => w.maybe(`dimension.${d}`) ?? d).join(' · '),
    ...columnIndex.map(({ column }) => w.column(column.id)),
    ...(withFlags ? [''] : []),
  ];
  const body = rows.map((row) => [
    rowLabel(table, row, w, filter),
    ...columnIndex.map(({ column, i }) => formatCell(row.cells[i], column.kind, w)),
    ...(withFlags ? [flagText(row.flag, w)] : []),
  ]);
  const bold: number[] = [];
  if (table.total && !plan.top && !plan.flaggedOnly) {
    bold.push(body.length);
    body.push([
      w.text('report.total'),
      ...columnIndex.map(({ column, i }) => formatCell(table.total?.[i], column.kind, w)),
      ...(withFlags ? [''] : []),
    ]);
  }
  blocks.push({ kind: 'table', header, rows: body, bold });
  if (table.test) {
    blocks.push({
      kind: 'paragraph',
      text: [
        w.text(table.test.significant ? 'report.testSignificant' : 'report.testNotSignificant', {
          alpha: String(table.test.alpha),
          df: table.test.df,
        }),
        table.test.sparse ? w.text('report.testSparse') : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  return blocks;
}

export function composeReport(input: ReportInput, w: Words): ReportModel {
  const { tables, filter, threshold } = input;
  const byId = new Map(tables.map((t) => [t.id, t]));
  const blocks: ReportBlock[] = [];
  const region = filter.region ?? w.text('report.allRegions');
  blocks.push({
    kind: 'title',
    text: w.text('report.title'),
    lines: [
      w.text('report.subtitle'),
      w.text('report.period', { from: w.date(filter.from), to: w.date(filter.to) }),
      w.text('report.region', { region }),
      w.text('report.generated', { date: w.date(input.generatedAt.toISOString().slice(0, 10)) }),
    ],
  });
  blocks.push({
    kind: 'notice',
    text: w.text('report.aggregatesOnly', { max: threshold - 1, mark: WITHHELD_MARK }),
  });

  blocks.push({ kind: 'heading', text: w.text('report.summary'), level: 2 });
  const gaps = gapSummary(tables, threshold);
  blocks.push(
    gaps.length === 0
      ? { kind: 'paragraph', text: w.text('report.noGaps') }
      : { kind: 'list', items: gaps.map((g) => gapSentence(g, w, threshold)) },
  );

  for (const measure of MEASURES) {
    blocks.push({ kind: 'heading', text: w.text(`measure.${measure}`), level: 1 });
    blocks.push({ kind: 'paragraph', text: w.text(`intro.${measure}`) });
    for (const plan of REPORT_PLAN[measure]) {
      const table = byId.get(plan.id);
      if (table) blocks.push(...tableBlocks(table, plan, w, filter));
    }
  }

  blocks.push({ kind: 'heading', text: w.text('report.qualityHeading'), level: 1 });
  blocks.push({ kind: 'paragraph', text: w.text('report.qualityIntro') });
  const quality = byId.get('data_quality.missing');
  const notes = quality ? qualityNotes(quality) : [];
  blocks.push(
    notes.length === 0
      ? { kind: 'paragraph', text: w.text('report.qualityNone') }
      : {
          kind: 'list',
          items: notes.map((note) =>
            w.text('quality.note', {
              field: w.value('field', note.field),
              share: w.percent(note.share),
              missing: note.missing,
              records: note.records,
            }),
          ),
        },
  );

  blocks.push({ kind: 'heading', text: w.text('report.methodsHeading'), level: 1 });
  blocks.push({ kind: 'paragraph', text: w.text('report.methods.sources') });
  blocks.push({
    kind: 'paragraph',
    text: w.text('report.methods.suppression', { max: threshold - 1, threshold }),
  });
  blocks.push({ kind: 'paragraph', text: w.text('report.methods.bias', { alpha: String(input.alpha) }) });
  blocks.push({ kind: 'paragraph', text: w.text('report.methods.timeliness') });
  blocks.push({ kind: 'paragraph', text: w.text('report.methods.conditionality') });
  blocks.push({
    kind: 'paragraph',
    text: w.text('report.methods.dp', {
      budget: input.budget.budgetEpsilon,
      spent: input.budget.spentEpsilon,
      releases: input.budget.releases,
    }),
  });
  blocks.push({
    kind: 'paragraph',
    text: w.text('report.methods.period', {
      granularity: w.text(`report.granularity.${filter.granularity}`),
    }),
  });

  return {
    language: w.language,
    direction: w.direction,
    documentTitle: w.text('report.title'),
    blocks,
    footer: (page, pages) => w.text('report.footer', { page, pages }),
  };
}
