import { alpha3Of } from './countries.js';
import { csvLine, ctdcAgeLabel, ctdcGenderLabel, ctdcMajorityLabel, ctdcRegionLabel } from './ctdc-format.js';
import {
  type HtcdsRecord,
  LABOUR_SECTORS,
  type LabourSector,
  OTHER_EXPLOITATION_TYPES,
  type OtherExploitationType,
  SEXUAL_EXPLOITATION_TYPES,
  type SexualExploitationType,
} from './vocabulary.js';

/**
 * A CTDC-style k-anonymised microdata file: every combination of the quasi-identifiers
 * (year, gender, age, citizenship, exploitation) that appears in the file appears at
 * least k times (default 11, as CTDC's k-anonymised Global Dataset).
 *
 * Method: full-domain generalisation with the Datafly heuristic (Sweeney 2002), then
 * record suppression. Each quasi-identifier has a hierarchy — year → 5-year band →
 * withheld; age band → child/adult → withheld; country → UN region → withheld; gender →
 * withheld; exploitation with its sectors and types → main types only → withheld. While
 * more records sit in classes smaller than k than the suppression limit allows, the
 * quasi-identifier with the most distinct values is generalised one level; then the
 * records still in classes smaller than k are left out (and counted). A withheld value is
 * blank, as a missing one: at that level every record is blank, so the two never mix.
 */
export const DEFAULT_K = 11;
/** Share of records that may be left out instead of generalising further. */
export const DEFAULT_MAX_SUPPRESSION_SHARE = 0.05;

export const QUASI_IDENTIFIERS = ['year', 'gender', 'age', 'citizenship', 'exploitation'] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];

const LABOUR_COLUMNS: Readonly<Record<LabourSector, string>> = {
  agriculture: 'typeOfLabourAgriculture',
  aquafarming: 'typeOfLabourAquafarming',
  begging: 'typeOfLabourBegging',
  construction: 'typeOfLabourConstruction',
  domestic_work: 'typeOfLabourDomesticWork',
  hospitality: 'typeOfLabourHospitality',
  illicit_activities: 'typeOfLabourIllicitActivities',
  manufacturing: 'typeOfLabourManufacturing',
  mining_or_drilling: 'typeOfLabourMiningOrDrilling',
  peddling: 'typeOfLabourPeddling',
  transportation: 'typeOfLabourTransportation',
  other: 'typeOfLabourOther',
};
const SEX_COLUMNS: Readonly<Record<SexualExploitationType, string>> = {
  prostitution: 'typeOfSexProstitution',
  pornography: 'typeOfSexPornography',
  remote_interactive_services: 'typeOfSexRemoteInteractiveServices',
  private_sexual_services: 'typeOfSexPrivateSexualServices',
  other: 'typeOfSexOther',
};
const OTHER_COLUMNS: Readonly<Record<OtherExploitationType, string | null>> = {
  forced_marriage: 'isForcedMarriage',
  forced_military: 'isForcedMilitary',
  organ_removal: 'isOrganRemoval',
  slavery_and_practices: 'isSlaveryAndPractices',
  other: null,
};

type Hierarchy = {
  readonly columns: readonly string[];
  /** Level 0 is the most detailed; the last level withholds everything. */
  readonly levels: readonly string[];
  readonly values: (record: HtcdsRecord, level: number) => readonly string[];
};

const bit = (on: boolean): string => (on ? '1' : '');

const HIERARCHIES: Readonly<Record<QuasiIdentifier, Hierarchy>> = {
  year: {
    columns: ['yearOfRegistration'],
    levels: ['year', 'five_years', 'withheld'],
    values: (r, level) => {
      if (level >= 2 || r.yearFrom === null || r.yearTo === null) return [''];
      if (level === 0 && r.yearFrom === r.yearTo) return [String(r.yearFrom)];
      const from = Math.floor(r.yearFrom / 5) * 5;
      const to = Math.floor(r.yearTo / 5) * 5 + 4;
      return [`${from}-${to}`];
    },
  },
  gender: {
    columns: ['gender'],
    levels: ['gender', 'withheld'],
    values: (r, level) => [
      level >= 1 || r.gender === null ? '' : ctdcGenderLabel(r.gender, 'ctdc_global_2021'),
    ],
  },
  age: {
    columns: ['ageBroad', 'majorityStatus'],
    levels: ['age_band', 'child_or_adult', 'withheld'],
    values: (r, level) => [
      level >= 1 || r.ageBand === null ? '' : ctdcAgeLabel(r.ageBand),
      level >= 2 || r.majority === null ? '' : ctdcMajorityLabel(r.majority),
    ],
  },
  citizenship: {
    columns: ['citizenship', 'UN_COO_Region'],
    levels: ['country', 'un_region', 'withheld'],
    values: (r, level) => [
      level >= 1 || r.citizenship === null ? '' : (alpha3Of(r.citizenship) ?? ''),
      level >= 2 || r.citizenshipRegion === null ? '' : ctdcRegionLabel(r.citizenshipRegion),
    ],
  },
  exploitation: {
    columns: [
      'isForcedLabour',
      'isSexualExploit',
      'isOtherExploit',
      ...LABOUR_SECTORS.map((s) => LABOUR_COLUMNS[s]),
      ...SEXUAL_EXPLOITATION_TYPES.map((s) => SEX_COLUMNS[s]),
      ...OTHER_EXPLOITATION_TYPES.flatMap((s) => OTHER_COLUMNS[s] ?? []),
    ],
    levels: ['types_and_sectors', 'main_types', 'withheld'],
    values: (r, level) => {
      if (level >= 2)
        return new Array<string>(3 + LABOUR_SECTORS.length + SEXUAL_EXPLOITATION_TYPES.length + 4).fill('');
      const detail = level === 0;
      return [
        bit(r.isForcedLabour),
        bit(r.isSexualExploit),
        bit(r.isOtherExploit),
        ...LABOUR_SECTORS.map((s) => bit(detail && r.labourSectors.includes(s))),
        ...SEXUAL_EXPLOITATION_TYPES.map((s) => bit(detail && r.sexualTypes.includes(s))),
        ...OTHER_EXPLOITATION_TYPES.filter((s) => OTHER_COLUMNS[s] !== null).map((s) =>
          bit(detail && r.otherTypes.includes(s)),
        ),
      ];
    },
  },
};

export const K_ANONYMOUS_COLUMNS: readonly string[] = QUASI_IDENTIFIERS.flatMap(
  (q) => HIERARCHIES[q].columns,
);

export type KAnonymityOptions = {
  readonly k?: number;
  readonly maxSuppressionShare?: number;
};

export type KAnonymousFile = {
  readonly k: number;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly totalRecords: number;
  readonly exportedRecords: number;
  readonly suppressedRecords: number;
  /** The generalisation level chosen for each quasi-identifier, by name. */
  readonly generalisation: Readonly<Record<QuasiIdentifier, string>>;
};

function rowOf(record: HtcdsRecord, levels: Readonly<Record<QuasiIdentifier, number>>): string[] {
  return QUASI_IDENTIFIERS.flatMap((q) => [...HIERARCHIES[q].values(record, levels[q])]);
}

export function kAnonymise(records: readonly HtcdsRecord[], options: KAnonymityOptions = {}): KAnonymousFile {
  const k = options.k ?? DEFAULT_K;
  const maxShare = options.maxSuppressionShare ?? DEFAULT_MAX_SUPPRESSION_SHARE;
  if (!Number.isSafeInteger(k) || k < 2) throw new RangeError('k must be an integer of at least 2');
  if (!(maxShare >= 0 && maxShare <= 1)) throw new RangeError('The suppression share lies in [0, 1]');
  const levels: Record<QuasiIdentifier, number> = {
    year: 0,
    gender: 0,
    age: 0,
    citizenship: 0,
    exploitation: 0,
  };
  const allowed = Math.floor(maxShare * records.length);

  let rows: string[][] = [];
  let counts = new Map<string, number>();
  for (;;) {
    rows = records.map((r) => rowOf(r, levels));
    counts = new Map<string, number>();
    for (const row of rows) {
      const key = JSON.stringify(row);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let small = 0;
    for (const n of counts.values()) if (n < k) small += n;
    if (small <= allowed) break;
    // Datafly: generalise the quasi-identifier with the most distinct values.
    let pick: QuasiIdentifier | null = null;
    let most = -1;
    for (const q of QUASI_IDENTIFIERS) {
      if (levels[q] >= HIERARCHIES[q].levels.length - 1) continue;
      const distinct = new Set(records.map((r) => JSON.stringify(HIERARCHIES[q].values(r, levels[q])))).size;
      if (distinct > most) {
        most = distinct;
        pick = q;
      }
    }
    if (pick === null) break;
    levels[pick] += 1;
  }

  // Sorted, so that the order of the file says nothing about when a case was recorded.
  const kept = rows
    .filter((row) => (counts.get(JSON.stringify(row)) ?? 0) >= k)
    .sort((a, b) => {
      const x = a.join(',');
      const y = b.join(',');
      return x < y ? -1 : x > y ? 1 : 0;
    });
  return {
    k,
    columns: K_ANONYMOUS_COLUMNS,
    rows: kept,
    totalRecords: records.length,
    exportedRecords: kept.length,
    suppressedRecords: records.length - kept.length,
    generalisation: Object.fromEntries(
      QUASI_IDENTIFIERS.map((q) => [q, HIERARCHIES[q].levels[levels[q]] as string]),
    ) as Record<QuasiIdentifier, string>,
  };
}

/** The file as CSV text (header and rows, CRLF line ends as RFC 4180). */
export function kAnonymousCsv(file: KAnonymousFile): string {
  return [csvLine(file.columns), ...file.rows.map(csvLine)].join('\r\n');
}
