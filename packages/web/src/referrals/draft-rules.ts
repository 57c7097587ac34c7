import type { ReferralOptions } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * What the form offers when the server cannot be reached: no lists of organisations, so
 * the competent authority is the default one and providers are added once back online.
 */
export const OFFLINE_OPTIONS: ReferralOptions = {
  profile: { id: '', version: 0, name: '', decisionStages: 2, reasonableGroundsDeadlineWorkingDays: 5 },
  mayRefer: true,
  ownRegion: '',
  regions: [],
  competentAuthorities: [],
  providers: [],
};
