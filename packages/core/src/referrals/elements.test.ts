import { describe, expect, it } from 'vitest';
import {
  isTraffickingElementsComplete,
  missingTraffickingElements,
  type TraffickingElements,
  ZTraffickingElements,
} from './elements.js';

const complete: TraffickingElements = {
  acts: ['recruitment'],
  means: ['deception'],
  purposes: ['forced_labour'],
};

describe('isTraffickingElementsComplete', () => {
  it('needs act, means and purpose for an adult', () => {
    expect(isTraffickingElementsComplete(complete, false)).toBe(true);
    expect(isTraffickingElementsComplete({ ...complete, means: [] }, false)).toBe(false);
    expect(missingTraffickingElements({ ...complete, means: [] }, false)).toEqual(['means']);
  });

  it('does not need the means for a child (CoE art. 4(c))', () => {
    expect(isTraffickingElementsComplete({ ...complete, means: [] }, true)).toBe(true);
  });

  it('needs an act and a known purpose for anyone', () => {
    expect(missingTraffickingElements({ acts: [], means: [], purposes: [] }, true)).toEqual([
      'act',
      'purpose',
    ]);
    expect(missingTraffickingElements({ ...complete, purposes: ['unknown'] }, false)).toEqual(['purpose']);
    expect(
      missingTraffickingElements({ ...complete, purposes: ['unknown', 'organ_removal'] }, false),
    ).toEqual([]);
  });
});

describe('ZTraffickingElements', () => {
  it('refuses duplicates and unknown values', () => {
    expect(ZTraffickingElements.safeParse(complete).success).toBe(true);
    expect(
      ZTraffickingElements.safeParse({ ...complete, acts: ['recruitment', 'recruitment'] }).success,
    ).toBe(false);
    expect(ZTraffickingElements.safeParse({ ...complete, means: ['bribery'] }).success).toBe(false);
    expect(ZTraffickingElements.safeParse({ ...complete, victimConsented: true }).success).toBe(false);
  });
});
