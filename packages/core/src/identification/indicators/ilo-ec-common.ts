import { type Indicator, indicator } from './types.js';

/**
 * Indicator groups that recur across the four ILO/EC lists (ILO and European
 * Commission, "Operational indicators of trafficking in human beings", results from a
 * Delphi survey, 2009). Each list is assembled from these groups plus the indicators
 * that are its own (see ilo-ec-adult.ts and ilo-ec-child.ts).
 *
 * The indicator names and strengths are reproduced from the published tables as
 * faithfully as we could without the document at hand; the question keys point to
 * plain-language questions (messages/en-*.ts), not to the ILO/EC wording. Where one
 * ILO/EC indicator is too broad for one question (isolation, confinement or
 * surveillance), it is asked as two questions with the same strength.
 */

const DR = 'deceptive_recruitment';
const CR = 'coercive_recruitment';
const RAV = 'recruitment_abuse_of_vulnerability';
const EC = 'exploitative_conditions';
const CD = 'coercion_at_destination';
const AVD = 'abuse_of_vulnerability_at_destination';

/** "Deceptive recruitment (through deception about…)", without the list-specific items. */
export const DECEPTIVE_RECRUITMENT_COMMON: readonly Indicator[] = [
  // Deceived about the nature of the job, location or employer.
  indicator(DR, 'strong', 'dr_job_different'),
  // Deceived about the content or legality of the work contract.
  indicator(DR, 'medium', 'dr_contract'),
  indicator(DR, 'medium', 'dr_family_reunification'),
  // Deceived about housing and living conditions.
  indicator(DR, 'medium', 'dr_housing'),
  // Deceived about legal documentation or obtaining legal migrant status.
  indicator(DR, 'medium', 'dr_documents'),
  // Deceived about travel and recruitment conditions.
  indicator(DR, 'medium', 'dr_travel'),
  // Deceived about wages/earnings.
  indicator(DR, 'medium', 'dr_wages'),
  // Deceived through promises of marriage or adoption.
  indicator(DR, 'medium', 'dr_marriage_adoption'),
];

/** "Coercive recruitment (through…)". */
export const COERCIVE_RECRUITMENT_COMMON: readonly Indicator[] = [
  indicator(CR, 'strong', 'cr_violence'),
  indicator(CR, 'strong', 'cr_threats'),
  // Abduction, forced marriage, forced adoption or selling of the person.
  indicator(CR, 'medium', 'cr_abduction_sale'),
  indicator(CR, 'medium', 'cr_documents'),
  indicator(CR, 'medium', 'cr_debt'),
  // Isolation, confinement or surveillance.
  indicator(CR, 'medium', 'cr_isolation'),
  // Threats of denunciation to authorities.
  indicator(CR, 'medium', 'cr_threat_denounce'),
  // Threats to inform family, community or public.
  indicator(CR, 'medium', 'cr_threat_inform_family'),
  // Violence on family (threats or effective).
  indicator(CR, 'medium', 'cr_family_harmed'),
  // Withholding of money.
  indicator(CR, 'medium', 'cr_money_withheld'),
];

/** "Recruitment by abuse of vulnerability". */
export const RECRUITMENT_ABUSE_OF_VULNERABILITY_COMMON: readonly Indicator[] = [
  indicator(RAV, 'medium', 'rav_family_situation'),
  // Abuse of irregular ("illegal") status.
  indicator(RAV, 'medium', 'rav_irregular_status'),
  // Abuse of lack of education (job-related).
  indicator(RAV, 'medium', 'rav_lack_of_education'),
  indicator(RAV, 'medium', 'rav_lack_of_information'),
  // Control by exploiters.
  indicator(RAV, 'medium', 'rav_controlled_by_exploiters'),
  // Economic reasons.
  indicator(RAV, 'medium', 'rav_economic'),
  // False information about law, attitude of authorities.
  indicator(RAV, 'medium', 'rav_false_info_authorities'),
  // False information about successful migration.
  indicator(RAV, 'medium', 'rav_false_info_migration'),
  indicator(RAV, 'medium', 'rav_personal_situation'),
  // Psychological and emotional dependency.
  indicator(RAV, 'medium', 'rav_emotional_dependency'),
  // Relationship with authorities/legal status.
  indicator(RAV, 'medium', 'rav_relationship_authorities'),
  // Abuse of cultural/religious beliefs (e.g. an oath or ritual).
  indicator(RAV, 'medium', 'rav_cultural_beliefs'),
  // General context (poverty, conflict, discrimination where the person lived).
  indicator(RAV, 'weak', 'rav_general_context'),
];

/** "Exploitative conditions" shared by the labour lists and the adult sexual list. */
export const EXPLOITATIVE_CONDITIONS_COMMON: readonly Indicator[] = [
  // Excessive working days or hours.
  indicator(EC, 'strong', 'ec_excessive_hours'),
  indicator(EC, 'medium', 'ec_bad_living'),
  indicator(EC, 'medium', 'ec_hazardous'),
  // Low or no salary.
  indicator(EC, 'medium', 'ec_low_or_no_pay'),
  // No respect of labour laws or contract signed.
  indicator(EC, 'medium', 'ec_no_labour_rights'),
  // No social protection (contract, social insurance, etc.).
  indicator(EC, 'medium', 'ec_no_social_protection'),
  // Very bad working conditions.
  indicator(EC, 'medium', 'ec_very_bad_conditions'),
  indicator(EC, 'medium', 'ec_wage_manipulation'),
];

/** "Coercion at destination", without "forced tasks or clients" (asked per list). */
export const COERCION_AT_DESTINATION_COMMON: readonly Indicator[] = [
  // Confiscation of documents.
  indicator(CD, 'strong', 'cd_documents_kept'),
  indicator(CD, 'strong', 'cd_debt'),
  // Isolation, confinement or surveillance: asked as "free to leave" and "watched".
  indicator(CD, 'strong', 'cd_free_to_leave', { id: 'cd_confinement', indicatesWhen: 'no' }),
  indicator(CD, 'strong', 'cd_watched'),
  // Threats of violence against the person.
  indicator(CD, 'strong', 'cd_threats'),
  // Violence on the person (physical or sexual).
  indicator(CD, 'strong', 'cd_violence'),
  // Forced into illicit/criminal activities.
  indicator(CD, 'medium', 'fc_crimes', { id: 'cd_illicit_activities', forms: ['forced_criminality'] }),
  indicator(CD, 'medium', 'cd_act_against_peers'),
  // Forced to lie to authorities, family, etc.
  indicator(CD, 'medium', 'cd_lie_to_authorities'),
  // Threat of denunciation to authorities.
  indicator(CD, 'medium', 'cd_threat_denounce'),
  // Threat to impose even worse working conditions.
  indicator(CD, 'medium', 'cd_threat_worse_conditions'),
  // Threats to inform family, community or public.
  indicator(CD, 'medium', 'cd_threat_inform_family'),
  // Under strong influence (e.g. drugs, alcohol).
  indicator(CD, 'medium', 'cd_strong_influence'),
  // Violence on family (threats or effective).
  indicator(CD, 'medium', 'cd_family_harmed'),
  // Withholding of wages.
  indicator(CD, 'medium', 'cd_wages_withheld'),
];

/** "Forced tasks or clients", as asked in a labour list and in a sexual list. */
export const FORCED_TASKS: Indicator = indicator(CD, 'medium', 'cd_forced_tasks');
export const FORCED_CLIENTS: Indicator = indicator(CD, 'medium', 'cd_forced_sex', {
  forms: ['sexual_prostitution'],
});

/** "Abuse of vulnerability at destination". */
export const ABUSE_OF_VULNERABILITY_AT_DESTINATION_COMMON: readonly Indicator[] = [
  // Dependency on exploiters.
  indicator(AVD, 'medium', 'avd_dependent'),
  // Difficulty to communicate (language).
  indicator(AVD, 'medium', 'avd_language'),
  // Difficulty to live in an unknown area.
  indicator(AVD, 'medium', 'avd_unknown_area'),
  indicator(AVD, 'medium', 'avd_economic'),
  indicator(AVD, 'medium', 'avd_family_situation'),
  // Relationship with authorities/legal status.
  indicator(AVD, 'medium', 'avd_status_fear'),
  indicator(AVD, 'medium', 'avd_emotional_dependency'),
  // Difficulties in the past.
  indicator(AVD, 'weak', 'avd_past_difficulties'),
];

export const ALL_SIX_DIMENSIONS = [DR, CR, RAV, EC, CD, AVD] as const;
