import type { ChildStatus, OverallReading } from '@opennrm/core';
import type { ScreeningPerson } from '../identification/schemas.js';
import type { DemoAssistanceRecords, DemoSpecialNeeds } from './types-assistance.js';
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

export type DemoPerson = DemoPersonRecord & DemoSpecialNeeds;

/** The person as first recorded (identity and demographics), before special needs are added. */
export type DemoPersonRecord = {
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

export type DemoChildStatus = 'child' | 'presumed_child' | 'adult' | 'unknown';

export type DemoCase = {
  readonly id: string;
  /** 'NRM-<year>-<6 digits>', non-identifying, unique. */
  readonly reference: string;
  readonly personId: string;
  readonly stage: CaseStage;
  /**
   * A child or presumed child when first met (core `childStatus`: under 18 by the lowest
   * possible age, or age uncertain with reasons to believe a child), as a referral records it.
   */
  readonly isChild: boolean;
  readonly childStatus: DemoChildStatus;
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
  /** The country profile the case was referred under; null while it is not referred. */
  readonly profileId: string | null;
  readonly profileVersion: number | null;
  /** The last change of stage by `now`. */
  readonly updatedAt: string;
  /** When the case closed (stage 'closed'); null while it is open. */
  readonly closedAt: string | null;
  /** The named case worker of the lead organisation; null when it has none (e.g. police before referral). */
  readonly caseWorkerUserId: string | null;
};

export type DemoTeamMember = {
  readonly caseId: string;
  readonly organisationId: string;
  readonly purpose: TeamPurpose;
  readonly addedAt: string;
  /** Taken off the team (consent to share withdrawn); null while on it. */
  readonly removedAt: string | null;
};

// ---- identification and referral (issue 3) ----

export type DemoScreeningAnswer = 'yes' | 'no' | 'unsure' | 'declined';

export type DemoScreening = {
  readonly id: string;
  readonly organisationId: string;
  readonly screenerUserId: string;
  /** The short screen a full screen continues. */
  readonly parentId: string | null;
  readonly caseId: string | null;
  readonly depth: 'short' | 'full';
  readonly mode: 'worker' | 'person_facing';
  /** One of the short-screen languages. */
  readonly language: string;
  /** As the route records them: the sets of the screen, and the short-screen list for a short screen. */
  readonly indicatorSets: readonly { readonly id: string; readonly version: number }[];
  readonly status: 'in_progress' | 'completed';
  /** What the screener recorded of the person's age and gender; stored encrypted. */
  readonly person: ScreeningPerson | null;
  /** core `screeningChildStatus` of `person` when the screening started: it chose the lists. */
  readonly childStatus: ChildStatus;
  /** Keyed by question key; stored encrypted. */
  readonly answers: Readonly<Record<string, DemoScreeningAnswer>>;
  /** The answers a full screen carried over from its short screen; stored encrypted. */
  readonly fromParent: readonly string[];
  /** The overall reading core scoring suggested at completion. */
  readonly suggested: OverallReading | null;
  readonly conclusion: 'confirmed' | 'overridden' | null;
  /** The reading the screener concluded: the suggestion when confirmed. */
  readonly concluded: OverallReading | null;
  readonly concludedByUserId: string | null;
  readonly concludedForms: readonly ExploitationForm[];
  /** Stored encrypted. */
  readonly overrideReason: string | null;
  readonly startedAt: string;
  readonly completedAt: string | null;
};

export type DemoReferral = {
  readonly id: string;
  readonly caseId: string;
  readonly screeningId: string | null;
  readonly referringOrgId: string;
  readonly referringUserId: string;
  readonly competentOrgId: string;
  readonly profileId: string;
  readonly profileVersion: number;
  readonly childStatus: DemoChildStatus;
  readonly elements: {
    readonly acts: readonly string[];
    readonly means: readonly string[];
    readonly purposes: readonly ExploitationForm[];
  };
  readonly exploitationForms: readonly ExploitationForm[];
  readonly exploitationLocation: ExploitationPlace;
  readonly events: readonly {
    readonly kind: 'recruitment' | 'transit' | 'exploitation';
    readonly country: string | null;
    readonly date: string | null;
  }[];
  readonly urgentNeeds: readonly string[];
  readonly interpreterNeeded: boolean;
  readonly interpreterLanguage: string | null;
  /** How to reach the person safely; stored encrypted with the person's data key. */
  readonly safeContact: string | null;
  readonly referredAt: string;
  readonly reasonableGroundsDueAt: string | null;
};

export type DemoConsentPurpose = 'identification_referral' | 'share_with_provider' | 'inform_law_enforcement';

export type DemoConsent = {
  readonly id: string;
  readonly caseId: string;
  readonly personId: string;
  readonly purpose: DemoConsentPurpose;
  readonly recipientOrgId: string | null;
  readonly language: string;
  readonly interpreterUsed: boolean;
  readonly method: 'verbal' | 'written' | 'signed' | 'recorded';
  readonly givenAt: string;
  readonly recordedByUserId: string;
  readonly revokedAt: string | null;
  readonly revokedByUserId: string | null;
};

export type DemoGuardianAppointment = {
  readonly id: string;
  readonly caseId: string;
  readonly requestedAt: string;
  readonly requestedByUserId: string;
  /** Null while the appointment is only requested. */
  readonly guardianUserId: string | null;
  readonly appointedAt: string | null;
  readonly endedAt: string | null;
};

export type DemoDecisionStage = 'reasonable_grounds' | 'conclusive_grounds';

export type DemoDecision = {
  readonly id: string;
  readonly caseId: string;
  readonly stage: DemoDecisionStage;
  readonly outcome: string;
  readonly positive: boolean;
  readonly standard: string;
  /** Stored encrypted with the person's data key. */
  readonly reasons: string;
  readonly decidedByUserId: string;
  readonly decidedByOrgId: string;
  readonly decidedAt: string;
  readonly dueAt: string | null;
  readonly profileId: string;
  readonly profileVersion: number;
  readonly supersedesId: string | null;
};

export type DemoRecoveryPeriod = {
  readonly id: string;
  readonly caseId: string;
  readonly decisionId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly minimumDays: number;
  readonly status: 'running' | 'ended' | 'withheld';
  readonly noRemoval: boolean;
  readonly withheldGround: 'public_order' | null;
  /** Stored encrypted. */
  readonly withheldReason: string | null;
  readonly withheldByUserId: string | null;
  readonly withheldAt: string | null;
  readonly updatedAt: string;
};

export type DemoRecoveryExtension = {
  readonly id: string;
  readonly recoveryPeriodId: string;
  readonly days: number;
  /** Stored encrypted. */
  readonly reason: string;
  readonly grantedByUserId: string;
  readonly grantedAt: string;
};

export type DemoReconsideration = {
  readonly id: string;
  readonly decisionId: string;
  readonly caseId: string;
  readonly requestedByOrgId: string;
  readonly requestedByUserId: string;
  readonly requestedAt: string;
  /** Stored encrypted. */
  readonly grounds: string;
  readonly status: 'requested' | 'upheld' | 'overturned';
  readonly panel: readonly { readonly organisationId: string; readonly role: 'chair' | 'member' }[];
  /** Stored encrypted. */
  readonly reviewNotes: string | null;
  readonly reviewOutcome: 'upheld' | 'overturned' | null;
  readonly reviewedByUserId: string | null;
  readonly reviewedAt: string | null;
  readonly newDecisionId: string | null;
};

export type DemoPossibleDuplicate = {
  readonly id: string;
  /** The later case, flagged when it was referred. */
  readonly caseId: string;
  readonly matchingCaseId: string;
  readonly basis: 'name_and_birth_date' | 'name';
  readonly flaggedAt: string;
};

/** Exactly the columns an anonymous notification may hold: nothing that identifies anyone. */
export type DemoAnonymousNotification = {
  readonly id: string;
  readonly organisationId: string;
  /** Local date ('YYYY-MM-DD'), never an instant. */
  readonly notifiedOn: string;
  readonly gender: Gender;
  readonly ageBand: string;
  readonly nationality: string | null;
  readonly exploitationForms: readonly ExploitationForm[];
  readonly region: DemoRegion | null;
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
  readonly screenings: readonly DemoScreening[];
  readonly referrals: readonly DemoReferral[];
  readonly consents: readonly DemoConsent[];
  readonly guardianAppointments: readonly DemoGuardianAppointment[];
  readonly decisions: readonly DemoDecision[];
  readonly recoveryPeriods: readonly DemoRecoveryPeriod[];
  readonly recoveryExtensions: readonly DemoRecoveryExtension[];
  readonly reconsiderations: readonly DemoReconsideration[];
  readonly possibleDuplicates: readonly DemoPossibleDuplicate[];
  readonly anonymousNotifications: readonly DemoAnonymousNotification[];
} & DemoAssistanceRecords;

export type DemoDatasetOptions = {
  readonly seed: number;
  /** Number of persons; default 2000. */
  readonly persons?: number;
  /** The reference date; default the start of the current UTC day. */
  readonly now?: Date;
  /** ISO alpha-2 code of the host country; default 'AT'. */
  readonly country?: string;
};
