import { describe, expect, it } from 'vitest';
import { GENERIC_COE_EU_PROFILE } from '../profiles/generic-coe-eu.js';
import {
  isAssistanceProviderKind,
  isLawEnforcementKind,
  pickChildProtectionOrganisation,
  pickCompetentOrganisation,
  referralTeam,
  type TeamCandidate,
} from './team.js';

const org = (id: string, kind: TeamCandidate['kind'], region = 'north', active = true): TeamCandidate => ({
  id,
  kind,
  region,
  active,
});

describe('pickCompetentOrganisation', () => {
  const candidates = [
    org('ngo', 'ngo'),
    org('old-authority', 'competent_authority', 'capital', false),
    org('authority', 'competent_authority', 'capital'),
    org('authority-2', 'competent_authority', 'south'),
  ];

  it('defaults to the first active organisation of a deciding kind', () => {
    expect(pickCompetentOrganisation(candidates, GENERIC_COE_EU_PROFILE, null)).toEqual({
      ok: true,
      organisation: candidates[2],
    });
  });

  it('takes the organisation the referrer named when it decides under the profile', () => {
    const choice = pickCompetentOrganisation(candidates, GENERIC_COE_EU_PROFILE, 'authority-2');
    expect(choice.ok && choice.organisation.id).toBe('authority-2');
  });

  it('refuses a named organisation that does not decide, or is inactive', () => {
    expect(pickCompetentOrganisation(candidates, GENERIC_COE_EU_PROFILE, 'ngo')).toEqual({
      ok: false,
      reason: 'not_deciding',
    });
    expect(pickCompetentOrganisation(candidates, GENERIC_COE_EU_PROFILE, 'old-authority')).toEqual({
      ok: false,
      reason: 'not_deciding',
    });
  });

  it('says so when no deciding organisation is registered', () => {
    expect(pickCompetentOrganisation([org('ngo', 'ngo')], GENERIC_COE_EU_PROFILE, null)).toEqual({
      ok: false,
      reason: 'none_registered',
    });
  });
});

describe('pickChildProtectionOrganisation', () => {
  it('prefers the service of the region, then a national one, then any active one', () => {
    const regional = org('cp-north', 'child_protection', 'north');
    const national = org('cp-national', 'child_protection', 'national');
    const other = org('cp-south', 'child_protection', 'south');
    expect(pickChildProtectionOrganisation([other, national, regional], 'north')).toBe(regional);
    expect(pickChildProtectionOrganisation([other, national], 'north')).toBe(national);
    expect(pickChildProtectionOrganisation([other], 'north')).toBe(other);
  });

  it('ignores inactive services and other kinds', () => {
    expect(
      pickChildProtectionOrganisation(
        [org('cp', 'child_protection', 'north', false), org('ss', 'social_services', 'north')],
        'north',
      ),
    ).toBeNull();
  });
});

describe('referralTeam', () => {
  it('puts referrer, competent authority, child protection and providers on the team once each', () => {
    expect(
      referralTeam({
        referrerOrgId: 'ngo',
        competentOrgId: 'authority',
        childProtectionOrgId: 'cp',
        providers: [
          { id: 'shelter', kind: 'shelter' },
          { id: 'shelter', kind: 'shelter' },
          { id: 'ngo', kind: 'ngo' },
          { id: 'clinic', kind: 'health_service' },
          { id: 'lawyers', kind: 'legal_aid_provider' },
        ],
      }),
    ).toEqual([
      { organisationId: 'ngo', purpose: 'referral' },
      { organisationId: 'authority', purpose: 'identification' },
      { organisationId: 'cp', purpose: 'child_protection' },
      { organisationId: 'shelter', purpose: 'accommodation' },
      { organisationId: 'ngo', purpose: 'assistance' },
      { organisationId: 'clinic', purpose: 'health' },
      { organisationId: 'lawyers', purpose: 'legal_aid' },
    ]);
  });

  it('adds no child protection for an adult', () => {
    const team = referralTeam({
      referrerOrgId: 'ngo',
      competentOrgId: 'authority',
      childProtectionOrgId: null,
      providers: [],
    });
    expect(team.map((member) => member.purpose)).toEqual(['referral', 'identification']);
  });
});

describe('organisation kinds in consents', () => {
  it('never counts law enforcement as an assistance provider', () => {
    for (const kind of ['police', 'border_guard', 'prosecutor'] as const) {
      expect(isAssistanceProviderKind(kind)).toBe(false);
      expect(isLawEnforcementKind(kind)).toBe(true);
    }
    expect(isAssistanceProviderKind('shelter')).toBe(true);
    expect(isLawEnforcementKind('shelter')).toBe(false);
  });
});
