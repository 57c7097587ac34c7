import { type IndicatorSet, indicator } from './types.js';

/** See overlooked-labour.ts for how these lists were drawn up. */
const SOURCE = 'OpenNRM list drawing on ILO/EC (2009), UNODC indicators and OSCE/ODIHR guidance';

export const ORGAN_REMOVAL: IndicatorSet = {
  id: 'organ_removal',
  version: 1,
  titleKey: 'screening.set.organ_removal',
  population: 'any',
  exploitation: 'any',
  source: SOURCE,
  dimensions: [
    'deceptive_recruitment',
    'coercive_recruitment',
    'recruitment_abuse_of_vulnerability',
    'exploitative_conditions',
  ],
  indicators: [
    indicator('exploitative_conditions', 'strong', 'or_organs', { forms: ['organ_removal'] }),
    indicator('exploitative_conditions', 'medium', 'or_unexplained_scar', { forms: ['organ_removal'] }),
    indicator('deceptive_recruitment', 'medium', 'or_unexplained_tests', { forms: ['organ_removal'] }),
    indicator('deceptive_recruitment', 'medium', 'or_taken_for_operation', { forms: ['organ_removal'] }),
    indicator('recruitment_abuse_of_vulnerability', 'medium', 'or_offered_money', {
      forms: ['organ_removal'],
    }),
    indicator('coercive_recruitment', 'strong', 'or_pressured_to_agree', { forms: ['organ_removal'] }),
  ],
};

export const FORCED_MARRIAGE: IndicatorSet = {
  id: 'forced_marriage',
  version: 1,
  titleKey: 'screening.set.forced_marriage',
  population: 'any',
  exploitation: 'any',
  source: SOURCE,
  dimensions: [
    'coercive_recruitment',
    'recruitment_abuse_of_vulnerability',
    'exploitative_conditions',
    'coercion_at_destination',
  ],
  indicators: [
    indicator('coercive_recruitment', 'strong', 'fm_marriage', { forms: ['forced_marriage'] }),
    indicator('recruitment_abuse_of_vulnerability', 'medium', 'fm_payment_to_family', {
      forms: ['forced_marriage'],
    }),
    indicator('recruitment_abuse_of_vulnerability', 'medium', 'fm_under_18', { forms: ['forced_marriage'] }),
    indicator('exploitative_conditions', 'medium', 'fm_unpaid_work', { forms: ['forced_marriage'] }),
    indicator('coercion_at_destination', 'strong', 'fm_forced_sex', { forms: ['forced_marriage'] }),
    indicator('coercion_at_destination', 'medium', 'fm_kept_in', { forms: ['forced_marriage'] }),
    indicator('coercion_at_destination', 'medium', 'fm_harm_if_leave', { forms: ['forced_marriage'] }),
  ],
};

/** Online sexual exploitation of children, including live-streamed abuse and sexual extortion. */
export const ONLINE_SEXUAL_EXPLOITATION_OF_CHILDREN: IndicatorSet = {
  id: 'online_sexual_exploitation_of_children',
  version: 1,
  titleKey: 'screening.set.online_sexual_exploitation_of_children',
  population: 'child',
  exploitation: 'sexual',
  source: SOURCE,
  dimensions: ['deceptive_recruitment', 'exploitative_conditions', 'coercion_at_destination'],
  indicators: [
    indicator('exploitative_conditions', 'strong', 'osec_images', { forms: ['sexual_online'] }),
    indicator('exploitative_conditions', 'strong', 'osec_paid', { forms: ['sexual_online'] }),
    indicator('deceptive_recruitment', 'medium', 'osec_groomed', { forms: ['sexual_online'] }),
    indicator('deceptive_recruitment', 'medium', 'osec_asked_to_meet', { forms: ['sexual_online'] }),
    indicator('coercion_at_destination', 'strong', 'osec_threat_to_share', { forms: ['sexual_online'] }),
    indicator('coercion_at_destination', 'strong', 'osec_adult_arranged', { forms: ['sexual_online'] }),
    indicator('coercion_at_destination', 'medium', 'osec_told_secret', { forms: ['sexual_online'] }),
  ],
};
