/** Kysely table types of migration 0007 (issue 5, insights module). Keep in step with it. */
export type InsightsDB = Record<never, never>;
