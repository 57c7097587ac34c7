import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FontFace } from './text-layout.js';

/**
 * Noto Sans covers Latin (with Vietnamese), Cyrillic and Greek; Noto Sans Arabic covers
 * Arabic. Both ship in packages/server/assets/fonts under the SIL Open Font License
 * (OFL.txt there). The path is the same from src/letters (tsx) and dist/letters (built).
 */
const FONT_DIR = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));

const FILES: Readonly<Record<FontFace, string>> = {
  latin: 'NotoSans-Regular.ttf',
  'latin-bold': 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  'arabic-bold': 'NotoSansArabic-Bold.ttf',
};

export const FONT_FACES = Object.keys(FILES) as FontFace[];

let loaded: Readonly<Record<FontFace, Buffer>> | null = null;

/** The font files, read once per process (about 1.5 MB; each letter embeds only a subset). */
export function fontData(): Readonly<Record<FontFace, Buffer>> {
  if (!loaded) {
    loaded = {
      latin: readFileSync(FONT_DIR + FILES.latin),
      'latin-bold': readFileSync(FONT_DIR + FILES['latin-bold']),
      arabic: readFileSync(FONT_DIR + FILES.arabic),
      'arabic-bold': readFileSync(FONT_DIR + FILES['arabic-bold']),
    };
  }
  return loaded;
}

/**
 * Parsed fonts, kept between letters. pdfkit accepts a parsed (fontkit) font instead of
 * the file and each document still embeds its own subset; without this every letter
 * would parse about 1.5 MB of font tables again (most of its rendering time).
 */
type ParsedFont = { layout: unknown; _glyphs: Record<string, unknown> };
const parsed = new Map<FontFace, ParsedFont>();

function isParsedFont(font: unknown): font is ParsedFont {
  if (typeof font !== 'object' || font === null) return false;
  const candidate = font as { layout?: unknown; _glyphs?: unknown };
  return typeof candidate.layout === 'function' && typeof candidate._glyphs === 'object';
}

/** Registers the four faces on a new document, reusing fonts parsed for an earlier letter. */
export function registerLetterFonts(doc: PDFKit.PDFDocument): void {
  const data = fontData();
  for (const face of FONT_FACES) {
    const font = parsed.get(face);
    if (font) {
      // fontkit caches glyphs with the code points of the call that first made them; a
      // glyph first made as a component while an earlier letter was embedded has none,
      // and its text (copy, search, screen readers) would be lost in this letter. The
      // parsed tables, the costly part, stay; the glyph cache starts afresh.
      font._glyphs = {};
      // pdfkit's types list only files and buffers; at run time it also takes a parsed font.
      doc.registerFont(face, font as unknown as Buffer);
    } else {
      doc.registerFont(face, data[face]);
    }
  }
}

/** Keeps the fonts a finished document parsed, for the next letter. */
export function keepParsedFonts(doc: PDFKit.PDFDocument): void {
  for (const face of FONT_FACES) {
    if (parsed.has(face)) continue;
    doc.font(face);
    // `_font.font` is pdfkit's embedded font's fontkit object (not in its type declarations).
    const font = (doc as unknown as { _font?: { font?: unknown } })._font?.font;
    if (isParsedFont(font)) parsed.set(face, font);
  }
}
