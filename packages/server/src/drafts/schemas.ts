import { ZReferralWorkingDraft, ZScreeningDraft } from '@opennrm/core';
import { z } from 'zod';

export const DRAFT_KINDS = ['screening', 'referral'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
export const ZDraftKind = z.enum(DRAFT_KINDS);

/**
 * The payload schema of each kind of draft: the shape is checked, completeness is not
 * (a draft is work in progress; a screening or referral is checked when submitted).
 */
export const DRAFT_PAYLOADS = {
  screening: ZScreeningDraft,
  referral: ZReferralWorkingDraft,
} as const satisfies Record<DraftKind, z.ZodType>;

export const ZDraftListQuery = z.object({ kind: ZDraftKind.optional() });

export const ZDraftSummary = z.object({
  id: z.uuid(),
  kind: ZDraftKind,
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Display name of the colleague who saved it last. */
  updatedBy: z.string(),
  /** Whether the caller started this draft. */
  mine: z.boolean(),
});
export const ZDraftList = z.object({ items: z.array(ZDraftSummary) });

export const ZDraftDetail = ZDraftSummary.extend({ payload: z.unknown() });

export const ZDraftPut = z.object({
  kind: ZDraftKind,
  payload: z.unknown(),
  /** The server version the change was made on; null for a draft the server has not seen. */
  baseVersion: z.number().int().min(1).nullable(),
});
export const ZDraftSaved = z.object({ version: z.number().int().min(1), updatedAt: z.iso.datetime() });

export const ZDraftDeleteQuery = z.object({ baseVersion: z.coerce.number().int().min(1) });

/** What the server holds when a write was based on an older version (body of a 409 `draft-conflict`). */
export type DraftCurrent = {
  readonly version: number;
  /** Null when the draft was deleted (e.g. submitted by a colleague). */
  readonly payload: unknown;
  readonly deleted: boolean;
  readonly updatedBy: string;
  readonly updatedAt: string;
};

export const ZOfflineKey = z.object({
  /** Changes when the key is replaced; the browser derives its store key from both. */
  keyId: z.uuid(),
  /** 32 random bytes, base64url. */
  material: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
