import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, sectorOf } from './kinds.js';

describe('organisation sectors', () => {
  it('maps each kind to its statistics sector', () => {
    const bySector = (sector: string): string[] =>
      ORGANISATION_KINDS.filter((kind) => sectorOf(kind) === sector);
    expect(bySector('law_enforcement')).toEqual(['police', 'border_guard', 'prosecutor']);
    expect(bySector('immigration')).toEqual(['immigration_asylum']);
    expect(bySector('civil_society').sort()).toEqual(
      ['international_organisation', 'legal_aid_provider', 'ngo', 'shelter', 'trade_union'].sort(),
    );
    expect(bySector('public_services').sort()).toEqual(
      ['child_protection', 'education', 'health_service', 'labour_inspectorate', 'social_services'].sort(),
    );
    expect(bySector('justice')).toEqual(['court']);
    expect(bySector('coordination')).toEqual(['competent_authority', 'national_coordinator']);
    expect(bySector('diplomatic')).toEqual(['embassy_consulate']);
    expect(bySector('other')).toEqual(['other']);
  });
});
