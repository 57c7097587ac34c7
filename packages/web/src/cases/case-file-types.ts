import type {
  AccountRequestStatus,
  CaseSection,
  ConsentBasedPurpose,
  DisabilityType,
  MigrationStatus,
  NoteVisibility,
  TimelineKind,
  Vulnerability,
} from '@opennrm/core';
import type { CaseDetail, OrganisationRef } from '../api/types';

/** GET /api/cases/:id/sections: the parts of the case file the caller sees (purpose AND role). */
export type CaseSections = {
  readonly caseId: string;
  readonly sections: readonly CaseSection[];
  readonly purposes: readonly string[];
  readonly leadsCase: boolean;
  readonly isGuardian: boolean;
  readonly mayManageTeam: boolean;
};

/** The case detail with the plain demographics and special needs the server adds when visible. */
export type CaseFileDetail = CaseDetail & {
  readonly languages?: readonly string[];
  readonly preferredLanguage?: string | null;
  readonly migrationStatus?: MigrationStatus | null;
  readonly vulnerabilities?: readonly Vulnerability[];
  readonly disabilities?: readonly DisabilityType[];
  readonly dependants?: number | null;
  readonly hiddenSections?: readonly CaseSection[];
};

export type SpecialNeeds = {
  readonly migrationStatus: MigrationStatus | null;
  readonly vulnerabilities: readonly Vulnerability[];
  readonly disabilities: readonly DisabilityType[];
  readonly dependants: number | null;
  readonly languages: readonly string[];
  readonly preferredLanguage: string | null;
};

export type AccountVersionMeta = {
  readonly version: number;
  readonly source: 'referral' | 'account';
  readonly language: string | null;
  readonly interpreterUsed: boolean | null;
  readonly recordedBy: OrganisationRef;
  readonly recordedAt: string;
};

export type AccountView = {
  readonly caseId: string;
  readonly exists: boolean;
  readonly canRead: boolean;
  readonly text?: string;
  readonly shownVersion?: number;
  readonly versions: readonly AccountVersionMeta[];
  readonly recordedBy: readonly OrganisationRef[];
  readonly mayRecord: boolean;
  readonly mayShare: boolean;
  readonly mayRequest: boolean;
  readonly ownRequest: {
    readonly id: string;
    readonly status: AccountRequestStatus;
    readonly requestedAt: string;
  } | null;
};

export type AccountShare = {
  readonly id: string;
  readonly organisation: OrganisationRef;
  readonly consentId: string | null;
  readonly grantedAt: string;
  readonly revokedAt: string | null;
  readonly active: boolean;
};

export type ShareCandidate = {
  readonly organisation: OrganisationRef;
  readonly shareable: boolean;
  readonly reason: 'consent_required' | 'guardian_or_child_protection' | 'already_reads' | null;
};

export type AccountShares = {
  readonly items: readonly AccountShare[];
  readonly candidates: readonly ShareCandidate[];
};

export type AccountRequest = {
  readonly id: string;
  readonly requestingOrganisation: OrganisationRef;
  readonly requestedAt: string;
  readonly reason?: string;
  readonly status: AccountRequestStatus;
  readonly decidedAt: string | null;
};

export type CaseNote = {
  readonly id: string;
  readonly body: string;
  readonly visibility: NoteVisibility;
  readonly author: { readonly id: string; readonly name: string };
  readonly organisation: OrganisationRef;
  readonly writtenAt: string;
};

export type TimelineEntry = {
  readonly id: string;
  readonly kind: TimelineKind;
  readonly at: string;
  readonly organisation: OrganisationRef | null;
  readonly data: Readonly<Record<string, string | number | boolean | null | readonly string[]>>;
  readonly note?: { readonly body: string; readonly visibility: NoteVisibility };
};

export type TeamCandidate = {
  readonly organisation: OrganisationRef & { readonly kind: string };
  readonly addable: boolean;
  readonly reason: 'consent_required' | 'guardian_or_child_protection' | null;
  readonly purposes: readonly string[];
};

export type TeamAdditionInput = { readonly organisationId: string; readonly purpose: ConsentBasedPurpose };
