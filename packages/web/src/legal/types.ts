import type {
  BestInterestsInput,
  CompensationClaimInput,
  CooperationStatus,
  DurableSolutionInput,
  LegalAidInput,
  MissingEpisodeInput,
  NonPunishmentInput,
  ResidencePermitInput,
} from '@opennrm/core';

export type CooperationEntry = {
  readonly id: string;
  readonly status: CooperationStatus;
  readonly recordedAt: string;
  readonly recordedBy: { readonly id: string; readonly name: string };
};

export type Cooperation = {
  readonly current: CooperationEntry | null;
  readonly history: readonly CooperationEntry[];
  readonly affectsAssistance: false;
  readonly notice: string;
};

type Ref = { readonly id: string; readonly name: string };
type WithId<T> = T & { readonly id: string };

/** One record of any kind, as the list endpoints answer it. */
export type LegalRecord =
  | WithId<ResidencePermitInput>
  | WithId<LegalAidInput & { readonly providerOrganisation: Ref | null }>
  | WithId<CompensationClaimInput>
  | WithId<NonPunishmentInput>
  | WithId<DurableSolutionInput>
  | WithId<BestInterestsInput>
  | WithId<MissingEpisodeInput & { readonly reportedByOrganisation: Ref | null }>;

export type LegalList = { readonly isChild: boolean; readonly items: readonly Record<string, unknown>[] };
