import { type IndicatorSet, indicator } from './types.js';

/**
 * Indicator lists for forms of exploitation that screening often misses. Drawn from
 * the ILO/EC lists, UNODC's indicator sheets and practitioner guidance (UK Home Office
 * statutory guidance, OSCE/ODIHR); the grading is ours. Indicators specific to the
 * form carry it in `forms`; shared ones (documents kept, wages withheld) do not, so
 * that they do not point to one form on their own.
 */
const SOURCE = 'OpenNRM list drawing on ILO/EC (2009), UNODC indicators and OSCE/ODIHR guidance';

export const DOMESTIC_SERVITUDE: IndicatorSet = {
  id: 'domestic_servitude',
  version: 1,
  titleKey: 'screening.set.domestic_servitude',
  population: 'any',
  exploitation: 'labour',
  source: SOURCE,
  dimensions: ['deceptive_recruitment', 'exploitative_conditions', 'coercion_at_destination'],
  indicators: [
    indicator('coercion_at_destination', 'strong', 'ds_live_in_domestic', { forms: ['domestic_servitude'] }),
    indicator('deceptive_recruitment', 'medium', 'ds_promised_family_or_study', {
      forms: ['domestic_servitude'],
    }),
    indicator('exploitative_conditions', 'medium', 'ds_always_on_call', { forms: ['domestic_servitude'] }),
    indicator('exploitative_conditions', 'medium', 'ds_no_own_sleeping_place', {
      forms: ['domestic_servitude'],
    }),
    indicator('exploitative_conditions', 'medium', 'ds_less_food', { forms: ['domestic_servitude'] }),
    indicator('coercion_at_destination', 'medium', 'ds_no_contact_family', { forms: ['domestic_servitude'] }),
    indicator('coercion_at_destination', 'strong', 'cd_documents_kept'),
    indicator('coercion_at_destination', 'medium', 'cd_wages_withheld'),
  ],
};

export const FORCED_BEGGING: IndicatorSet = {
  id: 'forced_begging',
  version: 1,
  titleKey: 'screening.set.forced_begging',
  population: 'any',
  exploitation: 'any',
  source: SOURCE,
  dimensions: ['exploitative_conditions', 'coercion_at_destination', 'abuse_of_vulnerability_at_destination'],
  indicators: [
    indicator('coercion_at_destination', 'strong', 'fb_begging', { forms: ['forced_begging'] }),
    indicator('exploitative_conditions', 'medium', 'fb_quota', { forms: ['forced_begging'] }),
    indicator('coercion_at_destination', 'strong', 'fb_punished', { forms: ['forced_begging'] }),
    indicator('exploitative_conditions', 'medium', 'fb_show_injury', { forms: ['forced_begging'] }),
    indicator('coercion_at_destination', 'medium', 'fb_driven_to_place', { forms: ['forced_begging'] }),
    indicator('abuse_of_vulnerability_at_destination', 'medium', 'avd_dependent'),
  ],
};

export const FORCED_CRIMINALITY: IndicatorSet = {
  id: 'forced_criminality',
  version: 1,
  titleKey: 'screening.set.forced_criminality',
  population: 'any',
  exploitation: 'any',
  source: SOURCE,
  dimensions: ['exploitative_conditions', 'coercion_at_destination'],
  indicators: [
    indicator('coercion_at_destination', 'strong', 'fc_crimes', { forms: ['forced_criminality'] }),
    indicator('exploitative_conditions', 'medium', 'fc_locked_with_plants', {
      forms: ['forced_criminality'],
    }),
    indicator('coercion_at_destination', 'medium', 'fc_drugs_other_towns', { forms: ['forced_criminality'] }),
    indicator('coercion_at_destination', 'medium', 'fc_told_punished_if_caught', {
      forms: ['forced_criminality'],
    }),
    indicator('coercion_at_destination', 'medium', 'fc_debt_for_losses', { forms: ['forced_criminality'] }),
    indicator('coercion_at_destination', 'medium', 'cd_lie_to_authorities'),
  ],
};
