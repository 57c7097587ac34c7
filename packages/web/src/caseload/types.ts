import type { Page } from '../api/types';

/** Shapes of the caseload API (server caseload/schemas.ts): ids, codes, dates and counts only. */

export type CaseloadScope = 'mine' | 'team';
export type CaseSort =
  | 'next_action'
  | 'overdue'
  | 'review_due'
  | 'last_activity'
  | 'reference'
  | 'first_contact_desc'
  | 'first_contact_asc';

type Ref = { readonly id: string; readonly name: string };

export type CaseloadCase = {
  readonly id: string;
  readonly reference: string;
  readonly stage: string;
  readonly isChild: boolean;
  readonly region: string;
  readonly leadOrganisation: Ref;
  readonly caseWorker: Ref | null;
  readonly caseWorkerElsewhere: boolean;
  readonly firstContactAt: string;
  readonly closed: boolean;
  readonly planVisible: boolean;
  readonly nextActionDueOn: string | null;
  readonly overdueActions: number;
  readonly planReviewDueOn: string | null;
  readonly lastActivityAt: string;
};

export type Scoped<T> = Page<T> & { readonly scope: CaseloadScope };

export type OverdueAction = {
  readonly id: string;
  readonly planId: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly stage: string;
  readonly isChild: boolean;
  readonly domain: string;
  readonly status: string;
  readonly dueOn: string;
  readonly daysOverdue: number;
  readonly ownerOrganisation: Ref | null;
  readonly ownerUser: Ref | null;
  readonly serviceId: string | null;
};

export type ReviewDue = {
  readonly kind: 'support_plan' | 'risk_assessment';
  readonly id: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly stage: string;
  readonly isChild: boolean;
  readonly dueOn: string;
  readonly daysUntil: number;
};

export type CapacityAlert = {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly organisation: Ref;
  readonly capacityTotal: number | null;
  readonly capacityFree: number | null;
  readonly waitingDays: number | null;
  readonly capacityUpdatedAt: string | null;
  readonly full: boolean;
  readonly stale: boolean;
  readonly casesUsing: number;
  readonly casesNeeding: number;
};

export type WaitingReferral = {
  readonly id: string;
  readonly service: Ref;
  readonly needDomain: string;
  readonly senderOrganisation: Ref;
  readonly sentAt: string;
  readonly workingDaysWaiting: number;
  readonly late: boolean;
};

export type CapacityAlerts = Scoped<CapacityAlert> & {
  readonly inbox: {
    readonly waiting: number;
    readonly late: number;
    readonly oldest: readonly WaitingReferral[];
  } | null;
};

export type TeamCounts = {
  readonly openCases: number;
  readonly overdueActions: number;
  readonly reviewsDue: number;
};

export type TeamMember = TeamCounts & { readonly user: Ref; readonly roles: readonly string[] };
export type TeamSort = 'name' | 'open_cases' | 'overdue' | 'reviews';

export type TeamCaseload = Page<TeamMember> & { readonly unassigned: TeamCounts };

export type CaseWorkerView = { readonly caseId: string; readonly caseWorker: Ref | null };
