import { type Line, layoutParagraph, type Span, type TextDirection } from './text-layout.js';

/**
 * Drawing primitives shared by every PDF OpenNRM writes (letters, the own-data copy, the
 * stock-taking report): bidirectional lines of text laid out by text-layout.ts, and tagged
 * structure elements so a screen reader reads right-to-left text in logical order.
 */

type PDFDoc = PDFKit.PDFDocument;
export type TextStyle = { readonly size: number; readonly colour: string; readonly lineHeight: number };

/** Lays out a paragraph with the document's fonts at `size`. */
export function layoutText(
  doc: PDFDoc,
  spans: readonly Span[],
  size: number,
  maxWidth: number,
  direction: TextDirection,
): Line[] {
  return layoutParagraph(spans, {
    direction,
    maxWidth,
    measure: (text, face) => doc.font(face).fontSize(size).widthOfString(text),
  });
}

/** Draws one laid-out line whose visual start is at `x0`, its line box's top at `top`. */
export function drawLinePieces(doc: PDFDoc, line: Line, x0: number, top: number, style: TextStyle): void {
  const baseline = top + (style.lineHeight - style.size) / 2 + style.size * 0.8;
  doc.fillColor(style.colour);
  for (const piece of line.pieces) {
    doc
      .font(piece.face)
      .fontSize(style.size)
      .text(piece.text, x0 + piece.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }
}

/**
 * A tagged block: its drawing is marked content of one structure element. Right-to-left
 * text is drawn in visual order; ActualText gives assistive technology the logical order.
 */
export function addTagged(
  doc: PDFDoc,
  type: string,
  lang: string,
  direction: TextDirection,
  actual: string | null,
  draw: () => void,
): void {
  const options = {
    lang,
    ...(actual && direction === 'rtl' ? { actual: actual.replace(/[\u2066-\u2069]/g, '') } : {}),
  };
  doc.addStructure(doc.struct(type, options, [draw]));
}
