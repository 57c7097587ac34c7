import { type CountryProfile, GENERIC_COE_EU_PROFILE } from '@opennrm/core';

/**
 * The country profile every demo referral is made under: the one the migration ships and
 * `settings.country_profile` names (generic CoE/EU, version 1). Deadlines, the recovery
 * period and outcome categories all come from it, so the demo agrees with the routes.
 */
export const DEMO_PROFILE: CountryProfile = GENERIC_COE_EU_PROFILE;

/** The outcome categories of the profile, by stage and sign. */
export function outcomeOf(stage: 'reasonable_grounds' | 'conclusive_grounds', positive: boolean): string {
  const categories =
    stage === 'reasonable_grounds'
      ? (DEMO_PROFILE.outcomeCategories.reasonableGrounds ?? [])
      : DEMO_PROFILE.outcomeCategories.conclusiveGrounds;
  const category = categories.find((c) => c.positive === positive);
  if (!category)
    throw new Error(`the demo profile has no ${positive ? 'positive' : 'negative'} ${stage} outcome`);
  return category.id;
}
