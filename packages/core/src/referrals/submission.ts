import { z } from 'zod';
import { ZConsentGiven } from './consent.js';
import { ZReferralDraft } from './referral-draft.js';

/**
 * What a referrer sends to make a referral: the finished draft, the consents given with
 * it, the competent authority chosen (absent: the first one the profile allows) and the
 * draft's id as `clientRef`, so that sending again after a lost connection returns the
 * same referral instead of making a second one. No field about cooperation with police.
 */
export const ZReferralSubmission = ZReferralDraft.extend({
  consents: z.array(ZConsentGiven).max(20),
  competentOrgId: z.uuid().nullable().optional(),
  clientRef: z.uuid(),
});
export type ReferralSubmission = z.output<typeof ZReferralSubmission>;
/** The submission as JSON (instants as ISO strings), e.g. as the browser sends it. */
export type ReferralSubmissionInput = z.input<typeof ZReferralSubmission>;
