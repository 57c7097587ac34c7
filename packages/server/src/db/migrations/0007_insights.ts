import type { Kysely } from 'kysely';

// National stock-taking (issue 5): statistics releases with their privacy budget, imports
// of historic HTCDS/CTDC data, and summaries. Owned by the insights module.
export async function up(_db: Kysely<unknown>): Promise<void> {}
