import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The browser journeys run against the BUILT server (`npm run build` first), on the
// embedded database in a fresh data folder, so that it seeds the synthetic demo set.
const port = Number(process.env.OPENNRM_E2E_PORT ?? 3210);
const dataDir = join(tmpdir(), `opennrm-e2e-${port}`);
const E2E_BASE_URL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  outputDir: './artifacts/e2e/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: E2E_BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'off',
    locale: 'en-GB',
    timezoneId: 'Europe/Vienna',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A fresh folder each run; the database variables of the caller must not leak in.
    command: `rm -rf '${dataDir}' && exec env -u DATABASE_URL -u OPENNRM_MASTER_KEY -u OPENNRM_DEMO node packages/server/dist/main.js`,
    url: `${E2E_BASE_URL}/api/health`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      OPENNRM_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
