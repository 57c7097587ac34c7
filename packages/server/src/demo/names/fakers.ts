import {
  base,
  cs_CZ,
  da,
  de,
  de_AT,
  de_CH,
  el,
  en,
  en_GB,
  en_IE,
  en_IN,
  en_NG,
  es,
  Faker,
  fi,
  fr,
  fr_BE,
  hr,
  hu,
  it,
  type LocaleDefinition,
  lv,
  nb_NO,
  nl,
  pl,
  pt_BR,
  pt_PT,
  ro,
  ro_MD,
  ru,
  sk,
  sl_SI,
  sv,
  th,
  tr,
  uk,
  vi,
  yo_NG,
} from '@faker-js/faker';
import type { Rng } from '../random.js';

/** Faker locales the generator draws names from. */
const LOCALES = {
  cs_CZ,
  da,
  de,
  de_AT,
  de_CH,
  el,
  en,
  en_GB,
  en_IE,
  en_IN,
  en_NG,
  es,
  fi,
  fr,
  fr_BE,
  hr,
  hu,
  it,
  lv,
  nb_NO,
  nl,
  pl,
  pt_BR,
  pt_PT,
  ro,
  ro_MD,
  ru,
  sk,
  sl_SI,
  sv,
  th,
  tr,
  uk,
  vi,
  yo_NG,
} as const satisfies Record<string, LocaleDefinition>;

export type FakerLocaleKey = keyof typeof LOCALES;

/** Host countries whose names and language the generator knows; others fall back to English. */
export const HOST_LOCALES: Readonly<
  Record<string, { readonly locale: FakerLocaleKey; readonly language: string }>
> = {
  AT: { locale: 'de_AT', language: 'de' },
  DE: { locale: 'de', language: 'de' },
  CH: { locale: 'de_CH', language: 'de' },
  GB: { locale: 'en_GB', language: 'en' },
  IE: { locale: 'en_IE', language: 'en' },
  FR: { locale: 'fr', language: 'fr' },
  BE: { locale: 'fr_BE', language: 'fr' },
  NL: { locale: 'nl', language: 'nl' },
  IT: { locale: 'it', language: 'it' },
  ES: { locale: 'es', language: 'es' },
  PT: { locale: 'pt_PT', language: 'pt' },
  PL: { locale: 'pl', language: 'pl' },
  CZ: { locale: 'cs_CZ', language: 'cs' },
  SK: { locale: 'sk', language: 'sk' },
  HU: { locale: 'hu', language: 'hu' },
  RO: { locale: 'ro', language: 'ro' },
  GR: { locale: 'el', language: 'el' },
  HR: { locale: 'hr', language: 'hr' },
  SI: { locale: 'sl_SI', language: 'sl' },
  LV: { locale: 'lv', language: 'lv' },
  SE: { locale: 'sv', language: 'sv' },
  FI: { locale: 'fi', language: 'fi' },
  DK: { locale: 'da', language: 'da' },
  NO: { locale: 'nb_NO', language: 'nb' },
};

/**
 * One Faker per locale, all drawing from the generator's own seeded stream. Faker's global
 * instances (fakerUK, …) are shared singletons with their own state: using them would make
 * the dataset depend on whatever else ran in the process.
 */
export class FakerPool {
  private readonly fakers = new Map<FakerLocaleKey, Faker>();

  constructor(private readonly rng: Rng) {}

  get(key: FakerLocaleKey): Faker {
    let faker = this.fakers.get(key);
    if (!faker) {
      faker = new Faker({ locale: [LOCALES[key], en, base], randomizer: this.rng.asFakerRandomizer() });
      this.fakers.set(key, faker);
    }
    return faker;
  }
}
