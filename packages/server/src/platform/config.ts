import { resolve } from 'node:path';
import { z } from 'zod';

/** Configuration comes from the environment only; secrets never from files in the repo. */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  OPENNRM_DATA_DIR: z.string().default('./data'),
  OPENNRM_MASTER_KEY: z.string().optional(),
  OPENNRM_BLIND_INDEX_KEY: z.string().optional(),
  OPENNRM_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  OPENNRM_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  OPENNRM_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  OPENNRM_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  OPENNRM_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  OPENNRM_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  OPENNRM_WEB_DIST: z.string().optional(),
  OPENNRM_DEADLINE_SWEEP_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  readonly port: number;
  readonly host: string;
  readonly database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  readonly dataDir: string;
  readonly masterKey: string | undefined;
  readonly blindIndexKey: string | undefined;
  readonly demo: 'auto' | 'on' | 'off';
  readonly sessionIdleSeconds: number;
  readonly sessionAbsoluteSeconds: number;
  readonly loginMaxFailures: number;
  readonly lockoutSeconds: number;
  readonly cookieSecure: boolean;
  readonly webDist: string | undefined;
  /** Minutes between two runs of the deadline sweep (reminders, escalations; jobs/). */
  readonly deadlineSweepMinutes: number;
  readonly logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  readonly version: string;
};

export const VERSION = '0.1.0';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.OPENNRM_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir },
    dataDir,
    masterKey: e.OPENNRM_MASTER_KEY,
    blindIndexKey: e.OPENNRM_BLIND_INDEX_KEY,
    demo: e.OPENNRM_DEMO,
    sessionIdleSeconds: e.OPENNRM_SESSION_IDLE_MINUTES * 60,
    sessionAbsoluteSeconds: e.OPENNRM_SESSION_ABSOLUTE_HOURS * 3600,
    loginMaxFailures: e.OPENNRM_LOGIN_MAX_FAILURES,
    lockoutSeconds: e.OPENNRM_LOCKOUT_MINUTES * 60,
    cookieSecure: e.OPENNRM_COOKIE_SECURE === 'true',
    webDist: e.OPENNRM_WEB_DIST,
    deadlineSweepMinutes: e.OPENNRM_DEADLINE_SWEEP_MINUTES,
    logLevel: e.LOG_LEVEL,
    version: VERSION,
  };
}
