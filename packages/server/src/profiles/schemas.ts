import { ZCountryProfile } from '@opennrm/core';
import { z } from 'zod';

/** A profile id as core defines it (snake_case). */
export const ZProfileId = z.string().regex(/^[a-z][a-z0-9_]{0,62}[a-z0-9]$/, 'A snake_case id');

export const ZProfileParams = z.object({ id: ZProfileId });
export const ZProfileVersionParams = z.object({
  id: ZProfileId,
  version: z.coerce.number().int().min(1).max(1_000_000),
});

/** Who published a version: a staff member (work contact data), none for shipped versions. */
const ZPublishedBy = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

/** One stored version, without its definition. */
export const ZProfileVersionSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  publishedBy: ZPublishedBy,
  /** The active profile id (new cases start under its newest version). */
  active: z.boolean(),
  /** The newest version of its id. */
  newest: z.boolean(),
  /** New cases start under exactly this version (active id, newest version). */
  current: z.boolean(),
});

export const ZProfileList = z.object({
  activeId: z.string(),
  items: z.array(ZProfileVersionSummary),
});

/** One version with its full definition. */
export const ZProfileVersionView = ZProfileVersionSummary.extend({ definition: ZCountryProfile });

export const ZActivateProfile = z.strictObject({ id: ZProfileId });
