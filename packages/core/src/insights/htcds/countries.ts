import type { CountryCode } from '../../geo/iso-3166.js';

/**
 * ISO 3166-1 alpha-2 → alpha-3 and UN (M49) region, for exchange with HTCDS/CTDC: the
 * CTDC data sets write citizenship and country of exploitation as alpha-3 codes (2024
 * release) or as UN regions (victim–perpetrator release). Built from the `Region` sheet
 * of CTDC's data dictionary (1 December 2022), completed for the codes it lacks (Åland,
 * Saint Barthélemy, Bonaire, Guernsey, Isle of Man, Kosovo) and for territories it left
 * without a region, following UN M49. Cyprus is in Asia and Kosovo in Europe, as in M49.
 * XKX is the user-assigned alpha-3 code for Kosovo used by the EU and IMF.
 */
export const UN_REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type UnRegion = (typeof UN_REGIONS)[number];

// biome-ignore format: a compact table reads better than 250 lines of one code each
const TABLE = [
  'AD:AND:europe', 'AE:ARE:asia', 'AF:AFG:asia', 'AG:ATG:americas', 'AI:AIA:americas', 'AL:ALB:europe', 'AM:ARM:asia', 'AO:AGO:africa',
  'AQ:ATA:-', 'AR:ARG:americas', 'AS:ASM:oceania', 'AT:AUT:europe', 'AU:AUS:oceania', 'AW:ABW:americas', 'AX:ALA:europe', 'AZ:AZE:asia',
  'BA:BIH:europe', 'BB:BRB:americas', 'BD:BGD:asia', 'BE:BEL:europe', 'BF:BFA:africa', 'BG:BGR:europe', 'BH:BHR:asia', 'BI:BDI:africa',
  'BJ:BEN:africa', 'BL:BLM:americas', 'BM:BMU:americas', 'BN:BRN:asia', 'BO:BOL:americas', 'BQ:BES:americas', 'BR:BRA:americas', 'BS:BHS:americas',
  'BT:BTN:asia', 'BV:BVT:americas', 'BW:BWA:africa', 'BY:BLR:europe', 'BZ:BLZ:americas', 'CA:CAN:americas', 'CC:CCK:oceania', 'CD:COD:africa',
  'CF:CAF:africa', 'CG:COG:africa', 'CH:CHE:europe', 'CI:CIV:africa', 'CK:COK:oceania', 'CL:CHL:americas', 'CM:CMR:africa', 'CN:CHN:asia',
  'CO:COL:americas', 'CR:CRI:americas', 'CU:CUB:americas', 'CV:CPV:africa', 'CW:CUW:americas', 'CX:CXR:oceania', 'CY:CYP:asia', 'CZ:CZE:europe',
  'DE:DEU:europe', 'DJ:DJI:africa', 'DK:DNK:europe', 'DM:DMA:americas', 'DO:DOM:americas', 'DZ:DZA:africa', 'EC:ECU:americas', 'EE:EST:europe',
  'EG:EGY:africa', 'EH:ESH:africa', 'ER:ERI:africa', 'ES:ESP:europe', 'ET:ETH:africa', 'FI:FIN:europe', 'FJ:FJI:oceania', 'FK:FLK:americas',
  'FM:FSM:oceania', 'FO:FRO:europe', 'FR:FRA:europe', 'GA:GAB:africa', 'GB:GBR:europe', 'GD:GRD:americas', 'GE:GEO:asia', 'GF:GUF:americas',
  'GG:GGY:europe', 'GH:GHA:africa', 'GI:GIB:europe', 'GL:GRL:americas', 'GM:GMB:africa', 'GN:GIN:africa', 'GP:GLP:americas', 'GQ:GNQ:africa',
  'GR:GRC:europe', 'GS:SGS:americas', 'GT:GTM:americas', 'GU:GUM:oceania', 'GW:GNB:africa', 'GY:GUY:americas', 'HK:HKG:asia', 'HM:HMD:oceania',
  'HN:HND:americas', 'HR:HRV:europe', 'HT:HTI:americas', 'HU:HUN:europe', 'ID:IDN:asia', 'IE:IRL:europe', 'IL:ISR:asia', 'IM:IMN:europe',
  'IN:IND:asia', 'IO:IOT:africa', 'IQ:IRQ:asia', 'IR:IRN:asia', 'IS:ISL:europe', 'IT:ITA:europe', 'JE:JEY:europe', 'JM:JAM:americas',
  'JO:JOR:asia', 'JP:JPN:asia', 'KE:KEN:africa', 'KG:KGZ:asia', 'KH:KHM:asia', 'KI:KIR:oceania', 'KM:COM:africa', 'KN:KNA:americas',
  'KP:PRK:asia', 'KR:KOR:asia', 'KW:KWT:asia', 'KY:CYM:americas', 'KZ:KAZ:asia', 'LA:LAO:asia', 'LB:LBN:asia', 'LC:LCA:americas',
  'LI:LIE:europe', 'LK:LKA:asia', 'LR:LBR:africa', 'LS:LSO:africa', 'LT:LTU:europe', 'LU:LUX:europe', 'LV:LVA:europe', 'LY:LBY:africa',
  'MA:MAR:africa', 'MC:MCO:europe', 'MD:MDA:europe', 'ME:MNE:europe', 'MF:MAF:americas', 'MG:MDG:africa', 'MH:MHL:oceania', 'MK:MKD:europe',
  'ML:MLI:africa', 'MM:MMR:asia', 'MN:MNG:asia', 'MO:MAC:asia', 'MP:MNP:oceania', 'MQ:MTQ:americas', 'MR:MRT:africa', 'MS:MSR:americas',
  'MT:MLT:europe', 'MU:MUS:africa', 'MV:MDV:asia', 'MW:MWI:africa', 'MX:MEX:americas', 'MY:MYS:asia', 'MZ:MOZ:africa', 'NA:NAM:africa',
  'NC:NCL:oceania', 'NE:NER:africa', 'NF:NFK:oceania', 'NG:NGA:africa', 'NI:NIC:americas', 'NL:NLD:europe', 'NO:NOR:europe', 'NP:NPL:asia',
  'NR:NRU:oceania', 'NU:NIU:oceania', 'NZ:NZL:oceania', 'OM:OMN:asia', 'PA:PAN:americas', 'PE:PER:americas', 'PF:PYF:oceania', 'PG:PNG:oceania',
  'PH:PHL:asia', 'PK:PAK:asia', 'PL:POL:europe', 'PM:SPM:americas', 'PN:PCN:oceania', 'PR:PRI:americas', 'PS:PSE:asia', 'PT:PRT:europe',
  'PW:PLW:oceania', 'PY:PRY:americas', 'QA:QAT:asia', 'RE:REU:africa', 'RO:ROU:europe', 'RS:SRB:europe', 'RU:RUS:europe', 'RW:RWA:africa',
  'SA:SAU:asia', 'SB:SLB:oceania', 'SC:SYC:africa', 'SD:SDN:africa', 'SE:SWE:europe', 'SG:SGP:asia', 'SH:SHN:africa', 'SI:SVN:europe',
  'SJ:SJM:europe', 'SK:SVK:europe', 'SL:SLE:africa', 'SM:SMR:europe', 'SN:SEN:africa', 'SO:SOM:africa', 'SR:SUR:americas', 'SS:SSD:africa',
  'ST:STP:africa', 'SV:SLV:americas', 'SX:SXM:americas', 'SY:SYR:asia', 'SZ:SWZ:africa', 'TC:TCA:americas', 'TD:TCD:africa', 'TF:ATF:africa',
  'TG:TGO:africa', 'TH:THA:asia', 'TJ:TJK:asia', 'TK:TKL:oceania', 'TL:TLS:asia', 'TM:TKM:asia', 'TN:TUN:africa', 'TO:TON:oceania',
  'TR:TUR:asia', 'TT:TTO:americas', 'TV:TUV:oceania', 'TW:TWN:asia', 'TZ:TZA:africa', 'UA:UKR:europe', 'UG:UGA:africa', 'UM:UMI:oceania',
  'US:USA:americas', 'UY:URY:americas', 'UZ:UZB:asia', 'VA:VAT:europe', 'VC:VCT:americas', 'VE:VEN:americas', 'VG:VGB:americas', 'VI:VIR:americas',
  'VN:VNM:asia', 'VU:VUT:oceania', 'WF:WLF:oceania', 'WS:WSM:oceania', 'YE:YEM:asia', 'YT:MYT:africa', 'ZA:ZAF:africa', 'ZM:ZMB:africa',
  'ZW:ZWE:africa', 'XK:XKX:europe',
] as const;

type Entry = { readonly alpha3: string; readonly region: UnRegion | null };

const BY_ALPHA2 = new Map<string, Entry>();
const BY_ALPHA3 = new Map<string, CountryCode>();
for (const line of TABLE) {
  const [alpha2, alpha3, region] = line.split(':') as [CountryCode, string, string];
  BY_ALPHA2.set(alpha2, { alpha3, region: region === '-' ? null : (region as UnRegion) });
  BY_ALPHA3.set(alpha3, alpha2);
}

/** The alpha-3 code of an alpha-2 code, or null. */
export function alpha3Of(alpha2: string): string | null {
  return BY_ALPHA2.get(alpha2)?.alpha3 ?? null;
}

/** The alpha-2 code of an alpha-3 code, or null. */
export function alpha2Of(alpha3: string): CountryCode | null {
  return BY_ALPHA3.get(alpha3.toUpperCase()) ?? null;
}

/** The UN region of a country, or null (Antarctica, or not a country code). */
export function unRegionOf(alpha2: string | null): UnRegion | null {
  return alpha2 === null ? null : (BY_ALPHA2.get(alpha2)?.region ?? null);
}
