import { describe, expect, it } from 'vitest';
import { COUNTRIES, citizenshipGroup, EU_MEMBER_STATES, ZCountryCode } from './countries.js';
import { ISO_COUNTRY_CODES, isCountryCode } from './iso-3166.js';

describe('countries', () => {
  it('holds the 27 EU member states', () => {
    expect(EU_MEMBER_STATES.size).toBe(27);
    expect(EU_MEMBER_STATES.has('RO')).toBe(true);
    expect(EU_MEMBER_STATES.has('GB')).toBe(false);
  });

  it('lists each relevant country once, with a valid code', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(80);
    expect(codes.filter((code) => !isCountryCode(code))).toEqual([]);
  });

  it('knows all 249 assigned ISO codes plus Kosovo, and nothing else', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(250);
    expect(isCountryCode('XK')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('gb')).toBe(false);
    expect(ZCountryCode.safeParse('ZZ').success).toBe(false);
  });
});

describe('citizenshipGroup', () => {
  it('tells nationals, other EU citizens and non-EU citizens apart', () => {
    expect(citizenshipGroup('RO', 'RO')).toBe('national');
    expect(citizenshipGroup('BG', 'RO')).toBe('other_eu');
    expect(citizenshipGroup('MD', 'RO')).toBe('non_eu');
  });

  it('works outside the EU too', () => {
    expect(citizenshipGroup('PL', 'GB')).toBe('other_eu');
    expect(citizenshipGroup('UA', 'UA')).toBe('national');
    expect(citizenshipGroup('FJ', 'UA')).toBe('non_eu');
  });

  it('is unknown without a nationality or with a value that is not a country code', () => {
    expect(citizenshipGroup(null, 'RO')).toBe('unknown');
    expect(citizenshipGroup('Romanian', 'RO')).toBe('unknown');
  });
});
