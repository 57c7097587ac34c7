import { z } from 'zod';

/**
 * A region is a free code that a country profile defines for itself ("north", "capital",
 * "odesa_oblast"): NRMs are organised by region, but regions differ in every country, so
 * no list lives in core. Codes are lower-case slugs so they are safe in URLs, filters
 * and statistics keys; the display name belongs to the country profile.
 */
export const ZRegionCode = z
  .string()
  .regex(
    /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/,
    'A region code is a lower-case slug of 1 to 64 characters',
  );
export type RegionCode = z.infer<typeof ZRegionCode>;

export function isRegionCode(value: unknown): value is RegionCode {
  return ZRegionCode.safeParse(value).success;
}
