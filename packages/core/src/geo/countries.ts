import { z } from 'zod';
import { type CountryCode, ISO_COUNTRY_CODES, isCountryCode } from './iso-3166.js';

export type Country = {
  readonly code: CountryCode;
  /** Member of the European Union (drives the national / other EU / non-EU breakdown). */
  readonly eu: boolean;
};

/**
 * Countries offered first when picking a nationality or a country of exploitation:
 * the OSCE region and the main countries of origin seen in European NRMs. Any other
 * ISO code is still valid (see ISO_COUNTRY_CODES). Names are not stored: the web shows
 * them with `Intl.DisplayNames` in the reader's language.
 */
export const COUNTRIES: readonly Country[] = [
  // European Union (27)
  { code: 'AT', eu: true },
  { code: 'BE', eu: true },
  { code: 'BG', eu: true },
  { code: 'HR', eu: true },
  { code: 'CY', eu: true },
  { code: 'CZ', eu: true },
  { code: 'DK', eu: true },
  { code: 'EE', eu: true },
  { code: 'FI', eu: true },
  { code: 'FR', eu: true },
  { code: 'DE', eu: true },
  // ISO code GR, although EU statistics write EL
  { code: 'GR', eu: true },
  { code: 'HU', eu: true },
  { code: 'IE', eu: true },
  { code: 'IT', eu: true },
  { code: 'LV', eu: true },
  { code: 'LT', eu: true },
  { code: 'LU', eu: true },
  { code: 'MT', eu: true },
  { code: 'NL', eu: true },
  { code: 'PL', eu: true },
  { code: 'PT', eu: true },
  { code: 'RO', eu: true },
  { code: 'SK', eu: true },
  { code: 'SI', eu: true },
  { code: 'ES', eu: true },
  { code: 'SE', eu: true },
  // Rest of Europe
  { code: 'GB', eu: false },
  { code: 'NO', eu: false },
  { code: 'IS', eu: false },
  { code: 'CH', eu: false },
  { code: 'UA', eu: false },
  { code: 'MD', eu: false },
  { code: 'BY', eu: false },
  { code: 'RU', eu: false },
  { code: 'AL', eu: false },
  { code: 'RS', eu: false },
  { code: 'XK', eu: false },
  { code: 'MK', eu: false },
  { code: 'BA', eu: false },
  { code: 'ME', eu: false },
  { code: 'TR', eu: false },
  // South Caucasus and Central Asia
  { code: 'GE', eu: false },
  { code: 'AM', eu: false },
  { code: 'AZ', eu: false },
  { code: 'KZ', eu: false },
  { code: 'KG', eu: false },
  { code: 'TJ', eu: false },
  { code: 'TM', eu: false },
  { code: 'UZ', eu: false },
  { code: 'MN', eu: false },
  // Asia
  { code: 'CN', eu: false },
  { code: 'VN', eu: false },
  { code: 'PH', eu: false },
  { code: 'TH', eu: false },
  { code: 'KH', eu: false },
  { code: 'LA', eu: false },
  { code: 'MM', eu: false },
  { code: 'ID', eu: false },
  { code: 'MY', eu: false },
  { code: 'IN', eu: false },
  { code: 'PK', eu: false },
  { code: 'BD', eu: false },
  { code: 'LK', eu: false },
  { code: 'NP', eu: false },
  { code: 'AF', eu: false },
  // Middle East and North Africa
  { code: 'IR', eu: false },
  { code: 'IQ', eu: false },
  { code: 'SY', eu: false },
  { code: 'LB', eu: false },
  { code: 'JO', eu: false },
  { code: 'YE', eu: false },
  { code: 'SA', eu: false },
  { code: 'AE', eu: false },
  { code: 'QA', eu: false },
  { code: 'EG', eu: false },
  { code: 'LY', eu: false },
  { code: 'TN', eu: false },
  { code: 'DZ', eu: false },
  { code: 'MA', eu: false },
  // Sub-Saharan Africa
  { code: 'NG', eu: false },
  { code: 'GH', eu: false },
  { code: 'CI', eu: false },
  { code: 'SN', eu: false },
  { code: 'GM', eu: false },
  { code: 'GN', eu: false },
  { code: 'SL', eu: false },
  { code: 'LR', eu: false },
  { code: 'ML', eu: false },
  { code: 'BF', eu: false },
  { code: 'NE', eu: false },
  { code: 'CM', eu: false },
  { code: 'CD', eu: false },
  { code: 'ER', eu: false },
  { code: 'ET', eu: false },
  { code: 'SD', eu: false },
  { code: 'SS', eu: false },
  { code: 'SO', eu: false },
  { code: 'KE', eu: false },
  { code: 'UG', eu: false },
  // Americas
  { code: 'US', eu: false },
  { code: 'CA', eu: false },
  { code: 'MX', eu: false },
  { code: 'DO', eu: false },
  { code: 'BR', eu: false },
  { code: 'CO', eu: false },
  { code: 'VE', eu: false },
  { code: 'PY', eu: false },
  { code: 'PE', eu: false },
  { code: 'EC', eu: false },
];

export const EU_MEMBER_STATES: ReadonlySet<CountryCode> = new Set(
  COUNTRIES.filter((country) => country.eu).map((country) => country.code),
);

export function isEuMemberState(code: string): boolean {
  return (EU_MEMBER_STATES as ReadonlySet<string>).has(code);
}

/** A nationality or country field: any assigned ISO 3166-1 alpha-2 code (upper case) or XK. */
export const ZCountryCode = z.enum(ISO_COUNTRY_CODES);

/** Citizenship breakdown of the official counts (domain.md, "Data, statistics"). */
export const CITIZENSHIP_GROUPS = ['national', 'other_eu', 'non_eu', 'unknown'] as const;
export type CitizenshipGroup = (typeof CITIZENSHIP_GROUPS)[number];

/**
 * National of the host country, of another EU member state, of a country outside the
 * EU, or unknown (no nationality recorded, or a value that is not a country code).
 * Outside the EU the breakdown still holds: an EU citizen in the UK is `other_eu`.
 */
export function citizenshipGroup(nationality: string | null, hostCountry: string): CitizenshipGroup {
  if (nationality === null || !isCountryCode(nationality)) return 'unknown';
  if (nationality === hostCountry) return 'national';
  return isEuMemberState(nationality) ? 'other_eu' : 'non_eu';
}
