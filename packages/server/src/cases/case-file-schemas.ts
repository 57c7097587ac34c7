import {
  ACCOUNT_REQUEST_STATUSES,
  CASE_SECTIONS,
  CONSENT_BASED_PURPOSES,
  DISABILITY_TYPES,
  MIGRATION_STATUSES,
  NOTE_VISIBILITIES,
  TIMELINE_KINDS,
  VULNERABILITIES,
} from '@opennrm/core';
import { z } from 'zod';
import { ZPage } from '../organisations/schemas.js';

const ZOrgRef = z.object({ id: z.uuid(), name: z.string() });

export const ZCaseParams = z.object({ id: z.uuid() });
export const ZCaseChildParams = z.object({ id: z.uuid(), childId: z.uuid() });

// ---- demographics and special needs (plain, non-identifying)
export const ZSpecialNeedsView = z.object({
  migrationStatus: z.enum(MIGRATION_STATUSES).nullable(),
  vulnerabilities: z.array(z.enum(VULNERABILITIES)),
  disabilities: z.array(z.enum(DISABILITY_TYPES)),
  dependants: z.number().int().nullable(),
  languages: z.array(z.string()),
  preferredLanguage: z.string().nullable(),
});
export type SpecialNeedsView = z.infer<typeof ZSpecialNeedsView>;

// ---- sections
export const ZCaseSections = z.object({
  caseId: z.uuid(),
  sections: z.array(z.enum(CASE_SECTIONS)),
  purposes: z.array(z.string()),
  leadsCase: z.boolean(),
  isGuardian: z.boolean(),
  mayManageTeam: z.boolean(),
});

// ---- the account
export const ZAccountVersionMeta = z.object({
  version: z.number().int(),
  source: z.enum(['referral', 'account']),
  language: z.string().nullable(),
  interpreterUsed: z.boolean().nullable(),
  recordedBy: ZOrgRef,
  recordedAt: z.string(),
});
export const ZAccountView = z.object({
  caseId: z.uuid(),
  exists: z.boolean(),
  canRead: z.boolean(),
  /** Present only for a reader: the version asked for (default the latest), decrypted. */
  text: z.string().optional(),
  shownVersion: z.number().int().optional(),
  versions: z.array(ZAccountVersionMeta),
  recordedBy: z.array(ZOrgRef),
  mayRecord: z.boolean(),
  mayShare: z.boolean(),
  mayRequest: z.boolean(),
  /** The caller's organisation's latest request, if any. */
  ownRequest: z
    .object({ id: z.uuid(), status: z.enum(ACCOUNT_REQUEST_STATUSES), requestedAt: z.string() })
    .nullable(),
});
export const ZAccountQuery = z.object({ version: z.coerce.number().int().min(1).max(10_000).optional() });
export const ZAccountRecorded = ZAccountVersionMeta;

export const ZAccountShareCreate = z.strictObject({ organisationId: z.uuid() });
export const ZAccountShareView = z.object({
  id: z.uuid(),
  organisation: ZOrgRef,
  consentId: z.uuid().nullable(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  active: z.boolean(),
});
export const ZAccountShareList = z.object({
  items: z.array(ZAccountShareView),
  /** Team organisations the account could be shared with now, and why not when it cannot. */
  candidates: z.array(
    z.object({
      organisation: ZOrgRef,
      shareable: z.boolean(),
      reason: z.enum(['consent_required', 'guardian_or_child_protection', 'already_reads']).nullable(),
    }),
  ),
});

export const ZAccountRequestView = z.object({
  id: z.uuid(),
  requestingOrganisation: ZOrgRef,
  requestedAt: z.string(),
  /** Decrypted for the recording organisation and the requester; absent otherwise. */
  reason: z.string().optional(),
  status: z.enum(ACCOUNT_REQUEST_STATUSES),
  decidedAt: z.string().nullable(),
});
export const ZAccountRequestList = z.object({ items: z.array(ZAccountRequestView) });

// ---- notes
export const ZNoteView = z.object({
  id: z.uuid(),
  body: z.string(),
  visibility: z.enum(NOTE_VISIBILITIES),
  author: z.object({ id: z.uuid(), name: z.string() }),
  organisation: ZOrgRef,
  writtenAt: z.string(),
});
export const ZNoteList = z.object({
  items: z.array(ZNoteView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

// ---- timeline
const ZTimelineValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export const ZTimelineEntry = z.object({
  id: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  organisation: ZOrgRef.nullable(),
  /** Codes, numbers and dates only: never free text about the person. */
  data: z.record(z.string(), ZTimelineValue),
  /** Only on a note the caller may read. */
  note: z.object({ body: z.string(), visibility: z.enum(NOTE_VISIBILITIES) }).optional(),
});
export type TimelineEntry = z.infer<typeof ZTimelineEntry>;
export const ZTimelineQuery = ZPage;
export const ZTimeline = z.object({
  items: z.array(ZTimelineEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

// ---- team
export const ZTeamRemoveParams = z.object({ id: z.uuid(), organisationId: z.uuid() });
export const ZTeamRemoveQuery = z.object({ purpose: z.enum(CONSENT_BASED_PURPOSES).optional() });
export const ZTeamChange = z.object({
  caseId: z.uuid(),
  organisationId: z.uuid(),
  purposes: z.array(z.string()),
});
export const ZTeamCandidates = z.object({
  items: z.array(
    z.object({
      organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
      /** A consent to share with it in force now (adult), or the child path allows it. */
      addable: z.boolean(),
      reason: z.enum(['consent_required', 'guardian_or_child_protection']).nullable(),
      purposes: z.array(z.string()),
    }),
  ),
});
