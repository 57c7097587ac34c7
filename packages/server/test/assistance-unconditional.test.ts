import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCalendarDays, GENERIC_COE_EU_PROFILE, localDateOf } from '@opennrm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ASSISTANCE_REQUEST_SCHEMAS } from '../src/assistance/schemas.js';
import {
  type Client,
  expectProblem,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
} from './helpers/app.js';

/**
 * Assistance is unconditional (CoE art. 12(6), EU art. 11(3)): it never depends on the
 * person's willingness to cooperate with criminal justice, nor on an identification
 * decision. Cooperation is recorded only by the legal module, as the person's free
 * choice; no assistance code reads it, no assistance request can carry a condition on
 * it, and help starts at first contact.
 */

const COOPERATION =
  /cooperat|co_operat|witness|testif|police|law_?enforcement|prosecut|criminal|condition|complain/i;
const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');

let t: TestApp;
let ngo: string;
let shelter: string;
let workerUser: TestUser;
let worker: Client;
let shelterWorker: Client;
let day: string;
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  ngo = await t.createOrganisation('ngo');
  shelter = await t.createOrganisation('shelter');
  // The police take part in this country's NRM, but not in this person's case.
  await t.createOrganisation('police');
  workerUser = await t.createUser({ organisationId: ngo, roles: ['case_worker'] });
  worker = await signIn(t, workerUser);
  shelterWorker = await signIn(t, await t.createUser({ organisationId: shelter, roles: ['case_worker'] }));
  day = localDateOf(new Date(), GENERIC_COE_EU_PROFILE.calendar.timeZone);

  // First contact: screening stage, nothing referred, nothing decided.
  ({ caseId } = await t.createCase({ leadOrgId: ngo, teamOrgIds: [ngo], gender: 'male' }));
  await t.database.db.updateTable('cases').set({ stage: 'screening' }).where('id', '=', caseId).execute();
  await t.database.db
    .insertInto('case_team')
    .values({ case_id: caseId, organisation_id: shelter, purpose: 'accommodation' })
    .execute();
  // The person's free choice, as the legal module records it: no contact with the police.
  await t.database.db
    .insertInto('cooperation_records')
    .values({
      id: randomUUID(),
      case_id: caseId,
      status: 'declines_contact',
      recorded_by_user_id: workerUser.id,
      recorded_at: new Date(),
    })
    .execute();
});

afterAll(async () => {
  await t?.close();
});

describe('a person who refuses any contact with the police, with no identification decision', () => {
  it('is arranged as the test says: declines contact, no law-enforcement consent, no decision', async () => {
    const db = t.database.db;
    const [cooperation, consents, decisions, periods, stage] = await Promise.all([
      db.selectFrom('cooperation_records').select('status').where('case_id', '=', caseId).execute(),
      db.selectFrom('consents').select('purpose').where('case_id', '=', caseId).execute(),
      db.selectFrom('decisions').select('id').where('case_id', '=', caseId).execute(),
      db.selectFrom('recovery_periods').select('id').where('case_id', '=', caseId).execute(),
      db.selectFrom('cases').select('stage').where('id', '=', caseId).executeTakeFirstOrThrow(),
    ]);
    expect(cooperation.map((c) => c.status)).toEqual(['declines_contact']);
    expect(consents.map((c) => c.purpose)).not.toContain('inform_law_enforcement');
    expect(decisions).toEqual([]);
    expect(periods).toEqual([]);
    expect(stage.stage).toBe('screening');
  });

  it('gets a needs assessment, in their own words', async () => {
    const res = await worker.send('POST', `/api/cases/${caseId}/needs-assessments`, {
      needs: [
        { domain: 'safety', level: 'high', urgency: 'immediate' },
        { domain: 'accommodation', level: 'high', urgency: 'immediate' },
        { domain: 'legal_assistance', level: 'medium', urgency: 'within_month' },
      ],
      priorities: 'A bed tonight, and nobody calling the police',
      prioritiesLanguage: 'en',
    });
    expect(res.statusCode, res.body).toBe(201);
    const read = await worker.get(`/api/cases/${caseId}/needs-assessments`);
    expect(read.json()).toMatchObject({ current: { version: 1 } });
  });

  it('gets a risk assessment and a safety plan the shelter can read', async () => {
    const res = await worker.send('POST', `/api/cases/${caseId}/risk-assessments`, {
      traffickersRisk: 'high',
      retraffickingRisk: 'medium',
      selfHarmRisk: 'low',
      familyRisk: 'medium',
      safetyPlan: 'Shelter address kept from everyone; phone replaced.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await worker.get(`/api/cases/${caseId}/risk-assessments`)).json()).toMatchObject({
      current: { overall: 'high' },
    });
    const plan = await shelterWorker.get(`/api/cases/${caseId}/risk-assessments/safety-plan`);
    expect(plan.json()).toMatchObject({
      safetyPlan: { text: 'Shelter address kept from everyone; phone replaced.' },
    });
  });

  it('gets a support plan with actions, moves them on, and has it reviewed', async () => {
    const created = await worker.send('POST', `/api/cases/${caseId}/support-plans`, {
      goals: ['Safe accommodation', 'Understand my rights'],
      actions: [
        {
          domain: 'accommodation',
          description: 'Shelter place',
          ownerOrganisationId: shelter,
          dueOn: day,
        },
        {
          domain: 'legal_assistance',
          description: 'Independent legal advice about residence',
          ownerOrganisationId: ngo,
          dueOn: addCalendarDays(day, 14),
        },
      ],
      reviewDueOn: addCalendarDays(day, 30),
      agreement: 'agreed',
    });
    expect(created.statusCode, created.body).toBe(201);
    const planId = (created.json() as { id: string }).id;
    const read = await worker.get(`/api/cases/${caseId}/support-plans`);
    const actions = (read.json() as { current: { actions: { id: string }[] } }).current.actions;
    const moved = await shelterWorker.send(
      'PATCH',
      `/api/cases/${caseId}/support-plans/actions/${actions[0]?.id}`,
      { status: 'done' },
    );
    expect(moved.statusCode, moved.body).toBe(200);

    const review = await worker.send('POST', `/api/cases/${caseId}/support-plans`, {
      supersedesId: planId,
      goals: ['Safe accommodation', 'Understand my rights', 'Work'],
      actions: [
        {
          carriedFromId: actions[1]?.id,
          domain: 'legal_assistance',
          description: 'Independent legal advice about residence',
          ownerOrganisationId: ngo,
          dueOn: addCalendarDays(day, 14),
        },
        { domain: 'employment', description: 'Job coaching', ownerOrganisationId: ngo },
      ],
      reviewDueOn: addCalendarDays(day, 60),
      agreement: 'agreed',
    });
    expect(review.statusCode, review.body).toBe(201);
    expect(review.json()).toMatchObject({ version: 2, supersededId: planId });
  });

  it('gets an independent advocate', async () => {
    const res = await worker.send('POST', `/api/cases/${caseId}/advocates`, { userId: workerUser.id });
    expect(res.statusCode, res.body).toBe(201);
    expect((await worker.get(`/api/cases/${caseId}/advocates`)).json()).toMatchObject({
      items: [{ advocate: { id: workerUser.id }, endedAt: null }],
    });
  });

  it('still has no decision and no law-enforcement consent after all that help', async () => {
    const db = t.database.db;
    expect(await db.selectFrom('decisions').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect(
      await db
        .selectFrom('consents')
        .select('id')
        .where('case_id', '=', caseId)
        .where('purpose', '=', 'inform_law_enforcement')
        .execute(),
    ).toEqual([]);
  });
});

describe('no condition on cooperation can be added through the API', () => {
  const plan = () => ({
    goals: ['Safe accommodation'],
    actions: [{ domain: 'accommodation', description: 'Shelter place', ownerOrganisationId: ngo }],
    reviewDueOn: addCalendarDays(day, 30),
    agreement: 'agreed',
  });

  it.each([
    ['a plan that "requires cooperation"', 'support-plans', () => ({ ...plan(), requiresCooperation: true })],
    ['a plan with a "condition"', 'support-plans', () => ({ ...plan(), condition: 'report to the police' })],
    [
      'an action conditional on cooperation',
      'support-plans',
      () => ({
        ...plan(),
        actions: [{ ...plan().actions[0], condition: 'cooperation_with_police' }],
      }),
    ],
    [
      'an action in a "criminal justice" domain',
      'support-plans',
      () => ({
        ...plan(),
        actions: [{ domain: 'criminal_justice', description: 'Give a statement', ownerOrganisationId: ngo }],
      }),
    ],
    [
      'a needs assessment that "requires cooperation"',
      'needs-assessments',
      () => ({
        needs: [{ domain: 'safety', level: 'high', urgency: 'immediate' }],
        requiresCooperation: true,
      }),
    ],
    [
      'a risk assessment with a "cooperation" field',
      'risk-assessments',
      () => ({
        traffickersRisk: 'low',
        retraffickingRisk: 'low',
        selfHarmRisk: 'none',
        familyRisk: 'none',
        cooperationStatus: 'declines_contact',
      }),
    ],
    ['an advocate "on condition"', 'advocates', () => ({ userId: workerUser.id, condition: 'testify' })],
  ])('refuses %s with a 400 problem', async (_name, path, body) => {
    const before = await t.database.db
      .selectFrom('support_plans')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    const res = await worker.send('POST', `/api/cases/${caseId}/${path}`, body());
    expectProblem(res, 400, 'validation');
    const after = await t.database.db
      .selectFrom('support_plans')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    expect(after.length).toBe(before.length);
  });

  it('refuses a condition on an action status change', async () => {
    const read = await worker.get(`/api/cases/${caseId}/support-plans`);
    const actionId = (read.json() as { current: { actions: { id: string }[] } }).current.actions[0]?.id;
    const res = await worker.send('PATCH', `/api/cases/${caseId}/support-plans/actions/${actionId}`, {
      status: 'done',
      onlyIfCooperating: true,
    });
    expectProblem(res, 400, 'validation');
  });
});

/** Property names of a JSON schema (or an OpenAPI fragment), at any depth. */
function propertyNames(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) propertyNames(item, names);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value !== null && typeof value === 'object')
        names.push(...Object.keys(value));
      if (key === 'name' && typeof value === 'string') names.push(value);
      if (key === 'enum' && Array.isArray(value)) names.push(...value.map(String));
      propertyNames(value, names);
    }
  }
  return names;
}

describe('nothing in assistance can ask about cooperation', () => {
  it('no request schema has such a field or value', () => {
    const names = Object.values(ASSISTANCE_REQUEST_SCHEMAS).flatMap((schema) =>
      propertyNames(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' })),
    );
    expect(names).toEqual(expect.arrayContaining(['needs', 'goals', 'actions', 'agreement', 'safetyPlan']));
    expect(names.filter((name) => COOPERATION.test(name))).toEqual([]);
  });

  it('no assistance route takes such a field in its body, query or path (OpenAPI)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const mine = Object.entries(doc.paths).filter(([path]) =>
      /\/api\/cases\/\{id\}\/(needs-assessments|risk-assessments|support-plans|advocates)/.test(path),
    );
    const names = propertyNames(
      mine.flatMap(([, operations]) =>
        Object.values(operations).map((operation) => {
          const { parameters, requestBody } = operation as { parameters?: unknown; requestBody?: unknown };
          return { parameters, requestBody };
        }),
      ),
    );
    expect(mine.length).toBeGreaterThanOrEqual(7);
    expect(names).toEqual(
      expect.arrayContaining(['priorities', 'traffickersRisk', 'carriedFromId', 'userId']),
    );
    expect(names.filter((name) => COOPERATION.test(name))).toEqual([]);
  });
});

// ---- source scan: no assistance code may read the person's choice about criminal justice

const SCANNED = [
  'packages/server/src/assistance',
  'packages/server/src/directory',
  'packages/server/src/caseload',
  'packages/core/src/assistance',
  'packages/core/src/directory',
  'packages/web/src/assistance',
];
const FORBIDDEN = /cooperation_records|COOPERATION_STATUSES|CooperationStatus|inform_law_enforcement/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Files under the folders that mention a forbidden name, with the line. */
function offenders(roots: readonly string[]): string[] {
  return roots.flatMap((root) =>
    filesUnder(join(REPO, root)).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          FORBIDDEN.test(line) ? [`${relative(REPO, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    ),
  );
}

describe('no assistance, directory or caseload code reads cooperation', () => {
  it('scans every folder, and each holds code', () => {
    for (const root of SCANNED) expect(filesUnder(join(REPO, root)).length, root).toBeGreaterThan(0);
  });

  it('finds no mention of the cooperation records, their statuses or the law-enforcement consent', () => {
    expect(offenders(SCANNED)).toEqual([]);
  });

  it('would find one (the scanner is not blind)', () => {
    expect(offenders(['packages/server/src/db/migrations']).length).toBeGreaterThan(0);
  });
});
