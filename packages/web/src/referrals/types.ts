import type {
  AgeBand,
  ChildStatus,
  ConsentMethod,
  ConsentPurpose,
  DuplicateBasis,
  DuplicateReviewOutcome,
  ExploitationEvent,
  ExploitationForm,
  ExploitationLocation,
  Gender,
  OrganisationKind,
  SupportWithoutReferral,
  TraffickingElements,
  UrgentNeed,
} from '@opennrm/core';
import type { OrganisationRef } from '../api/types';

/** Shapes of the referrals API (server/src/referrals/schemas.ts is the authority). */

export type ReferralCreated = {
  readonly id: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly stage: string;
  readonly childStatus: ChildStatus;
  readonly referredAt: string;
  readonly reasonableGroundsDueAt: string | null;
  readonly competentOrganisation: OrganisationRef;
  readonly childProtectionOrganisation: OrganisationRef | null;
  readonly guardianRequested: boolean;
};

export type ReferralRecord = {
  readonly id: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly referredAt: string;
  readonly referringOrganisation: OrganisationRef & { readonly kind: OrganisationKind };
  readonly referredBy: string;
  readonly competentOrganisation: OrganisationRef;
  readonly profile: { readonly id: string; readonly version: number };
  readonly childStatus: ChildStatus;
  readonly elements: TraffickingElements;
  readonly exploitationForms: readonly ExploitationForm[];
  readonly exploitationLocation: ExploitationLocation;
  readonly events: readonly ExploitationEvent[];
  readonly urgentNeeds: readonly UrgentNeed[];
  readonly interpreterNeeded: boolean;
  readonly interpreterLanguage: string | null;
  readonly reasonableGroundsDueAt: string | null;
  readonly screeningId: string | null;
  readonly narrative?: string | null;
  readonly safeContact?: string | null;
  readonly hiddenFields: readonly ('narrative' | 'safeContact')[];
};

export type ConsentRecord = {
  readonly id: string;
  readonly caseId: string;
  readonly purpose: ConsentPurpose;
  readonly recipientOrganisation: OrganisationRef | null;
  readonly language: string;
  readonly interpreterUsed: boolean;
  readonly method: ConsentMethod;
  readonly givenAt: string;
  readonly revokedAt: string | null;
  readonly inForce: boolean;
};

export type PossibleDuplicate = {
  readonly id: string;
  readonly basis: DuplicateBasis;
  readonly flaggedAt: string;
  readonly knownToYourOrganisation: boolean;
  readonly reviewedAt: string | null;
  readonly reviewOutcome: DuplicateReviewOutcome | null;
};

export type ReferralOptions = {
  readonly profile: {
    readonly id: string;
    readonly version: number;
    readonly name: string;
    readonly decisionStages: number;
    readonly reasonableGroundsDeadlineWorkingDays: number;
  };
  readonly mayRefer: boolean;
  readonly ownRegion: string;
  readonly regions: readonly string[];
  readonly competentAuthorities: readonly (OrganisationRef & { readonly region: string })[];
  readonly providers: readonly (OrganisationRef & {
    readonly kind: OrganisationKind;
    readonly region: string;
  })[];
};

export type ScreeningPrefill = {
  readonly screeningId: string;
  readonly status: string;
  readonly concludedForms: readonly ExploitationForm[];
  readonly alreadyReferred: boolean;
};

export type StoredNotification = {
  readonly gender: Gender;
  readonly ageBand: AgeBand;
  readonly nationality: string | null;
  readonly exploitationForms: readonly ExploitationForm[];
  readonly region: string | null;
};

export type AnonymousNotificationCreated = {
  readonly id: string;
  readonly notifiedOn: string;
  readonly stored: StoredNotification;
  readonly support: readonly SupportWithoutReferral[];
};
