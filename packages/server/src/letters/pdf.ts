import PDFDocument from 'pdfkit';
import { keepParsedFonts, registerLetterFonts } from './fonts.js';
import { addTagged, drawLinePieces, layoutText, type TextStyle } from './pdf-text.js';
import { type Line, type Span, type TextDirection, textDirection } from './text-layout.js';

/** What a letter says, already in its language; the renderer decides only how it looks. */
export type LetterBlock =
  | { readonly kind: 'heading'; readonly text: string }
  /** `direction: 'auto'` for text written by staff, whose language the letter does not know. */
  | { readonly kind: 'paragraph'; readonly spans: readonly Span[]; readonly direction?: 'auto' }
  /** Label and value pairs (date, reference, who decided), as a two-column table. */
  | { readonly kind: 'facts'; readonly rows: readonly { readonly label: string; readonly value: string }[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Span[])[] }
  /** A paragraph set apart on a light tint: the one thing the reader must not miss. */
  | { readonly kind: 'notice'; readonly spans: readonly Span[] };

export type LetterModel = {
  /** BCP-47 tag of the text, written to the PDF catalogue for screen readers. */
  readonly language: string;
  readonly direction: TextDirection;
  /** Document title in the PDF metadata: never personal data. */
  readonly documentTitle: string;
  readonly issuer: { readonly name: string; readonly lines: readonly string[] };
  readonly title: string;
  readonly blocks: readonly LetterBlock[];
  readonly footer: (page: number, pages: number) => string;
};

const MARGIN = { top: 54, bottom: 72, side: 58 } as const;
// Calm colours (style.md: no alarm red on what a survivor reads); contrast ≥ 7:1 on white.
const COLOUR = { text: '#1f2933', heading: '#1d4e6b', muted: '#4a5763', rule: '#b8c7d3', tint: '#eaf2f7' };
const BODY = 10.5;

type PDFDoc = PDFKit.PDFDocument;

class LetterWriter {
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

  style(size: number, colour = COLOUR.text): TextStyle {
    // Arabic glyphs reach further above and below the line than Latin ones.
    return { size, colour, lineHeight: size * (this.#direction === 'rtl' ? 1.75 : 1.45) };
  }

  layout(spans: readonly Span[], size: number, maxWidth: number, direction = this.#direction): Line[] {
    return layoutText(this.#doc, spans, size, maxWidth, direction);
  }

  /** Draws one laid-out line with its top at `top`, `offset` points in from the start side. */
  drawLine(line: Line, top: number, style: TextStyle, offset: number, direction = this.#direction): void {
    const x0 = direction === 'rtl' ? this.#left + this.#width - offset - line.width : this.#left + offset;
    drawLinePieces(this.#doc, line, x0, top, style);
  }

  ensureSpace(height: number): void {
    if (this.#y + height > this.#bottom) {
      // Not addPage(): a block broken across pages stays one tagged element, its marked
      // content closed on this page and reopened on the next.
      this.#doc.continueOnNewPage();
      this.#y = MARGIN.top;
    }
  }

  gap(points: number): void {
    this.#y += points;
  }

  /** Lines of text from the start side, page breaks between lines. */
  lines(lines: readonly Line[], style: TextStyle, offset = 0, direction = this.#direction): void {
    for (const line of lines) {
      this.ensureSpace(style.lineHeight);
      this.drawLine(line, this.#y, style, offset, direction);
      this.#y += style.lineHeight;
    }
  }

  /** A tagged block: its drawing is marked content of one structure element. */
  tagged(type: string, actual: string | null, draw: () => void): void {
    addTagged(this.#doc, type, this.#lang, this.#direction, actual, draw);
  }

  header(issuer: LetterModel['issuer']): void {
    const name = this.style(12.5, COLOUR.heading);
    const small = this.style(9.5, COLOUR.muted);
    this.tagged('P', [issuer.name, ...issuer.lines].join('\n'), () => {
      this.lines(this.layout([{ text: issuer.name, bold: true }], name.size, this.#width), name);
      for (const text of issuer.lines) this.lines(this.layout([{ text }], small.size, this.#width), small);
    });
    this.#y += 6;
    this.#doc
      .moveTo(this.#left, this.#y)
      .lineTo(this.#left + this.#width, this.#y)
      .lineWidth(0.8)
      .strokeColor(COLOUR.rule)
      .stroke();
    this.#y += 16;
  }

  title(text: string): void {
    const style = this.style(17, COLOUR.heading);
    const lines = this.layout([{ text, bold: true }], style.size, this.#width);
    this.ensureSpace(style.lineHeight * lines.length);
    this.tagged('H1', text, () => this.lines(lines, style));
    this.#y += 8;
  }

  heading(text: string): void {
    const style = this.style(12.5, COLOUR.heading);
    const lines = this.layout([{ text, bold: true }], style.size, this.#width);
    // Keep a heading with at least two lines of what follows it.
    this.ensureSpace(style.lineHeight * lines.length + 2 * this.style(BODY).lineHeight + 10);
    this.#y += 10;
    this.tagged('H2', text, () => this.lines(lines, style));
    this.#y += 2;
  }

  paragraph(spans: readonly Span[], auto = false): void {
    const style = this.style(BODY);
    const direction = auto ? textDirection(plain(spans), this.#direction) : this.#direction;
    const lines = this.layout(spans, style.size, this.#width, direction);
    this.tagged('P', plain(spans), () => this.lines(lines, style, 0, direction));
    this.#y += 5;
  }

  notice(spans: readonly Span[]): void {
    const style = this.style(BODY);
    const pad = 9;
    const lines = this.layout(spans, style.size, this.#width - 2 * pad);
    const height = lines.length * style.lineHeight + 2 * pad;
    this.ensureSpace(height);
    this.#doc.save();
    this.#doc.markContent('Artifact', { type: 'Layout' });
    this.#doc.roundedRect(this.#left, this.#y, this.#width, height, 4).fillColor(COLOUR.tint).fill();
    this.#doc
      .rect(this.#direction === 'rtl' ? this.#left + this.#width - 3 : this.#left, this.#y, 3, height)
      .fillColor(COLOUR.heading)
      .fill();
    this.#doc.endMarkedContent();
    this.#doc.restore();
    this.#y += pad;
    this.tagged('P', plain(spans), () => this.lines(lines, style, pad));
    this.#y += pad + 6;
  }

  facts(rows: readonly { label: string; value: string }[]): void {
    const label = this.style(9.5, COLOUR.muted);
    const value = this.style(BODY);
    const labelWidth = Math.round(this.#width * 0.36);
    const valueWidth = this.#width - labelWidth - 12;
    this.tagged('Table', null, () => {
      for (const row of rows) {
        const labelLines = this.layout([{ text: row.label, bold: true }], label.size, labelWidth);
        const valueLines = this.layout([{ text: row.value }], value.size, valueWidth);
        const height = Math.max(labelLines.length * label.lineHeight, valueLines.length * value.lineHeight);
        this.ensureSpace(height);
        const top = this.#y;
        labelLines.forEach((line, i) => {
          this.drawLine(line, top + i * label.lineHeight + (value.size - label.size), label, 0);
        });
        valueLines.forEach((line, i) => {
          this.drawLine(line, top + i * value.lineHeight, value, labelWidth + 12);
        });
        this.#y = top + height + 3;
      }
    });
    this.#y += 6;
  }

  list(items: readonly (readonly Span[])[]): void {
    const style = this.style(BODY);
    const indent = 16;
    this.tagged('L', null, () => {
      for (const item of items) {
        const lines = this.layout(item, style.size, this.#width - indent);
        this.ensureSpace(style.lineHeight);
        const top = this.#y;
        const cx = this.#direction === 'rtl' ? this.#left + this.#width - 5 : this.#left + 5;
        this.#doc
          .circle(cx, top + style.lineHeight / 2 + 0.5, 1.9)
          .fillColor(COLOUR.heading)
          .fill();
        this.lines(lines, style, indent);
        this.#y += 3;
      }
    });
    this.#y += 4;
  }

  footer(text: string, page: number): void {
    const doc = this.#doc;
    doc.switchToPage(page);
    const style = this.style(8.5, COLOUR.muted);
    const [line] = this.layout([{ text }], style.size, this.#width);
    if (!line) return;
    doc.markContent('Artifact', { type: 'Pagination' });
    const top = doc.page.height - MARGIN.bottom + 26;
    const offset = (this.#width - line.width) / 2;
    this.drawLine(line, top, style, offset);
    doc.endMarkedContent();
  }
}

function plain(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}

/** Renders a letter to a PDF (A4, fonts embedded as subsets, tagged with its language). */
export function renderLetter(model: LetterModel): Promise<Buffer> {
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

  const writer = new LetterWriter(doc, model.direction, model.language);
  writer.header(model.issuer);
  writer.title(model.title);
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        writer.heading(block.text);
        break;
      case 'paragraph':
        writer.paragraph(block.spans, block.direction === 'auto');
        break;
      case 'facts':
        writer.facts(block.rows);
        break;
      case 'list':
        writer.list(block.items);
        break;
      case 'notice':
        writer.notice(block.spans);
        break;
      default: {
        const never: never = block;
        throw new Error(`unknown letter block ${JSON.stringify(never)}`);
      }
    }
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) writer.footer(model.footer(i + 1, range.count), range.start + i);
  keepParsedFonts(doc);
  doc.end();
  return done;
}
