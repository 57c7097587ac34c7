import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type LetterModel, renderLetter } from './pdf.js';

// Reads a PDF back as a person's PDF reader would (poppler-utils, installed in CI).
function text(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

function info(pdf: Buffer): string {
  return execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
}

function model(overrides: Partial<LetterModel>): LetterModel {
  return {
    language: 'en',
    direction: 'ltr',
    documentTitle: 'Letter NRM-2026-000001',
    issuer: { name: 'Harbour Support Centre', lines: ['help@harbour.example'] },
    title: 'Your letter',
    blocks: [{ kind: 'paragraph', spans: [{ text: 'This letter is for you.' }] }],
    footer: (page, pages) => `NRM-2026-000001 · Page ${page} of ${pages}`,
    ...overrides,
  };
}

describe('renderLetter', () => {
  it('makes a tagged A4 PDF titled without personal data', async () => {
    const pdf = await renderLetter(model({}));
    const meta = info(pdf);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(meta).toMatch(/Title:\s+Letter NRM-2026-000001/);
    expect(meta).toMatch(/Tagged:\s+yes/);
    expect(meta).toMatch(/Page size:\s+595\.28 x 841\.89/);
    expect(text(pdf)).toContain('This letter is for you.');
  });

  it('keeps every letter’s text readable when fonts are reused from an earlier letter', async () => {
    // Cyrillic Т, В, С, Р are drawn with the Latin T, B, C, P as components: embedding them
    // must not strip the text of those Latin letters from the next letter.
    await renderLetter(
      model({
        language: 'uk',
        title: 'Підтвердження',
        blocks: [{ kind: 'paragraph', spans: [{ text: 'Тарас, Віра, Сергій і Раїса: ваші права.' }] }],
      }),
    );
    const english = text(
      await renderLetter(
        model({
          blocks: [
            { kind: 'paragraph', spans: [{ text: 'The Bridge Centre, Port Talbot: Contact Point.' }] },
          ],
        }),
      ),
    );

    expect(english).toContain('The Bridge Centre, Port Talbot: Contact Point.');
  });

  it('breaks long content across pages with a page number on each', async () => {
    const long = 'Support continues while you wait for the decision. '.repeat(30);
    const pdf = await renderLetter(
      model({
        blocks: [
          ...Array.from({ length: 6 }, () => ({ kind: 'paragraph' as const, spans: [{ text: long }] })),
          { kind: 'list', items: Array.from({ length: 12 }, () => [{ text: long }]) },
        ],
      }),
    );
    const pages = Number(/Pages:\s+(\d+)/.exec(info(pdf))?.[1]);

    expect(pages).toBeGreaterThan(2);
    expect(text(pdf)).toContain(`Page ${pages} of ${pages}`);
    // Marked content stays balanced across page breaks (poppler warns otherwise).
    const warnings = execFileSync('pdftotext', ['-', '/dev/null'], {
      input: pdf,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    expect(warnings.toString()).toBe('');
  });

  it('writes Arabic that a PDF reader extracts as Arabic, with the Latin reference intact', async () => {
    const pdf = await renderLetter(
      model({
        language: 'ar',
        direction: 'rtl',
        title: 'تأكيد إحالتك',
        blocks: [
          { kind: 'paragraph', spans: [{ text: 'الرقم المرجعي لملفك \u2068NRM-2026-000001\u2069.' }] },
        ],
      }),
    );
    const extracted = text(pdf);

    expect(extracted).toMatch(/[\u0600-\u06FF]{3,}/);
    expect(extracted).toContain('NRM-2026-000001');
  });
});
