import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests (core rules, crypto, web components) and API tests that
// go through HTTP against a real database (PGlite by default, PostgreSQL when
// OPENNRM_TEST_DATABASE_URL is set). PGlite is heavy: keep workers at 2.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    maxWorkers: 2,
    projects: [
      {
        resolve: { conditions: ['source'] },
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/web/src/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        resolve: { conditions: ['source'] },
        test: {
          name: 'api',
          include: ['packages/server/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
