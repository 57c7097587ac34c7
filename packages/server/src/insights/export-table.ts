import ExcelJS from 'exceljs';
import type { Words } from './messages/index.js';
import { bucketLabel, type InsightsFilter } from './period.js';
import type { StatCell, StatTable } from './tables.js';

/**
 * CSV and XLSX of one protected table: what the dashboard shows, nothing more. A
 * withheld cell is written as the Eurostat flag "c" (confidential), never as a number.
 */

/** The mark of a withheld cell in exports and the report. */
export const WITHHELD_MARK = 'c';

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe. */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cellText(cell: StatCell | undefined): string {
  if (!cell) return '';
  if (cell.suppressed) return WITHHELD_MARK;
  return cell.value === null ? '' : String(cell.value);
}

/** Label of a dimension value, with period buckets written as people write them. */
function valueLabel(
  table: StatTable,
  dimension: string,
  value: string,
  w: Words,
  filter: InsightsFilter,
): string {
  if (dimension === 'period') return bucketLabel(value, filter.granularity);
  return w.value(dimension, value, table.labels);
}

/** The table as CSV (UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting). */
export function tableCsv(table: StatTable, w: Words, filter: InsightsFilter): string {
  const header = [
    ...table.dimensions.flatMap((d) => [d, `${d}_label`]),
    ...table.columns.map((c) => c.id),
    'flag',
  ];
  const lines = [header.map(csvField).join(',')];
  for (const row of table.rows) {
    const fields = [
      ...table.dimensions.flatMap((d, i) => {
        const value = row.key[i] ?? '';
        return [safeText(value), safeText(valueLabel(table, d, value, w, filter))];
      }),
      ...row.cells.map(cellText),
      row.flag ?? '',
    ];
    lines.push(fields.map(csvField).join(','));
  }
  if (table.total) {
    const label = w.text('report.total');
    const fields = [
      ...table.dimensions.flatMap(() => ['total', safeText(label)]),
      ...table.total.map(cellText),
      '',
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The table as an XLSX workbook: the table on one sheet, how to read it on another. */
export async function tableXlsx(
  table: StatTable,
  w: Words,
  filter: InsightsFilter,
  threshold: number,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OpenNRM';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('table', { views: [{ rightToLeft: w.direction === 'rtl' }] });
  sheet.addRow([w.table(table.id)]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow([
    ...table.dimensions.map((d) => w.maybe(`dimension.${d}`) ?? d),
    ...table.columns.map((c) => w.column(c.id)),
  ]);
  header.font = { bold: true };
  const write = (labels: string[], cells: readonly StatCell[]): void => {
    const row = sheet.addRow([
      ...labels.map(safeText),
      ...cells.map((cell) => (cell.suppressed ? WITHHELD_MARK : cell.value)),
    ]);
    table.columns.forEach((column, i) => {
      const cell = row.getCell(labels.length + i + 1);
      if (column.kind === 'share' && typeof cell.value === 'number') cell.numFmt = '0.0%';
    });
  };
  for (const row of table.rows) {
    write(
      table.dimensions.map((d, i) => valueLabel(table, d, row.key[i] ?? '', w, filter)),
      row.cells,
    );
  }
  if (table.total)
    write(
      table.dimensions.map(() => w.text('report.total')),
      table.total,
    );
  sheet.columns.forEach((column) => {
    column.width = 22;
  });

  const notes = workbook.addWorksheet('notes', { views: [{ rightToLeft: w.direction === 'rtl' }] });
  for (const line of [
    w.text('report.title'),
    w.text('report.period', { from: w.date(filter.from), to: w.date(filter.to) }),
    w.text('report.region', { region: filter.region ?? w.text('report.allRegions') }),
    w.text('report.aggregatesOnly', { max: threshold - 1, mark: WITHHELD_MARK }),
    table.noData ? w.text('report.noData') : '',
  ]) {
    if (line) notes.addRow([line]);
  }
  notes.getColumn(1).width = 120;
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
