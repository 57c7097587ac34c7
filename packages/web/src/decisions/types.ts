import type {
  AgeBand,
  CaseStage,
  DeadlineStatus,
  DecisionStage,
  ExploitationForm,
  Gender,
  OrganisationKind,
  PanelRole,
  WithholdingGround,
} from '@opennrm/core';

/** Shapes of the decisions API (server/src/decisions/schemas.ts), as the web app reads them. */

export type Ref = { readonly id: string; readonly name: string };

export type InboxItem = {
  readonly caseId: string;
  readonly reference: string;
  readonly ageBand: AgeBand;
  readonly isChild: boolean;
  readonly gender: Gender;
  readonly nationality: string | null;
  readonly exploitationForms: readonly ExploitationForm[];
  readonly referredAt: string | null;
  readonly referringOrganisation: Ref;
  readonly decision: DecisionStage;
  readonly dueAt: string | null;
  readonly deadline: DeadlineStatus | null;
  readonly possibleDuplicates: number;
};

export type InboxReview = {
  readonly reconsiderationId: string;
  readonly caseId: string;
  readonly reference: string;
  readonly decisionStage: DecisionStage;
  readonly requestedAt: string;
};

export type Inbox = {
  readonly items: readonly InboxItem[];
  readonly counts: { readonly total: number; readonly overdue: number; readonly dueSoon: number };
  readonly reviews: readonly InboxReview[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
};

export type Outcome = { readonly id: string; readonly positive: boolean; readonly labelKey: string };

export type DecisionRecord = {
  readonly id: string;
  readonly stage: DecisionStage;
  readonly outcome: string;
  readonly positive: boolean;
  readonly standard: string;
  readonly reasons: string;
  readonly decidedBy: Ref;
  readonly decidedByOrganisation: Ref;
  readonly decidedAt: string;
  readonly dueAt: string | null;
  readonly supersedesId: string | null;
  readonly supersededById: string | null;
  readonly reconsiderable: boolean;
};

export type RecoveryPeriodStatus = 'running' | 'ended' | 'withheld';

export type RecoveryPeriodRecord = {
  readonly id: string;
  readonly decisionId: string | null;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly minimumDays: number;
  readonly extendedDays: number;
  readonly totalDays: number;
  readonly daysLeft: number;
  readonly status: RecoveryPeriodStatus;
  readonly noRemoval: boolean;
  readonly timeZone: string;
  readonly withheld: {
    readonly ground: WithholdingGround;
    readonly reason: string;
    readonly at: string;
    readonly by: Ref;
  } | null;
  readonly extensions: readonly {
    readonly id: string;
    readonly days: number;
    readonly reason: string;
    readonly grantedAt: string;
    readonly grantedBy: Ref;
  }[];
};

export type ReconsiderationStatus = 'requested' | 'upheld' | 'overturned';

export type ReconsiderationRecord = {
  readonly id: string;
  readonly decisionId: string;
  readonly requestedByOrganisation: Ref;
  readonly requestedAt: string;
  readonly grounds: string;
  readonly status: ReconsiderationStatus;
  readonly panel: readonly {
    readonly organisation: Ref & { readonly kind: OrganisationKind };
    readonly role: PanelRole;
  }[];
  readonly reviewNotes: string | null;
  readonly reviewedBy: Ref | null;
  readonly reviewedAt: string | null;
  readonly newDecisionId: string | null;
  readonly mayReview: boolean;
};

export type CaseDecisions = {
  readonly caseId: string;
  readonly stage: CaseStage;
  readonly profile: {
    readonly id: string;
    readonly version: number;
    readonly name: string;
    readonly decisionStages: number;
    readonly recoveryPeriodDays: number;
    readonly outcomes: {
      readonly reasonableGrounds: readonly Outcome[];
      readonly conclusiveGrounds: readonly Outcome[];
    };
  } | null;
  readonly due: {
    readonly stage: DecisionStage;
    readonly dueAt: string | null;
    readonly deadline: DeadlineStatus | null;
  } | null;
  readonly mayDecide: boolean;
  readonly decisions: readonly DecisionRecord[];
  readonly recoveryPeriod: RecoveryPeriodRecord | null;
  readonly reconsiderations: readonly ReconsiderationRecord[];
};

export type DecisionInput = {
  readonly stage: DecisionStage;
  readonly outcome: string;
  readonly reasons: string;
};

export type ReviewInput = {
  readonly panel: readonly { readonly organisationId: string; readonly role: PanelRole }[];
  readonly notes: string;
  readonly outcome: 'upheld' | 'overturned';
  readonly newOutcome?: string;
};
