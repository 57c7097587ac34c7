import { ORGANISATION_KINDS } from '../organisations/kinds.js';
import { type CountryProfile, ZCountryProfile } from './schema.js';

/**
 * A generic Council of Europe / EU member state: anyone may refer (domain.md,
 * "Identification"), a competent authority decides in two stages, the reasonable-
 * grounds target is 5 working days and the recovery period the CoE minimum of 30 days.
 * No public holidays: a deployment adds its own.
 */
export const GENERIC_COE_EU_PROFILE: CountryProfile = ZCountryProfile.parse({
  id: 'generic_coe_eu',
  version: 1,
  name: 'Generic Council of Europe / EU state',
  referringKinds: [...ORGANISATION_KINDS],
  decidingKinds: ['competent_authority'],
  decisionStages: 2,
  reasonableGroundsDeadlineWorkingDays: 5,
  recoveryPeriodDays: 30,
  moveOnPeriodDays: 30,
  outcomeCategories: {
    reasonableGrounds: [
      { id: 'positive', positive: true, labelKey: 'profile.outcome.positive' },
      { id: 'negative', positive: false, labelKey: 'profile.outcome.negative' },
    ],
    conclusiveGrounds: [
      { id: 'trafficking', positive: true, labelKey: 'profile.outcome.trafficking' },
      { id: 'not_trafficking', positive: false, labelKey: 'profile.outcome.not_trafficking' },
    ],
  },
  calendar: { timeZone: 'Europe/Brussels', weekend: [0, 6], holidays: [] },
  reminderDaysBefore: 1,
});
