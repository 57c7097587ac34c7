import { HOST_LOCALES } from './names/fakers.js';
import type { NameStyle } from './names/generate-name.js';
import type { ExploitationForm } from './vocabulary.js';

/** One group within a nationality: how names are written and which languages are spoken. */
export type NationalityVariant = {
  readonly weight: number;
  readonly names: NameStyle;
  /** BCP-47, preferred language first. */
  readonly languages: readonly string[];
};

export type NationalityProfile = {
  readonly code: string;
  /** Relative share of all persons. */
  readonly weight: number;
  readonly femaleShare: number;
  /** Share exploited as children (under 18 when it began). */
  readonly childShare: number;
  /** Share whose age is not established (no documents, unaccompanied minors). */
  readonly ageUncertainShare: number;
  readonly variants: readonly NationalityVariant[];
  /** Multipliers on exploitation-form weights: the patterns practitioners report by origin. */
  readonly formBoost?: Partial<Record<ExploitationForm, number>>;
};

const v = (weight: number, names: NameStyle, languages: readonly string[]): NationalityVariant => ({
  weight,
  names,
  languages,
});

const begging: Partial<Record<ExploitationForm, number>> = { forced_begging: 3, forced_criminality: 1.5 };

/**
 * Foreign nationalities, loosely after the EU and UK identified-victim statistics: EU
 * citizens (RO, BG, HU…) and non-EU (NG, VN, AL, UA…) with their typical patterns. The host
 * nationality (about a quarter) is added by `nationalityProfiles`.
 */
const FOREIGN: readonly NationalityProfile[] = [
  {
    code: 'RO',
    weight: 9,
    femaleShare: 0.62,
    childShare: 0.3,
    ageUncertainShare: 0.03,
    formBoost: begging,
    variants: [
      v(7, { kind: 'faker', locale: 'ro' }, ['ro']),
      v(2, { kind: 'faker', locale: 'ro' }, ['ro', 'en']),
      v(1, { kind: 'faker', locale: 'ro' }, ['rom', 'ro']),
    ],
  },
  {
    code: 'BG',
    weight: 5,
    femaleShare: 0.62,
    childShare: 0.3,
    ageUncertainShare: 0.03,
    formBoost: { ...begging, illegal_adoption: 3 },
    variants: [
      v(7, { kind: 'cyrillic_list', list: 'bg' }, ['bg']),
      v(2, { kind: 'cyrillic_list', list: 'bg' }, ['tr', 'bg']),
      v(1, { kind: 'cyrillic_list', list: 'bg' }, ['rom', 'bg']),
    ],
  },
  {
    code: 'UA',
    weight: 7,
    femaleShare: 0.72,
    childShare: 0.25,
    ageUncertainShare: 0.02,
    formBoost: { forced_labour: 1.2, surrogacy_exploitation: 3 },
    variants: [
      v(5, { kind: 'faker_cyrillic', locale: 'uk', scheme: 'uk' }, ['uk', 'ru']),
      v(3, { kind: 'faker_cyrillic', locale: 'uk', scheme: 'uk' }, ['uk']),
      v(2, { kind: 'faker_cyrillic', locale: 'ru', scheme: 'ru' }, ['ru', 'uk']),
    ],
  },
  {
    code: 'MD',
    weight: 3,
    femaleShare: 0.65,
    childShare: 0.2,
    ageUncertainShare: 0.03,
    formBoost: { surrogacy_exploitation: 2 },
    variants: [
      v(7, { kind: 'faker', locale: 'ro_MD' }, ['ro', 'ru']),
      v(3, { kind: 'faker_cyrillic', locale: 'ru', scheme: 'ru' }, ['ru', 'ro']),
    ],
  },
  {
    code: 'AL',
    weight: 4,
    femaleShare: 0.42,
    childShare: 0.35,
    ageUncertainShare: 0.05,
    formBoost: { forced_criminality: 3 },
    variants: [
      v(7, { kind: 'latin_list', list: 'albanian' }, ['sq']),
      v(2, { kind: 'latin_list', list: 'albanian' }, ['sq', 'it']),
      v(1, { kind: 'latin_list', list: 'albanian' }, ['sq', 'en']),
    ],
  },
  {
    code: 'VN',
    weight: 5,
    femaleShare: 0.35,
    childShare: 0.4,
    ageUncertainShare: 0.2,
    formBoost: { forced_criminality: 4, forced_labour: 1.3 },
    variants: [v(8, { kind: 'vietnamese' }, ['vi']), v(2, { kind: 'vietnamese' }, ['vi', 'en'])],
  },
  {
    code: 'NG',
    weight: 6,
    femaleShare: 0.85,
    childShare: 0.25,
    ageUncertainShare: 0.08,
    formBoost: { sexual_prostitution: 1.5 },
    variants: [
      v(5, { kind: 'faker', locale: 'en_NG' }, ['en', 'pcm']),
      v(3, { kind: 'faker', locale: 'yo_NG' }, ['yo', 'en']),
      v(2, { kind: 'faker', locale: 'en_NG' }, ['ig', 'en']),
    ],
  },
  {
    code: 'ER',
    weight: 2,
    femaleShare: 0.4,
    childShare: 0.4,
    ageUncertainShare: 0.3,
    formBoost: { forced_labour: 1.3, organ_removal: 3 },
    variants: [
      v(6, { kind: 'latin_list', list: 'eritrean' }, ['ti']),
      v(2, { kind: 'latin_list', list: 'eritrean' }, ['ti', 'ar']),
      v(2, { kind: 'latin_list', list: 'eritrean' }, ['ti', 'en']),
    ],
  },
  {
    code: 'SY',
    weight: 3,
    femaleShare: 0.4,
    childShare: 0.3,
    ageUncertainShare: 0.1,
    formBoost: { forced_marriage: 2 },
    variants: [
      v(6, { kind: 'script_list', list: 'arabic' }, ['ar']),
      v(2, { kind: 'script_list', list: 'arabic' }, ['ar', 'en']),
      v(2, { kind: 'script_list', list: 'arabic' }, ['ku', 'ar']),
    ],
  },
  {
    code: 'AF',
    weight: 3,
    femaleShare: 0.15,
    childShare: 0.55,
    ageUncertainShare: 0.35,
    formBoost: { forced_labour: 1.3, organ_removal: 2, forced_marriage: 2 },
    variants: [
      v(6, { kind: 'script_list', list: 'dari' }, ['fa-AF']),
      v(2, { kind: 'script_list', list: 'dari' }, ['ps', 'fa-AF']),
      v(2, { kind: 'script_list', list: 'dari' }, ['fa-AF', 'en']),
    ],
  },
  {
    code: 'CN',
    weight: 3,
    femaleShare: 0.5,
    childShare: 0.1,
    ageUncertainShare: 0.05,
    formBoost: { sexual_prostitution: 1.3 },
    variants: [
      v(8, { kind: 'script_list', list: 'chinese' }, ['zh']),
      v(2, { kind: 'script_list', list: 'chinese' }, ['zh', 'en']),
    ],
  },
  {
    code: 'PH',
    weight: 2,
    femaleShare: 0.75,
    childShare: 0.05,
    ageUncertainShare: 0.02,
    formBoost: { domestic_servitude: 5 },
    variants: [
      v(6, { kind: 'latin_list', list: 'filipino' }, ['tl', 'en']),
      v(4, { kind: 'latin_list', list: 'filipino' }, ['en', 'tl']),
    ],
  },
  {
    code: 'MA',
    weight: 2,
    femaleShare: 0.45,
    childShare: 0.35,
    ageUncertainShare: 0.2,
    formBoost: { domestic_servitude: 2, forced_criminality: 1.5 },
    variants: [
      v(7, { kind: 'script_list', list: 'arabic' }, ['ar', 'fr']),
      v(3, { kind: 'script_list', list: 'arabic' }, ['ar']),
    ],
  },
  {
    code: 'PK',
    weight: 2,
    femaleShare: 0.2,
    childShare: 0.15,
    ageUncertainShare: 0.05,
    formBoost: { forced_labour: 1.5, forced_marriage: 2 },
    variants: [
      v(7, { kind: 'latin_list', list: 'pakistani' }, ['ur', 'en']),
      v(3, { kind: 'latin_list', list: 'pakistani' }, ['pa', 'ur']),
    ],
  },
  {
    code: 'BR',
    weight: 2,
    femaleShare: 0.65,
    childShare: 0.1,
    ageUncertainShare: 0.02,
    variants: [v(1, { kind: 'faker', locale: 'pt_BR' }, ['pt'])],
  },
  {
    code: 'RU',
    weight: 1.5,
    femaleShare: 0.7,
    childShare: 0.15,
    ageUncertainShare: 0.02,
    variants: [v(1, { kind: 'faker_cyrillic', locale: 'ru', scheme: 'ru' }, ['ru'])],
  },
  {
    code: 'BY',
    weight: 1,
    femaleShare: 0.7,
    childShare: 0.15,
    ageUncertainShare: 0.02,
    variants: [
      v(6, { kind: 'cyrillic_list', list: 'be' }, ['ru', 'be']),
      v(4, { kind: 'cyrillic_list', list: 'be' }, ['be', 'ru']),
    ],
  },
  {
    code: 'IQ',
    weight: 1.5,
    femaleShare: 0.3,
    childShare: 0.3,
    ageUncertainShare: 0.1,
    variants: [
      v(7, { kind: 'script_list', list: 'arabic' }, ['ar']),
      v(3, { kind: 'script_list', list: 'arabic' }, ['ku', 'ar']),
    ],
  },
  {
    code: 'EG',
    weight: 1,
    femaleShare: 0.3,
    childShare: 0.3,
    ageUncertainShare: 0.1,
    variants: [v(1, { kind: 'script_list', list: 'arabic' }, ['ar'])],
  },
  {
    code: 'SD',
    weight: 1.5,
    femaleShare: 0.2,
    childShare: 0.35,
    ageUncertainShare: 0.3,
    formBoost: { organ_removal: 3 },
    variants: [
      v(7, { kind: 'script_list', list: 'arabic' }, ['ar']),
      v(3, { kind: 'script_list', list: 'arabic' }, ['ar', 'en']),
    ],
  },
  {
    code: 'HU',
    weight: 1.5,
    femaleShare: 0.6,
    childShare: 0.3,
    ageUncertainShare: 0.02,
    formBoost: begging,
    variants: [
      v(8, { kind: 'faker', locale: 'hu' }, ['hu']),
      v(2, { kind: 'faker', locale: 'hu' }, ['rom', 'hu']),
    ],
  },
  {
    code: 'PL',
    weight: 1.5,
    femaleShare: 0.35,
    childShare: 0.1,
    ageUncertainShare: 0.02,
    formBoost: { forced_labour: 1.3 },
    variants: [v(1, { kind: 'faker', locale: 'pl' }, ['pl'])],
  },
  {
    code: 'SK',
    weight: 1,
    femaleShare: 0.55,
    childShare: 0.3,
    ageUncertainShare: 0.02,
    formBoost: begging,
    variants: [
      v(8, { kind: 'faker', locale: 'sk' }, ['sk']),
      v(2, { kind: 'faker', locale: 'sk' }, ['rom', 'sk']),
    ],
  },
  {
    code: 'IN',
    weight: 1.5,
    femaleShare: 0.3,
    childShare: 0.1,
    ageUncertainShare: 0.03,
    formBoost: { forced_labour: 1.5, domestic_servitude: 2 },
    variants: [
      v(5, { kind: 'faker', locale: 'en_IN' }, ['hi', 'en']),
      v(3, { kind: 'faker', locale: 'en_IN' }, ['pa', 'en']),
      v(2, { kind: 'faker', locale: 'en_IN' }, ['en']),
    ],
  },
  {
    code: 'TH',
    weight: 1,
    femaleShare: 0.8,
    childShare: 0.05,
    ageUncertainShare: 0.02,
    formBoost: { sexual_prostitution: 1.5 },
    variants: [v(1, { kind: 'faker', locale: 'th' }, ['th'])],
  },
  {
    code: 'TR',
    weight: 1,
    femaleShare: 0.4,
    childShare: 0.2,
    ageUncertainShare: 0.03,
    variants: [v(1, { kind: 'faker', locale: 'tr' }, ['tr'])],
  },
];

/** Host nationals: about a quarter of identified persons, many of them children. */
function hostProfile(host: string, weight: number): NationalityProfile {
  const known = HOST_LOCALES[host];
  const locale = known?.locale ?? 'en';
  const language = known?.language ?? 'en';
  return {
    code: host,
    weight,
    femaleShare: 0.7,
    childShare: 0.55,
    ageUncertainShare: 0.02,
    formBoost: { sexual_online: 2, forced_criminality: 2, forced_marriage: 0.5 },
    variants: [
      v(9, { kind: 'faker', locale }, [language]),
      v(1, { kind: 'faker', locale }, [language, 'en']),
    ],
  };
}

/** All nationalities for a host country; a foreign entry equal to the host is folded into it. */
export function nationalityProfiles(host: string): readonly NationalityProfile[] {
  const foreign = FOREIGN.filter((p) => p.code !== host);
  const foreignWeight = foreign.reduce((sum, p) => sum + p.weight, 0);
  // One host national for every three foreign nationals: 25 %.
  return [hostProfile(host, foreignWeight / 3), ...foreign];
}

/** Third countries where persons were exploited before arriving (transit and destination). */
export const TRANSIT_COUNTRIES: readonly string[] = [
  'IT',
  'DE',
  'TR',
  'LY',
  'GR',
  'RS',
  'FR',
  'ES',
  'GB',
  'HU',
  'AE',
];
