import { describe, expect, it } from 'vitest';
import { concludeScreening, ZScreeningConclusion } from './conclusion.js';

const at = new Date('2026-05-04T10:00:00Z');

describe('concludeScreening', () => {
  it('confirms the suggestion without a reason', () => {
    const result = concludeScreening({ overall: 'indication' }, { concludedBy: 'user-1', concludedAt: at });
    expect(result).toEqual({
      ok: true,
      conclusion: { kind: 'confirmed', suggested: 'indication', concludedBy: 'user-1', concludedAt: at },
    });
  });

  it('treats concluding the same as the suggestion as a confirmation', () => {
    const result = concludeScreening(
      { overall: 'insufficient' },
      { concludedBy: 'user-1', concludedAt: at, concluded: 'insufficient' },
    );
    expect(result.ok && result.conclusion.kind).toBe('confirmed');
  });

  it('refuses an override without a reason', () => {
    for (const reason of [undefined, '', '   ']) {
      const result = concludeScreening(
        { overall: 'insufficient' },
        { concludedBy: 'user-1', concludedAt: at, concluded: 'indication', reason },
      );
      expect(result).toEqual({ ok: false, error: 'reason_required' });
    }
  });

  it('records an override with its reason next to what was suggested', () => {
    const result = concludeScreening(
      { overall: 'insufficient' },
      {
        concludedBy: 'user-1',
        concludedAt: at,
        concluded: 'indication',
        reason: 'Disclosed more after the screen.',
      },
    );
    expect(result).toEqual({
      ok: true,
      conclusion: {
        kind: 'overridden',
        suggested: 'insufficient',
        concluded: 'indication',
        reason: 'Disclosed more after the screen.',
        concludedBy: 'user-1',
        concludedAt: at,
      },
    });
  });
});

describe('ZScreeningConclusion', () => {
  it('refuses an "override" that concludes what was suggested', () => {
    const parsed = ZScreeningConclusion.safeParse({
      kind: 'overridden',
      suggested: 'indication',
      concluded: 'indication',
      reason: 'x',
      concludedBy: 'u',
      concludedAt: at.toISOString(),
    });
    expect(parsed.success).toBe(false);
  });

  it('parses an ISO instant from JSON into a Date', () => {
    const parsed = ZScreeningConclusion.parse({
      kind: 'confirmed',
      suggested: 'indication',
      concludedBy: 'u',
      concludedAt: '2026-05-04T10:00:00Z',
    });
    expect(parsed.concludedAt).toEqual(at);
  });
});
