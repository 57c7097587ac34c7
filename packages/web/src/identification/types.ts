import type {
  ChildStatus,
  ExploitationForm,
  OverallReading,
  ScreenDepth,
  ScreeningAnswer,
  ScreeningLanguage,
  ScreeningMode,
  ScreeningSuggestion,
} from '@opennrm/core';

/** Shapes of the screening API (server/src/identification/schemas.ts is the authority). */

export type ScreeningStatus = 'in_progress' | 'completed';
export type ConclusionKind = 'confirmed' | 'overridden';
export type UserRef = { readonly id: string; readonly displayName: string };

export type ScreeningSummary = {
  readonly id: string;
  readonly clientRef: string | null;
  readonly depth: ScreenDepth;
  readonly mode: ScreeningMode;
  readonly language: ScreeningLanguage;
  readonly status: ScreeningStatus;
  readonly childStatus: ChildStatus;
  readonly parentId: string | null;
  readonly caseId: string | null;
  readonly suggested: OverallReading | null;
  readonly conclusion: ConclusionKind | null;
  readonly concluded: OverallReading | null;
  readonly screener: UserRef;
  readonly startedAt: string;
  readonly completedAt: string | null;
  readonly version: number;
};

export type ScreeningDetail = ScreeningSummary & {
  readonly organisationId: string;
  readonly indicatorSets: readonly { readonly id: string; readonly version: number }[];
  readonly person: {
    readonly birthYear: number | null;
    readonly ageUncertain: boolean;
    readonly reasonsToBelieveChild: boolean;
    readonly gender: string | null;
  } | null;
  readonly answers: Readonly<Record<string, ScreeningAnswer>>;
  readonly questions: {
    readonly all: readonly string[];
    readonly remaining: readonly string[];
    readonly fromParent: readonly string[];
  };
  readonly suggestion: ScreeningSuggestion;
  readonly conclusionDetail: {
    readonly kind: ConclusionKind;
    readonly suggested: OverallReading;
    /** Null only for an override whose reading was not recorded (e.g. imported data). */
    readonly concluded: OverallReading | null;
    readonly reason: string | null;
    readonly forms: readonly ExploitationForm[];
    readonly concludedBy: UserRef;
    readonly concludedAt: string;
  } | null;
  readonly updatedAt: string;
};

export type ScreeningPage = {
  readonly items: readonly ScreeningSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
};

export type ConclusionBody = {
  readonly concluded?: OverallReading | null;
  readonly reason?: string | null;
};

/** POST /api/screenings */
export type ScreeningStartBody = {
  readonly clientRef?: string;
  readonly depth: ScreenDepth;
  readonly mode: ScreeningMode;
  readonly language: ScreeningLanguage;
  readonly person?: {
    readonly birthYear: number | null;
    readonly ageUncertain: boolean;
    readonly reasonsToBelieveChild: boolean;
    readonly gender: string | null;
  };
  readonly parentId?: string;
  readonly answers?: Readonly<Record<string, ScreeningAnswer>>;
  readonly conclusion?: ConclusionBody;
  readonly startedAt?: string;
};
