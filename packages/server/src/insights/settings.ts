import { DEFAULT_SUPPRESSION_THRESHOLD, type ReferenceShare } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.js';

/**
 * Settings of statistics (row `insights` of `settings`, seeded by migration 0007): the
 * small-cell threshold, the privacy budget of all releases, the host country of the
 * citizenship breakdown and an optional reference distribution for the bias test.
 * Changing them is an administrator's decision: a lower threshold or a larger budget
 * weakens the protection of every person counted.
 */
export const ZInsightsSettings = z.object({
  suppressionThreshold: z.number().int().min(2).max(100).default(DEFAULT_SUPPRESSION_THRESHOLD),
  /** Total ε of all releases, ever (sequential composition), as a decimal string or number. */
  privacyBudgetEpsilon: z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?$/)]).default(10),
  /** Total δ of all releases (Gaussian mechanism only). */
  privacyBudgetDelta: z.union([z.number().min(0).max(0.01), z.string()]).default('0.00001'),
  hostCountry: z.string().length(2).nullable().default(null),
  biasReference: z
    .array(
      z.object({
        form: z.string(),
        gender: z.string(),
        ageGroup: z.string(),
        share: z.number().min(0),
      }),
    )
    .nullable()
    .default(null),
});
export type InsightsSettings = z.output<typeof ZInsightsSettings>;

export const DEFAULT_SETTINGS: InsightsSettings = ZInsightsSettings.parse({});

/** The settings, defaults filled in; a malformed row falls back to the defaults (never weaker). */
export async function loadInsightsSettings(db: Kysely<DB>): Promise<InsightsSettings> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'insights')
    .executeTakeFirst();
  const parsed = ZInsightsSettings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function biasReferenceOf(settings: InsightsSettings): readonly ReferenceShare[] | null {
  return settings.biasReference;
}
