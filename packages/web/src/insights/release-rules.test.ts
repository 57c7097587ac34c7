import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal, releaseCheck } from './release-rules';

describe('what a release would spend', () => {
  it('adds ε exactly: ten tables at 0.1 spend 1 and fit a remaining 1', () => {
    expect(releaseCheck({ tables: 10, epsilon: '0.1', remaining: '1' })).toEqual({ kind: 'ok', total: '1' });
  });

  it('refuses to spend more than remains', () => {
    expect(releaseCheck({ tables: 3, epsilon: '0.5', remaining: '1.25' })).toEqual({
      kind: 'over_budget',
      total: '1.5',
    });
  });

  it('takes only a positive decimal of at most 10 per table', () => {
    for (const epsilon of ['', '0', '-1', '1e-3', 'abc', '10.5']) {
      expect(releaseCheck({ tables: 1, epsilon, remaining: '100' }).kind).toBe('invalid_epsilon');
    }
    expect(releaseCheck({ tables: 1, epsilon: '10', remaining: '100' }).kind).toBe('ok');
  });

  it('needs at least one table', () => {
    expect(releaseCheck({ tables: 0, epsilon: '0.1', remaining: '1' }).kind).toBe('no_tables');
  });

  it('writes decimals without trailing zeros', () => {
    expect(formatDecimal({ units: 250n, scale: 3 })).toBe('0.25');
    expect(parseDecimal(' 2.50 ')).toEqual({ units: 250n, scale: 2 });
  });
});
