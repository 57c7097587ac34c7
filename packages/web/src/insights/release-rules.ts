/**
 * What a release would spend: ε per table × number of tables, against the budget that
 * remains. Decimal strings are compared exactly (scaled integers), as the server does
 * with rationals, so that ten tables at 0.1 spend exactly 1 and fit a remaining 1.
 */

export type ReleaseCheck =
  | { readonly kind: 'no_tables' }
  | { readonly kind: 'invalid_epsilon' }
  | { readonly kind: 'over_budget'; readonly total: string }
  | { readonly kind: 'ok'; readonly total: string };

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
/** The server refuses more than 10 per table. */
const MAX_EPSILON_PER_TABLE = 10n;

type Scaled = { readonly units: bigint; readonly scale: number };

export function parseDecimal(text: string): Scaled | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  return { units: BigInt(`${match[1]}${fraction}`), scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function formatDecimal(value: Scaled): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction.length > 0 ? `.${fraction}` : ''}`;
}

export function releaseCheck(input: {
  readonly tables: number;
  readonly epsilon: string;
  readonly remaining: string;
}): ReleaseCheck {
  const epsilon = parseDecimal(input.epsilon);
  if (
    epsilon === null ||
    epsilon.units === 0n ||
    epsilon.units > MAX_EPSILON_PER_TABLE * 10n ** BigInt(epsilon.scale)
  ) {
    return { kind: 'invalid_epsilon' };
  }
  if (input.tables <= 0) return { kind: 'no_tables' };
  const total: Scaled = { units: epsilon.units * BigInt(input.tables), scale: epsilon.scale };
  const remaining = parseDecimal(input.remaining) ?? { units: 0n, scale: 0 };
  const scale = Math.max(total.scale, remaining.scale);
  const fits = rescale(total, scale) <= rescale(remaining, scale);
  return fits
    ? { kind: 'ok', total: formatDecimal(total) }
    : { kind: 'over_budget', total: formatDecimal(total) };
}
