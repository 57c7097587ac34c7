import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { DEADLINE_SWEEP_QUEUE, type DeadlineJobs, startDeadlineJobs } from '../src/jobs/deadline-jobs.js';
import { sweepDeadlines } from '../src/jobs/deadline-sweep.js';
import { createLogger } from '../src/platform/logger.js';
import { type Client, expectProblem, signIn, startTestApp, type TestApp } from './helpers/app.js';
import {
  backdateRecoveryPeriod,
  createReferredCase,
  type ReferredCase,
} from './helpers/identification-fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type NoticeList = {
  items: {
    id: string;
    kind: string;
    caseId: string | null;
    caseReference: string | null;
    onCaseTeam: boolean;
    dueAt: string | null;
    createdAt: string;
    readAt: string | null;
  }[];
  total: number;
  unread: number;
};

let t: TestApp;
let referrerOrg: string;
let authorityA: string;
let authorityB: string;
let coordinatorOrg: string;
let responderId: string;
let deciderA: Client;
let deciderB: Client;
let coordinator: Client;
let referrer: Client;

beforeAll(async () => {
  t = await startTestApp();
  referrerOrg = await t.createOrganisation('ngo');
  authorityA = await t.createOrganisation('competent_authority');
  authorityB = await t.createOrganisation('competent_authority');
  coordinatorOrg = await t.createOrganisation('national_coordinator');
  responderId = (await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] })).id;
  referrer = await signIn(t, await t.createUser({ organisationId: referrerOrg, roles: ['case_worker'] }));
  deciderA = await signIn(
    t,
    await t.createUser({ organisationId: authorityA, roles: ['identification_decision_maker'] }),
  );
  deciderB = await signIn(
    t,
    await t.createUser({ organisationId: authorityB, roles: ['identification_decision_maker'] }),
  );
  coordinator = await signIn(
    t,
    await t.createUser({ organisationId: coordinatorOrg, roles: ['case_supervisor'] }),
  );
});

afterAll(async () => {
  await t?.close();
});

/** A case referred to `competentOrgId` whose reasonable-grounds decision is due at `dueAt`. */
async function referredDue(dueAt: Date, competentOrgId = authorityA): Promise<ReferredCase> {
  const referred = await createReferredCase(t, {
    referringOrgId: referrerOrg,
    referringUserId: responderId,
    competentOrgId,
  });
  await t.database.db
    .updateTable('referrals')
    .set({ reasonable_grounds_due_at: dueAt })
    .where('id', '=', referred.referralId)
    .execute();
  return referred;
}

async function noticesOf(caseId: string) {
  return t.database.db
    .selectFrom('notices')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('kind')
    .orderBy('organisation_id')
    .execute();
}

async function list(client: Client, query = ''): Promise<NoticeList> {
  const res = await client.get(`/api/notices${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as NoticeList;
}

function capturingLogger() {
  const lines: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString('utf8'));
        cb();
      },
    }),
  );
  return { lines, logger };
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('deadline sweep', () => {
  it('reminds before the reasonable-grounds deadline and escalates once it has passed, once', async () => {
    const now = new Date();
    const soon = await referredDue(new Date(now.getTime() + 12 * HOUR));
    const late = await referredDue(new Date(now.getTime() - HOUR));
    const later = await referredDue(new Date(now.getTime() + 5 * DAY));

    const first = await sweepDeadlines(t.database.systemDb, now);
    expect(first.noticesCreated.reasonable_grounds_due_soon).toBeGreaterThanOrEqual(1);
    expect(first.noticesCreated.reasonable_grounds_overdue).toBeGreaterThanOrEqual(2);

    expect((await noticesOf(soon.caseId)).map((n) => [n.kind, n.organisation_id])).toEqual([
      ['reasonable_grounds_due_soon', authorityA],
    ]);
    // Overdue: the deciding organisation and the national coordinator.
    expect((await noticesOf(late.caseId)).map((n) => [n.kind, n.organisation_id]).sort()).toEqual(
      [
        ['reasonable_grounds_overdue', authorityA],
        ['reasonable_grounds_overdue', coordinatorOrg],
      ].sort(),
    );
    expect(await noticesOf(later.caseId)).toEqual([]);
    const [overdue] = await noticesOf(late.caseId);
    expect(new Date(overdue?.due_at ?? 0).getTime()).toBe(now.getTime() - HOUR);

    // Idempotent: a second run (e.g. after a restart) writes nothing new.
    const second = await sweepDeadlines(t.database.systemDb, now);
    expect(Object.values(second.noticesCreated).every((n) => n === 0)).toBe(true);
    expect(await noticesOf(soon.caseId)).toHaveLength(1);
    expect(await noticesOf(late.caseId)).toHaveLength(2);

    // The reminder case becomes overdue later: now it is escalated as well.
    await sweepDeadlines(t.database.systemDb, new Date(now.getTime() + DAY));
    expect((await noticesOf(soon.caseId)).map((n) => n.kind)).toEqual([
      'reasonable_grounds_due_soon',
      'reasonable_grounds_overdue',
      'reasonable_grounds_overdue',
    ]);
  });

  it('stops following a referral once its reasonable-grounds decision is made', async () => {
    const now = new Date();
    const decided = await referredDue(new Date(now.getTime() - HOUR));
    const res = await deciderA.send('POST', `/api/cases/${decided.caseId}/decisions`, {
      stage: 'reasonable_grounds',
      outcome: 'negative',
      reasons: 'Synthetic reasons for a test decision.',
    });
    expect(res.statusCode, res.body).toBe(201);
    await sweepDeadlines(t.database.systemDb, now);
    expect(await noticesOf(decided.caseId)).toEqual([]);
  });

  it('tells the deciding and the lead organisation when a recovery period ends soon, then when it has ended', async () => {
    const referred = await referredDue(new Date(Date.now() + 3 * DAY));
    const res = await deciderA.send('POST', `/api/cases/${referred.caseId}/decisions`, {
      stage: 'reasonable_grounds',
      outcome: 'positive',
      reasons: 'Synthetic reasons for a test decision.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { recoveryPeriodId } = res.json() as { recoveryPeriodId: string };
    const now = new Date();
    await backdateRecoveryPeriod(
      t,
      recoveryPeriodId,
      new Date(now.getTime() - 30 * DAY),
      new Date(now.getTime() + 12 * HOUR),
    );
    await sweepDeadlines(t.database.systemDb, now);
    expect((await noticesOf(referred.caseId)).map((n) => [n.kind, n.organisation_id]).sort()).toEqual(
      [
        ['recovery_period_ending_soon', authorityA],
        ['recovery_period_ending_soon', referrerOrg],
      ].sort(),
    );

    await backdateRecoveryPeriod(
      t,
      recoveryPeriodId,
      new Date(now.getTime() - 31 * DAY),
      new Date(now.getTime() - HOUR),
    );
    const result = await sweepDeadlines(t.database.systemDb, now);
    expect(result.periodsEnded).toBeGreaterThanOrEqual(1);
    const period = await t.database.db
      .selectFrom('recovery_periods')
      .select('status')
      .where('id', '=', recoveryPeriodId)
      .executeTakeFirstOrThrow();
    expect(period.status).toBe('ended');
    const stage = await t.database.db
      .selectFrom('cases')
      .select('stage')
      .where('id', '=', referred.caseId)
      .executeTakeFirstOrThrow();
    expect(stage.stage).toBe('awaiting_conclusive_grounds');
    expect(
      (await noticesOf(referred.caseId))
        .filter((n) => n.kind === 'recovery_period_ended')
        .map((n) => n.organisation_id)
        .sort(),
    ).toEqual([authorityA, referrerOrg].sort());

    await sweepDeadlines(t.database.systemDb, now);
    expect(await noticesOf(referred.caseId)).toHaveLength(4);
  });

  it('leaves a backlog of periods that ended long ago to the decision inbox', async () => {
    const referred = await referredDue(new Date(Date.now() + 3 * DAY));
    const res = await deciderA.send('POST', `/api/cases/${referred.caseId}/decisions`, {
      stage: 'reasonable_grounds',
      outcome: 'positive',
      reasons: 'Synthetic reasons for a test decision.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { recoveryPeriodId } = res.json() as { recoveryPeriodId: string };
    const now = new Date();
    await backdateRecoveryPeriod(
      t,
      recoveryPeriodId,
      new Date(now.getTime() - 80 * DAY),
      new Date(now.getTime() - 40 * DAY),
    );
    const result = await sweepDeadlines(t.database.systemDb, now);
    expect(result.periodsEnded).toBe(1);
    expect(await noticesOf(referred.caseId)).toEqual([]);
  });

  it('writes ids and codes only', async () => {
    const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_name = 'notices'`.execute(t.database.db);
    expect(columns.rows.map((c) => c.column_name).sort()).toEqual(
      ['case_id', 'created_at', 'dedupe_key', 'due_at', 'id', 'kind', 'organisation_id', 'read_at'].sort(),
    );
    const keys = await t.database.db.selectFrom('notices').select(['dedupe_key', 'kind']).execute();
    for (const row of keys) {
      expect(row.dedupe_key).toMatch(new RegExp(`^${row.kind}:[0-9a-f-]{36}:[0-9a-f-]{36}$`));
    }
  });
});

describe('notices API', () => {
  it("lists my organisation's notices only, unread first, and marks one as read", async () => {
    const late = await referredDue(new Date(Date.now() - 2 * HOUR), authorityB);
    await sweepDeadlines(t.database.systemDb, new Date());

    const forB = await list(deciderB);
    expect(forB.items.length).toBeGreaterThanOrEqual(1);
    expect(forB.items.every((n) => n.caseId === late.caseId)).toBe(true);
    const mine = forB.items[0];
    expect(mine).toMatchObject({
      kind: 'reasonable_grounds_overdue',
      caseReference: late.reference,
      onCaseTeam: true,
      readAt: null,
    });

    // Organisation A sees none of B's notices, and cannot mark one as read.
    const forA = await list(deciderA);
    expect(forA.items.some((n) => n.caseId === late.caseId)).toBe(false);
    expectProblem(await deciderA.send('POST', `/api/notices/${mine?.id}/read`), 404, 'not-found');
    const refused = await t.database.db
      .selectFrom('audit_log')
      .select(['outcome', 'action'])
      .where('resource_id', '=', mine?.id ?? '')
      .execute();
    expect(refused).toEqual([{ outcome: 'denied', action: 'notice.update' }]);

    const read = await deciderB.send('POST', `/api/notices/${mine?.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect((read.json() as { readAt: string | null }).readAt).not.toBeNull();
    const after = await list(deciderB);
    expect(after.unread).toBe(forB.unread - 1);
    expect(after.items.at(-1)?.id).toBe(mine?.id);
    expect((await list(deciderB, '?unread=true')).items.some((n) => n.id === mine?.id)).toBe(false);

    // The national coordinator is told, but is not on the case team: no link to the case.
    const forCoordinator = await list(coordinator);
    const escalation = forCoordinator.items.find((n) => n.caseId === late.caseId);
    expect(escalation).toMatchObject({ kind: 'reasonable_grounds_overdue', onCaseTeam: false });

    // The referring organisation is told about recovery periods of its cases, not RG deadlines.
    const forReferrer = await list(referrer);
    expect(forReferrer.items.every((n) => n.kind.startsWith('recovery_period_'))).toBe(true);
  });

  it('answers 404 for a notice that does not exist and 400 for a malformed id', async () => {
    expectProblem(
      await deciderA.send('POST', '/api/notices/00000000-0000-4000-8000-000000000000/read'),
      404,
      'not-found',
    );
    expectProblem(await deciderA.send('POST', '/api/notices/not-a-uuid/read'), 400, 'validation');
  });

  it('refuses roles that receive no notices', async () => {
    const analyst = await signIn(t, await t.createUser({ organisationId: authorityA, roles: ['analyst'] }));
    expectProblem(await analyst.get('/api/notices'), 403, 'forbidden');
  });
});

describe('durable job queue', () => {
  let jobs: DeadlineJobs | null = null;

  afterAll(async () => {
    await jobs?.stop();
  });

  it('keeps a queued sweep and the schedule across a restart, then runs it', async () => {
    const { lines, logger } = capturingLogger();
    // A process that only queues (e.g. shut down before a worker took the job).
    const first = await startDeadlineJobs({
      database: t.database,
      logger,
      everyMinutes: 5,
      runAtStart: false,
      work: false,
    });
    const jobId = await first.requestSweep();
    expect(jobId).toEqual(expect.any(String));
    await first.stop();

    const late = await referredDue(new Date(Date.now() - HOUR));
    expect(await noticesOf(late.caseId)).toEqual([]);

    // "Restart": a new queue on the same database finds the job and the schedule.
    jobs = await startDeadlineJobs({
      database: t.database,
      logger,
      everyMinutes: 5,
      runAtStart: false,
      pollingIntervalSeconds: 0.5,
    });
    const schedules = await jobs.queue.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron])).toEqual([[DEADLINE_SWEEP_QUEUE, '*/5 * * * *']]);
    await until(
      async () => (await jobs?.queue.getJobById(DEADLINE_SWEEP_QUEUE, jobId ?? ''))?.state === 'completed',
      'the persisted sweep to complete',
    );
    expect((await noticesOf(late.caseId)).map((n) => n.kind)).toEqual([
      'reasonable_grounds_overdue',
      'reasonable_grounds_overdue',
    ]);

    // Job runs are logged with ids and counts, never anything about a person.
    const done = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'deadline sweep done');
    expect(done).toMatchObject({ module: 'jobs', job: { id: jobId, queue: DEADLINE_SWEEP_QUEUE } });
    expect(done.noticesCreated.reasonable_grounds_overdue).toBeGreaterThanOrEqual(2);
    expect(lines.join('\n')).not.toMatch(/Synthetic|Person|NRM-20/);
  });

  it.skipIf(process.env.OPENNRM_TEST_DATABASE_URL)(
    'keeps a queued job in an embedded database folder across a full restart of the process state',
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'opennrm-jobs-'));
      const { logger } = capturingLogger();
      try {
        let database = await connect({ kind: 'pglite', dataDir });
        await migrateToLatest(database.systemDb);
        const before = await startDeadlineJobs({
          database,
          logger,
          everyMinutes: 5,
          runAtStart: false,
          work: false,
        });
        const jobId = await before.requestSweep();
        await before.stop();
        await database.close();

        database = await connect({ kind: 'pglite', dataDir });
        try {
          const after = await startDeadlineJobs({
            database,
            logger,
            everyMinutes: 5,
            runAtStart: false,
            pollingIntervalSeconds: 0.5,
          });
          try {
            await until(
              async () =>
                (await after.queue.getJobById(DEADLINE_SWEEP_QUEUE, jobId ?? ''))?.state === 'completed',
              'the sweep queued before the restart',
            );
          } finally {
            await after.stop();
          }
        } finally {
          await database.close();
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    // PGlite writes its folder slowly: migrating a fresh one takes most of this.
    120_000,
  );

  it('sweeps once at start', async () => {
    await jobs?.stop();
    const late = await referredDue(new Date(Date.now() - HOUR), authorityB);
    const { logger } = capturingLogger();
    jobs = await startDeadlineJobs({
      database: t.database,
      logger,
      everyMinutes: 5,
      pollingIntervalSeconds: 0.5,
    });
    await until(async () => (await noticesOf(late.caseId)).length === 2, 'the start-up sweep');
    await jobs.stop();
    jobs = null;
  });
});
