import type { HtcdsGender } from '../../persons/gender.js';

/**
 * The exchange vocabulary of IOM's Human Trafficking Case Data Standard (HTCDS) as the
 * CTDC data sets use it (codebook of the Global Synthetic Dataset, v2 February 2024, and
 * the 2021 release it replaced). Keys are our own snake_case spellings; ctdc-format.ts
 * reads and writes CTDC's column names and values.
 */

/** CTDC `ageBroad`: age at registration. The 9–17 band is one band in CTDC (three in OpenNRM). */
export const HTCDS_AGE_BANDS = [
  '0-8',
  '9-17',
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
] as const;
export type HtcdsAgeBand = (typeof HTCDS_AGE_BANDS)[number];

export const MAJORITY_STATUSES = ['adult', 'minor'] as const;
export type MajorityStatus = (typeof MAJORITY_STATUSES)[number];

/** CTDC's victim–perpetrator release merges the Americas and Oceania into one region. */
export const CTDC_REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania', 'americas_oceania'] as const;
export type CtdcRegion = (typeof CTDC_REGIONS)[number];

/** CTDC `traffickMonths`: reported duration of trafficking. */
export const TRAFFICKING_DURATIONS = ['0-12', '13-24', '25+'] as const;
export type TraffickingDuration = (typeof TRAFFICKING_DURATIONS)[number];

/**
 * HTCDS methods of control: sixteen methods and "other" (CTDC 2021 `meansOfControl*`).
 * domain.md, "Data, statistics and stock-taking".
 */
export const METHODS_OF_CONTROL = [
  'debt_bondage',
  'takes_earnings',
  'restricts_financial_access',
  'threats',
  'psychological_abuse',
  'physical_abuse',
  'sexual_abuse',
  'false_promises',
  'psychoactive_substances',
  'restricts_movement',
  'restricts_medical_care',
  'excessive_working_hours',
  'uses_children',
  'threat_of_law_enforcement',
  'withholds_necessities',
  'withholds_documents',
  'other',
] as const;
export type MethodOfControl = (typeof METHODS_OF_CONTROL)[number];

/** Means of control the 2024 release merges (codebook Appendix II, after Stöckl et al. 2021). */
export const MERGED_MEANS_OF_CONTROL = [
  'debt_bondage_or_earnings',
  'threats_or_coercion',
  'abuse_psychological_physical_sexual',
  'deny_basic_needs',
] as const;
export type MergedMeansOfControl = (typeof MERGED_MEANS_OF_CONTROL)[number];

/**
 * The eight means-of-control columns of the 2024 release: four merged groups and four
 * single methods. A data set with only these columns is imported with these values.
 */
export const MEANS_OF_CONTROL_GROUPS = [
  'debt_bondage_or_earnings',
  'threats_or_coercion',
  'abuse_psychological_physical_sexual',
  'false_promises',
  'psychoactive_substances',
  'deny_basic_needs',
  'excessive_working_hours',
  'withholds_documents',
] as const;
export type MeansOfControlGroup = (typeof MEANS_OF_CONTROL_GROUPS)[number];

export const MEANS_GROUP_OF_METHOD: Readonly<Record<MethodOfControl, MeansOfControlGroup | null>> = {
  debt_bondage: 'debt_bondage_or_earnings',
  takes_earnings: 'debt_bondage_or_earnings',
  threats: 'threats_or_coercion',
  uses_children: 'threats_or_coercion',
  threat_of_law_enforcement: 'threats_or_coercion',
  psychological_abuse: 'abuse_psychological_physical_sexual',
  physical_abuse: 'abuse_psychological_physical_sexual',
  sexual_abuse: 'abuse_psychological_physical_sexual',
  false_promises: 'false_promises',
  psychoactive_substances: 'psychoactive_substances',
  restricts_financial_access: 'deny_basic_needs',
  restricts_movement: 'deny_basic_needs',
  restricts_medical_care: 'deny_basic_needs',
  withholds_necessities: 'deny_basic_needs',
  excessive_working_hours: 'excessive_working_hours',
  withholds_documents: 'withholds_documents',
  // No column for "other" in the 2024 release.
  other: null,
};

/** A stored means-of-control value: a single method, or a merged group when only that is known. */
export type MeansOfControlValue = MethodOfControl | MergedMeansOfControl;

export const MEANS_OF_CONTROL_VALUES: readonly MeansOfControlValue[] = [
  ...METHODS_OF_CONTROL,
  ...MERGED_MEANS_OF_CONTROL,
];

/** The 2024 column a stored value counts in (a merged group is its own group). */
export function meansGroupOf(value: MeansOfControlValue): MeansOfControlGroup | null {
  return (MERGED_MEANS_OF_CONTROL as readonly string[]).includes(value)
    ? (value as MergedMeansOfControl)
    : MEANS_GROUP_OF_METHOD[value as MethodOfControl];
}

/** HTCDS labour sectors (CTDC 2021 `typeOfLabour*`; the 2024 release keeps the first four it lists). */
export const LABOUR_SECTORS = [
  'agriculture',
  'aquafarming',
  'begging',
  'construction',
  'domestic_work',
  'hospitality',
  'illicit_activities',
  'manufacturing',
  'mining_or_drilling',
  'peddling',
  'transportation',
  'other',
] as const;
export type LabourSector = (typeof LABOUR_SECTORS)[number];

/** HTCDS types of sexual exploitation (CTDC `typeOfSex*`). */
export const SEXUAL_EXPLOITATION_TYPES = [
  'prostitution',
  'pornography',
  'remote_interactive_services',
  'private_sexual_services',
  'other',
] as const;
export type SexualExploitationType = (typeof SEXUAL_EXPLOITATION_TYPES)[number];

/** Other forms (CTDC `isOtherExploit`: forced marriage, forced military, organ removal; 2021 adds slavery). */
export const OTHER_EXPLOITATION_TYPES = [
  'forced_marriage',
  'forced_military',
  'organ_removal',
  'slavery_and_practices',
  'other',
] as const;
export type OtherExploitationType = (typeof OTHER_EXPLOITATION_TYPES)[number];

/** Who recruited the person (CTDC `recruiterRelation*`). */
export const RECRUITER_RELATIONS = ['intimate_partner', 'friend', 'family', 'other'] as const;
export type RecruiterRelation = (typeof RECRUITER_RELATIONS)[number];

/** Main types of exploitation in CTDC (a record may hold several). */
export const HTCDS_EXPLOITATION_TYPES = ['forced_labour', 'sexual', 'other'] as const;
export type HtcdsExploitationType = (typeof HTCDS_EXPLOITATION_TYPES)[number];

/** HTCDS gender without "unknown": a missing value is null, as in CTDC files. */
export type HtcdsRecordGender = Exclude<HtcdsGender, 'unknown'>;

/**
 * One person in HTCDS vocabulary, as imported from a CTDC file or exported from OpenNRM.
 * null means "not recorded"; empty lists mean nothing recorded. No identifier.
 */
export type HtcdsRecord = {
  /** Year of registration, or a band [from, to] as in CTDC's victim–perpetrator release. */
  readonly yearFrom: number | null;
  readonly yearTo: number | null;
  readonly gender: HtcdsRecordGender | null;
  readonly ageBand: HtcdsAgeBand | null;
  readonly majority: MajorityStatus | null;
  /** ISO 3166-1 alpha-2. */
  readonly citizenship: string | null;
  readonly citizenshipRegion: CtdcRegion | null;
  readonly exploitationCountry: string | null;
  readonly exploitationRegion: CtdcRegion | null;
  readonly isForcedLabour: boolean;
  readonly isSexualExploit: boolean;
  readonly isOtherExploit: boolean;
  readonly labourSectors: readonly LabourSector[];
  readonly sexualTypes: readonly SexualExploitationType[];
  readonly otherTypes: readonly OtherExploitationType[];
  readonly meansOfControl: readonly MeansOfControlValue[];
  readonly recruiterRelations: readonly RecruiterRelation[];
  readonly traffickingMonths: TraffickingDuration | null;
};

export function majorityOfAgeBand(band: HtcdsAgeBand | null): MajorityStatus | null {
  if (band === null) return null;
  return band === '0-8' || band === '9-17' ? 'minor' : 'adult';
}

/** The exploitation types a record holds; CTDC's denominator rule: none recorded → type unknown. */
export function exploitationTypesOf(record: HtcdsRecord): HtcdsExploitationType[] {
  const types: HtcdsExploitationType[] = [];
  if (record.isForcedLabour) types.push('forced_labour');
  if (record.isSexualExploit) types.push('sexual');
  if (record.isOtherExploit) types.push('other');
  return types;
}
