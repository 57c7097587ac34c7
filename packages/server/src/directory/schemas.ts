import {
  AGE_BANDS,
  GAP_REASONS,
  MATCH_CRITERIA,
  MATCH_OUTCOMES,
  MATCH_REASON_CODES,
  MATCH_VERDICTS,
  SERVICE_REFERRAL_ACTIONS,
  SERVICE_REFERRAL_STATUSES,
  ZCapacityUpdate,
  ZDeclineReason,
  ZDisabilityType,
  ZNeedDomain,
  ZPersonLanguage,
  ZRegionCode,
  ZServiceFields,
  ZServiceGender,
  ZServiceKind,
  ZServiceOutcome,
} from '@opennrm/core';
import { z } from 'zod';
import { ZPage } from '../organisations/schemas.js';

const ZRef = z.object({ id: z.uuid(), name: z.string() });
const ZFlag = z.enum(['true', 'false']);
const ZOneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).max(10)]);

/** Route parameters: the case a directory route works for. */
export const ZCaseParams = z.object({ id: z.uuid() });

// ---- services

export const ZServiceQuery = ZPage.extend({
  q: z.string().trim().max(100).optional(),
  kind: ZOneOrMany(ZServiceKind).optional(),
  region: ZRegionCode.optional(),
  language: ZPersonLanguage.optional(),
  /** Services that accept this gender (a service naming no gender accepts all). */
  gender: ZServiceGender.optional(),
  /** Services whose age range includes this age. */
  age: z.coerce.number().int().min(0).max(120).optional(),
  /** Services accessible for every one of these disability types. */
  accessibility: ZOneOrMany(ZDisabilityType).optional(),
  lgbtiSafe: ZFlag.optional(),
  acceptsWithoutStatus: ZFlag.optional(),
  hasFreeCapacity: ZFlag.optional(),
  organisationId: z.uuid().optional(),
  /** Include services that are no longer offered (e.g. a provider reviewing its own). */
  includeInactive: ZFlag.optional(),
});

export const ZServiceCreate = ZServiceFields.partial().required({ kind: true, name: true }).extend({
  /** The provider; by default the caller's own organisation. */
  organisationId: z.uuid().optional(),
});

export const ZServicePatch = ZServiceFields.partial()
  .extend({ active: z.boolean().optional() })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });

export { ZCapacityUpdate };

const ZCapacity = z.object({
  total: z.number().int().nullable(),
  free: z.number().int().nullable(),
  waitingDays: z.number().int().nullable(),
  updatedAt: z.iso.datetime().nullable(),
  /** 'never': no report yet; 'stale': older than the limit (core STALE_CAPACITY_DAYS). */
  freshness: z.enum(['never', 'fresh', 'stale']),
  daysAgo: z.number().int().nullable(),
});

export const ZService = z.object({
  id: z.uuid(),
  organisation: ZRef.extend({ kind: z.string() }),
  kind: ZServiceKind,
  name: z.string(),
  description: z.string().nullable(),
  regions: z.array(z.string()),
  languages: z.array(z.string()),
  genders: z.array(z.string()),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  lgbtiSafe: z.boolean(),
  accessibility: z.array(z.string()),
  acceptsWithoutStatus: z.boolean(),
  openingHours: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  capacity: ZCapacity,
  active: z.boolean(),
  updatedAt: z.iso.datetime(),
  /** Whether the caller may edit the service and report its capacity. */
  canEdit: z.boolean(),
});
export type ServiceView = z.infer<typeof ZService>;

export const ZServiceList = z.object({
  items: z.array(ZService),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  staleAfterDays: z.number().int(),
});

export const ZServiceDetail = ZService.extend({
  capacityLog: z.array(
    z.object({
      total: z.number().int().nullable(),
      free: z.number().int().nullable(),
      waitingDays: z.number().int().nullable(),
      updatedAt: z.iso.datetime(),
    }),
  ),
});

// ---- matching and gaps

export const ZMatchQuery = z.object({
  need: ZNeedDomain,
  /** Look in another region than the case's (e.g. the person wants to move). */
  region: ZRegionCode.optional(),
});

const ZMatchReason = z.object({
  criterion: z.enum(MATCH_CRITERIA),
  code: z.enum(MATCH_REASON_CODES),
  outcome: z.enum(MATCH_OUTCOMES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The profile matching used: plain groups only, never a name or a birth year. */
const ZMatchProfile = z.object({
  gender: z.string(),
  ageBand: z.enum(AGE_BANDS),
  isChild: z.boolean(),
  languages: z.array(z.string()),
  disabilities: z.array(z.string()),
  region: z.string().nullable(),
  withoutResidenceStatus: z.boolean(),
  lgbti: z.boolean(),
});

export const ZMatchResult = z.object({
  need: ZNeedDomain,
  kinds: z.array(ZServiceKind),
  profile: ZMatchProfile,
  nothingFits: z.boolean(),
  candidates: z.array(
    z.object({ service: ZService, verdict: z.enum(MATCH_VERDICTS), reasons: z.array(ZMatchReason) }),
  ),
  /** Service referrals of this case still open, by service (not to send twice). */
  openReferralServiceIds: z.array(z.uuid()),
});

export const ZGapCreate = z.strictObject({
  need: ZNeedDomain,
  /** A kind of service answering the need (default: the usual one). */
  kind: ZServiceKind.optional(),
  region: ZRegionCode.optional(),
});

export const ZGap = z.object({
  id: z.uuid(),
  needDomain: ZNeedDomain,
  serviceKind: ZServiceKind,
  region: z.string(),
  reason: z.enum(GAP_REASONS),
  gender: z.string(),
  ageBand: z.string(),
  isChild: z.boolean(),
  disabilities: z.array(z.string()),
  language: z.string().nullable(),
  withoutStatus: z.boolean(),
  lgbti: z.boolean(),
  recordedAt: z.iso.datetime(),
  /** True when this gap had already been recorded today for this case and need. */
  alreadyRecorded: z.boolean(),
});

// ---- service referrals

export const ZServiceReferralCreate = z.strictObject({
  serviceId: z.uuid(),
  needDomain: ZNeedDomain,
  planActionId: z.uuid().nullable().optional(),
  /** What the provider should know (encrypted; never the person's story). */
  message: z.string().trim().min(1).max(2000).nullable().optional(),
});

export const ZServiceReferralQuery = ZPage.extend({
  status: ZOneOrMany(z.enum(SERVICE_REFERRAL_STATUSES)).optional(),
});

export const ZDecline = z.strictObject({
  reason: ZDeclineReason,
  note: z.string().trim().min(1).max(1000).nullable().optional(),
});
export const ZEnd = z.strictObject({ outcome: ZServiceOutcome });
/** Actions that carry nothing. */
export const ZNoBody = z.strictObject({}).optional();

/** What a provider needs to know about the person: groups and needs, never the narrative or a name. */
const ZPersonNeeds = z.object({
  gender: z.string(),
  ageBand: z.enum(AGE_BANDS),
  isChild: z.boolean(),
  languages: z.array(z.string()),
  specialNeeds: z.array(z.string()),
  accessibilityNeeds: z.array(z.string()),
});

export const ZServiceReferral = z.object({
  id: z.uuid(),
  status: z.enum(SERVICE_REFERRAL_STATUSES),
  needDomain: ZNeedDomain,
  service: ZRef.extend({ kind: ZServiceKind }),
  provider: ZRef,
  sender: ZRef,
  /** 'consent': the adult's consent to share with this provider; 'child_protection': a child's case. */
  basis: z.enum(['consent', 'child_protection']),
  person: ZPersonNeeds,
  message: z.string().nullable(),
  declineReason: ZDeclineReason.nullable(),
  responseNote: z.string().nullable(),
  outcome: ZServiceOutcome.nullable(),
  sentAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  /** The case, only when the reader's organisation is on its team (and so may open it). */
  caseId: z.uuid().nullable(),
  caseReference: z.string().nullable(),
  planActionId: z.uuid().nullable(),
  /** What the reader may do now. */
  actions: z.array(z.enum(SERVICE_REFERRAL_ACTIONS)),
});
export type ServiceReferralView = z.infer<typeof ZServiceReferral>;

export const ZServiceReferralList = z.object({
  items: z.array(ZServiceReferral),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZCaseServiceReferrals = z.object({ items: z.array(ZServiceReferral) });

/** Every request schema of this module, for tests that no field conditions help on anything else. */
export const DIRECTORY_REQUEST_SCHEMAS = {
  ZServiceQuery,
  ZServiceCreate,
  ZServicePatch,
  ZCapacityUpdate,
  ZMatchQuery,
  ZGapCreate,
  ZServiceReferralCreate,
  ZServiceReferralQuery,
  ZDecline,
  ZEnd,
} as const;
