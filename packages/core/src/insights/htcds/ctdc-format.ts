import { isCountryCode } from '../../geo/iso-3166.js';
import { alpha2Of, alpha3Of, unRegionOf } from './countries.js';
import {
  type CtdcRegion,
  HTCDS_AGE_BANDS,
  type HtcdsAgeBand,
  type HtcdsRecord,
  type HtcdsRecordGender,
  type LabourSector,
  type MajorityStatus,
  type MeansOfControlValue,
  majorityOfAgeBand,
  type OtherExploitationType,
  type RecruiterRelation,
  type SexualExploitationType,
  type TraffickingDuration,
} from './vocabulary.js';

/**
 * Reading and writing CTDC/HTCDS CSV files, column by column (not by position), so that
 * the layouts CTDC has published all load: the victim–perpetrator release of 2022 (16
 * columns, UN regions, banded years), the Global Synthetic Dataset of 2024 (27 columns,
 * ISO alpha-3, merged means of control) and the 2021 release (individual means, labour
 * and sexual types). A blank, `NULL`, `NA`, `.` or `-99` is "not recorded"; a binary
 * column is `1` (or `0`) as in CTDC. Perpetrator columns (`IP_*`) and columns that are no
 * part of a victim record are reported as not imported, never silently dropped.
 */
export const CTDC_LAYOUTS = ['ctdc_vp_2022', 'ctdc_global_2024', 'ctdc_global_2021', 'htcds_csv'] as const;
export type CtdcLayout = (typeof CTDC_LAYOUTS)[number];

/** Why a row could not be mapped. Codes only: the offending value is never echoed. */
export const CTDC_REJECT_REASONS = [
  'wrong_field_count',
  'malformed_row',
  'invalid_year',
  'unknown_value',
  'invalid_country',
  'invalid_flag',
] as const;
export type CtdcRejectReason = (typeof CTDC_REJECT_REASONS)[number];

export const IGNORED_COLUMN_REASONS = [
  'perpetrator_variable',
  'not_in_victim_record',
  'unknown_column',
] as const;
export type IgnoredColumnReason = (typeof IGNORED_COLUMN_REASONS)[number];

type Draft = {
  -readonly [K in keyof HtcdsRecord]: HtcdsRecord[K] extends readonly (infer T)[] ? T[] : HtcdsRecord[K];
};

type Apply = (value: string, draft: Draft) => CtdcRejectReason | null;

const MISSING = new Set(['', 'null', 'na', 'n/a', '.', '-99', '-']);

function isMissing(value: string): boolean {
  return MISSING.has(value.trim().toLowerCase());
}

function emptyDraft(): Draft {
  return {
    yearFrom: null,
    yearTo: null,
    gender: null,
    ageBand: null,
    majority: null,
    citizenship: null,
    citizenshipRegion: null,
    exploitationCountry: null,
    exploitationRegion: null,
    isForcedLabour: false,
    isSexualExploit: false,
    isOtherExploit: false,
    labourSectors: [],
    sexualTypes: [],
    otherTypes: [],
    meansOfControl: [],
    recruiterRelations: [],
    traffickingMonths: null,
  };
}

const YEAR = /^(\d{4})$/;
const YEAR_BAND = /^(\d{4})\s*[-–—]+\s*(\d{4})$/;

const year: Apply = (raw, d) => {
  const value = raw.trim();
  if (isMissing(value)) return null;
  const single = YEAR.exec(value);
  const band = YEAR_BAND.exec(value);
  const from = Number(single?.[1] ?? band?.[1]);
  const to = Number(single?.[1] ?? band?.[2]);
  if (!(from >= 1900 && to <= 2100 && from <= to)) return 'invalid_year';
  d.yearFrom = from;
  d.yearTo = to;
  return null;
};

const GENDERS: Readonly<Record<string, HtcdsRecordGender | null>> = {
  female: 'female',
  woman: 'female',
  f: 'female',
  male: 'male',
  man: 'male',
  m: 'male',
  'trans/transgender/nonconforming': 'transgender_nonconforming',
  'transgender/nonconforming': 'transgender_nonconforming',
  transgender: 'transgender_nonconforming',
  trans: 'transgender_nonconforming',
  nonconforming: 'transgender_nonconforming',
  transgender_nonconforming: 'transgender_nonconforming',
  unknown: null,
};

const gender: Apply = (raw, d) => {
  if (isMissing(raw)) return null;
  const key = raw.trim().toLowerCase();
  if (!(key in GENDERS)) return 'unknown_value';
  d.gender = GENDERS[key] ?? null;
  return null;
};

const ageBroad: Apply = (raw, d) => {
  if (isMissing(raw)) return null;
  const band = raw
    .trim()
    .replace(/\s+/g, '')
    .replace(/[–—]|-+/g, '-');
  if (!(HTCDS_AGE_BANDS as readonly string[]).includes(band)) return 'unknown_value';
  d.ageBand = band as HtcdsAgeBand;
  return null;
};

const majority: Apply = (raw, d) => {
  if (isMissing(raw)) return null;
  const key = raw.trim().toLowerCase();
  if (key !== 'adult' && key !== 'minor') return key === 'unknown' ? null : 'unknown_value';
  d.majority = key as MajorityStatus;
  return null;
};

const REGIONS: Readonly<Record<string, CtdcRegion>> = {
  africa: 'africa',
  americas: 'americas',
  asia: 'asia',
  europe: 'europe',
  oceania: 'oceania',
  'americas/oceania': 'americas_oceania',
};

function regionOf(raw: string): CtdcRegion | null | undefined {
  if (isMissing(raw)) return null;
  return REGIONS[raw.trim().toLowerCase()];
}

/** A country as alpha-2, alpha-3 or, in some files, only a region name. */
function country(target: 'citizenship' | 'exploitationCountry'): Apply {
  const regionKey = target === 'citizenship' ? 'citizenshipRegion' : 'exploitationRegion';
  return (raw, d) => {
    if (isMissing(raw) || raw.trim().toLowerCase() === 'unknown') return null;
    const value = raw.trim().toUpperCase();
    const alpha2 =
      value.length === 2 && isCountryCode(value) ? value : value.length === 3 ? alpha2Of(value) : null;
    if (alpha2) {
      d[target] = alpha2;
      d[regionKey] ??= unRegionOf(alpha2);
      return null;
    }
    const region = regionOf(raw);
    if (region) {
      d[regionKey] = region;
      return null;
    }
    return 'invalid_country';
  };
}

function region(target: 'citizenshipRegion' | 'exploitationRegion'): Apply {
  return (raw, d) => {
    const value = regionOf(raw);
    if (value === undefined) return 'unknown_value';
    if (value !== null) d[target] = value;
    return null;
  };
}

const traffickMonths: Apply = (raw, d) => {
  if (isMissing(raw)) return null;
  const value = raw.trim();
  let duration: TraffickingDuration | null = null;
  if (/^0\D+12\b/.test(value)) duration = '0-12';
  else if (/^13\D+24\b/.test(value)) duration = '13-24';
  else if (/^25\s*\+/.test(value)) duration = '25+';
  if (!duration) return 'unknown_value';
  d.traffickingMonths = duration;
  return null;
};

/** A CTDC binary column: `1` sets it, `0` or blank leaves it unset. */
function flag(set: (d: Draft) => void): Apply {
  return (raw, d) => {
    const value = raw.trim();
    if (isMissing(value) || value === '0') return null;
    if (value !== '1') return 'invalid_flag';
    set(d);
    return null;
  };
}

function push<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

const means = (value: MeansOfControlValue): Apply => flag((d) => push(d.meansOfControl, value));
const labour = (value: LabourSector): Apply => flag((d) => push(d.labourSectors, value));
const sexual = (value: SexualExploitationType): Apply => flag((d) => push(d.sexualTypes, value));
const otherType = (value: OtherExploitationType): Apply =>
  flag((d) => {
    d.isOtherExploit = true;
    push(d.otherTypes, value);
  });
const recruiter = (value: RecruiterRelation): Apply => flag((d) => push(d.recruiterRelations, value));
/** Recognised, valid, but carries nothing for the record ("not specified"). */
const noteOnly: Apply = flag(() => undefined);

const COLUMNS: Readonly<Record<string, Apply>> = {
  yearOfRegistration: year,
  yearRegister: year,
  gender,
  ageBroad,
  majorityStatus: majority,
  citizenship: country('citizenship'),
  CountryOfExploitation: country('exploitationCountry'),
  UN_COO_Region: region('citizenshipRegion'),
  UN_COE_Region: region('exploitationRegion'),
  traffickMonths,
  isForcedLabour: flag((d) => {
    d.isForcedLabour = true;
  }),
  isSexualExploit: flag((d) => {
    d.isSexualExploit = true;
  }),
  isOtherExploit: flag((d) => {
    d.isOtherExploit = true;
  }),
  isSexAndLabour: flag((d) => {
    d.isForcedLabour = true;
    d.isSexualExploit = true;
  }),
  isForcedMarriage: otherType('forced_marriage'),
  isForcedMilitary: otherType('forced_military'),
  isOrganRemoval: otherType('organ_removal'),
  isSlaveryAndPractices: otherType('slavery_and_practices'),
  // 2024: merged means
  meansDebtBondageEarnings: means('debt_bondage_or_earnings'),
  meansThreats: means('threats_or_coercion'),
  meansAbusePsyPhySex: means('abuse_psychological_physical_sexual'),
  meansFalsePromises: means('false_promises'),
  meansDrugsAlcohol: means('psychoactive_substances'),
  meansDenyBasicNeeds: means('deny_basic_needs'),
  meansExcessiveWorkHours: means('excessive_working_hours'),
  meansWithholdDocs: means('withholds_documents'),
  meansWithholdDocuments: means('withholds_documents'),
  // 2021: the HTCDS methods one by one
  meansOfControlDebtBondage: means('debt_bondage'),
  meansOfControlTakesEarnings: means('takes_earnings'),
  meansOfControlRestrictsFinancialAccess: means('restricts_financial_access'),
  meansOfControlThreats: means('threats'),
  meansOfControlPsychologicalAbuse: means('psychological_abuse'),
  meansOfControlPhysicalAbuse: means('physical_abuse'),
  meansOfControlSexualAbuse: means('sexual_abuse'),
  meansOfControlFalsePromises: means('false_promises'),
  meansOfControlPsychoactiveSubstances: means('psychoactive_substances'),
  meansOfControlRestrictsMovement: means('restricts_movement'),
  meansOfControlRestrictsMedicalCare: means('restricts_medical_care'),
  meansOfControlExcessiveWorkingHours: means('excessive_working_hours'),
  meansOfControlUsesChildren: means('uses_children'),
  meansOfControlThreatOfLawEnforcement: means('threat_of_law_enforcement'),
  meansOfControlWithholdsNecessities: means('withholds_necessities'),
  meansOfControlWithholdsDocuments: means('withholds_documents'),
  meansOfControlOther: means('other'),
  meansOfControlNotSpecified: noteOnly,
  typeOfLabourAgriculture: labour('agriculture'),
  typeOfLabourAquafarming: labour('aquafarming'),
  typeOfLabourBegging: labour('begging'),
  typeOfLabourConstruction: labour('construction'),
  typeOfLabourDomesticWork: labour('domestic_work'),
  typeOfLabourHospitality: labour('hospitality'),
  typeOfLabourIllicitActivities: labour('illicit_activities'),
  typeOfLabourManufacturing: labour('manufacturing'),
  typeOfLabourMiningOrDrilling: labour('mining_or_drilling'),
  typeOfLabourPeddling: labour('peddling'),
  typeOfLabourTransportation: labour('transportation'),
  typeOfLabourOther: labour('other'),
  typeOfLabourNotSpecified: noteOnly,
  typeOfSexProstitution: sexual('prostitution'),
  typeOfSexPornography: sexual('pornography'),
  typeOfSexRemoteInteractiveServices: sexual('remote_interactive_services'),
  typeOfSexPrivateSexualServices: sexual('private_sexual_services'),
  typeOfSexOther: sexual('other'),
  typeOfSexNotSpecified: noteOnly,
  recruiterRelationIntimatePartner: recruiter('intimate_partner'),
  recruiterRelationFriend: recruiter('friend'),
  recruiterRelationFamily: recruiter('family'),
  recruiterRelationOther: recruiter('other'),
  recruiterRelationUnknown: noteOnly,
};

/**
 * The binary columns that add a value to one of a record's lists (means of control,
 * labour sectors, sexual types, other types, recruiter relations), for counting them
 * back out as CTDC's frequency tables do.
 */
export type CtdcListField =
  | 'meansOfControl'
  | 'labourSectors'
  | 'sexualTypes'
  | 'otherTypes'
  | 'recruiterRelations';

export const CTDC_LIST_COLUMNS: Readonly<
  Record<string, { readonly field: CtdcListField; readonly value: string }>
> = {
  meansDebtBondageEarnings: { field: 'meansOfControl', value: 'debt_bondage_or_earnings' },
  meansThreats: { field: 'meansOfControl', value: 'threats_or_coercion' },
  meansAbusePsyPhySex: { field: 'meansOfControl', value: 'abuse_psychological_physical_sexual' },
  meansFalsePromises: { field: 'meansOfControl', value: 'false_promises' },
  meansDrugsAlcohol: { field: 'meansOfControl', value: 'psychoactive_substances' },
  meansDenyBasicNeeds: { field: 'meansOfControl', value: 'deny_basic_needs' },
  meansExcessiveWorkHours: { field: 'meansOfControl', value: 'excessive_working_hours' },
  meansWithholdDocs: { field: 'meansOfControl', value: 'withholds_documents' },
  meansWithholdDocuments: { field: 'meansOfControl', value: 'withholds_documents' },
  meansOfControlDebtBondage: { field: 'meansOfControl', value: 'debt_bondage' },
  meansOfControlTakesEarnings: { field: 'meansOfControl', value: 'takes_earnings' },
  meansOfControlRestrictsFinancialAccess: { field: 'meansOfControl', value: 'restricts_financial_access' },
  meansOfControlThreats: { field: 'meansOfControl', value: 'threats' },
  meansOfControlPsychologicalAbuse: { field: 'meansOfControl', value: 'psychological_abuse' },
  meansOfControlPhysicalAbuse: { field: 'meansOfControl', value: 'physical_abuse' },
  meansOfControlSexualAbuse: { field: 'meansOfControl', value: 'sexual_abuse' },
  meansOfControlFalsePromises: { field: 'meansOfControl', value: 'false_promises' },
  meansOfControlPsychoactiveSubstances: { field: 'meansOfControl', value: 'psychoactive_substances' },
  meansOfControlRestrictsMovement: { field: 'meansOfControl', value: 'restricts_movement' },
  meansOfControlRestrictsMedicalCare: { field: 'meansOfControl', value: 'restricts_medical_care' },
  meansOfControlExcessiveWorkingHours: { field: 'meansOfControl', value: 'excessive_working_hours' },
  meansOfControlUsesChildren: { field: 'meansOfControl', value: 'uses_children' },
  meansOfControlThreatOfLawEnforcement: { field: 'meansOfControl', value: 'threat_of_law_enforcement' },
  meansOfControlWithholdsNecessities: { field: 'meansOfControl', value: 'withholds_necessities' },
  meansOfControlWithholdsDocuments: { field: 'meansOfControl', value: 'withholds_documents' },
  meansOfControlOther: { field: 'meansOfControl', value: 'other' },
  typeOfLabourAgriculture: { field: 'labourSectors', value: 'agriculture' },
  typeOfLabourAquafarming: { field: 'labourSectors', value: 'aquafarming' },
  typeOfLabourBegging: { field: 'labourSectors', value: 'begging' },
  typeOfLabourConstruction: { field: 'labourSectors', value: 'construction' },
  typeOfLabourDomesticWork: { field: 'labourSectors', value: 'domestic_work' },
  typeOfLabourHospitality: { field: 'labourSectors', value: 'hospitality' },
  typeOfLabourIllicitActivities: { field: 'labourSectors', value: 'illicit_activities' },
  typeOfLabourManufacturing: { field: 'labourSectors', value: 'manufacturing' },
  typeOfLabourMiningOrDrilling: { field: 'labourSectors', value: 'mining_or_drilling' },
  typeOfLabourPeddling: { field: 'labourSectors', value: 'peddling' },
  typeOfLabourTransportation: { field: 'labourSectors', value: 'transportation' },
  typeOfLabourOther: { field: 'labourSectors', value: 'other' },
  typeOfSexProstitution: { field: 'sexualTypes', value: 'prostitution' },
  typeOfSexPornography: { field: 'sexualTypes', value: 'pornography' },
  typeOfSexRemoteInteractiveServices: { field: 'sexualTypes', value: 'remote_interactive_services' },
  typeOfSexPrivateSexualServices: { field: 'sexualTypes', value: 'private_sexual_services' },
  typeOfSexOther: { field: 'sexualTypes', value: 'other' },
  isForcedMarriage: { field: 'otherTypes', value: 'forced_marriage' },
  isForcedMilitary: { field: 'otherTypes', value: 'forced_military' },
  isOrganRemoval: { field: 'otherTypes', value: 'organ_removal' },
  isSlaveryAndPractices: { field: 'otherTypes', value: 'slavery_and_practices' },
  recruiterRelationIntimatePartner: { field: 'recruiterRelations', value: 'intimate_partner' },
  recruiterRelationFriend: { field: 'recruiterRelations', value: 'friend' },
  recruiterRelationFamily: { field: 'recruiterRelations', value: 'family' },
  recruiterRelationOther: { field: 'recruiterRelations', value: 'other' },
};

/** Columns CTDC publishes that are no part of the victim record we keep. */
const NOT_IN_RECORD = new Set(
  [
    'Datasource',
    'majorityStatusAtExploit',
    'majorityEntry',
    'isAbduction',
    'RecruiterRelationship',
    'ageBroadAtExploit',
  ].map((c) => c.toLowerCase()),
);

const BY_LOWER = new Map(Object.entries(COLUMNS).map(([name, apply]) => [name.toLowerCase(), apply]));

export type CtdcHeader = {
  readonly layout: CtdcLayout;
  readonly columns: readonly string[];
  /** Parallel to `columns`: how each column is read, or null when it is not imported. */
  readonly readers: readonly (Apply | null)[];
  readonly imported: readonly string[];
  readonly ignored: readonly { readonly column: string; readonly reason: IgnoredColumnReason }[];
};

export class CtdcHeaderError extends Error {
  override readonly name = 'CtdcHeaderError';
  constructor(readonly reason: 'no_known_column' | 'duplicate_column' | 'empty') {
    super(`The file's header cannot be read (${reason})`);
  }
}

function detectLayout(lower: ReadonlySet<string>): CtdcLayout {
  if (lower.has('yearregister') || lower.has('un_coo_region')) return 'ctdc_vp_2022';
  if ([...lower].some((c) => c.startsWith('meansofcontrol')) || lower.has('majoritystatusatexploit')) {
    return 'ctdc_global_2021';
  }
  if (
    lower.has('meansdebtbondageearnings') ||
    (lower.has('countryofexploitation') && lower.has('agebroad'))
  ) {
    return 'ctdc_global_2024';
  }
  return 'htcds_csv';
}

/** Why a column of a CTDC file is not imported (for a column no reader knows). */
export function ignoredColumnReason(column: string): IgnoredColumnReason {
  const l = column.trim().toLowerCase();
  if (l.startsWith('ip_')) return 'perpetrator_variable';
  return NOT_IN_RECORD.has(l) ? 'not_in_victim_record' : 'unknown_column';
}

export function readCtdcHeader(columns: readonly string[]): CtdcHeader {
  const names = columns.map((c) => c.replace(/^\uFEFF/, '').trim());
  if (names.length === 0 || names.every((n) => n === '')) throw new CtdcHeaderError('empty');
  const lower = names.map((n) => n.toLowerCase());
  if (new Set(lower).size !== lower.length) throw new CtdcHeaderError('duplicate_column');
  const readers = lower.map((n) => BY_LOWER.get(n) ?? null);
  if (readers.every((r) => r === null)) throw new CtdcHeaderError('no_known_column');
  const ignored = names.flatMap((name, i) =>
    readers[i] ? [] : [{ column: name, reason: ignoredColumnReason(name) }],
  );
  return {
    layout: detectLayout(new Set(lower)),
    columns: names,
    readers,
    imported: names.filter((_, i) => readers[i] !== null),
    ignored,
  };
}

export type CtdcRowProblem = { readonly column: string; readonly reason: CtdcRejectReason };

export type CtdcRowResult =
  | { readonly ok: true; readonly record: HtcdsRecord }
  | { readonly ok: false; readonly problems: readonly CtdcRowProblem[] };

/** One data row in HTCDS vocabulary, or every problem found in it (the row is then not imported). */
export function readCtdcRow(header: CtdcHeader, fields: readonly string[]): CtdcRowResult {
  if (fields.length !== header.columns.length) {
    return { ok: false, problems: [{ column: '*', reason: 'wrong_field_count' }] };
  }
  const draft = emptyDraft();
  const problems: CtdcRowProblem[] = [];
  header.readers.forEach((read, i) => {
    if (!read) return;
    const reason = read(fields[i] as string, draft);
    if (reason) problems.push({ column: header.columns[i] as string, reason });
  });
  if (problems.length > 0) return { ok: false, problems };
  draft.majority ??= majorityOfAgeBand(draft.ageBand);
  for (const list of [
    draft.labourSectors,
    draft.sexualTypes,
    draft.otherTypes,
    draft.meansOfControl,
    draft.recruiterRelations,
  ]) {
    (list as string[]).sort();
  }
  return { ok: true, record: draft };
}

// ---- labels as CTDC prints them (for reproducing its frequency tables)

const REGION_LABELS: Readonly<Record<CtdcRegion, string>> = {
  africa: 'Africa',
  americas: 'Americas',
  asia: 'Asia',
  europe: 'Europe',
  oceania: 'Oceania',
  americas_oceania: 'Americas/Oceania',
};

export function ctdcRegionLabel(region: CtdcRegion): string {
  return REGION_LABELS[region];
}

export function ctdcGenderLabel(gender: HtcdsRecordGender, layout: CtdcLayout): string {
  if (gender === 'transgender_nonconforming') return 'Trans/Transgender/NonConforming';
  if (layout === 'ctdc_global_2024') return gender === 'female' ? 'Woman' : 'Man';
  return gender === 'female' ? 'Female' : 'Male';
}

export function ctdcAgeLabel(band: HtcdsAgeBand): string {
  return band.replace('-', '--');
}

export function ctdcMajorityLabel(majority: MajorityStatus): string {
  return majority === 'adult' ? 'Adult' : 'Minor';
}

export function ctdcYearLabel(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

export function ctdcCountryLabel(alpha2: string): string {
  return alpha3Of(alpha2) ?? alpha2;
}

// ---- writing

/** One CSV field, quoted when it needs to be (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}
