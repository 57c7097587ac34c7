import type {
  ActionStatus,
  NeedDomain,
  NeedLevel,
  PlanAgreement,
  PlanReviewState,
  RiskLevel,
  Urgency,
} from '@opennrm/core';
import type { OrganisationRef } from '../api/types';

/** Shapes of the assistance API (server assistance/schemas.ts is the authority). */

export type Ref = OrganisationRef;

export type DomainAssessment = {
  readonly domain: NeedDomain;
  readonly assessed: boolean;
  readonly level: NeedLevel | null;
  readonly urgency: Urgency | null;
  readonly notes: string | null;
};

export type NeedsAssessment = {
  readonly id: string;
  readonly version: number;
  readonly current: boolean;
  readonly assessedAt: string;
  readonly assessedBy: Ref;
  readonly assessedByOrganisation: Ref;
  readonly domains: readonly DomainAssessment[];
  readonly priorities: string | null;
  readonly prioritiesLanguage: string | null;
};

export type NeedsAssessmentList = {
  readonly current: NeedsAssessment | null;
  readonly versions: readonly {
    readonly id: string;
    readonly version: number;
    readonly current: boolean;
    readonly assessedAt: string;
    readonly assessedByOrganisation: Ref;
    readonly domainsAssessed: number;
    readonly highNeeds: number;
  }[];
};

export type RiskAssessment = {
  readonly id: string;
  readonly version: number;
  readonly current: boolean;
  readonly traffickersRisk: RiskLevel;
  readonly retraffickingRisk: RiskLevel;
  readonly selfHarmRisk: RiskLevel;
  readonly familyRisk: RiskLevel;
  readonly overall: RiskLevel;
  readonly safetyPlan: string | null;
  readonly reviewDueOn: string | null;
  readonly reviewState: PlanReviewState;
  readonly assessedAt: string;
  readonly assessedBy: Ref;
  readonly assessedByOrganisation: Ref;
};

export type RiskAssessmentList = {
  readonly current: RiskAssessment | null;
  readonly versions: readonly {
    readonly id: string;
    readonly version: number;
    readonly current: boolean;
    readonly overall: RiskLevel;
    readonly reviewDueOn: string | null;
    readonly assessedAt: string;
    readonly assessedByOrganisation: Ref;
  }[];
};

export type SafetyPlan = {
  readonly safetyPlan: {
    readonly assessmentId: string;
    readonly version: number;
    readonly text: string | null;
    readonly reviewDueOn: string | null;
    readonly assessedAt: string;
    readonly assessedByOrganisation: Ref;
  } | null;
};

export type PlanAction = {
  readonly id: string;
  readonly position: number;
  readonly carriedFromId: string | null;
  readonly domain: NeedDomain;
  readonly description: string;
  readonly ownerOrganisation: Ref | null;
  readonly ownerUser: Ref | null;
  readonly service: Ref | null;
  readonly dueOn: string | null;
  readonly status: ActionStatus;
  readonly completedOn: string | null;
  readonly overdue: boolean;
};

export type SupportPlan = {
  readonly id: string;
  readonly version: number;
  readonly status: 'current' | 'superseded';
  readonly goals: readonly string[];
  readonly actions: readonly PlanAction[];
  readonly agreement: PlanAgreement;
  readonly agreementNote: string | null;
  readonly agreedOn: string | null;
  readonly reviewDueOn: string | null;
  readonly reviewState: PlanReviewState;
  readonly supersedesId: string | null;
  readonly supersededById: string | null;
  readonly createdAt: string;
  readonly createdBy: Ref;
  readonly createdByOrganisation: Ref;
};

export type PlanVersionSummary = {
  readonly id: string;
  readonly version: number;
  readonly status: 'current' | 'superseded';
  readonly agreement: PlanAgreement;
  readonly reviewDueOn: string | null;
  readonly createdAt: string;
  readonly createdByOrganisation: Ref;
  readonly actions: {
    readonly total: number;
    readonly open: number;
    readonly done: number;
    readonly overdue: number;
  };
};

export type SupportPlanList = {
  readonly current: SupportPlan | null;
  readonly versions: readonly PlanVersionSummary[];
};

export type Advocate = {
  readonly id: string;
  readonly advocate: Ref;
  readonly organisation: Ref;
  readonly assignedAt: string;
  readonly assignedBy: Ref;
  readonly endedAt: string | null;
};

export type AdvocateList = { readonly isChild: boolean; readonly items: readonly Advocate[] };

/** What the case page needs from GET /api/cases/:id/sections (the cases module). */
export type CaseSections = { readonly sections: readonly string[] };

/** A service of the directory, as far as a plan action needs it. */
export type DirectoryService = {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly organisation: Ref;
};
