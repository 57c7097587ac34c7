import type { ExploitationForm } from '../../cases/exploitation.js';
import { isCountryCode } from '../../geo/iso-3166.js';
import type { AgeBand } from '../../persons/age.js';
import { type Gender, htcdsGender } from '../../persons/gender.js';
import { unRegionOf } from './countries.js';
import {
  type HtcdsAgeBand,
  type HtcdsRecord,
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
 * OpenNRM ↔ HTCDS. What both vocabularies know survives a round trip
 * (OpenNRM → HTCDS → OpenNRM → HTCDS gives the same HTCDS record); what only one knows is
 * generalised on the way: OpenNRM's 9–12 / 13–15 / 16–17 become CTDC's 9–17 (a child of
 * unknown band on the way back), transgender and gender non-conforming become HTCDS's one
 * value, servitude and slavery-like practices become "slavery and practices", and the
 * rare forms CTDC has no type for (surrogacy, illegal adoption) become "other".
 */

/** The statistics-only view of a case that the exchange uses: no identifier, no free text. */
export type NrmCaseRecord = {
  /** Year of first contact (registration). */
  readonly year: number | null;
  readonly gender: Gender;
  /** Age band at first contact. */
  readonly ageBand: AgeBand;
  /** A child (or presumed child) at first contact; null when not known. */
  readonly isChild: boolean | null;
  /** ISO 3166-1 alpha-2. */
  readonly nationality: string | null;
  readonly exploitationCountry: string | null;
  readonly forms: readonly ExploitationForm[];
  readonly labourSectors: readonly LabourSector[];
  readonly meansOfControl: readonly MeansOfControlValue[];
  readonly recruiterRelations: readonly RecruiterRelation[];
  readonly traffickingMonths: TraffickingDuration | null;
};

const AGE_TO_HTCDS: Readonly<Record<AgeBand, HtcdsAgeBand | null>> = {
  '0-8': '0-8',
  '9-12': '9-17',
  '13-15': '9-17',
  '16-17': '9-17',
  '18-20': '18-20',
  '21-23': '21-23',
  '24-26': '24-26',
  '27-29': '27-29',
  '30-38': '30-38',
  '39-47': '39-47',
  '48+': '48+',
  unknown: null,
};

const AGE_FROM_HTCDS: Readonly<Record<HtcdsAgeBand, AgeBand>> = {
  '0-8': '0-8',
  // One CTDC band over three OpenNRM bands: the band is unknown, the child is not.
  '9-17': 'unknown',
  '18-20': '18-20',
  '21-23': '21-23',
  '24-26': '24-26',
  '27-29': '27-29',
  '30-38': '30-38',
  '39-47': '39-47',
  '48+': '48+',
};

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function toHtcdsRecord(record: NrmCaseRecord): HtcdsRecord {
  const labour = new Set<LabourSector>(record.labourSectors);
  const sexual = new Set<SexualExploitationType>();
  const other = new Set<OtherExploitationType>();
  let isForcedLabour = labour.size > 0;
  let isSexualExploit = false;
  let isOtherExploit = false;
  for (const form of record.forms) {
    switch (form) {
      case 'sexual_prostitution':
        isSexualExploit = true;
        sexual.add('prostitution');
        break;
      case 'sexual_pornography':
        isSexualExploit = true;
        sexual.add('pornography');
        break;
      case 'sexual_online':
        isSexualExploit = true;
        sexual.add('remote_interactive_services');
        break;
      case 'sexual_other':
        isSexualExploit = true;
        sexual.add('other');
        break;
      case 'forced_labour':
        isForcedLabour = true;
        break;
      case 'domestic_servitude':
        isForcedLabour = true;
        labour.add('domestic_work');
        break;
      case 'forced_begging':
        isForcedLabour = true;
        labour.add('begging');
        break;
      case 'forced_criminality':
        isForcedLabour = true;
        labour.add('illicit_activities');
        break;
      case 'servitude':
      case 'slavery_similar_practices':
        isOtherExploit = true;
        other.add('slavery_and_practices');
        break;
      case 'organ_removal':
        isOtherExploit = true;
        other.add('organ_removal');
        break;
      case 'forced_marriage':
        isOtherExploit = true;
        other.add('forced_marriage');
        break;
      case 'surrogacy_exploitation':
      case 'illegal_adoption':
      case 'other':
        isOtherExploit = true;
        other.add('other');
        break;
      case 'unknown':
        break;
      default: {
        const unreachable: never = form;
        throw new Error(`Unhandled form ${String(unreachable)}`);
      }
    }
  }
  const ageBand = AGE_TO_HTCDS[record.ageBand];
  const majority: MajorityStatus | null =
    record.isChild === true ? 'minor' : record.isChild === false ? 'adult' : majorityOfAgeBand(ageBand);
  const gender = htcdsGender(record.gender);
  const citizenship =
    record.nationality !== null && isCountryCode(record.nationality) ? record.nationality : null;
  const exploitationCountry =
    record.exploitationCountry !== null && isCountryCode(record.exploitationCountry)
      ? record.exploitationCountry
      : null;
  return {
    yearFrom: record.year,
    yearTo: record.year,
    gender: gender === 'unknown' ? null : gender,
    ageBand,
    majority,
    citizenship,
    citizenshipRegion: unRegionOf(citizenship),
    exploitationCountry,
    exploitationRegion: unRegionOf(exploitationCountry),
    isForcedLabour,
    isSexualExploit,
    isOtherExploit,
    labourSectors: [...labour].sort(),
    sexualTypes: [...sexual].sort(),
    otherTypes: [...other].sort(),
    meansOfControl: unique(record.meansOfControl).sort(),
    recruiterRelations: unique(record.recruiterRelations).sort(),
    traffickingMonths: record.traffickingMonths,
  };
}

/** The OpenNRM forms an HTCDS record stands for (the most specific form both know). */
export function formsFromHtcds(record: HtcdsRecord): ExploitationForm[] {
  const forms = new Set<ExploitationForm>();
  if (record.isSexualExploit) {
    const before = forms.size;
    for (const type of record.sexualTypes) {
      if (type === 'prostitution') forms.add('sexual_prostitution');
      else if (type === 'pornography') forms.add('sexual_pornography');
      else if (type === 'remote_interactive_services') forms.add('sexual_online');
      else forms.add('sexual_other');
    }
    if (forms.size === before) forms.add('sexual_other');
  }
  if (record.isForcedLabour) {
    const sectors = new Set(record.labourSectors);
    if (sectors.has('domestic_work')) forms.add('domestic_servitude');
    if (sectors.has('begging')) forms.add('forced_begging');
    if (sectors.has('illicit_activities')) forms.add('forced_criminality');
    const general = [...sectors].some(
      (s) => s !== 'domestic_work' && s !== 'begging' && s !== 'illicit_activities',
    );
    if (general || sectors.size === 0) forms.add('forced_labour');
  }
  if (record.isOtherExploit) {
    const before = forms.size;
    for (const type of record.otherTypes) {
      if (type === 'organ_removal') forms.add('organ_removal');
      else if (type === 'forced_marriage') forms.add('forced_marriage');
      else if (type === 'slavery_and_practices') forms.add('slavery_similar_practices');
    }
    if (
      forms.size === before ||
      record.otherTypes.includes('other') ||
      record.otherTypes.includes('forced_military')
    ) {
      forms.add('other');
    }
  }
  return forms.size === 0 ? ['unknown'] : [...forms];
}

export function fromHtcdsRecord(record: HtcdsRecord): NrmCaseRecord {
  const year = record.yearFrom !== null && record.yearFrom === record.yearTo ? record.yearFrom : null;
  const gender: Gender =
    record.gender === null
      ? 'unknown'
      : record.gender === 'transgender_nonconforming'
        ? 'gender_nonconforming'
        : record.gender;
  const majority = record.majority ?? majorityOfAgeBand(record.ageBand);
  return {
    year,
    gender,
    ageBand: record.ageBand === null ? 'unknown' : AGE_FROM_HTCDS[record.ageBand],
    isChild: majority === null ? null : majority === 'minor',
    nationality: record.citizenship,
    exploitationCountry: record.exploitationCountry,
    forms: formsFromHtcds(record),
    // Sectors that became forms travel as forms; the others stay sectors.
    labourSectors: record.labourSectors.filter(
      (s) => s !== 'domestic_work' && s !== 'begging' && s !== 'illicit_activities',
    ),
    meansOfControl: [...record.meansOfControl],
    recruiterRelations: [...record.recruiterRelations],
    traffickingMonths: record.traffickingMonths,
  };
}
