/**
 * Exact non-negative rationals (BigInt numerator and denominator) for privacy parameters:
 * the samplers need ε and σ² exactly, and the budget must add 0.1 + 0.2 to exactly 0.3.
 * A JavaScript number is read by its shortest decimal form — what a person typed — so
 * `0.1` is 1/10, not the binary double nearest to it.
 */
export type Rational = { readonly num: bigint; readonly den: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('A rational needs a non-zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;
const FRACTION = /^(\d+)\/(\d+)$/;

/** Reads `0.5`, `"0.5"`, `"1/3"` or `"2e-3"` exactly. Negative values, NaN and infinity are refused. */
export function toRational(value: number | string | Rational): Rational {
  if (typeof value === 'object') return rational(value.num, value.den);
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('Expected a finite number');
  const fraction = FRACTION.exec(text);
  if (fraction) return rational(BigInt(fraction[1] as string), BigInt(fraction[2] as string));
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError('Expected a non-negative decimal number or fraction');
  const digits = (match[1] as string) + (match[2] ?? '');
  const exponent = Number(match[3] ?? 0) - (match[2]?.length ?? 0);
  if (Math.abs(exponent) > 400) throw new RangeError('Number out of range');
  return exponent >= 0
    ? rational(BigInt(digits) * 10n ** BigInt(exponent))
    : rational(BigInt(digits), 10n ** BigInt(-exponent));
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division by zero');
  return rational(a.num * b.den, a.den * b.num);
}

export function compare(a: Rational, b: Rational): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

/** floor(a) for a ≥ 0. */
export function floor(a: Rational): bigint {
  return a.num / a.den;
}

export function toNumber(a: Rational): number {
  // Scale so that large numerators and denominators keep their precision.
  const scale = 10n ** 18n;
  return Number((a.num * scale) / a.den) / 1e18;
}

/** A terminating decimal when there is one ("0.25"), otherwise "num/den". */
export function formatRational(a: Rational): string {
  if (a.num < 0n) return `-${formatRational({ num: -a.num, den: a.den })}`;
  let den = a.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  if (den !== 1n) return `${a.num}/${a.den}`;
  const places = Math.max(twos, fives);
  const scaled = (a.num * 10n ** BigInt(places)) / a.den;
  const text = scaled.toString().padStart(places + 1, '0');
  if (places === 0) return text;
  return `${text.slice(0, -places)}.${text.slice(-places)}`.replace(/\.?0+$/, '');
}

/** floor(√n) for n ≥ 0, exactly (Newton's method on integers). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('Square root of a negative number');
  if (n < 2n) return n;
  const estimate = Math.sqrt(Number(n));
  let x = Number.isFinite(estimate) ? BigInt(Math.floor(estimate)) + 1n : n;
  // Correct the float estimate in both directions.
  while (x * x > n) x = (x + n / x) / 2n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}
