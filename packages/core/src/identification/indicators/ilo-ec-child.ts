import {
  ABUSE_OF_VULNERABILITY_AT_DESTINATION_COMMON,
  ALL_SIX_DIMENSIONS,
  COERCION_AT_DESTINATION_COMMON,
  COERCIVE_RECRUITMENT_COMMON,
  DECEPTIVE_RECRUITMENT_COMMON,
  EXPLOITATIVE_CONDITIONS_COMMON,
  FORCED_CLIENTS,
  FORCED_TASKS,
  RECRUITMENT_ABUSE_OF_VULNERABILITY_COMMON,
} from './ilo-ec-common.js';
import { type Indicator, type IndicatorSet, indicator } from './types.js';

const SOURCE = 'ILO/European Commission, Operational indicators of trafficking in human beings (2009)';

/**
 * Items the child lists add to the adult ones. For a child the means (deception,
 * coercion, abuse of vulnerability) are not needed to establish trafficking
 * (CoE art. 4(c), EU art. 2(5)); the ILO/EC still asks about them because they show
 * how the child was recruited and controlled.
 */
const CHILD_RECRUITMENT: readonly Indicator[] = [
  // Deceived about access to education opportunities.
  indicator('deceptive_recruitment', 'medium', 'dr_education'),
  // Payments to the person having control over the child (parents, relatives).
  indicator('recruitment_abuse_of_vulnerability', 'medium', 'rav_payment_to_family'),
];
const CHILD_DESTINATION: readonly Indicator[] = [
  // Separated from parents or usual carers.
  indicator('abuse_of_vulnerability_at_destination', 'medium', 'avd_unaccompanied'),
];

/**
 * Exploitative conditions for children: hazardous work is one of the worst forms of
 * child labour (ILO C182 art. 3(d)), so it is strong here; no access to education is
 * medium, not weak as for adults.
 */
const CHILD_LABOUR_CONDITIONS: readonly Indicator[] = [
  ...EXPLOITATIVE_CONDITIONS_COMMON.map((item) =>
    item.questionKey === 'ec_hazardous' ? { ...item, strength: 'strong' as const } : item,
  ),
  indicator('exploitative_conditions', 'medium', 'ec_no_education'),
];

/**
 * For a child any sexual act in exchange for money, goods or shelter is sexual
 * exploitation in itself (CoE art. 19 Lanzarote, EU Directive 2011/93/EU art. 4).
 */
const CHILD_SEXUAL_CONDITIONS: readonly Indicator[] = [
  indicator('exploitative_conditions', 'strong', 'ec_sex_for_money_or_things', {
    forms: ['sexual_prostitution'],
  }),
  ...EXPLOITATIVE_CONDITIONS_COMMON.filter(
    (item) => item.questionKey !== 'ec_no_labour_rights' && item.questionKey !== 'ec_no_social_protection',
  ),
  indicator('exploitative_conditions', 'medium', 'ec_no_education'),
];

/** ILO/EC list "Child victims of trafficking for labour exploitation". */
export const ILO_EC_CHILD_LABOUR: IndicatorSet = {
  id: 'ilo_ec_child_labour',
  version: 1,
  titleKey: 'screening.set.ilo_ec_child_labour',
  population: 'child',
  exploitation: 'labour',
  source: SOURCE,
  dimensions: [...ALL_SIX_DIMENSIONS],
  indicators: [
    ...DECEPTIVE_RECRUITMENT_COMMON,
    indicator('deceptive_recruitment', 'medium', 'dr_conditions'),
    ...COERCIVE_RECRUITMENT_COMMON,
    ...RECRUITMENT_ABUSE_OF_VULNERABILITY_COMMON,
    ...CHILD_RECRUITMENT,
    ...CHILD_LABOUR_CONDITIONS,
    ...COERCION_AT_DESTINATION_COMMON,
    FORCED_TASKS,
    ...ABUSE_OF_VULNERABILITY_AT_DESTINATION_COMMON,
    ...CHILD_DESTINATION,
  ],
};

/** ILO/EC list "Child victims of trafficking for sexual exploitation". */
export const ILO_EC_CHILD_SEXUAL: IndicatorSet = {
  id: 'ilo_ec_child_sexual',
  version: 1,
  titleKey: 'screening.set.ilo_ec_child_sexual',
  population: 'child',
  exploitation: 'sexual',
  source: SOURCE,
  dimensions: [...ALL_SIX_DIMENSIONS],
  indicators: [
    ...DECEPTIVE_RECRUITMENT_COMMON,
    ...COERCIVE_RECRUITMENT_COMMON,
    ...RECRUITMENT_ABUSE_OF_VULNERABILITY_COMMON,
    ...CHILD_RECRUITMENT,
    ...CHILD_SEXUAL_CONDITIONS,
    ...COERCION_AT_DESTINATION_COMMON,
    FORCED_CLIENTS,
    ...ABUSE_OF_VULNERABILITY_AT_DESTINATION_COMMON,
    ...CHILD_DESTINATION,
  ],
};
