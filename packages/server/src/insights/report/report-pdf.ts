import PDFDocument from 'pdfkit';
import { keepParsedFonts, registerLetterFonts } from '../../letters/fonts.js';
import { addTagged, drawLinePieces, layoutText, type TextStyle } from '../../letters/pdf-text.js';
import type { Line, Span, TextDirection } from '../../letters/text-layout.js';

/**
 * The stock-taking report as a PDF (A4, tagged, fonts embedded as subsets): the letters'
 * fonts and bidirectional line layout, so every language of the interface — Arabic
 * right to left included — prints correctly. Charts are vector graphics: horizontal
 * bars with their values written on them, in a palette safe for colour blindness
 * (Okabe–Ito), always followed by the table they come from.
 */

export type Bars = {
  readonly caption: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly label: string; readonly values: readonly (number | null)[] }[];
  /** Shown instead of a bar for a withheld value. */
  readonly withheld: string;
  /** Values are shares (0–1), written as percentages. */
  readonly percent?: boolean;
  readonly formatValue: (value: number) => string;
};

export type ReportBlock =
  | { readonly kind: 'title'; readonly text: string; readonly lines: readonly string[] }
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'notice'; readonly text: string }
  | { readonly kind: 'facts'; readonly rows: readonly { readonly label: string; readonly value: string }[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Rows printed in bold (totals). */
      readonly bold?: readonly number[];
    }
  | ({ readonly kind: 'bars' } & Bars);

export type ReportModel = {
  readonly language: string;
  readonly direction: TextDirection;
  /** PDF metadata title: never personal data. */
  readonly documentTitle: string;
  readonly blocks: readonly ReportBlock[];
  readonly footer: (page: number, pages: number) => string;
};

const MARGIN = { top: 54, bottom: 64, side: 50 } as const;
const COLOUR = {
  text: '#1f2933',
  heading: '#1d4e6b',
  muted: '#4a5763',
  rule: '#b8c7d3',
  tint: '#eaf2f7',
  grid: '#d9e2ea',
} as const;
/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;
const BODY = 9.5;

type PDFDoc = PDFKit.PDFDocument;

class ReportWriter {
  readonly #doc: PDFDoc;
  readonly #direction: TextDirection;
  readonly #lang: string;
  #y: number;

  constructor(doc: PDFDoc, direction: TextDirection, lang: string) {
    this.#doc = doc;
    this.#direction = direction;
    this.#lang = lang;
    this.#y = MARGIN.top;
  }

  get #left(): number {
    return MARGIN.side;
  }
  get #width(): number {
    return this.#doc.page.width - 2 * MARGIN.side;
  }
  get #bottom(): number {
    return this.#doc.page.height - MARGIN.bottom;
  }
  get #rtl(): boolean {
    return this.#direction === 'rtl';
  }

  style(size: number, colour: string = COLOUR.text): TextStyle {
    return { size, colour, lineHeight: size * (this.#rtl ? 1.7 : 1.4) };
  }

  layout(spans: readonly Span[], size: number, maxWidth: number): Line[] {
    return layoutText(this.#doc, spans, size, Math.max(10, maxWidth), this.#direction);
  }

  /** Draws a line in a box [x, x + width] from its start side (right in RTL), or aligned to its end. */
  drawLine(
    line: Line,
    top: number,
    style: TextStyle,
    x: number,
    width: number,
    align: 'start' | 'end' = 'start',
  ): void {
    const fromRight = (this.#rtl && align === 'start') || (!this.#rtl && align === 'end');
    drawLinePieces(this.#doc, line, fromRight ? x + width - line.width : x, top, style);
  }

  ensureSpace(height: number): void {
    if (this.#y + height > this.#bottom) {
      this.#doc.continueOnNewPage();
      this.#y = MARGIN.top;
    }
  }

  newPage(): void {
    if (this.#y > MARGIN.top) {
      this.#doc.continueOnNewPage();
      this.#y = MARGIN.top;
    }
  }

  tagged(type: string, actual: string | null, draw: () => void): void {
    addTagged(this.#doc, type, this.#lang, this.#direction, actual, draw);
  }

  /** Lines of one paragraph across the full width, page breaks between lines. */
  lines(lines: readonly Line[], style: TextStyle, indent = 0): void {
    for (const line of lines) {
      this.ensureSpace(style.lineHeight);
      const x = this.#rtl ? this.#left : this.#left + indent;
      this.drawLine(line, this.#y, style, x, this.#width - indent);
      this.#y += style.lineHeight;
    }
  }

  title(text: string, sub: readonly string[]): void {
    const style = this.style(20, COLOUR.heading);
    const small = this.style(10.5, COLOUR.muted);
    this.#y += 40;
    this.tagged('H1', text, () =>
      this.lines(this.layout([{ text, bold: true }], style.size, this.#width), style),
    );
    this.#y += 10;
    for (const line of sub) {
      this.tagged('P', line, () => this.lines(this.layout([{ text: line }], small.size, this.#width), small));
      this.#y += 2;
    }
    this.#y += 8;
    this.rule();
  }

  rule(): void {
    this.#doc
      .moveTo(this.#left, this.#y)
      .lineTo(this.#left + this.#width, this.#y)
      .lineWidth(0.8)
      .strokeColor(COLOUR.rule)
      .stroke();
    this.#y += 12;
  }

  heading(text: string, level: 1 | 2): void {
    const style = level === 1 ? this.style(15, COLOUR.heading) : this.style(11.5, COLOUR.heading);
    const lines = this.layout([{ text, bold: true }], style.size, this.#width);
    this.ensureSpace(style.lineHeight * lines.length + 3 * this.style(BODY).lineHeight);
    this.#y += level === 1 ? 12 : 8;
    this.tagged(level === 1 ? 'H2' : 'H3', text, () => this.lines(lines, style));
    this.#y += 3;
  }

  paragraph(text: string): void {
    const style = this.style(BODY);
    const lines = this.layout([{ text }], style.size, this.#width);
    this.tagged('P', text, () => this.lines(lines, style));
    this.#y += 5;
  }

  notice(text: string): void {
    const style = this.style(BODY);
    const pad = 8;
    const lines = this.layout([{ text }], style.size, this.#width - 2 * pad);
    const height = lines.length * style.lineHeight + 2 * pad;
    this.ensureSpace(height);
    const doc = this.#doc;
    doc.save();
    doc.markContent('Artifact', { type: 'Layout' });
    doc.roundedRect(this.#left, this.#y, this.#width, height, 4).fillColor(COLOUR.tint).fill();
    doc
      .rect(this.#rtl ? this.#left + this.#width - 3 : this.#left, this.#y, 3, height)
      .fillColor(COLOUR.heading)
      .fill();
    doc.endMarkedContent();
    doc.restore();
    this.#y += pad;
    this.tagged('P', text, () => {
      for (const line of lines) {
        this.drawLine(line, this.#y, style, this.#left + pad, this.#width - 2 * pad);
        this.#y += style.lineHeight;
      }
    });
    this.#y += pad + 6;
  }

  list(items: readonly string[]): void {
    const style = this.style(BODY);
    const indent = 14;
    this.tagged('L', null, () => {
      for (const item of items) {
        const lines = this.layout([{ text: item }], style.size, this.#width - indent);
        this.ensureSpace(style.lineHeight);
        const cx = this.#rtl ? this.#left + this.#width - 4 : this.#left + 4;
        this.#doc
          .circle(cx, this.#y + style.lineHeight / 2 + 0.5, 1.8)
          .fillColor(COLOUR.heading)
          .fill();
        this.lines(lines, style, indent);
        this.#y += 3;
      }
    });
    this.#y += 4;
  }

  facts(rows: readonly { label: string; value: string }[]): void {
    const label = this.style(BODY, COLOUR.muted);
    const value = this.style(BODY);
    const labelWidth = Math.round(this.#width * 0.62);
    const valueWidth = this.#width - labelWidth - 10;
    this.tagged('Table', null, () => {
      for (const row of rows) {
        const labelLines = this.layout([{ text: row.label }], label.size, labelWidth);
        const valueLines = this.layout([{ text: row.value, bold: true }], value.size, valueWidth);
        const height = Math.max(labelLines.length * label.lineHeight, valueLines.length * value.lineHeight);
        this.ensureSpace(height + 3);
        const top = this.#y;
        const [labelX, valueX] = this.#rtl
          ? [this.#left + this.#width - labelWidth, this.#left]
          : [this.#left, this.#left + labelWidth + 10];
        labelLines.forEach((line, i) => {
          this.drawLine(line, top + i * label.lineHeight, label, labelX, labelWidth);
        });
        valueLines.forEach((line, i) => {
          this.drawLine(line, top + i * value.lineHeight, value, valueX, valueWidth, 'end');
        });
        this.#y = top + height + 1;
        this.#doc
          .moveTo(this.#left, this.#y)
          .lineTo(this.#left + this.#width, this.#y)
          .lineWidth(0.4)
          .strokeColor(COLOUR.grid)
          .stroke();
        this.#y += 2;
      }
    });
    this.#y += 6;
  }

  /** A grid: the first column is the label (start side), the others numbers (end-aligned). */
  table(header: readonly string[], rows: readonly (readonly string[])[], bold: readonly number[] = []): void {
    const size = header.length > 6 ? 7.5 : 8.5;
    const head = this.style(size, COLOUR.muted);
    const body = this.style(size);
    const columns = header.length;
    const firstWidth = Math.round(this.#width * (columns > 5 ? 0.3 : columns > 3 ? 0.4 : 0.55));
    const otherWidth = columns > 1 ? (this.#width - firstWidth) / (columns - 1) : 0;
    const pad = 3;
    /** Left edge of column c in page coordinates (mirrored in RTL). */
    const xOf = (c: number): number => {
      const start = c === 0 ? 0 : firstWidth + (c - 1) * otherWidth;
      const width = c === 0 ? firstWidth : otherWidth;
      return this.#rtl ? this.#left + this.#width - start - width : this.#left + start;
    };
    const widthOf = (c: number): number => (c === 0 ? firstWidth : otherWidth);
    const drawRow = (cells: readonly string[], style: TextStyle, isBold: boolean): void => {
      const laid = cells.map((text, c) =>
        this.layout([{ text, bold: isBold || style === head }], style.size, widthOf(c) - 2 * pad),
      );
      const height = Math.max(...laid.map((l) => l.length)) * style.lineHeight + 2;
      this.ensureSpace(height + 2);
      const top = this.#y;
      laid.forEach((lines, c) => {
        lines.forEach((line, i) => {
          const align = c === 0 ? 'start' : 'end';
          this.drawLine(
            line,
            top + 1 + i * style.lineHeight,
            style,
            xOf(c) + pad,
            widthOf(c) - 2 * pad,
            align,
          );
        });
      });
      this.#y = top + height;
      this.#doc
        .moveTo(this.#left, this.#y)
        .lineTo(this.#left + this.#width, this.#y)
        .lineWidth(style === head ? 0.8 : 0.3)
        .strokeColor(style === head ? COLOUR.rule : COLOUR.grid)
        .stroke();
      this.#y += 1;
    };
    this.tagged('Table', null, () => {
      drawRow(header, head, true);
      rows.forEach((row, i) => {
        drawRow(row, body, bold.includes(i));
      });
    });
    this.#y += 8;
  }

  /** Horizontal bars, one group per category, one bar per series, each with its value written. */
  bars(chart: Bars): void {
    const doc = this.#doc;
    const label = this.style(8);
    const series = chart.series.length;
    const barHeight = series > 1 ? 7 : 9;
    const groupGap = 6;
    const labelWidth = Math.round(this.#width * 0.34);
    const plotWidth = this.#width - labelWidth - 60;
    const max = Math.max(
      chart.percent ? 1 : 0,
      ...chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
    );
    const scale = max > 0 ? plotWidth / max : 0;
    // Legend: colour swatch and label, so no meaning rests on colour alone (values are written too).
    const legendHeight = series > 1 ? label.lineHeight + 4 : 0;
    const groupHeight = series * barHeight + groupGap;
    this.ensureSpace(legendHeight + Math.min(chart.categories.length, 4) * groupHeight + 16);
    // The figure's text for assistive technology is its caption; the table follows it.
    this.tagged('Figure', chart.caption, () => {
      if (series > 1) {
        let x = this.#rtl ? this.#left + this.#width : this.#left;
        const top = this.#y;
        chart.series.forEach((s, i) => {
          const [line] = this.layout([{ text: s.label }], label.size, this.#width / 2);
          const w = 10 + 4 + (line?.width ?? 0) + 14;
          const sx = this.#rtl ? x - 10 : x;
          doc
            .rect(sx, top + 2, 10, 8)
            .fillColor(PALETTE[i % PALETTE.length] as string)
            .fill();
          if (line) this.drawLine(line, top, label, this.#rtl ? x - w : x + 14, w - 14);
          x = this.#rtl ? x - w : x + w;
        });
        this.#y += legendHeight;
      }
      chart.categories.forEach((category, c) => {
        this.ensureSpace(groupHeight);
        const top = this.#y;
        const [catLine] = this.layout([{ text: category }], label.size, labelWidth - 6);
        if (catLine) {
          const x = this.#rtl ? this.#left + this.#width - labelWidth : this.#left;
          this.drawLine(catLine, top + (series * barHeight - label.lineHeight) / 2, label, x, labelWidth - 6);
        }
        chart.series.forEach((s, i) => {
          const value = s.values[c] ?? null;
          const y = top + i * barHeight;
          const plotStart = this.#rtl ? this.#left + this.#width - labelWidth : this.#left + labelWidth;
          const text = value === null ? chart.withheld : chart.formatValue(value);
          const width = value === null ? 0 : Math.max(value > 0 ? 1 : 0, value * scale);
          if (width > 0) {
            doc
              .rect(this.#rtl ? plotStart - width : plotStart, y + 1, width, barHeight - 2)
              .fillColor(PALETTE[i % PALETTE.length] as string)
              .fill();
          }
          const [valueLine] = this.layout([{ text }], 7, 56);
          if (valueLine) {
            const vx = this.#rtl ? plotStart - width - 3 - valueLine.width : plotStart + width + 3;
            this.drawLine(
              valueLine,
              y + (barHeight - 7 * 1.4) / 2,
              this.style(7, COLOUR.muted),
              vx,
              valueLine.width,
            );
          }
        });
        this.#y = top + groupHeight;
      });
      // Axis line at the start of the bars.
      const axisX = this.#rtl ? this.#left + this.#width - labelWidth : this.#left + labelWidth;
      const axisTop = Math.max(MARGIN.top, this.#y - chart.categories.length * groupHeight);
      doc
        .moveTo(axisX, axisTop)
        .lineTo(axisX, this.#y - groupGap)
        .lineWidth(0.6)
        .strokeColor(COLOUR.muted)
        .stroke();
    });
    this.#y += 6;
  }

  footer(text: string, page: number): void {
    const doc = this.#doc;
    doc.switchToPage(page);
    const style = this.style(8, COLOUR.muted);
    const [line] = this.layout([{ text }], style.size, this.#width);
    if (!line) return;
    doc.markContent('Artifact', { type: 'Pagination' });
    const top = doc.page.height - MARGIN.bottom + 24;
    this.drawLine(line, top, style, this.#left + (this.#width - line.width) / 2, line.width);
    doc.endMarkedContent();
  }
}

/** Renders the report; `progress` is told the share of blocks drawn (0–1). */
export function renderReport(
  model: ReportModel,
  progress?: (share: number) => void,
): Promise<{ pdf: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    tagged: true,
    lang: model.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: model.documentTitle, Creator: 'OpenNRM', Producer: 'OpenNRM' },
  });
  registerLetterFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer = new ReportWriter(doc, model.direction, model.language);
  model.blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'title':
        writer.title(block.text, block.lines);
        break;
      case 'heading':
        if (block.level === 1) writer.newPage();
        writer.heading(block.text, block.level);
        break;
      case 'paragraph':
        writer.paragraph(block.text);
        break;
      case 'list':
        writer.list(block.items);
        break;
      case 'notice':
        writer.notice(block.text);
        break;
      case 'facts':
        writer.facts(block.rows);
        break;
      case 'table':
        writer.table(block.header, block.rows, block.bold);
        break;
      case 'bars':
        writer.bars(block);
        break;
      default: {
        const never: never = block;
        throw new Error(`unknown report block ${JSON.stringify(never)}`);
      }
    }
    progress?.((i + 1) / model.blocks.length);
  });
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) writer.footer(model.footer(i + 1, range.count), range.start + i);
  keepParsedFonts(doc);
  doc.end();
  return done.then((pdf) => ({ pdf, pages: range.count }));
}
