import { createHmac } from 'node:crypto';
import type { Keyring } from './keyring.js';

/**
 * Blind indexes: a keyed HMAC of a normalised value, so that an exact-match lookup
 * ("is this person already known?") works on encrypted data without decrypting it.
 * The purpose is mixed in so that indexes of different columns never compare equal.
 * Without the key an index cannot be recomputed from a guessed name.
 */

const PURPOSE = /^[a-z0-9_.:-]{1,64}$/;

/**
 * HMAC-SHA256(bidxKey, purpose + '\0' + value), base64url. `value` is only NFKC-
 * normalised here: pass it through the normaliser that fits it first (or use the
 * helpers below). Throws on an empty value: an index of "nothing" would match every
 * other empty value.
 */
export function blindIndex(keyring: Keyring, purpose: string, value: string): string {
  if (!PURPOSE.test(purpose)) throw new RangeError('blind-index purpose must match [a-z0-9_.:-]{1,64}');
  const normalised = value.normalize('NFKC');
  if (normalised.length === 0) throw new RangeError('cannot blind-index an empty value');
  return createHmac('sha256', keyring.blindIndexKey())
    .update(purpose, 'utf8')
    .update('\0')
    .update(normalised, 'utf8')
    .digest('base64url');
}

const MARKS = /\p{M}/gu;
// Invisible format characters (zero-width joiners, bidi marks, BOM) and the Arabic
// tatweel, which only stretches a word: none of them changes a name.
const INVISIBLE = /[\p{Cf}\u0640]/gu;
const WHITESPACE = /\s+/gu;

/**
 * Normalises a personal name for matching, in any script: compatibility forms folded
 * (NFKC), diacritics removed (Latin accents, Arabic harakat and hamza seats, Cyrillic
 * breve and diaeresis: й→и, ї→і, ё→е), case folded (ß→ss, final ς→σ), invisible
 * characters removed, whitespace collapsed. Deliberately lenient: a blind-index match
 * is a candidate for a person to review, never an automatic merge.
 */
export function normaliseName(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(MARKS, '')
      .replace(INVISIBLE, '')
      .normalize('NFKC')
      // Upper then lower approximates Unicode full case folding (ß → SS → ss).
      .toUpperCase()
      .toLowerCase()
      .replace(/ς/gu, 'σ')
      .replace(WHITESPACE, ' ')
      .trim()
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Normalises a calendar date to `YYYY-MM-DD`. Accepts that form (or a Date, read in UTC). */
export function normaliseDate(value: string | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('invalid date');
    return value.toISOString().slice(0, 10);
  }
  const match = ISO_DATE.exec(value.trim());
  if (!match) throw new RangeError('a date must be written YYYY-MM-DD');
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const normalised = `${y}-${m}-${d}`;
  // Date.UTC rolls 2024-02-30 over to March: a round trip catches impossible dates.
  if (date.toISOString().slice(0, 10) !== normalised) throw new RangeError('invalid date');
  return normalised;
}

/** Blind index of a name, or null when there is no name to index. */
export function nameBlindIndex(
  keyring: Keyring,
  purpose: string,
  name: string | null | undefined,
): string | null {
  const normalised = name ? normaliseName(name) : '';
  return normalised ? blindIndex(keyring, purpose, normalised) : null;
}

/** Blind index of a name together with a date of birth, or null when either is missing. */
export function nameDateBlindIndex(
  keyring: Keyring,
  purpose: string,
  name: string | null | undefined,
  date: string | Date | null | undefined,
): string | null {
  const normalisedName = name ? normaliseName(name) : '';
  if (!normalisedName || date === null || date === undefined || date === '') return null;
  return blindIndex(keyring, purpose, `${normalisedName}\0${normaliseDate(date)}`);
}
