import { describe, expect, it } from 'vitest';
import { calendarDate, referenceQuery } from './words';

describe('referenceQuery', () => {
  it('keeps what case references are made of', () => {
    expect(referenceQuery(' nrm-2026-000123 ')).toBe('NRM-2026-000123');
    expect(referenceQuery('000 123')).toBe('000123');
    expect(referenceQuery('9'.repeat(60))).toHaveLength(40);
  });

  it('drops what has no digit: a name typed by mistake never reaches the URL', () => {
    expect(referenceQuery('Olena')).toBe('');
    expect(referenceQuery("O'Brien; drop")).toBe('');
  });
});

describe('calendarDate', () => {
  it('is the calendar day itself when formatted in UTC, as the lists do', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' });
    expect(format.format(calendarDate('2026-03-10'))).toBe('2026-03-10');
    expect(format.format(calendarDate('2026-12-31'))).toBe('2026-12-31');
  });
});
