import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from './app.js';

const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export function registerHealthRoutes(app: App): void {
  app.get(
    '/api/health',
    {
      config: { policy: { kind: 'public', why: 'liveness for operators, no data' } },
      schema: { tags: ['system'], summary: 'Liveness and database kind', response: { 200: ZHealth } },
    },
    async () => {
      const { database, config } = app.deps;
      let status: 'ok' | 'degraded' = 'ok';
      try {
        await sql`select 1`.execute(database.db);
      } catch {
        status = 'degraded';
      }
      return { status, database: database.kind, version: config.version };
    },
  );
}
