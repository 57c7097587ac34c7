import { z } from 'zod';
import { ZCountryCode } from '../geo/countries.js';
import { isValidLocalDate } from '../identification/local-time.js';
import {
  BEST_INTERESTS_KINDS,
  COMPENSATION_ROUTES,
  COMPENSATION_STATUSES,
  DURABLE_SOLUTION_KINDS,
  DURABLE_SOLUTION_STATUSES,
  LEGAL_AID_STATUSES,
  NON_PUNISHMENT_OFFENCES,
  NON_PUNISHMENT_OUTCOMES,
  RESIDENCE_BASES,
  RESIDENCE_STATUSES,
  ZCooperationStatus,
} from './vocabulary.js';

/**
 * What the legal module's API accepts, shared by the server (validation) and the web app
 * (types). Every object is strict: an unknown field is refused with a 400. Nothing here
 * is free text about the person — the records hold dates, statuses and amounts only.
 */

/** A calendar date, "YYYY-MM-DD". */
export const ZLegalDate = z.string().refine(isValidLocalDate, 'A date as YYYY-MM-DD');
/** An amount of money with at most two decimals, as a string (never a float). */
export const ZMoneyAmount = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'An amount such as 1500 or 1500.50');
/** ISO 4217 currency code. */
export const ZCurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code such as EUR');

export const ZCooperationInput = z.strictObject({ status: ZCooperationStatus });
export type CooperationInput = z.infer<typeof ZCooperationInput>;

export const ZResidencePermitInput = z.strictObject({
  basis: z.enum(RESIDENCE_BASES),
  appliedOn: ZLegalDate,
  status: z.enum(RESIDENCE_STATUSES),
  decidedOn: ZLegalDate.nullable(),
  validUntil: ZLegalDate.nullable(),
  rightToWork: z.boolean(),
});
export type ResidencePermitInput = z.infer<typeof ZResidencePermitInput>;

export const ZLegalAidInput = z.strictObject({
  providerOrganisationId: z.uuid().nullable(),
  requestedOn: ZLegalDate,
  grantedOn: ZLegalDate.nullable(),
  status: z.enum(LEGAL_AID_STATUSES),
});
export type LegalAidInput = z.infer<typeof ZLegalAidInput>;

export const ZCompensationClaimInput = z.strictObject({
  route: z.enum(COMPENSATION_ROUTES),
  claimedOn: ZLegalDate,
  currency: ZCurrencyCode,
  amountClaimed: ZMoneyAmount.nullable(),
  amountAwarded: ZMoneyAmount.nullable(),
  amountPaid: ZMoneyAmount.nullable(),
  status: z.enum(COMPENSATION_STATUSES),
  decidedOn: ZLegalDate.nullable(),
});
export type CompensationClaimInput = z.infer<typeof ZCompensationClaimInput>;

export const ZNonPunishmentInput = z.strictObject({
  offence: z.enum(NON_PUNISHMENT_OFFENCES),
  linkedToTrafficking: z.boolean(),
  outcome: z.enum(NON_PUNISHMENT_OUTCOMES),
  assessedOn: ZLegalDate,
});
export type NonPunishmentInput = z.infer<typeof ZNonPunishmentInput>;

export const ZDurableSolutionInput = z.strictObject({
  kind: z.enum(DURABLE_SOLUTION_KINDS),
  status: z.enum(DURABLE_SOLUTION_STATUSES),
  decidedOn: ZLegalDate,
  country: ZCountryCode.nullable(),
});
export type DurableSolutionInput = z.infer<typeof ZDurableSolutionInput>;

export const ZBestInterestsInput = z.strictObject({
  kind: z.enum(BEST_INTERESTS_KINDS),
  startedOn: ZLegalDate,
  completedOn: ZLegalDate.nullable(),
});
export type BestInterestsInput = z.infer<typeof ZBestInterestsInput>;

export const ZMissingEpisodeInput = z.strictObject({
  wentMissingAt: z.iso.datetime({ offset: true }),
  foundAt: z.iso.datetime({ offset: true }).nullable(),
});
export type MissingEpisodeInput = z.infer<typeof ZMissingEpisodeInput>;
