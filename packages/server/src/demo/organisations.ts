import type { Rng } from './random.js';
import type { DemoAudience, DemoOrganisation } from './types.js';
import type { DemoRegion, OrganisationKind } from './vocabulary.js';

type OrganisationSpec = {
  readonly key: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly region: DemoRegion;
  readonly audience?: readonly DemoAudience[];
};

/**
 * The fictional host country's anti-trafficking landscape. Names are invented; every kind
 * appears at least once, and the front-line services are spread over the eight regions so
 * that regional statistics and referrals between organisations have something to show.
 */
export const ORGANISATION_SPECS: readonly OrganisationSpec[] = [
  // National bodies
  {
    key: 'national-coordinator',
    name: 'National Referral Coordination Office',
    kind: 'national_coordinator',
    region: 'capital',
  },
  {
    key: 'competent-authority',
    name: 'National Identification Authority',
    kind: 'competent_authority',
    region: 'capital',
  },
  {
    key: 'prosecutor',
    name: 'Public Prosecution Service – Trafficking Unit',
    kind: 'prosecutor',
    region: 'capital',
  },
  { key: 'court', name: 'Capital District Court', kind: 'court', region: 'capital' },
  {
    key: 'immigration',
    name: 'Immigration and Asylum Office',
    kind: 'immigration_asylum',
    region: 'capital',
  },
  {
    key: 'reception-west',
    name: 'Western Asylum Reception Centre',
    kind: 'immigration_asylum',
    region: 'west',
  },
  // Law enforcement
  {
    key: 'police-national',
    name: 'National Police Anti-Trafficking Unit',
    kind: 'police',
    region: 'capital',
  },
  { key: 'police-capital', name: 'Capital City Police', kind: 'police', region: 'capital' },
  { key: 'police-north', name: 'Northern Region Police', kind: 'police', region: 'north' },
  { key: 'police-south', name: 'Southern Region Police', kind: 'police', region: 'south' },
  { key: 'police-coast', name: 'Coast Police Directorate', kind: 'police', region: 'coast' },
  { key: 'police-mountains', name: 'Mountain District Police', kind: 'police', region: 'mountains' },
  {
    key: 'border-east',
    name: 'Border Guard – Eastern Frontier Directorate',
    kind: 'border_guard',
    region: 'east',
  },
  {
    key: 'border-airport',
    name: 'Border Guard – Capital Airport Unit',
    kind: 'border_guard',
    region: 'capital',
  },
  // Labour
  {
    key: 'labour-north',
    name: 'Northern Region Labour Inspectorate',
    kind: 'labour_inspectorate',
    region: 'north',
  },
  {
    key: 'labour-south',
    name: 'Southern Region Labour Inspectorate',
    kind: 'labour_inspectorate',
    region: 'south',
  },
  { key: 'union-agri', name: "Agricultural and Food Workers' Union", kind: 'trade_union', region: 'central' },
  {
    key: 'union-general',
    name: "General Workers' Union – Migrant Workers Desk",
    kind: 'trade_union',
    region: 'capital',
  },
  // Health, social services, children, education
  {
    key: 'health-capital',
    name: 'Capital University Hospital – Social Medicine Unit',
    kind: 'health_service',
    region: 'capital',
  },
  {
    key: 'health-mountains',
    name: 'Mountain Valleys Health Centre',
    kind: 'health_service',
    region: 'mountains',
  },
  { key: 'social-capital', name: 'Capital City Social Services', kind: 'social_services', region: 'capital' },
  { key: 'social-north', name: 'Northern Region Social Services', kind: 'social_services', region: 'north' },
  { key: 'social-east', name: 'Eastern Region Social Services', kind: 'social_services', region: 'east' },
  {
    key: 'social-central',
    name: 'Central Region Social Services',
    kind: 'social_services',
    region: 'central',
  },
  { key: 'social-coast', name: 'Coast Municipal Social Services', kind: 'social_services', region: 'coast' },
  {
    key: 'child-protection',
    name: 'Child Protection Service – Capital',
    kind: 'child_protection',
    region: 'capital',
    audience: ['children'],
  },
  {
    key: 'child-protection-west',
    name: 'Western Region Child Protection Service',
    kind: 'child_protection',
    region: 'west',
    audience: ['children'],
  },
  {
    key: 'education-south',
    name: 'Southern Regional Education Office',
    kind: 'education',
    region: 'south',
    audience: ['children'],
  },
  // International and legal
  {
    key: 'embassy',
    name: 'Embassy of Eastmark – Consular Section',
    kind: 'embassy_consulate',
    region: 'capital',
  },
  {
    key: 'international',
    name: 'International Migration Agency – Country Office',
    kind: 'international_organisation',
    region: 'capital',
  },
  { key: 'legal-aid', name: 'Free Legal Aid Centre', kind: 'legal_aid_provider', region: 'capital' },
  {
    key: 'legal-clinic-south',
    name: 'Migrant Rights Legal Clinic',
    kind: 'legal_aid_provider',
    region: 'south',
  },
  // NGOs
  {
    key: 'ngo-open-doors',
    name: 'Open Doors Anti-Trafficking Network',
    kind: 'ngo',
    region: 'capital',
    audience: ['all'],
  },
  {
    key: 'ngo-children-first',
    name: 'Children First Foundation',
    kind: 'ngo',
    region: 'central',
    audience: ['children'],
  },
  {
    key: 'ngo-northern-lights',
    name: 'Northern Lights Support Network',
    kind: 'ngo',
    region: 'north',
    audience: ['all'],
  },
  {
    key: 'ngo-coastal',
    name: 'Coastal Migrant Support Association',
    kind: 'ngo',
    region: 'coast',
    audience: ['all'],
  },
  {
    key: 'ngo-mountain',
    name: 'Mountain Valleys Outreach',
    kind: 'ngo',
    region: 'mountains',
    audience: ['all'],
  },
  {
    key: 'ngo-rainbow',
    name: 'Rainbow Bridge Association',
    kind: 'ngo',
    region: 'east',
    audience: ['lgbti'],
  },
  {
    key: 'ngo-women-south',
    name: 'Southern Women’s Rights Centre',
    kind: 'ngo',
    region: 'south',
    audience: ['women'],
  },
  // Shelters
  {
    key: 'shelter-men',
    name: 'Safe Harbour Shelter for Men',
    kind: 'shelter',
    region: 'coast',
    audience: ['men'],
  },
  {
    key: 'shelter-women',
    name: 'Haven House Women’s Shelter',
    kind: 'shelter',
    region: 'capital',
    audience: ['women'],
  },
  {
    key: 'shelter-boys',
    name: 'Little Oaks Shelter for Boys',
    kind: 'shelter',
    region: 'central',
    audience: ['boys'],
  },
  {
    key: 'shelter-girls',
    name: 'Willow House for Girls',
    kind: 'shelter',
    region: 'north',
    audience: ['girls'],
  },
  {
    key: 'shelter-lgbti',
    name: 'Rainbow House – LGBTI-safe Shelter',
    kind: 'shelter',
    region: 'east',
    audience: ['lgbti'],
  },
  {
    key: 'shelter-families',
    name: 'Westbrook Family Shelter',
    kind: 'shelter',
    region: 'west',
    audience: ['women', 'families'],
  },
  // Other
  { key: 'helpline', name: 'Interfaith Community Helpline', kind: 'other', region: 'north' },
];

export function generateOrganisations(rng: Rng, country: string): DemoOrganisation[] {
  return ORGANISATION_SPECS.map((spec, index) => ({
    id: rng.uuid(),
    key: spec.key,
    name: spec.name,
    kind: spec.kind,
    country,
    region: spec.region,
    contactEmail: `contact@${spec.key}.example.org`,
    // +000 is not an assigned country calling code: these numbers can never ring anyone.
    contactPhone: `+000 1 555 ${String(100 + index).padStart(4, '0')}`,
    audience: spec.audience ?? [],
  }));
}

/** Looks up an organisation by its stable key; throws on a typo so mistakes surface in tests. */
export function organisationByKey(organisations: readonly DemoOrganisation[], key: string): DemoOrganisation {
  const found = organisations.find((o) => o.key === key);
  if (!found) throw new Error(`unknown demo organisation key: ${key}`);
  return found;
}
