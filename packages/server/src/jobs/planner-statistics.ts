import { sql } from 'kysely';
import type { Database } from '../db/connect.js';

/** How often the embedded database refreshes its planner statistics. */
export const ANALYZE_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * PGlite has no autovacuum daemon, so its tables are never ANALYZEd on their own: with no
 * statistics the planner guesses one row per table and picks nested loops that turn a
 * work list over a few hundred cases into seconds (measured: 38 s → 0.3 s for a
 * supervisor's reviews on the demo data). The job worker calls this after a sweep; it
 * analyzes at the first run and then every ANALYZE_EVERY_MS. PostgreSQL's autovacuum does
 * this itself: nothing to do there. Returns whether it ran.
 */
export function plannerStatistics(database: Database, clock: () => number = Date.now) {
  let last: number | null = null;
  return async function refresh(): Promise<boolean> {
    if (database.kind !== 'pglite') return false;
    const now = clock();
    if (last !== null && now - last < ANALYZE_EVERY_MS) return false;
    last = now;
    await sql`analyze`.execute(database.systemDb);
    return true;
  };
}
