import type {
  ActionStatus,
  DisabilityType,
  MigrationStatus,
  NeedDomain,
  NeedLevel,
  PlanAgreement,
  RiskLevel,
  ServiceKind,
  Urgency,
  Vulnerability,
} from '@opennrm/core';
import type { DemoRegion, Gender } from './vocabulary.js';

/**
 * The demo records of issue 4 (assistance) and of what issue 5 (stock-taking) counts:
 * plain objects like the rest of the data set. Texts about a person are clear here and
 * sealed by the seeding code with the person's data key, bound to table, row and column.
 * Dates ('YYYY-MM-DD') are local dates of the profile's time zone; instants are ISO strings.
 */

/** Special needs recorded with the person (EU art. 11(7)); plain, used for help and counts. */
export type DemoSpecialNeeds = {
  readonly migrationStatus: MigrationStatus;
  readonly vulnerabilities: readonly Vulnerability[];
  readonly disabilities: readonly DisabilityType[];
  /** Children and others the person cares for; null when not known. */
  readonly dependants: number | null;
};

// ---- directory

export type DemoService = {
  readonly id: string;
  /** Stable slug for tests and journeys: '<organisation key>/<service slug>'. */
  readonly key: string;
  readonly organisationId: string;
  readonly kind: ServiceKind;
  readonly name: string;
  readonly description: string | null;
  /** Empty: nationwide. */
  readonly regions: readonly DemoRegion[];
  readonly languages: readonly string[];
  /** Empty: every gender. */
  readonly genders: readonly Exclude<Gender, 'unknown'>[];
  readonly minAge: number | null;
  readonly maxAge: number | null;
  readonly lgbtiSafe: boolean;
  readonly accessibility: readonly DisabilityType[];
  readonly acceptsWithoutStatus: boolean;
  readonly openingHours: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly capacityTotal: number | null;
  readonly capacityFree: number | null;
  readonly waitingDays: number | null;
  readonly capacityUpdatedAt: string | null;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
};

export type DemoCapacityUpdate = {
  readonly id: string;
  readonly serviceId: string;
  readonly capacityTotal: number | null;
  readonly capacityFree: number | null;
  readonly waitingDays: number | null;
  readonly updatedByUserId: string | null;
  readonly updatedAt: string;
};

// ---- case file: the account told once, shares, requests, notes

/** A later version of the person's account; version 1 is the referral's narrative (cases.narrative_enc). */
export type DemoCaseAccount = {
  readonly id: string;
  readonly caseId: string;
  readonly version: number;
  /** Stored encrypted. */
  readonly text: string;
  readonly language: string;
  readonly interpreterUsed: boolean;
  readonly recordedByUserId: string;
  readonly recordedByOrgId: string;
  readonly recordedAt: string;
};

export type DemoAccountShare = {
  readonly id: string;
  readonly caseId: string;
  readonly organisationId: string;
  /** The adult's consent to share with that organisation; null for a child (child protection decides). */
  readonly consentId: string | null;
  readonly grantedByUserId: string;
  readonly grantedAt: string;
  readonly revokedAt: string | null;
  readonly revokedByUserId: string | null;
};

export type DemoAccountRequest = {
  readonly id: string;
  readonly caseId: string;
  readonly requestingOrgId: string;
  readonly requestedByUserId: string;
  readonly requestedAt: string;
  /** Stored encrypted. */
  readonly reason: string;
  readonly status: 'requested' | 'granted' | 'refused';
  readonly decidedByUserId: string | null;
  readonly decidedAt: string | null;
};

export type DemoCaseNote = {
  readonly id: string;
  readonly caseId: string;
  /** Stored encrypted. */
  readonly body: string;
  readonly visibility: 'team' | 'own_organisation';
  readonly authorUserId: string;
  readonly authorOrgId: string;
  readonly writtenAt: string;
};

// ---- assessments, plans, advocates

export type DemoNeedsAssessment = {
  readonly id: string;
  readonly caseId: string;
  readonly version: number;
  /** The person's priorities in their own words, stored encrypted. */
  readonly priorities: string | null;
  readonly prioritiesLanguage: string | null;
  readonly assessedByUserId: string;
  readonly assessedByOrgId: string;
  readonly assessedAt: string;
};

export type DemoAssessedNeed = {
  readonly assessmentId: string;
  readonly caseId: string;
  readonly domain: NeedDomain;
  readonly level: NeedLevel;
  readonly urgency: Urgency;
  /** Stored encrypted (AAD row '<assessment id>/<domain>'). */
  readonly notes: string | null;
};

export type DemoRiskAssessment = {
  readonly id: string;
  readonly caseId: string;
  readonly version: number;
  readonly traffickersRisk: RiskLevel;
  readonly retraffickingRisk: RiskLevel;
  readonly selfHarmRisk: RiskLevel;
  readonly familyRisk: RiskLevel;
  readonly overall: RiskLevel;
  /** Stored encrypted. */
  readonly safetyPlan: string | null;
  readonly assessedByUserId: string;
  readonly assessedByOrgId: string;
  readonly assessedAt: string;
  readonly reviewDueOn: string | null;
};

export type DemoSupportPlan = {
  readonly id: string;
  readonly caseId: string;
  readonly version: number;
  readonly status: 'current' | 'superseded';
  /** Stored encrypted as a JSON array. */
  readonly goals: readonly string[];
  readonly agreement: PlanAgreement;
  /** Stored encrypted; required when the person disagrees wholly or in part. */
  readonly agreementNote: string | null;
  readonly agreedOn: string | null;
  readonly reviewDueOn: string | null;
  readonly supersedesId: string | null;
  readonly createdByUserId: string;
  readonly createdByOrgId: string;
  readonly createdAt: string;
};

export type DemoPlanAction = {
  readonly id: string;
  readonly planId: string;
  readonly caseId: string;
  readonly position: number;
  readonly domain: NeedDomain;
  /** Stored encrypted. */
  readonly description: string;
  readonly ownerOrgId: string;
  readonly ownerUserId: string | null;
  readonly serviceId: string | null;
  readonly dueOn: string | null;
  readonly status: ActionStatus;
  readonly completedOn: string | null;
  /** The action of the previous version this one continues. */
  readonly carriedFromId: string | null;
};

export type DemoAdvocate = {
  readonly id: string;
  readonly caseId: string;
  readonly advocateUserId: string;
  readonly advocateOrgId: string;
  readonly assignedByUserId: string;
  readonly assignedAt: string;
  readonly endedAt: string | null;
};

// ---- service referrals and capacity gaps

export type DemoServiceReferralStatus = 'sent' | 'accepted' | 'declined' | 'started' | 'ended' | 'withdrawn';

export type DemoServiceReferral = {
  readonly id: string;
  readonly caseId: string;
  readonly serviceId: string;
  readonly providerOrgId: string;
  readonly needDomain: NeedDomain;
  readonly planActionId: string | null;
  readonly consentId: string | null;
  /** Stored encrypted. */
  readonly message: string | null;
  readonly sentByUserId: string;
  readonly sentByOrgId: string;
  readonly sentAt: string;
  readonly status: DemoServiceReferralStatus;
  readonly declineReason: 'capacity' | 'eligibility' | 'other' | null;
  /** Stored encrypted. */
  readonly responseNote: string | null;
  readonly respondedByUserId: string | null;
  readonly respondedAt: string | null;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly outcome: 'completed' | 'person_left' | 'no_longer_needed' | 'transferred' | 'other' | null;
};

/** Exactly the columns a capacity gap may hold: the need, the region and the group, nobody's identity. */
export type DemoCapacityGap = {
  readonly id: string;
  readonly caseId: string | null;
  readonly needDomain: NeedDomain;
  readonly serviceKind: ServiceKind;
  readonly region: string;
  readonly reason: 'no_fit' | 'declined_capacity';
  readonly gender: string;
  readonly ageBand: string;
  readonly isChild: boolean;
  readonly disabilities: readonly DisabilityType[];
  readonly language: string | null;
  readonly withoutStatus: boolean;
  readonly lgbti: boolean;
  readonly serviceReferralId: string | null;
  readonly recordedByOrgId: string;
  readonly recordedAt: string;
};

// ---- legal, children, solutions

export type DemoCooperationStatus =
  | 'not_discussed'
  | 'undecided'
  | 'declines_contact'
  | 'reported_no_further_contact'
  | 'cooperating'
  | 'withdrew';

export type DemoCooperationRecord = {
  readonly id: string;
  readonly caseId: string;
  readonly status: DemoCooperationStatus;
  readonly recordedByUserId: string;
  readonly recordedAt: string;
};

export type DemoResidencePermit = {
  readonly id: string;
  readonly caseId: string;
  readonly basis: 'victim_situation' | 'cooperation' | 'international_protection' | 'other';
  readonly appliedOn: string;
  readonly status: 'pending' | 'granted' | 'refused' | 'withdrawn';
  readonly decidedOn: string | null;
  readonly validUntil: string | null;
  readonly rightToWork: boolean;
  readonly recordedByUserId: string | null;
};

export type DemoLegalAid = {
  readonly id: string;
  readonly caseId: string;
  readonly providerOrgId: string | null;
  readonly requestedOn: string;
  readonly grantedOn: string | null;
  readonly status: 'requested' | 'granted' | 'refused';
};

export type DemoCompensationClaim = {
  readonly id: string;
  readonly caseId: string;
  readonly route: 'criminal_proceedings' | 'civil_claim' | 'labour_tribunal' | 'state_fund';
  readonly claimedOn: string;
  readonly currency: string;
  /** Whole currency units. */
  readonly amountClaimed: number | null;
  readonly amountAwarded: number | null;
  readonly amountPaid: number | null;
  readonly status: 'pending' | 'awarded' | 'refused' | 'paid' | 'partly_paid';
  readonly decidedOn: string | null;
};

export type DemoNonPunishmentAssessment = {
  readonly id: string;
  readonly caseId: string;
  readonly offence:
    | 'irregular_entry_or_stay'
    | 'false_documents'
    | 'prostitution_related'
    | 'drugs'
    | 'theft'
    | 'other';
  readonly linkedToTrafficking: boolean;
  readonly outcome: 'not_prosecuted' | 'discontinued' | 'acquitted' | 'convicted' | 'pending';
  readonly assessedOn: string;
};

export type DemoBestInterestsProcedure = {
  readonly id: string;
  readonly caseId: string;
  readonly kind: 'assessment' | 'determination';
  readonly startedOn: string;
  readonly completedOn: string | null;
};

export type DemoMissingEpisode = {
  readonly id: string;
  readonly caseId: string;
  readonly wentMissingAt: string;
  readonly foundAt: string | null;
  readonly reportedByOrgId: string | null;
};

export type DemoDurableSolution = {
  readonly id: string;
  readonly caseId: string;
  readonly kind: 'integration' | 'return' | 'relocation';
  readonly status: 'planned' | 'in_progress' | 'completed' | 'abandoned';
  readonly decidedOn: string;
  readonly country: string | null;
};

/** Everything the assistance story adds to the data set. */
export type DemoAssistanceRecords = {
  readonly services: readonly DemoService[];
  readonly serviceCapacityLog: readonly DemoCapacityUpdate[];
  readonly caseAccounts: readonly DemoCaseAccount[];
  readonly accountShares: readonly DemoAccountShare[];
  readonly accountRequests: readonly DemoAccountRequest[];
  readonly caseNotes: readonly DemoCaseNote[];
  readonly needsAssessments: readonly DemoNeedsAssessment[];
  readonly assessedNeeds: readonly DemoAssessedNeed[];
  readonly riskAssessments: readonly DemoRiskAssessment[];
  readonly supportPlans: readonly DemoSupportPlan[];
  readonly planActions: readonly DemoPlanAction[];
  readonly advocates: readonly DemoAdvocate[];
  readonly serviceReferrals: readonly DemoServiceReferral[];
  readonly capacityGaps: readonly DemoCapacityGap[];
  readonly cooperationRecords: readonly DemoCooperationRecord[];
  readonly residencePermits: readonly DemoResidencePermit[];
  readonly legalAid: readonly DemoLegalAid[];
  readonly compensationClaims: readonly DemoCompensationClaim[];
  readonly nonPunishmentAssessments: readonly DemoNonPunishmentAssessment[];
  readonly bestInterestsProcedures: readonly DemoBestInterestsProcedure[];
  readonly missingEpisodes: readonly DemoMissingEpisode[];
  readonly durableSolutions: readonly DemoDurableSolution[];
};
