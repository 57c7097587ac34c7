import { type CountryProfile, ZCountryProfile } from './schema.js';

/** Bank holidays in England and Wales (gov.uk), with substitute days when one falls at a weekend. */
const ENGLAND_AND_WALES_BANK_HOLIDAYS = [
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  // Boxing Day falls on a Saturday: substitute Monday.
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  // Christmas Day and Boxing Day fall on a weekend: substitute Monday and Tuesday.
  '2027-12-27',
  '2027-12-28',
];

/**
 * A UK-like system: designated "first responder organisations" refer (police, Border
 * Force, Immigration Enforcement and UK Visas and Immigration, local authorities'
 * adult and children's services, the Gangmasters and Labour Abuse Authority and some
 * NGOs), the Single Competent Authority decides in two stages: reasonable grounds
 * (target 5 working days) and conclusive grounds after a recovery period (45 days in
 * UK practice). Conclusive outcomes follow the UK's modern-slavery categories.
 */
export const UK_LIKE_PROFILE: CountryProfile = ZCountryProfile.parse({
  id: 'uk_like',
  version: 1,
  name: 'UK-like National Referral Mechanism',
  referringKinds: [
    'police',
    'border_guard',
    'immigration_asylum',
    'social_services',
    'child_protection',
    'labour_inspectorate',
    'ngo',
  ],
  decidingKinds: ['competent_authority'],
  decisionStages: 2,
  reasonableGroundsDeadlineWorkingDays: 5,
  recoveryPeriodDays: 45,
  moveOnPeriodDays: 45,
  outcomeCategories: {
    reasonableGrounds: [
      { id: 'positive', positive: true, labelKey: 'profile.outcome.positive' },
      { id: 'negative', positive: false, labelKey: 'profile.outcome.negative' },
    ],
    conclusiveGrounds: [
      {
        id: 'modern_slavery_trafficking',
        positive: true,
        labelKey: 'profile.outcome.modern_slavery_trafficking',
      },
      {
        id: 'modern_slavery_slavery_servitude_forced_labour',
        positive: true,
        labelKey: 'profile.outcome.modern_slavery_slavery_servitude_forced_labour',
      },
      { id: 'not_modern_slavery', positive: false, labelKey: 'profile.outcome.not_modern_slavery' },
    ],
  },
  calendar: { timeZone: 'Europe/London', weekend: [0, 6], holidays: ENGLAND_AND_WALES_BANK_HOLIDAYS },
  reminderDaysBefore: 1,
});
