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
import { type IndicatorSet, indicator } from './types.js';

const SOURCE = 'ILO/European Commission, Operational indicators of trafficking in human beings (2009)';

/** ILO/EC list "Adult victims of trafficking for labour exploitation". */
export const ILO_EC_ADULT_LABOUR: IndicatorSet = {
  id: 'ilo_ec_adult_labour',
  version: 1,
  titleKey: 'screening.set.ilo_ec_adult_labour',
  population: 'adult',
  exploitation: 'labour',
  source: SOURCE,
  dimensions: [...ALL_SIX_DIMENSIONS],
  indicators: [
    ...DECEPTIVE_RECRUITMENT_COMMON,
    // Deceived about conditions of work.
    indicator('deceptive_recruitment', 'medium', 'dr_conditions'),
    ...COERCIVE_RECRUITMENT_COMMON,
    ...RECRUITMENT_ABUSE_OF_VULNERABILITY_COMMON,
    ...EXPLOITATIVE_CONDITIONS_COMMON,
    // No access to education (weak for adults).
    indicator('exploitative_conditions', 'weak', 'ec_no_education'),
    ...COERCION_AT_DESTINATION_COMMON,
    FORCED_TASKS,
    ...ABUSE_OF_VULNERABILITY_AT_DESTINATION_COMMON,
  ],
};

/** ILO/EC list "Adult victims of trafficking for sexual exploitation". */
export const ILO_EC_ADULT_SEXUAL: IndicatorSet = {
  id: 'ilo_ec_adult_sexual',
  version: 1,
  titleKey: 'screening.set.ilo_ec_adult_sexual',
  population: 'adult',
  exploitation: 'sexual',
  source: SOURCE,
  dimensions: [...ALL_SIX_DIMENSIONS],
  indicators: [
    ...DECEPTIVE_RECRUITMENT_COMMON,
    // Deceived about conditions of prostitution.
    indicator('deceptive_recruitment', 'medium', 'dr_prostitution_conditions', {
      forms: ['sexual_prostitution'],
    }),
    ...COERCIVE_RECRUITMENT_COMMON,
    ...RECRUITMENT_ABUSE_OF_VULNERABILITY_COMMON,
    ...EXPLOITATIVE_CONDITIONS_COMMON,
    indicator('exploitative_conditions', 'weak', 'ec_no_education'),
    ...COERCION_AT_DESTINATION_COMMON,
    FORCED_CLIENTS,
    ...ABUSE_OF_VULNERABILITY_AT_DESTINATION_COMMON,
  ],
};
