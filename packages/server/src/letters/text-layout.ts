import bidiModule from 'bidi-js';

/**
 * Paragraph layout for letters: line breaking in logical order, then the Unicode
 * Bidirectional Algorithm (bidi-js) per line for the visual order. pdfkit shapes
 * glyphs through fontkit but does not reorder mixed-direction text, so an Arabic
 * letter that quotes a case reference or a date would otherwise read backwards.
 *
 * The result is a list of pieces per line, each in one font face, placed left to
 * right; the renderer only draws them. Pure: fonts are reached through `measure`.
 */

export type TextDirection = 'ltr' | 'rtl';
export type FontFace = 'latin' | 'latin-bold' | 'arabic' | 'arabic-bold';
export type Span = { readonly text: string; readonly bold?: boolean };

/** One run drawn with one call: `text` is what fontkit gets (logical order for shaped Arabic). */
export type Piece = {
  readonly text: string;
  readonly face: FontFace;
  readonly x: number;
  readonly width: number;
};
export type Line = { readonly pieces: readonly Piece[]; readonly width: number };

/** Width of `text` in `face` at the paragraph's font size. */
export type Measure = (text: string, face: FontFace) => number;

// bidi-js is CommonJS (`module.exports = factory`) while its declarations say `export default`:
// at run time the default import is the factory itself, under a bundler it may be wrapped.
type BidiFactory = typeof bidiModule.default;
const loaded: unknown = bidiModule;
const bidiFactory: BidiFactory =
  typeof loaded === 'function' ? (loaded as BidiFactory) : (loaded as { default: BidiFactory }).default;
const bidi = bidiFactory();

// Arabic script blocks: Arabic, Supplement, Extended-A/B, Presentation Forms-A/B.
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
// Bidi controls steer the algorithm but have no glyph in the fonts; they are not drawn.
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Letters that need contextual shaping; anything else in an Arabic run is drawn glyph by glyph.
const ARABIC_LETTER =
  /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9]/;

export function isArabicScript(ch: string): boolean {
  return ARABIC.test(ch);
}

/** The direction of text from its first strong character (rule P2), or `fallback` when it has none. */
export function textDirection(text: string, fallback: TextDirection): TextDirection {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return fallback;
}

function faceFor(ch: string, bold: boolean): FontFace {
  if (isArabicScript(ch)) return bold ? 'arabic-bold' : 'arabic';
  return bold ? 'latin-bold' : 'latin';
}

type Word = { readonly start: number; readonly end: number; readonly width: number };

/** Logical words (separated by single spaces after normalisation) with their widths. */
function words(text: string, bold: readonly boolean[], measure: Measure): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i += 1;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== ' ') j += 1;
    out.push({ start: i, end: j, width: widthOfLogical(text, bold, i, j, measure) });
    i = j;
  }
  return out;
}

/** Width of text[start, end) measured run by run in logical order (shaping is logical). */
function widthOfLogical(
  text: string,
  bold: readonly boolean[],
  start: number,
  end: number,
  measure: Measure,
): number {
  let width = 0;
  let runStart = start;
  for (let i = start + 1; i <= end; i++) {
    const prev = text[i - 1] ?? '';
    const ch = text[i] ?? '';
    if (i === end || faceFor(ch, bold[i] ?? false) !== faceFor(prev, bold[i - 1] ?? false)) {
      const run = [...text.slice(runStart, i)].filter((c) => !BIDI_CONTROL.test(c)).join('');
      if (run) width += measure(run, faceFor(prev, bold[i - 1] ?? false));
      runStart = i;
    }
  }
  return width;
}

/** Splits a word wider than a whole line at character boundaries (long e-mail addresses). */
function splitLongWord(
  text: string,
  bold: readonly boolean[],
  word: Word,
  maxWidth: number,
  measure: Measure,
): Word[] {
  const out: Word[] = [];
  let start = word.start;
  while (start < word.end) {
    let end = start + 1;
    while (end < word.end && widthOfLogical(text, bold, start, end + 1, measure) <= maxWidth) end += 1;
    out.push({ start, end, width: widthOfLogical(text, bold, start, end, measure) });
    start = end;
  }
  return out;
}

/**
 * Lays out one paragraph in lines no wider than `maxWidth`. `direction` is the base
 * direction of the paragraph (the letter's language), which decides both the bidi
 * base level and, for the renderer, the alignment (right for rtl).
 */
export function layoutParagraph(
  spans: readonly Span[],
  options: { readonly direction: TextDirection; readonly maxWidth: number; readonly measure: Measure },
): Line[] {
  const { direction, maxWidth, measure } = options;
  let text = '';
  const bold: boolean[] = [];
  for (const span of spans) {
    // Collapse breaking white space only: a no-break space (French « : ») stays as it is.
    const clean = span.text.replace(/[ \t\r\n\f\v\u2028\u2029]+/g, ' ');
    text += clean;
    for (let k = 0; k < clean.length; k++) bold.push(span.bold ?? false);
  }
  // Trim, keeping `bold` aligned with `text`.
  const lead = text.length - text.replace(/^ +/, '').length;
  text = text.replace(/^ +| +$/g, '');
  bold.splice(0, lead);
  bold.length = text.length;
  if (text.length === 0) return [];

  const levels = bidi.getEmbeddingLevels(text, direction);
  const spaceWidth = measure(' ', 'latin');
  const ranges: { start: number; end: number }[] = [];
  let current: { start: number; end: number; width: number } | null = null;
  for (const whole of words(text, bold, measure)) {
    const parts = whole.width > maxWidth ? splitLongWord(text, bold, whole, maxWidth, measure) : [whole];
    for (const word of parts) {
      if (current && current.width + spaceWidth + word.width <= maxWidth) {
        current = { start: current.start, end: word.end, width: current.width + spaceWidth + word.width };
      } else {
        if (current) ranges.push(current);
        current = { ...word };
      }
    }
  }
  if (current) ranges.push(current);

  return ranges.map(({ start, end }) => visualLine(text, bold, levels, start, end, measure));
}

function visualLine(
  text: string,
  bold: readonly boolean[],
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  start: number,
  end: number,
  measure: Measure,
): Line {
  // Rule L2 on this line only (bidi-js's getReorderedIndices returns the whole string).
  const order = Array.from({ length: end - start }, (_, k) => start + k);
  for (const [from = start, to = start] of bidi.getReorderSegments(text, levels, start, end - 1)) {
    const flipped = order.slice(from - start, to - start + 1).reverse();
    order.splice(from - start, flipped.length, ...flipped);
  }
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const pieces: Piece[] = [];
  let x = 0;
  // A pending run of visually adjacent characters in one face and one direction.
  let run: { chars: string[]; face: FontFace; rtl: boolean } | null = null;

  const flush = (): void => {
    if (!run) return;
    const { chars, face, rtl } = run;
    run = null;
    const shaped =
      rtl && (face === 'arabic' || face === 'arabic-bold') && chars.some((c) => ARABIC_LETTER.test(c));
    if (shaped) {
      // fontkit shapes Arabic from logical order and lays the glyphs out right to left.
      const logical = [...chars].reverse().join('');
      const width = measure(logical, face);
      pieces.push({ text: logical, face, x, width });
      x += width;
      return;
    }
    if (rtl || face === 'arabic' || face === 'arabic-bold') {
      // Already in visual order (neutrals in a right-to-left run, Arabic-Indic digits):
      // one glyph at a time, so that no layout engine reverses them a second time.
      for (const ch of chars) {
        const width = measure(ch, face);
        pieces.push({ text: ch, face, x, width });
        x += width;
      }
      return;
    }
    const joined = chars.join('');
    const width = measure(joined, face);
    pieces.push({ text: joined, face, x, width });
    x += width;
  };

  for (const index of order) {
    const original = text[index] ?? '';
    if (BIDI_CONTROL.test(original)) continue;
    if (original === ' ') {
      flush();
      x += measure(' ', bold[index] ? 'latin-bold' : 'latin');
      continue;
    }
    const ch = mirrored.get(index) ?? original;
    const face = faceFor(ch, bold[index] ?? false);
    const rtl = ((levels.levels[index] ?? 0) & 1) === 1;
    if (run && run.face === face && run.rtl === rtl) {
      run.chars.push(ch);
    } else {
      flush();
      run = { chars: [ch], face, rtl };
    }
  }
  flush();
  return { pieces, width: x };
}
