import { describe, expect, it } from 'vitest';
import { isRegionCode } from './regions.js';

describe('region codes', () => {
  it('accepts lower-case slugs and refuses anything else', () => {
    for (const code of ['north', 'capital', 'odesa_oblast', 'r1', 'a']) expect(isRegionCode(code)).toBe(true);
    for (const code of ['', 'North', 'two words', '-north', 'north-', 'x'.repeat(65), 42]) {
      expect(isRegionCode(code)).toBe(false);
    }
  });
});
