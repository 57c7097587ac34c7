import { describe, expect, it } from 'vitest';
import { capacityFreshness } from './capacity.js';
import { capacityGapFor } from './gap.js';
import { type MatchPerson, type MatchService, matchServices, regionCoverage } from './matching.js';
import { matchPersonFrom } from './profile.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

/** A male wheelchair user speaking Romanian, in the capital (the journey). */
const MAN: MatchPerson = {
  gender: 'male',
  age: 34,
  isChild: false,
  languages: ['ro'],
  disabilities: ['physical'],
  region: 'capital',
  withoutResidenceStatus: false,
  lgbti: false,
};

function service(id: string, overrides: Partial<MatchService> = {}): MatchService {
  return {
    id,
    name: `Service ${id}`,
    kind: 'shelter',
    regions: ['capital'],
    languages: ['ro', 'en'],
    genders: [],
    minAge: 18,
    maxAge: null,
    lgbtiSafe: false,
    accessibility: ['physical'],
    acceptsWithoutStatus: true,
    capacityFree: 2,
    capacityTotal: 10,
    waitingDays: null,
    capacityUpdatedAt: daysAgo(1),
    active: true,
    ...overrides,
  };
}

function match(services: MatchService[], person: MatchPerson = MAN, need: 'accommodation' = 'accommodation') {
  return matchServices({ need, person, services, at: NOW });
}

function codes(result: ReturnType<typeof match>, id: string): string[] {
  return result.candidates.find((c) => c.serviceId === id)?.reasons.map((r) => r.code) ?? [];
}

describe('matchServices: eligibility', () => {
  it('finds an accessible shelter for men that speaks the person’s language, and says why', () => {
    const result = match([service('men', { genders: ['male'] })]);
    expect(result.nothingFits).toBe(false);
    expect(result.candidates).toHaveLength(1);
    const [candidate] = result.candidates;
    expect(candidate?.verdict).toBe('fits');
    expect(candidate?.reasons.map((r) => [r.code, r.outcome])).toEqual([
      ['gender_accepted', 'meets'],
      ['age_in_range', 'meets'],
      ['language_spoken', 'meets'],
      ['accessible', 'meets'],
      ['region_served', 'meets'],
      ['capacity_free', 'meets'],
    ]);
    expect(candidate?.reasons.find((r) => r.code === 'language_spoken')?.params).toEqual({ language: 'ro' });
  });

  it('refuses a women-only shelter for a man, naming the gender', () => {
    const result = match([service('women', { genders: ['female'] })]);
    expect(result.candidates[0]?.verdict).toBe('does_not_fit');
    expect(result.candidates[0]?.reasons).toContainEqual({
      criterion: 'gender',
      code: 'gender_not_accepted',
      outcome: 'fails',
      params: { gender: 'male' },
    });
    expect(result.nothingFits).toBe(true);
  });

  it('asks to confirm rather than refuse when the person did not state a gender', () => {
    const result = match([service('women', { genders: ['female'] })], { ...MAN, gender: 'unknown' });
    expect(result.candidates[0]?.verdict).toBe('to_check');
    expect(codes(result, 'women')).toContain('gender_to_confirm');
  });

  it('treats a presumed child as a child: an adults-only shelter does not fit', () => {
    const child = { ...MAN, isChild: true, age: 19 };
    const result = match(
      [service('adults', { minAge: 18 }), service('youth', { minAge: 12, maxAge: 17 })],
      child,
    );
    expect(result.candidates.map((c) => [c.serviceId, c.verdict])).toEqual([
      ['youth', 'fits'],
      ['adults', 'does_not_fit'],
    ]);
    expect(codes(result, 'adults')).toContain('adults_only');
  });

  it('places an adult outside a children-only service and an older person above a maximum age', () => {
    const result = match([service('kids', { minAge: null, maxAge: 17 }), service('young', { maxAge: 25 })]);
    expect(codes(result, 'kids')).toContain('children_only');
    expect(result.candidates.find((c) => c.serviceId === 'young')?.reasons).toContainEqual(
      expect.objectContaining({ code: 'age_above_maximum', params: { age: 34, maxAge: 25 } }),
    );
  });

  it('asks to confirm the age when it is unknown and the service has a range', () => {
    const result = match([service('s')], { ...MAN, age: null });
    expect(result.candidates[0]?.verdict).toBe('to_check');
    expect(codes(result, 's')).toContain('age_to_confirm');
  });
});

describe('matchServices: language, accessibility, region, status', () => {
  it('accepts a service through an interpreter of the person’s language, and names the interpreter', () => {
    const shelter = service('en-only', { languages: ['en'] });
    const interpreter = service('interp', {
      kind: 'interpretation',
      name: 'Interpreters',
      languages: ['ro'],
    });
    const result = match([shelter, interpreter]);
    expect(result.candidates.map((c) => c.serviceId)).toEqual(['en-only']);
    expect(result.candidates[0]?.verdict).toBe('fits');
    expect(result.candidates[0]?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'interpretation_available',
        params: { language: 'ro', interpreter: 'Interpreters' },
      }),
    );
  });

  it('does not fit when no one speaks the person’s language and no interpreter is in reach', () => {
    const far = service('interp', { kind: 'interpretation', languages: ['ro'], regions: ['north'] });
    const result = match([service('en-only', { languages: ['en'] }), far]);
    expect(result.candidates[0]?.verdict).toBe('does_not_fit');
    expect(result.candidates[0]?.reasons).toContainEqual(
      expect.objectContaining({ code: 'language_not_spoken', outcome: 'fails', params: { language: 'ro' } }),
    );
  });

  it('checks accessibility for each of the person’s disability types', () => {
    const person = { ...MAN, disabilities: ['physical', 'sensory'] as const };
    const result = match([service('partly', { accessibility: ['physical'] })], {
      ...person,
      disabilities: [...person.disabilities],
    });
    const accessibility = result.candidates[0]?.reasons.filter((r) => r.criterion === 'accessibility');
    expect(accessibility).toEqual([
      {
        criterion: 'accessibility',
        code: 'accessible',
        outcome: 'meets',
        params: { disability: 'physical' },
      },
      {
        criterion: 'accessibility',
        code: 'not_accessible',
        outcome: 'fails',
        params: { disability: 'sensory' },
      },
    ]);
    expect(result.candidates[0]?.verdict).toBe('does_not_fit');
  });

  it('prefers a service of the person’s region over a nationwide one, and refuses one elsewhere', () => {
    const result = match([
      service('national', { regions: ['national'] }),
      service('local'),
      service('north', { regions: ['north'] }),
    ]);
    expect(result.candidates.map((c) => [c.serviceId, c.verdict])).toEqual([
      ['local', 'fits'],
      ['national', 'fits'],
      ['north', 'does_not_fit'],
    ]);
    expect(regionCoverage([], 'capital')).toBe('nationwide');
    expect(regionCoverage(['north'], null)).toBe('unknown');
  });

  it('refuses a service that takes only residents for a person without residence status', () => {
    const person = { ...MAN, withoutResidenceStatus: true };
    const result = match([service('residents', { acceptsWithoutStatus: false }), service('open')], person);
    expect(result.candidates.map((c) => [c.serviceId, c.verdict])).toEqual([
      ['open', 'fits'],
      ['residents', 'does_not_fit'],
    ]);
    expect(codes(result, 'open')).toContain('accepts_without_status');
  });

  it('asks to check LGBTI safety rather than refuse, and prefers a service that states it', () => {
    const person = { ...MAN, lgbti: true };
    const result = match([service('unstated'), service('safe', { lgbtiSafe: true })], person);
    expect(result.candidates.map((c) => [c.serviceId, c.verdict])).toEqual([
      ['safe', 'fits'],
      ['unstated', 'to_check'],
    ]);
  });
});

describe('matchServices: capacity', () => {
  it('ranks a full shelter after one with places, with its waiting time', () => {
    const result = match([service('full', { capacityFree: 0, waitingDays: 5 }), service('free')]);
    expect(result.candidates.map((c) => [c.serviceId, c.verdict])).toEqual([
      ['free', 'fits'],
      ['full', 'no_capacity_now'],
    ]);
    expect(result.candidates[1]?.reasons).toContainEqual(
      expect.objectContaining({ code: 'capacity_full_waiting', params: { days: 5 } }),
    );
  });

  it('says nothing fits when the only eligible service is full', () => {
    const result = match([service('full', { capacityFree: 0 })]);
    expect(result.candidates[0]?.verdict).toBe('no_capacity_now');
    expect(result.nothingFits).toBe(true);
  });

  it('shows stale or unreported capacity as something to check', () => {
    const result = match([
      service('stale', { capacityUpdatedAt: daysAgo(30) }),
      service('unknown', { capacityFree: null, capacityTotal: null, capacityUpdatedAt: null }),
    ]);
    expect(result.candidates.every((c) => c.verdict === 'to_check')).toBe(true);
    expect(result.candidates.find((c) => c.serviceId === 'stale')?.reasons).toContainEqual(
      expect.objectContaining({ code: 'capacity_stale', params: { days: 30 } }),
    );
    expect(codes(result, 'unknown')).toContain('capacity_unknown');
    expect(result.nothingFits).toBe(false);
  });

  it('ranks more free places first among services that fit', () => {
    const result = match([service('one', { capacityFree: 1 }), service('five', { capacityFree: 5 })]);
    expect(result.candidates.map((c) => c.serviceId)).toEqual(['five', 'one']);
  });
});

describe('matchServices: candidates', () => {
  it('considers only active services of the kinds that answer the need, the usual kind first', () => {
    const result = match([
      service('safe-house', { kind: 'safe_house' }),
      service('shelter'),
      service('closed', { active: false }),
      service('clinic', { kind: 'medical' }),
    ]);
    expect(result.kinds).toEqual(['shelter', 'safe_house']);
    expect(result.candidates.map((c) => c.serviceId)).toEqual(['shelter', 'safe-house']);
  });

  it('says nothing fits when the directory has no service for the need', () => {
    const result = match([service('clinic', { kind: 'medical' })]);
    expect(result.candidates).toEqual([]);
    expect(result.nothingFits).toBe(true);
  });
});

describe('matchPersonFrom', () => {
  it('builds the profile from plain columns: preferred language first, lowest age, status and LGBTI', () => {
    const person = matchPersonFrom(
      {
        gender: 'transgender',
        birthYear: 2000,
        isChild: false,
        languages: ['en', 'ro'],
        preferredLanguage: 'ro',
        disabilities: ['physical', 'not-a-type'],
        vulnerabilities: [],
        migrationStatus: 'irregular',
        region: 'capital',
      },
      NOW,
    );
    expect(person).toEqual({
      gender: 'transgender',
      age: 25,
      isChild: false,
      languages: ['ro', 'en'],
      disabilities: ['physical'],
      region: 'capital',
      withoutResidenceStatus: true,
      lgbti: true,
    });
  });

  it('keeps an asylum seeker as having a status and an unknown gender as unknown', () => {
    const person = matchPersonFrom(
      {
        gender: 'something else',
        birthYear: null,
        isChild: true,
        languages: [],
        preferredLanguage: null,
        disabilities: [],
        vulnerabilities: ['lgbti'],
        migrationStatus: 'asylum_seeker',
        region: null,
      },
      NOW,
    );
    expect(person.gender).toBe('unknown');
    expect(person.age).toBeNull();
    expect(person.withoutResidenceStatus).toBe(false);
    expect(person.lgbti).toBe(true);
  });
});

describe('capacityGapFor', () => {
  it('holds the group, need and region only, of the usual kind of service', () => {
    expect(capacityGapFor({ need: 'accommodation', person: MAN, reason: 'no_fit' })).toEqual({
      needDomain: 'accommodation',
      serviceKind: 'shelter',
      region: 'capital',
      reason: 'no_fit',
      gender: 'male',
      ageBand: '30-38',
      isChild: false,
      disabilities: ['physical'],
      language: 'ro',
      withoutStatus: false,
      lgbti: false,
    });
  });

  it('takes a named kind only when it answers the need, and counts an unknown region as such', () => {
    const person = { ...MAN, region: null, isChild: true, age: 19 };
    const gap = capacityGapFor({
      need: 'accommodation',
      person,
      reason: 'declined_capacity',
      kind: 'safe_house',
    });
    expect(gap).toMatchObject({
      serviceKind: 'safe_house',
      region: 'unknown',
      ageBand: '16-17',
      isChild: true,
    });
    expect(
      capacityGapFor({ need: 'accommodation', person: MAN, reason: 'no_fit', kind: 'medical' }).serviceKind,
    ).toBe('shelter');
  });
});

describe('capacityFreshness', () => {
  it('is fresh up to the limit, stale after it, and "never" without a report', () => {
    expect(capacityFreshness(daysAgo(7), NOW)).toEqual({ state: 'fresh', daysAgo: 7 });
    expect(capacityFreshness(daysAgo(8), NOW)).toEqual({ state: 'stale', daysAgo: 8 });
    expect(capacityFreshness(null, NOW)).toEqual({ state: 'never' });
    expect(capacityFreshness(new Date(NOW.getTime() + 60_000), NOW)).toEqual({ state: 'fresh', daysAgo: 0 });
  });
});
