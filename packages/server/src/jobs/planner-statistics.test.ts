import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import { ANALYZE_EVERY_MS, plannerStatistics } from './planner-statistics.js';

function fakeDatabase(kind: Database['kind'], statements: string[]): Database {
  const systemDb = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') statements.push(event.query.sql);
    },
  });
  return {
    kind,
    db: systemDb,
    systemDb,
    systemSql: { executeSql: async () => ({ rows: [] }) },
    close: async () => {},
  };
}

describe('plannerStatistics', () => {
  it('analyzes the embedded database at the first run, then once per period', async () => {
    const statements: string[] = [];
    let now = 1_000_000;
    const refresh = plannerStatistics(fakeDatabase('pglite', statements), () => now);
    expect(await refresh()).toBe(true);
    now += ANALYZE_EVERY_MS - 1;
    expect(await refresh()).toBe(false);
    now += 1;
    expect(await refresh()).toBe(true);
    expect(statements).toEqual(['analyze', 'analyze']);
  });

  it('leaves PostgreSQL to its autovacuum', async () => {
    const statements: string[] = [];
    const refresh = plannerStatistics(fakeDatabase('postgres', statements));
    expect(await refresh()).toBe(false);
    expect(statements).toEqual([]);
  });
});
