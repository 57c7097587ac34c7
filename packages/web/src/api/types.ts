import type {
  AgeBand,
  CaseStage,
  ExploitationForm,
  Gender,
  SupportedLocale as Locale,
  OrganisationKind,
  Role,
} from '@opennrm/core';

/** Shapes of the foundation API (docs/foundation-api.md). The server's OpenAPI document is the authority. */

export type SessionStage = 'password_change_required' | 'mfa_enrolment_required' | 'mfa_required' | 'ready';

export type OrganisationRef = { readonly id: string; readonly name: string };

export type SessionUser = {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly locale: Locale;
  readonly mfaEnrolled: boolean;
  /** A seeded demo account: it may sign in without a second factor while the server runs in demo mode. */
  readonly demo: boolean;
  readonly organisation: OrganisationRef & {
    readonly kind: OrganisationKind;
    readonly country: string;
    readonly region: string;
  };
};

export type AnonymousSession = { readonly authenticated: false; readonly demoMode: boolean };

export type AuthenticatedSession = {
  readonly authenticated: true;
  readonly demoMode: boolean;
  readonly stage: SessionStage;
  readonly user: SessionUser;
  readonly csrfToken: string;
  readonly idleTimeoutSeconds: number;
  readonly absoluteExpiresAt: string;
};

export type TSession = AnonymousSession | AuthenticatedSession;

export type Page<T> = {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
};

export type MfaEnrolment = {
  readonly otpauthUri: string;
  readonly qrCodeDataUrl: string;
  readonly secret: string;
};
export type MfaEnrolmentConfirmation = {
  readonly recoveryCodes: readonly string[];
  readonly session: TSession;
};

export type OrganisationSummary = OrganisationRef & {
  readonly kind: OrganisationKind;
  readonly country: string;
  readonly region: string;
  readonly active: boolean;
  readonly userCount: number;
};

export type Organisation = OrganisationSummary & {
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
};

export type OrganisationInput = {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly country: string;
  readonly region: string;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
};

export type OrganisationPatch = Partial<OrganisationInput> & { readonly active?: boolean };

export type ManagedUser = {
  readonly id: string;
  readonly organisationId: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly locale: Locale;
  readonly mfaEnrolled: boolean;
  readonly disabled: boolean;
  readonly lockedUntil: string | null;
  readonly lastLoginAt: string | null;
};

export type NewUserInput = {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly locale: Locale;
};

export type UserUpdate = {
  readonly displayName?: string;
  readonly roles?: readonly Role[];
  readonly disabled?: boolean;
  readonly locale?: Locale;
};

export type CaseSummary = {
  readonly id: string;
  readonly reference: string;
  readonly stage: CaseStage;
  readonly isChild: boolean;
  readonly gender: Gender;
  readonly ageBand: AgeBand;
  readonly nationality: string | null;
  /** Absent when the organisation's purpose on the team does not show the exploitation. */
  readonly exploitationForms?: readonly ExploitationForm[];
  readonly region: string;
  readonly leadOrganisation: OrganisationRef;
  readonly firstContactAt: string;
};

export type CaseTeamMember = {
  readonly organisation: OrganisationRef & { readonly kind: OrganisationKind };
  readonly purpose: string;
  readonly addedAt: string;
};

export type ExploitationPlace = 'in_country' | 'abroad' | 'both' | 'unknown';

export type CaseDetail = CaseSummary & {
  readonly personId: string;
  readonly exploitationPlace?: ExploitationPlace | null;
  readonly exploitationCountries?: readonly string[];
  readonly referringOrganisation: OrganisationRef & { readonly kind: OrganisationKind };
  readonly team: readonly CaseTeamMember[];
};

export type CaseSort = 'first_contact_desc' | 'first_contact_asc' | 'reference';

export type IdentityDocument = { readonly type: string; readonly number: string; readonly country: string };

/** Personal data of one person. Fields the policy hides are absent and named in hiddenFields. */
export type PersonRecord = {
  readonly id: string;
  readonly givenName?: string | null;
  readonly familyName?: string | null;
  readonly aliases?: readonly string[];
  readonly dateOfBirth?: string | null;
  readonly contact?: { readonly phone?: string; readonly email?: string } | null;
  readonly address?: string | null;
  readonly identityDocuments?: readonly IdentityDocument[];
  readonly gender: Gender;
  readonly birthYear: number | null;
  readonly ageUncertain: boolean;
  readonly ageBand: AgeBand;
  readonly nationality: string | null;
  readonly languages: readonly string[];
  readonly preferredLanguage: string | null;
  readonly hiddenFields: readonly string[];
};

export type AccessLogEntry = {
  readonly at: string;
  readonly actorOrganisation: OrganisationRef | null;
  readonly action: string;
  readonly purpose: string | null;
  readonly outcome: string;
};

export type AuditEntry = {
  readonly seq: number;
  readonly at: string;
  readonly actorKind: string;
  readonly actorUserId: string | null;
  readonly actorOrgId: string | null;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly purpose: string | null;
  readonly outcome: string;
  readonly requestId: string | null;
};

export type AuditVerification = {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBrokenSeq: number | null;
  readonly reason?: string;
};
