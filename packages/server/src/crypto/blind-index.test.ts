import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  blindIndex,
  nameBlindIndex,
  nameDateBlindIndex,
  normaliseDate,
  normaliseName,
} from './blind-index.js';
import { Keyring } from './keyring.js';

const ring = Keyring.fromKeys('env', [{ id: 'k', key: randomBytes(32) }], randomBytes(32));

describe('normaliseName', () => {
  it.each([
    ['Ólena  Petrenko', 'olena petrenko'],
    ['  JOSÉ\tMARÍA\u00a0Nuñez ', 'jose maria nunez'],
    ['Straße', 'strasse'],
    ['ＯＬＥＮＡ', 'olena'],
    ['ОЛЕНА ПЕТРЕНКО', 'олена петренко'],
    ['Олена   Петренко', 'олена петренко'],
    ['Ёлка Йосипівна', 'елка иосипівна'],
    ['مُحَمَّد', 'محمد'],
    ['أحمد إبراهيم', 'احمد ابراهيم'],
    ['محـــمد', 'محمد'],
    ['Οδυσσευς', 'οδυσσευσ'],
    ['Ana\u200bMaria', 'anamaria'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('keeps letters of non-Latin scripts distinct', () => {
    expect(normaliseName('Олена')).not.toBe(normaliseName('Олег'));
    expect(normaliseName('فاطمة')).not.toBe(normaliseName('فاطنة'));
    expect(normaliseName('Олена')).not.toBe('');
  });
});

describe('normaliseDate', () => {
  it('accepts ISO dates and Dates', () => {
    expect(normaliseDate(' 1990-02-28 ')).toBe('1990-02-28');
    expect(normaliseDate(new Date(Date.UTC(1990, 1, 28)))).toBe('1990-02-28');
  });

  it('refuses impossible and differently written dates', () => {
    expect(() => normaliseDate('1990-02-30')).toThrow(RangeError);
    expect(() => normaliseDate('28/02/1990')).toThrow(RangeError);
    expect(() => normaliseDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('blindIndex', () => {
  it('is stable and the same for equivalent spellings of a name', () => {
    const a = nameBlindIndex(ring, 'person.name', 'Ólena  Petrenko');
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(nameBlindIndex(ring, 'person.name', 'olena petrenko')).toBe(a);
    expect(nameBlindIndex(ring, 'person.name', 'Ólena  Petrenko')).toBe(a);
    expect(nameBlindIndex(ring, 'person.name', 'ОЛЕНА')).toBe(nameBlindIndex(ring, 'person.name', 'олена'));
  });

  it('differs for other names, other purposes and other keys', () => {
    const a = nameBlindIndex(ring, 'person.name', 'olena petrenko');
    expect(nameBlindIndex(ring, 'person.name', 'olena petrenk')).not.toBe(a);
    expect(nameBlindIndex(ring, 'person.alias', 'olena petrenko')).not.toBe(a);
    const other = Keyring.fromKeys('env', [{ id: 'k', key: randomBytes(32) }], randomBytes(32));
    expect(nameBlindIndex(other, 'person.name', 'olena petrenko')).not.toBe(a);
  });

  it('separates purpose from value', () => {
    expect(blindIndex(ring, 'a', 'b.c')).not.toBe(blindIndex(ring, 'a.b', 'c'));
  });

  it('returns null when there is nothing to index and refuses empty raw values', () => {
    expect(nameBlindIndex(ring, 'person.name', '  ')).toBeNull();
    expect(nameBlindIndex(ring, 'person.name', null)).toBeNull();
    expect(nameDateBlindIndex(ring, 'person.name_dob', 'Olena', null)).toBeNull();
    expect(() => blindIndex(ring, 'person.name', '')).toThrow(RangeError);
    expect(() => blindIndex(ring, 'Bad Purpose', 'x')).toThrow(RangeError);
  });

  it('combines name and date of birth', () => {
    const a = nameDateBlindIndex(ring, 'person.name_dob', 'Ólena Petrenko', '1990-02-28');
    expect(
      nameDateBlindIndex(ring, 'person.name_dob', 'olena petrenko', new Date(Date.UTC(1990, 1, 28))),
    ).toBe(a);
    expect(nameDateBlindIndex(ring, 'person.name_dob', 'olena petrenko', '1990-02-27')).not.toBe(a);
  });
});
