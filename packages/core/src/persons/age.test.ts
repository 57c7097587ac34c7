import { describe, expect, it } from 'vitest';
import { ageBand, ageBandForAge, childStatus, isChild, isChildAgeBand, minimumAge } from './age.js';

const midYear = new Date('2026-06-15T12:00:00Z');
const lastDay = new Date('2026-12-31T12:00:00Z');

describe('minimumAge', () => {
  it('takes the lower bound of the age when only the year is known', () => {
    expect(minimumAge(2008, midYear)).toBe(17);
    expect(minimumAge(2008, lastDay)).toBe(18);
  });

  it('is null for a birth year after the date or an implausible one', () => {
    expect(minimumAge(2027, midYear)).toBeNull();
    expect(minimumAge(1850, midYear)).toBeNull();
    expect(minimumAge(2000.5, midYear)).toBeNull();
  });

  it('never goes below zero for a baby born this year', () => {
    expect(minimumAge(2026, midYear)).toBe(0);
  });
});

describe('ageBand', () => {
  it.each([
    [0, '0-8'],
    [8, '0-8'],
    [9, '9-12'],
    [12, '9-12'],
    [13, '13-15'],
    [15, '13-15'],
    [16, '16-17'],
    [17, '16-17'],
    [18, '18-20'],
    [20, '18-20'],
    [21, '21-23'],
    [24, '24-26'],
    [27, '27-29'],
    [29, '27-29'],
    [30, '30-38'],
    [38, '30-38'],
    [39, '39-47'],
    [47, '39-47'],
    [48, '48+'],
    [90, '48+'],
  ] as const)('puts age %i in band %s', (age, band) => {
    expect(ageBandForAge(age)).toBe(band);
  });

  it('is unknown without a usable age', () => {
    expect(ageBandForAge(null)).toBe('unknown');
    expect(ageBandForAge(-1)).toBe('unknown');
    expect(ageBand(null, midYear)).toBe('unknown');
    expect(ageBand(2030, midYear)).toBe('unknown');
  });

  it('computes the band from a birth year at a date', () => {
    expect(ageBand(2008, midYear)).toBe('16-17');
    expect(ageBand(2008, lastDay)).toBe('18-20');
    expect(ageBand(1990, midYear)).toBe('30-38');
  });

  it('marks the four bands under 18 as child bands', () => {
    expect(['0-8', '9-12', '13-15', '16-17'].every((b) => isChildAgeBand(b as '0-8'))).toBe(true);
    expect(isChildAgeBand('18-20')).toBe(false);
    expect(isChildAgeBand('unknown')).toBe(false);
  });
});

describe('isChild and the presumption of childhood (CoE art. 10(3))', () => {
  it('treats a person under 18 by the lowest possible age as a child', () => {
    expect(childStatus({ birthYear: 2010, ageUncertain: false, reasonsToBelieveChild: false }, midYear)).toBe(
      'child',
    );
    // born 2008: 17 or 18 in June 2026; the lowest age counts
    expect(isChild({ birthYear: 2008, ageUncertain: false, reasonsToBelieveChild: false }, midYear)).toBe(
      true,
    );
  });

  it('presumes a child when the age is uncertain and there are reasons to believe a child', () => {
    const input = { birthYear: 2000, ageUncertain: true, reasonsToBelieveChild: true };
    expect(childStatus(input, midYear)).toBe('presumed_child');
    expect(isChild(input, midYear)).toBe(true);
  });

  it('presumes a child when no birth year is known and there are reasons to believe a child', () => {
    expect(childStatus({ birthYear: null, ageUncertain: false, reasonsToBelieveChild: true }, midYear)).toBe(
      'presumed_child',
    );
  });

  it('does not presume when the documented age is not in doubt', () => {
    const input = { birthYear: 2000, ageUncertain: false, reasonsToBelieveChild: true };
    expect(childStatus(input, midYear)).toBe('adult');
    expect(isChild(input, midYear)).toBe(false);
  });

  it('does not presume without reasons to believe a child', () => {
    expect(isChild({ birthYear: 2000, ageUncertain: true, reasonsToBelieveChild: false }, midYear)).toBe(
      false,
    );
    expect(childStatus({ birthYear: null, ageUncertain: true, reasonsToBelieveChild: false }, midYear)).toBe(
      'unknown',
    );
  });

  it('judges childhood at the date given (e.g. the time of exploitation)', () => {
    const input = { birthYear: 2005, ageUncertain: false, reasonsToBelieveChild: false };
    expect(isChild(input, new Date('2021-03-01T00:00:00Z'))).toBe(true);
    expect(isChild(input, midYear)).toBe(false);
  });
});
