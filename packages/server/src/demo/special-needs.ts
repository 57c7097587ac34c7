import {
  type DisabilityType,
  type MigrationStatus,
  VULNERABILITIES,
  type Vulnerability,
} from '@opennrm/core';
import type { Rng } from './random.js';
import type { DemoSpecialNeeds } from './types-assistance.js';
import { type ExploitationForm, type Gender, SEXUAL_FORMS } from './vocabulary.js';

/** EU member states: their citizens move freely in an EU host. */
const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** Countries persons flee from armed conflict or persecution: many seek asylum. */
const PROTECTION_ORIGINS: ReadonlySet<string> = new Set(['SY', 'AF', 'ER', 'SD', 'IQ']);

/** Nationalities with a Roma minority the statistics often miss (domain.md, "Known biases"). */
const ROMA_ORIGINS: ReadonlySet<string> = new Set(['RO', 'BG', 'HU', 'SK']);

type Input = {
  readonly gender: Gender;
  readonly nationality: string;
  readonly languages: readonly string[];
  readonly birthYear: number;
  readonly isChild: boolean;
  readonly forms: readonly ExploitationForm[];
  readonly host: string;
  readonly firstContact: Date;
};

function migrationStatus(rng: Rng, nationality: string, host: string): MigrationStatus {
  if (nationality === host) return 'national';
  if (EU_MEMBERS.has(host) && EU_MEMBERS.has(nationality)) return rng.chance(0.95) ? 'eu_citizen' : 'unknown';
  if (nationality === 'UA') {
    return rng.weighted<MigrationStatus>([
      ['fleeing_armed_conflict', 70],
      ['regular_resident', 12],
      ['asylum_seeker', 6],
      ['irregular', 6],
      ['unknown', 6],
    ]);
  }
  if (PROTECTION_ORIGINS.has(nationality)) {
    return rng.weighted<MigrationStatus>([
      ['asylum_seeker', 38],
      ['refugee', 18],
      ['subsidiary_protection', 8],
      ['irregular', 22],
      ['stateless', 4],
      ['unknown', 10],
    ]);
  }
  return rng.weighted<MigrationStatus>([
    ['irregular', 36],
    ['regular_resident', 24],
    ['asylum_seeker', 18],
    ['refugee', 3],
    ['stateless', 2],
    ['unknown', 17],
  ]);
}

/**
 * Disabilities by type. Reliable prevalence among trafficked persons is scarce; field
 * reports put persons with an intellectual disability among those exploited for labour and
 * begging well above the population rate, and most disabilities go unrecorded.
 */
function disabilities(rng: Rng, input: Input): DisabilityType[] {
  const labourOrBegging = input.forms.some(
    (f) => f === 'forced_labour' || f === 'forced_begging' || f === 'servitude',
  );
  const out: DisabilityType[] = [];
  if (rng.chance(0.03)) out.push('physical');
  if (rng.chance(0.018)) out.push('sensory');
  if (rng.chance(labourOrBegging ? 0.07 : 0.025)) out.push('intellectual');
  if (rng.chance(input.isChild ? 0.03 : 0.05)) out.push('psychosocial');
  return out;
}

function dependants(rng: Rng, input: Input, age: number): number | null {
  if (rng.chance(0.1)) return null;
  if (input.isChild || age < 18) return input.gender === 'female' && age >= 15 && rng.chance(0.03) ? 1 : 0;
  const share = input.gender === 'female' ? 0.42 : 0.25;
  if (!rng.chance(share)) return 0;
  return rng.weighted<number>([
    [1, 50],
    [2, 32],
    [3, 13],
    [4, 5],
  ]);
}

/**
 * What a case worker learns of the person's special needs in the first weeks: migration
 * status from nationality, vulnerabilities (mental health and serious violence common,
 * pregnancy among women and older girls), disabilities by type and dependants. Drawn
 * from a stream of its own, so the persons themselves do not change.
 */
export function pickSpecialNeeds(rng: Rng, input: Input): DemoSpecialNeeds {
  const age = input.firstContact.getUTCFullYear() - input.birthYear;
  const sexual = input.forms.some((f) => SEXUAL_FORMS.includes(f));
  const status = migrationStatus(rng, input.nationality, input.host);
  const disabled = disabilities(rng, input);
  const cared = dependants(rng, input, age);
  const set = new Set<Vulnerability>();
  if (input.gender === 'female' && age >= 15 && age <= 45 && rng.chance(age < 18 ? 0.03 : 0.05)) {
    set.add('pregnancy');
  }
  if (rng.chance(0.18)) set.add('health_condition');
  if (rng.chance(input.isChild ? 0.25 : 0.35)) set.add('mental_health');
  if (rng.chance(sexual ? 0.6 : 0.35)) set.add('serious_violence');
  if (input.languages.includes('rom') || rng.chance(ROMA_ORIGINS.has(input.nationality) ? 0.12 : 0.05)) {
    set.add('minority_background');
  }
  if (input.gender === 'transgender' || input.gender === 'gender_nonconforming' || rng.chance(0.03)) {
    set.add('lgbti');
  }
  if ((cared ?? 0) > 0) set.add('dependants');
  if (rng.chance(input.isChild ? 0.04 : sexual ? 0.15 : 0.08)) set.add('substance_use');
  if (rng.chance(input.isChild ? 0.05 : input.nationality === input.host ? 0.3 : 0.15)) {
    set.add('homelessness');
  }
  return {
    migrationStatus: status,
    vulnerabilities: VULNERABILITIES.filter((v) => set.has(v)),
    disabilities: disabled,
    dependants: cared,
  };
}
