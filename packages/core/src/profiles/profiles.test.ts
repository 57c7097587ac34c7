import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../organisations/kinds.js';
import { GENERIC_COE_EU_PROFILE } from './generic-coe-eu.js';
import { type CountryProfileInput, ZCountryProfile } from './schema.js';
import {
  currentProfile,
  mayDecideUnder,
  mayReferUnder,
  outcomesFor,
  profileForCase,
  profileRef,
} from './select.js';
import { UK_LIKE_PROFILE } from './uk-like.js';

const valid = (overrides: Partial<CountryProfileInput>) =>
  ZCountryProfile.safeParse({ ...GENERIC_COE_EU_PROFILE, ...overrides }).success;

describe('ZCountryProfile', () => {
  it('accepts both shipped profiles', () => {
    expect(ZCountryProfile.safeParse(GENERIC_COE_EU_PROFILE).success).toBe(true);
    expect(ZCountryProfile.safeParse(UK_LIKE_PROFILE).success).toBe(true);
  });

  it('refuses a recovery period under 30 days (CoE art. 13)', () => {
    expect(valid({ recoveryPeriodDays: 29 })).toBe(false);
    expect(valid({ recoveryPeriodDays: 30 })).toBe(true);
  });

  it('defaults the reasonable-grounds deadline to 5 working days', () => {
    const { reasonableGroundsDeadlineWorkingDays: _omitted, ...rest } = GENERIC_COE_EU_PROFILE;
    expect(ZCountryProfile.parse(rest).reasonableGroundsDeadlineWorkingDays).toBe(5);
  });

  it('refuses an unknown time zone, an impossible holiday and a week without working days', () => {
    const calendar = GENERIC_COE_EU_PROFILE.calendar;
    expect(valid({ calendar: { ...calendar, timeZone: 'Mars/Olympus' } })).toBe(false);
    expect(valid({ calendar: { ...calendar, holidays: ['2026-02-30'] } })).toBe(false);
    expect(valid({ calendar: { ...calendar, weekend: [0, 1, 2, 3, 4, 5, 6] } })).toBe(false);
    expect(valid({ calendar: { ...calendar, weekend: [0, 0] } })).toBe(false);
  });

  it('requires reasonable-grounds outcomes exactly when there are two stages', () => {
    expect(valid({ decisionStages: 1 })).toBe(false);
    const conclusiveOnly = { conclusiveGrounds: GENERIC_COE_EU_PROFILE.outcomeCategories.conclusiveGrounds };
    expect(valid({ decisionStages: 1, outcomeCategories: conclusiveOnly })).toBe(true);
    expect(valid({ decisionStages: 2, outcomeCategories: conclusiveOnly })).toBe(false);
  });

  it('requires a positive and a negative outcome at each stage', () => {
    const onlyPositive = [
      { id: 'yes', positive: true, labelKey: 'a' },
      { id: 'also_yes', positive: true, labelKey: 'b' },
    ];
    expect(
      valid({
        outcomeCategories: { ...GENERIC_COE_EU_PROFILE.outcomeCategories, conclusiveGrounds: onlyPositive },
      }),
    ).toBe(false);
  });

  it('refuses a profile where nobody may refer or decide', () => {
    expect(valid({ referringKinds: [] })).toBe(false);
    expect(valid({ decidingKinds: [] })).toBe(false);
  });
});

describe('shipped profiles', () => {
  it('lets any organisation kind refer in the generic profile; a competent authority decides', () => {
    expect([...GENERIC_COE_EU_PROFILE.referringKinds].sort()).toEqual([...ORGANISATION_KINDS].sort());
    expect(GENERIC_COE_EU_PROFILE.decidingKinds).toEqual(['competent_authority']);
    expect(GENERIC_COE_EU_PROFILE.recoveryPeriodDays).toBe(30);
    expect(outcomesFor(GENERIC_COE_EU_PROFILE, 'conclusive_grounds').map((item) => item.id)).toEqual([
      'trafficking',
      'not_trafficking',
    ]);
  });

  it('lets only first-responder kinds refer in the UK-like profile', () => {
    expect(mayReferUnder(UK_LIKE_PROFILE, 'police')).toBe(true);
    expect(mayReferUnder(UK_LIKE_PROFILE, 'ngo')).toBe(true);
    expect(mayReferUnder(UK_LIKE_PROFILE, 'health_service')).toBe(false);
    expect(mayReferUnder(UK_LIKE_PROFILE, 'shelter')).toBe(false);
    expect(mayDecideUnder(UK_LIKE_PROFILE, 'competent_authority')).toBe(true);
    expect(mayDecideUnder(UK_LIKE_PROFILE, 'police')).toBe(false);
  });

  it('gives the UK-like profile 45 recovery days and the UK conclusive outcomes', () => {
    expect(UK_LIKE_PROFILE.recoveryPeriodDays).toBe(45);
    expect(UK_LIKE_PROFILE.calendar.timeZone).toBe('Europe/London');
    expect(
      outcomesFor(UK_LIKE_PROFILE, 'conclusive_grounds').map((item) => [item.id, item.positive]),
    ).toEqual([
      ['modern_slavery_trafficking', true],
      ['modern_slavery_slavery_servitude_forced_labour', true],
      ['not_modern_slavery', false],
    ]);
  });

  it('holds eight England and Wales bank holidays a year for 2025–2027, none at a weekend', () => {
    for (const year of ['2025', '2026', '2027']) {
      expect(UK_LIKE_PROFILE.calendar.holidays.filter((day) => day.startsWith(year))).toHaveLength(8);
    }
    for (const day of UK_LIKE_PROFILE.calendar.holidays) {
      expect([0, 6], day).not.toContain(new Date(`${day}T12:00:00Z`).getUTCDay());
    }
  });
});

describe('profileForCase', () => {
  const v2 = ZCountryProfile.parse({ ...UK_LIKE_PROFILE, version: 2, recoveryPeriodDays: 60 });
  const profiles = [UK_LIKE_PROFILE, v2, GENERIC_COE_EU_PROFILE];

  it('keeps a case on the version it started with after a change', () => {
    expect(profileForCase(profiles, { id: 'uk_like', version: 1 })?.recoveryPeriodDays).toBe(45);
    expect(profileForCase(profiles, { id: 'uk_like', version: 2 })?.recoveryPeriodDays).toBe(60);
  });

  it('starts a new case on the newest version', () => {
    const newest = currentProfile(profiles, 'uk_like');
    expect(newest && profileRef(newest)).toEqual({ id: 'uk_like', version: 2 });
    expect(currentProfile(profiles, 'nowhere')).toBeNull();
  });

  it('never substitutes another version for a missing one', () => {
    expect(profileForCase(profiles, { id: 'uk_like', version: 3 })).toBeNull();
  });
});
