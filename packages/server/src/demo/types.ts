import type {
  CaseStage,
  DemoRegion,
  ExploitationForm,
  ExploitationPlace,
  Gender,
  OrganisationKind,
  Role,
  TeamPurpose,
} from './vocabulary.js';

/**
 * The synthetic demo dataset: plain objects, no database. The server's seeding code inserts
 * them (encrypting person fields). Timestamps are ISO 8601 strings in UTC so the dataset is
 * JSON-stable and deep-equal across runs with the same seed.
 */

/** Who a service is meant for; drives placement of persons in shelters and lead NGOs. */
export type DemoAudience = 'women' | 'men' | 'children' | 'boys' | 'girls' | 'lgbti' | 'families' | 'all';

export type DemoOrganisation = {
  readonly id: string;
  /** Stable slug, the same for every seed (used by DEMO_ACCOUNTS and tests). */
  readonly key: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly country: string;
  readonly region: DemoRegion;
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly audience: readonly DemoAudience[];
};

export type DemoUser = {
  readonly id: string;
  readonly organisationId: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly locale: string;
  /** True for the named demo accounts that sign in with DEMO_PASSWORD. */
  readonly demo: boolean;
};

export type DemoIdentityDocumentType =
  | 'passport'
  | 'national_id'
  | 'residence_permit'
  | 'birth_certificate'
  | 'travel_document';

export type DemoIdentityDocument = {
  readonly type: DemoIdentityDocumentType;
  readonly number: string;
  readonly country: string;
};

export type DemoContact = { readonly phone?: string; readonly email?: string };

export type DemoPerson = {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  /** Other spellings and names: Latin transliterations of non-Latin names, nicknames. */
  readonly aliases: readonly string[];
  /** 'YYYY-MM-DD', or null when not known (often with ageUncertain). */
  readonly dateOfBirth: string | null;
  readonly birthYear: number;
  readonly ageUncertain: boolean;
  readonly gender: Gender;
  /** ISO 3166-1 alpha-2. */
  readonly nationality: string;
  /** BCP-47 tags, preferred first. */
  readonly languages: readonly string[];
  readonly preferredLanguage: string;
  readonly contact: DemoContact | null;
  readonly address: string | null;
  readonly identityDocuments: readonly DemoIdentityDocument[];
  /** The organisation that first recorded the person (referring organisation of the first case). */
  readonly createdByOrgId: string;
};

export type DemoCase = {
  readonly id: string;
  /** 'NRM-<year>-<6 digits>', non-identifying, unique. */
  readonly reference: string;
  readonly personId: string;
  readonly stage: CaseStage;
  /** Under 18 when the exploitation began, or presumed a child because the age is uncertain. */
  readonly isChild: boolean;
  readonly exploitationForms: readonly ExploitationForm[];
  readonly exploitationPlace: ExploitationPlace;
  /** ISO alpha-2 codes of the countries where the exploitation took place. */
  readonly exploitationCountries: readonly string[];
  readonly region: DemoRegion;
  readonly referringOrgId: string;
  readonly leadOrgId: string;
  readonly firstContactAt: string;
  readonly narrative: string;
  /** BCP-47 language of the narrative (the person's preferred one when a template exists). */
  readonly narrativeLanguage: string;
};

export type DemoTeamMember = {
  readonly caseId: string;
  readonly organisationId: string;
  readonly purpose: TeamPurpose;
  readonly addedAt: string;
};

export type DemoDataset = {
  readonly seed: number;
  readonly now: string;
  readonly hostCountry: string;
  readonly regions: readonly DemoRegion[];
  readonly organisations: readonly DemoOrganisation[];
  readonly users: readonly DemoUser[];
  readonly persons: readonly DemoPerson[];
  readonly cases: readonly DemoCase[];
  readonly caseTeam: readonly DemoTeamMember[];
};

export type DemoDatasetOptions = {
  readonly seed: number;
  /** Number of persons; default 2000. */
  readonly persons?: number;
  /** The reference date; default the start of the current UTC day. */
  readonly now?: Date;
  /** ISO alpha-2 code of the host country; default 'AT'. */
  readonly country?: string;
};
