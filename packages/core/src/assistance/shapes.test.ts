import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ASSISTANCE_REQUEST_SHAPES, ZPlanActionInput, ZSupportPlanInput } from './shapes.js';

/**
 * Assistance is unconditional (CoE art. 12(6), EU art. 11(3)). A rule cannot read a
 * field that does not exist, and a strict shape refuses one that is sent anyway.
 */
const CONDITIONAL = /cooperat|co_operat|witness|testif|police|law_?enforcement|prosecut|criminal|condition/i;

function namesIn(schema: z.ZodType): string[] {
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value !== null && typeof value === 'object')
          names.push(...Object.keys(value));
        if (key === 'enum' && Array.isArray(value)) names.push(...value.map(String));
        walk(value);
      }
    }
  };
  walk(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
  return names;
}

describe('assistance request shapes', () => {
  it.each(Object.entries(ASSISTANCE_REQUEST_SHAPES))('%s has no field or value about it', (_name, schema) => {
    const names = namesIn(schema);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => CONDITIONAL.test(name))).toEqual([]);
  });

  it('refuses unknown fields instead of dropping them', () => {
    const plan = { goals: ['g'], actions: [], reviewDueOn: '2026-06-01', agreement: 'agreed' };
    expect(ZSupportPlanInput.safeParse(plan).success).toBe(true);
    expect(ZSupportPlanInput.safeParse({ ...plan, requiresCooperation: true }).success).toBe(false);
    expect(
      ZPlanActionInput.safeParse({ domain: 'safety', description: 'x', condition: 'statement' }).success,
    ).toBe(false);
  });

  it('refuses a date that is not a calendar date', () => {
    const plan = { goals: ['g'], actions: [], agreement: 'agreed' };
    expect(ZSupportPlanInput.safeParse({ ...plan, reviewDueOn: '2026-02-30' }).success).toBe(false);
  });

  it('the walker does find such a field when there is one', () => {
    expect(
      namesIn(z.object({ cooperatesWithPolice: z.boolean() })).filter((n) => CONDITIONAL.test(n)),
    ).toEqual(['cooperatesWithPolice']);
  });
});
