import { describe, expect, it } from 'vitest';
import { type FontFace, type Line, layoutParagraph, type Measure, textDirection } from './text-layout.js';

// Every character one unit wide: positions and widths become character counts.
const measure: Measure = (text) => [...text].length;

function pieces(line: Line | undefined): string[] {
  return (line?.pieces ?? []).map((piece) => piece.text);
}

function faces(line: Line | undefined): FontFace[] {
  return (line?.pieces ?? []).map((piece) => piece.face);
}

describe('layoutParagraph', () => {
  it('breaks left-to-right text at spaces within the width', () => {
    const lines = layoutParagraph([{ text: 'aaa bbb ccc' }], { direction: 'ltr', maxWidth: 7, measure });

    expect(lines.map(pieces)).toEqual([['aaa', 'bbb'], ['ccc']]);
    expect(lines[0]?.width).toBe(7);
    expect(lines[0]?.pieces.map((piece) => piece.x)).toEqual([0, 4]);
  });

  it('orders an Arabic sentence right to left and keeps a Latin reference readable inside it', () => {
    // "reference NRM-2026-1 here": logical order رقم → reference → هنا.
    const [line] = layoutParagraph([{ text: 'رقم NRM-2026-1 هنا' }], {
      direction: 'rtl',
      maxWidth: 100,
      measure,
    });

    // Drawn left to right: the last Arabic word first, the reference intact, the first word last.
    expect(pieces(line)).toEqual(['هنا', 'NRM-2026-1', 'رقم']);
    expect(faces(line)).toEqual(['arabic', 'latin', 'arabic']);
  });

  it('gives fontkit each Arabic word in logical order so that it can shape it', () => {
    const [line] = layoutParagraph([{ text: 'حقوقك' }], { direction: 'rtl', maxWidth: 100, measure });
    expect(pieces(line)).toEqual(['حقوقك']);
  });

  it('mirrors brackets in right-to-left text', () => {
    const [line] = layoutParagraph([{ text: 'أ (ب)' }], { direction: 'rtl', maxWidth: 100, measure });
    // Visually: "(ب) أ", where the left glyph is the mirrored closing bracket.
    expect(pieces(line)).toEqual(['(', 'ب', ')', 'أ']);
  });

  it('keeps Arabic-Indic digits in reading order, one glyph at a time', () => {
    const [line] = layoutParagraph([{ text: 'سنة ٢٠٢٦' }], { direction: 'rtl', maxWidth: 100, measure });
    expect(pieces(line)).toEqual(['٢', '٠', '٢', '٦', 'سنة']);
  });

  it('wraps an Arabic paragraph in logical order: the first words on the first line', () => {
    const lines = layoutParagraph([{ text: 'واحد اثنان ثلاثة' }], {
      direction: 'rtl',
      maxWidth: 11,
      measure,
    });

    expect(lines.map(pieces)).toEqual([['اثنان', 'واحد'], ['ثلاثة']]);
  });

  it('keeps an isolated phone number left to right inside Arabic, and never draws the controls', () => {
    const [line] = layoutParagraph([{ text: 'هاتف: \u2068+43 1 555\u2069' }], {
      direction: 'rtl',
      maxWidth: 100,
      measure,
    });
    const drawn = pieces(line);

    expect(drawn.join('|')).not.toMatch(/[\u2066-\u2069]/);
    // Visually "+43 1 555 :هاتف": the number reads left to right, the colon follows the word.
    expect(drawn).toEqual(['+43', '1', '555', ':', 'هاتف']);
  });

  it('draws bold spans in the bold faces', () => {
    const [line] = layoutParagraph([{ text: 'Label: ', bold: true }, { text: 'value' }], {
      direction: 'ltr',
      maxWidth: 100,
      measure,
    });
    expect(faces(line)).toEqual(['latin-bold', 'latin']);
    expect(pieces(line)).toEqual(['Label:', 'value']);
  });

  it('splits a word longer than the line', () => {
    const lines = layoutParagraph([{ text: 'abcdefghij' }], { direction: 'ltr', maxWidth: 4, measure });
    expect(lines.map(pieces)).toEqual([['abcd'], ['efgh'], ['ij']]);
  });

  it('does not break at a no-break space', () => {
    const lines = layoutParagraph([{ text: 'aa bb\u00a0:' }], { direction: 'ltr', maxWidth: 4, measure });
    expect(lines.map(pieces)).toEqual([['aa'], ['bb\u00a0:']]);
  });

  it('lays out nothing for white space only', () => {
    expect(layoutParagraph([{ text: '  \n ' }], { direction: 'ltr', maxWidth: 10, measure })).toEqual([]);
  });
});

describe('textDirection', () => {
  it('follows the first strong character, else the fallback', () => {
    expect(textDirection('The reasons are', 'rtl')).toBe('ltr');
    expect(textDirection('2026: الأسباب', 'ltr')).toBe('rtl');
    expect(textDirection('2026 — 12', 'rtl')).toBe('rtl');
  });
});
