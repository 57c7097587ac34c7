import { type IndicatorSet, indicator } from './types.js';

/**
 * The ILO's 11 indicators of forced labour (ILO Special Action Programme to Combat
 * Forced Labour, 2012). The ILO gives them no strengths; we grade as strong the ones
 * that on their own show the menace of a penalty or the loss of freedom (restriction
 * of movement, retention of documents, debt bondage, violence, threats) and as medium
 * the others, matching the ILO/EC grading of the same facts. Each indicator reuses the
 * question the ILO/EC lists already ask, so the full screen never asks twice.
 * Ids are "<ILO indicator>.<question>" when one ILO indicator is asked as several questions.
 */
export const ILO_FORCED_LABOUR_11: IndicatorSet = {
  id: 'ilo_forced_labour_11',
  version: 1,
  titleKey: 'screening.set.ilo_forced_labour_11',
  population: 'any',
  exploitation: 'labour',
  source: 'ILO, Indicators of forced labour (2012)',
  dimensions: [
    'deceptive_recruitment',
    'exploitative_conditions',
    'coercion_at_destination',
    'abuse_of_vulnerability_at_destination',
  ],
  indicators: [
    indicator('abuse_of_vulnerability_at_destination', 'medium', 'avd_dependent', {
      id: 'abuse_of_vulnerability.dependent',
    }),
    indicator('abuse_of_vulnerability_at_destination', 'medium', 'avd_status_fear', {
      id: 'abuse_of_vulnerability.status_fear',
    }),
    indicator('deceptive_recruitment', 'strong', 'dr_job_different', { id: 'deception.job' }),
    indicator('deceptive_recruitment', 'medium', 'dr_wages', { id: 'deception.wages' }),
    indicator('coercion_at_destination', 'strong', 'cd_free_to_leave', {
      id: 'restriction_of_movement',
      indicatesWhen: 'no',
    }),
    indicator('coercion_at_destination', 'medium', 'cd_remote_location', { id: 'isolation.remote' }),
    indicator('coercion_at_destination', 'strong', 'cd_watched', { id: 'isolation.watched' }),
    indicator('coercion_at_destination', 'strong', 'cd_violence', { id: 'physical_and_sexual_violence' }),
    indicator('coercion_at_destination', 'strong', 'cd_threats', { id: 'intimidation_and_threats' }),
    indicator('coercion_at_destination', 'medium', 'cd_threat_denounce', {
      id: 'intimidation_and_threats.denounce',
    }),
    indicator('coercion_at_destination', 'strong', 'cd_documents_kept', {
      id: 'retention_of_identity_documents',
    }),
    indicator('coercion_at_destination', 'medium', 'cd_wages_withheld', { id: 'withholding_of_wages' }),
    indicator('coercion_at_destination', 'strong', 'cd_debt', { id: 'debt_bondage' }),
    indicator('exploitative_conditions', 'medium', 'ec_very_bad_conditions', {
      id: 'abusive_working_and_living_conditions.work',
    }),
    indicator('exploitative_conditions', 'medium', 'ec_bad_living', {
      id: 'abusive_working_and_living_conditions.living',
    }),
    indicator('exploitative_conditions', 'strong', 'ec_excessive_hours', { id: 'excessive_overtime' }),
  ],
};
