import { z } from 'zod';

/**
 * A point in time as it travels between browser, server and database: a Date, or an
 * ISO 8601 string with an offset (as JSON carries it). Always parsed to a Date.
 * Not `z.coerce.date()`, which turns null into 1 January 1970.
 */
export const ZInstant = z.union([
  z.date(),
  z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
]);
export type Instant = z.output<typeof ZInstant>;

/** A trimmed, non-empty text that a rule requires (a reason, a justification). */
export const ZRequiredText = z.string().trim().min(1, 'A reason is required').max(4000);
