import type {
  AgeBand,
  DeclineReason,
  GapReason,
  MatchCriterion,
  MatchOutcome,
  MatchReasonCode,
  MatchVerdict,
  NeedDomain,
  ServiceKind,
  ServiceOutcome,
  ServiceReferralAction,
  ServiceReferralStatus,
} from '@opennrm/core';

/** Server: directory/schemas.ts (ZService). */
export type Service = {
  readonly id: string;
  readonly organisation: { readonly id: string; readonly name: string; readonly kind: string };
  readonly kind: ServiceKind;
  readonly name: string;
  readonly description: string | null;
  readonly regions: readonly string[];
  readonly languages: readonly string[];
  readonly genders: readonly string[];
  readonly minAge: number | null;
  readonly maxAge: number | null;
  readonly lgbtiSafe: boolean;
  readonly accessibility: readonly string[];
  readonly acceptsWithoutStatus: boolean;
  readonly openingHours: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly capacity: Capacity;
  readonly active: boolean;
  readonly updatedAt: string;
  readonly canEdit: boolean;
};

export type Capacity = {
  readonly total: number | null;
  readonly free: number | null;
  readonly waitingDays: number | null;
  readonly updatedAt: string | null;
  readonly freshness: 'never' | 'fresh' | 'stale';
  readonly daysAgo: number | null;
};

export type ServiceList = {
  readonly items: readonly Service[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly staleAfterDays: number;
};

export type ServiceDetail = Service & {
  readonly capacityLog: readonly {
    readonly total: number | null;
    readonly free: number | null;
    readonly waitingDays: number | null;
    readonly updatedAt: string;
  }[];
};

export type MatchReason = {
  readonly criterion: MatchCriterion;
  readonly code: MatchReasonCode;
  readonly outcome: MatchOutcome;
  readonly params: Readonly<Record<string, string | number>>;
};

export type MatchCandidate = {
  readonly service: Service;
  readonly verdict: MatchVerdict;
  readonly reasons: readonly MatchReason[];
};

export type MatchProfile = {
  readonly gender: string;
  readonly ageBand: AgeBand;
  readonly isChild: boolean;
  readonly languages: readonly string[];
  readonly disabilities: readonly string[];
  readonly region: string | null;
  readonly withoutResidenceStatus: boolean;
  readonly lgbti: boolean;
};

export type MatchResult = {
  readonly need: NeedDomain;
  readonly kinds: readonly ServiceKind[];
  readonly profile: MatchProfile;
  readonly nothingFits: boolean;
  readonly candidates: readonly MatchCandidate[];
  readonly openReferralServiceIds: readonly string[];
};

export type CapacityGapRecord = {
  readonly id: string;
  readonly needDomain: NeedDomain;
  readonly serviceKind: ServiceKind;
  readonly region: string;
  readonly reason: GapReason;
  readonly recordedAt: string;
  readonly alreadyRecorded: boolean;
};

export type ServiceReferral = {
  readonly id: string;
  readonly status: ServiceReferralStatus;
  readonly needDomain: NeedDomain;
  readonly service: { readonly id: string; readonly name: string; readonly kind: ServiceKind };
  readonly provider: { readonly id: string; readonly name: string };
  readonly sender: { readonly id: string; readonly name: string };
  readonly basis: 'consent' | 'child_protection';
  readonly person: {
    readonly gender: string;
    readonly ageBand: AgeBand;
    readonly isChild: boolean;
    readonly languages: readonly string[];
    readonly specialNeeds: readonly string[];
    readonly accessibilityNeeds: readonly string[];
  };
  readonly message: string | null;
  readonly declineReason: DeclineReason | null;
  readonly responseNote: string | null;
  readonly outcome: ServiceOutcome | null;
  readonly sentAt: string;
  readonly respondedAt: string | null;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly caseId: string | null;
  readonly caseReference: string | null;
  readonly planActionId: string | null;
  readonly actions: readonly ServiceReferralAction[];
};

export type ServiceReferralPage = {
  readonly items: readonly ServiceReferral[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
};

/** What the service form sends (server ZServiceCreate / ZServicePatch). */
export type ServiceInput = {
  readonly kind: ServiceKind;
  readonly name: string;
  readonly description: string | null;
  readonly regions: readonly string[];
  readonly languages: readonly string[];
  readonly genders: readonly string[];
  readonly minAge: number | null;
  readonly maxAge: number | null;
  readonly lgbtiSafe: boolean;
  readonly accessibility: readonly string[];
  readonly acceptsWithoutStatus: boolean;
  readonly openingHours: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly active?: boolean;
};
