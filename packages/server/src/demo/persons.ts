import type { FakerPool } from './names/fakers.js';
import { generateName } from './names/generate-name.js';
import type { NationalityProfile } from './nationalities.js';
import type { Rng } from './random.js';
import type {
  DemoContact,
  DemoIdentityDocument,
  DemoIdentityDocumentType,
  DemoPersonRecord,
} from './types.js';
import type { DemoRegion, Gender } from './vocabulary.js';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** Countries whose citizens move freely in the (EU) host: national identity cards are common. */
const EU = new Set(['RO', 'BG', 'HU', 'PL', 'SK']);

/** Invented towns, one per region, for fake addresses. */
const TOWNS: Readonly<Record<DemoRegion, string>> = {
  capital: 'Capital City',
  north: 'Northby',
  south: 'Southmoor',
  east: 'Eastfield',
  west: 'Westbrook',
  central: 'Midvale',
  coast: 'Seaton',
  mountains: 'Highcombe',
};
const STREETS: readonly string[] = [
  'Linden Street',
  'Harbour Road',
  'Mill Lane',
  'Station Road',
  'Chestnut Avenue',
  'River Walk',
  'Orchard Way',
  'Market Square',
  'Church Lane',
  'Meadow Close',
  'Bridge Street',
  'Park Terrace',
];

const CHILD_AGE_WEIGHTS: readonly (readonly [number, number])[] = [
  [6, 1],
  [7, 1],
  [8, 1],
  [9, 1],
  [10, 2],
  [11, 2],
  [12, 3],
  [13, 4],
  [14, 6],
  [15, 8],
  [16, 9],
  [17, 9],
];

export type PersonDraft = Omit<DemoPersonRecord, 'id' | 'createdByOrgId'> & {
  /** Under 18 when the exploitation began, or presumed a child (age uncertain). */
  readonly isChild: boolean;
};

export function pickGender(rng: Rng, femaleShare: number): Gender {
  // About 2 % transgender or gender non-conforming and 2 % not recorded.
  const diverse = rng.next();
  if (diverse < 0.012) return 'transgender';
  if (diverse < 0.02) return 'gender_nonconforming';
  if (diverse < 0.04) return 'unknown';
  return rng.chance(femaleShare) ? 'female' : 'male';
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Lower-case ASCII, for fake e-mail local parts. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function pickContact(rng: Rng, latinName: string): DemoContact | null {
  if (!rng.chance(0.55)) return null;
  const hasPhone = rng.chance(0.85);
  const hasEmail = !hasPhone || rng.chance(0.3);
  const local = asciiSlug(latinName).slice(0, 12) || 'person';
  return {
    // +000 is not an assigned country calling code, and example.org is reserved (RFC 2606).
    ...(hasPhone ? { phone: `+000 ${rng.digits(3)} ${rng.digits(7)}` } : {}),
    ...(hasEmail ? { email: `${local}${rng.digits(3)}@mail.example.org` } : {}),
  };
}

function pickDocuments(
  rng: Rng,
  nationality: string,
  host: string,
  ageAtContact: number,
): DemoIdentityDocument[] {
  // Documents are often withheld by those in control: about a third have none.
  const count = rng.weighted<number>([
    [0, 35],
    [1, 55],
    [2, 10],
  ]);
  const types: DemoIdentityDocumentType[] =
    nationality === host || EU.has(nationality)
      ? ['national_id', 'passport']
      : ['passport', 'residence_permit', 'travel_document'];
  if (ageAtContact < 14) types.push('birth_certificate');
  const documents: DemoIdentityDocument[] = [];
  for (let i = 0; i < count; i++) {
    const type = rng.pick(types);
    if (documents.some((d) => d.type === type)) continue;
    // A few carry a document of another country (often a false one supplied by a recruiter).
    const country =
      type === 'residence_permit'
        ? host
        : rng.chance(0.05)
          ? rng.pick(['IT', 'FR', 'ES', 'GR'])
          : nationality;
    documents.push({ type, number: `DEMO-${country}-${rng.digits(7)}`, country });
  }
  return documents;
}

/**
 * One person as first met at `firstContact`: age and birth date, name in the person's own
 * script, languages, and the contact data and documents that an intake typically finds.
 */
export function draftPerson(
  rng: Rng,
  fakers: FakerPool,
  profile: NationalityProfile,
  host: { readonly country: string; readonly language: string },
  region: DemoRegion,
  firstContact: Date,
): PersonDraft {
  const variant = rng.weighted(profile.variants.map((v) => [v, v.weight] as const));
  const gender = pickGender(rng, profile.femaleShare);

  const exploitedAsChild = rng.chance(profile.childShare);
  const ageAtExploitation = exploitedAsChild
    ? rng.weighted(CHILD_AGE_WEIGHTS) + rng.next()
    : Math.min(65, 18 + rng.exponential(9)) + rng.next() * 0.99;
  const exploitedForDays = Math.min(5 * 365, rng.exponential(200));
  const exploitationStart = firstContact.getTime() - exploitedForDays * DAY_MS;
  const birth = new Date(Math.round(exploitationStart - ageAtExploitation * YEAR_MS));
  const ageAtContact = (firstContact.getTime() - birth.getTime()) / YEAR_MS;

  // Unaccompanied minors and undocumented persons: age not established.
  const ageUncertain = rng.chance(
    exploitedAsChild ? Math.min(0.9, profile.ageUncertainShare * 2) : profile.ageUncertainShare,
  );
  let isChild = exploitedAsChild;
  let birthYear = birth.getUTCFullYear();
  let dateOfBirth: string | null = rng.chance(0.1) ? null : isoDate(birth);
  if (ageUncertain) {
    birthYear += rng.int(-1, 1);
    // 1 January is what many registrations record when only the year is claimed.
    dateOfBirth = rng.chance(0.2) ? `${birthYear}-01-01` : null;
    // CoE art. 10(3), EU art. 13(2): presumed a child while the age is uncertain.
    if (!isChild && ageAtContact < 21 && rng.chance(0.5)) {
      isChild = true;
      birthYear = firstContact.getUTCFullYear() - 17;
      dateOfBirth = null;
    }
  }

  const name = generateName(rng, fakers, variant.names, gender, profile.code);
  const latinName = name.aliases[0] ?? `${name.givenName} ${name.familyName}`;
  const aliases = [...name.aliases];
  if (rng.chance(0.12)) {
    // A second name used during the exploitation or a nickname.
    const other = generateName(rng, fakers, variant.names, gender, profile.code);
    const alias = other.aliases[0] ?? other.givenName;
    if (alias !== name.givenName && !aliases.includes(alias)) aliases.push(alias);
  }

  const languages = [...variant.languages];
  // Long-term residents often speak the host language too.
  if (profile.code !== host.country && rng.chance(0.15) && !languages.includes(host.language)) {
    languages.push(host.language);
  }

  return {
    givenName: name.givenName,
    familyName: name.familyName,
    aliases,
    dateOfBirth,
    birthYear,
    ageUncertain,
    gender,
    nationality: profile.code,
    languages,
    preferredLanguage: languages[0] ?? 'en',
    contact: pickContact(rng, latinName),
    address: rng.chance(0.45) ? `${rng.int(1, 120)} ${rng.pick(STREETS)}, ${TOWNS[region]}` : null,
    identityDocuments: pickDocuments(rng, profile.code, host.country, ageAtContact),
    isChild,
  };
}
