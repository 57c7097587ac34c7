import {
  COOPERATION_STATUSES,
  ZBestInterestsInput,
  ZCompensationClaimInput,
  ZDurableSolutionInput,
  ZLegalAidInput,
  ZMissingEpisodeInput,
  ZNonPunishmentInput,
  ZResidencePermitInput,
} from '@opennrm/core';
import { z } from 'zod';

export { ZCooperationInput } from '@opennrm/core';

export const ZCaseParams = z.strictObject({ id: z.uuid() });
export const ZRecordParams = z.strictObject({ id: z.uuid(), recordId: z.uuid() });

const ZRef = z.object({ id: z.uuid(), name: z.string() });

/** Said with every answer about cooperation, so no reader can take it for a condition. */
export const COOPERATION_NOTICE =
  'The person’s free choice about contact with criminal justice. It changes nothing about the assistance, protection or recovery period they receive (CoE art. 12(6), EU art. 11(3)).';

export const ZCooperationEntry = z.object({
  id: z.uuid(),
  status: z.enum(COOPERATION_STATUSES),
  recordedAt: z.string(),
  recordedBy: ZRef,
});

export const ZCooperation = z.object({
  /** The latest entry; null when nothing has been recorded ("not discussed"). */
  current: ZCooperationEntry.nullable(),
  /** Newest first; entries are never changed or removed. */
  history: z.array(ZCooperationEntry),
  affectsAssistance: z.literal(false),
  notice: z.string(),
});

const withId = <T extends z.ZodRawShape>(shape: z.ZodObject<T>) => shape.extend({ id: z.uuid() });

export const ZResidencePermit = withId(ZResidencePermitInput);
export const ZLegalAid = withId(ZLegalAidInput).extend({ providerOrganisation: ZRef.nullable() });
export const ZCompensationClaim = withId(ZCompensationClaimInput);
export const ZNonPunishment = withId(ZNonPunishmentInput);
export const ZDurableSolution = withId(ZDurableSolutionInput);
export const ZBestInterests = withId(ZBestInterestsInput);
export const ZMissingEpisode = withId(ZMissingEpisodeInput).extend({
  reportedByOrganisation: ZRef.nullable(),
});

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ isChild: z.boolean(), items: z.array(item) });
