/**
 * The questions of the short screen for first contact, in the order they are asked:
 * safety first, then one or two questions per ILO/EC dimension, then one per form of
 * exploitation that screening often misses. Chosen so that together they touch all six
 * dimensions and every overlooked form (tested in screens.test.ts). A question that
 * belongs to no set for the person's population (online sexual exploitation of
 * children, for an adult) is left out of that person's screen.
 *
 * Every key here is also a full-screen question, so the full screen picks up where
 * the short one stopped and never asks again.
 */
export const SHORT_SCREEN_QUESTION_KEYS = [
  'safety_in_danger_now',
  'safety_injured',
  'safety_place_tonight',
  'dr_job_different',
  'cr_threats',
  'rav_economic',
  'ec_excessive_hours',
  'cd_free_to_leave',
  'cd_documents_kept',
  'cd_debt',
  'avd_dependent',
  'cd_forced_sex',
  'fc_crimes',
  'fb_begging',
  'ds_live_in_domestic',
  'fm_marriage',
  'or_organs',
  'osec_images',
] as const;
export type ShortScreenQuestionKey = (typeof SHORT_SCREEN_QUESTION_KEYS)[number];

/** Bumped whenever the list above changes; a screening records the version it used. */
export const SHORT_SCREEN_VERSION = 1;
