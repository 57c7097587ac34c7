import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_identification.js';
import * as m0003 from './migrations/0003_referrals.js';
import * as m0004 from './migrations/0004_decisions.js';
import * as m0005 from './migrations/0005_jobs.js';
import * as m0006 from './migrations/0006_assistance.js';
import * as m0007 from './migrations/0007_insights.js';
import type { DB } from './schema.js';

// Migrations are listed explicitly so the built server needs no file-system scan.
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_identification': m0002,
  '0003_referrals': m0003,
  '0004_decisions': m0004,
  '0005_jobs': m0005,
  '0006_assistance': m0006,
  '0007_insights': m0007,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
