import {
  AGE_BANDS,
  CHILD_STATUSES,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  DUPLICATE_BASES,
  DUPLICATE_REVIEW_OUTCOMES,
  EXPLOITATION_LOCATIONS,
  SUPPORT_WITHOUT_REFERRAL,
  URGENT_NEEDS,
  ZExploitationEvent,
  ZExploitationForm,
  ZTraffickingElements,
} from '@opennrm/core';
import { z } from 'zod';
import { ZPage } from '../organisations/schemas.js';

const ZOrgRef = z.object({ id: z.uuid(), name: z.string() });

/** What the referrer learns once a referral is made; no personal data. */
export const ZReferralCreated = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  stage: z.string(),
  childStatus: z.enum(CHILD_STATUSES),
  referredAt: z.iso.datetime(),
  reasonableGroundsDueAt: z.iso.datetime().nullable(),
  competentOrganisation: ZOrgRef,
  childProtectionOrganisation: ZOrgRef.nullable(),
  guardianRequested: z.boolean(),
});
export type ReferralCreated = z.infer<typeof ZReferralCreated>;

/** `include=details` adds the narrative and the safe contact (decrypted, as the policy allows). */
export const ZReferralQuery = z.object({ include: z.enum(['details']).optional() });

/** A referral as the case team (or the child's guardian) reads it. */
export const ZReferralView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  referredAt: z.iso.datetime(),
  referringOrganisation: ZOrgRef.extend({ kind: z.string() }),
  referredBy: z.string(),
  competentOrganisation: ZOrgRef,
  profile: z.object({ id: z.string(), version: z.number().int() }),
  childStatus: z.enum(CHILD_STATUSES),
  elements: ZTraffickingElements,
  exploitationForms: z.array(ZExploitationForm),
  exploitationLocation: z.enum(EXPLOITATION_LOCATIONS),
  events: z.array(ZExploitationEvent),
  urgentNeeds: z.array(z.enum(URGENT_NEEDS)),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: z.string().nullable(),
  reasonableGroundsDueAt: z.iso.datetime().nullable(),
  screeningId: z.uuid().nullable(),
  narrative: z.string().nullable().optional(),
  safeContact: z.string().nullable().optional(),
  /** Fields not sent: withheld by the policy, or not asked for (absent above). */
  hiddenFields: z.array(z.enum(['narrative', 'safeContact'])),
});
export type ReferralView = z.infer<typeof ZReferralView>;

export const ZConsentView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  purpose: z.enum(CONSENT_PURPOSES),
  recipientOrganisation: ZOrgRef.nullable(),
  language: z.string(),
  interpreterUsed: z.boolean(),
  method: z.enum(CONSENT_METHODS),
  givenAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  inForce: z.boolean(),
});
export type ConsentView = z.infer<typeof ZConsentView>;
export const ZConsentList = z.object({ items: z.array(ZConsentView) });

/** A possible earlier referral of the same person: that it exists, never whose it is. */
export const ZDuplicateView = z.object({
  id: z.uuid(),
  basis: z.enum(DUPLICATE_BASES),
  flaggedAt: z.iso.datetime(),
  knownToYourOrganisation: z.boolean(),
  reviewedAt: z.iso.datetime().nullable(),
  reviewOutcome: z.enum(DUPLICATE_REVIEW_OUTCOMES).nullable(),
});
export const ZDuplicateList = z.object({ items: z.array(ZDuplicateView) });
export const ZDuplicateReview = z.strictObject({ outcome: z.enum(DUPLICATE_REVIEW_OUTCOMES) });
export const ZDuplicateParams = z.object({ id: z.uuid(), duplicateId: z.uuid() });

const ZStoredNotification = z.object({
  gender: z.string(),
  ageBand: z.enum(AGE_BANDS),
  nationality: z.string().nullable(),
  exploitationForms: z.array(z.string()),
  region: z.string().nullable(),
});

export const ZAnonymousNotificationCreated = z.object({
  id: z.uuid(),
  notifiedOn: z.iso.date(),
  /** Everything that was stored: nothing else exists about this person. */
  stored: ZStoredNotification,
  support: z.array(z.enum(SUPPORT_WITHOUT_REFERRAL)),
});

export const ZAnonymousNotificationList = z.object({
  items: z.array(ZStoredNotification.extend({ id: z.uuid(), notifiedOn: z.iso.date() })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const ZAnonymousNotificationQuery = ZPage;

/** What the referral form needs to offer: the rules in force and who may receive what. */
export const ZReferralOptions = z.object({
  profile: z.object({
    id: z.string(),
    version: z.number().int(),
    name: z.string(),
    decisionStages: z.number().int(),
    reasonableGroundsDeadlineWorkingDays: z.number().int(),
  }),
  /** Whether the caller's organisation is of a kind that refers under the profile. */
  mayRefer: z.boolean(),
  ownRegion: z.string(),
  regions: z.array(z.string()),
  competentAuthorities: z.array(ZOrgRef.extend({ region: z.string() })),
  providers: z.array(ZOrgRef.extend({ kind: z.string(), region: z.string() })),
});

export const ZScreeningPrefill = z.object({
  screeningId: z.uuid(),
  status: z.string(),
  concludedForms: z.array(ZExploitationForm),
  alreadyReferred: z.boolean(),
});
