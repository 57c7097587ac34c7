import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { settleRecoveryPeriods } from '../src/decisions/index.js';
import { DECISION_REQUEST_SCHEMAS } from '../src/decisions/schemas.js';
import { type Client, signIn, startTestApp, type TestApp } from './helpers/app.js';
import { backdateRecoveryPeriod, createReferredCase } from './helpers/identification-fixtures.js';

/**
 * Identification never depends on cooperating with the police (CoE art. 10(2), 12(6)
 * and 13(1); EU art. 11(3)): every decision and the recovery period work for a person
 * who refuses all contact with law enforcement, and nothing in these flows could ask.
 */
const COOPERATION =
  /cooperat|co_operat|witness|testif|police|law_?enforcement|prosecut|criminal_proceed|complain/i;
const DAY = 86_400_000;

let t: TestApp;
let referrerOrg: string;
let authorityOrg: string;
let decider: Client;
let worker: Client;
let responderId: string;

beforeAll(async () => {
  t = await startTestApp();
  referrerOrg = await t.createOrganisation('ngo');
  authorityOrg = await t.createOrganisation('competent_authority');
  // The police take part in the NRM of this country, but not in this person's case.
  await t.createOrganisation('police');
  responderId = (await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] })).id;
  worker = await signIn(t, await t.createUser({ organisationId: referrerOrg, roles: ['case_worker'] }));
  decider = await signIn(
    t,
    await t.createUser({ organisationId: authorityOrg, roles: ['identification_decision_maker'] }),
  );
});

afterAll(async () => {
  await t?.close();
});

describe('a person who refuses all contact with law enforcement', () => {
  it('is referred, gets a positive reasonable-grounds decision, the full recovery period, and is identified', async () => {
    const item = await createReferredCase(t, {
      referringOrgId: referrerOrg,
      referringUserId: responderId,
      competentOrgId: authorityOrg,
    });
    const consents = await t.database.db
      .selectFrom('consents')
      .select('purpose')
      .where('case_id', '=', item.caseId)
      .execute();
    const teamKinds = await t.database.db
      .selectFrom('case_team as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select('o.kind')
      .where('m.case_id', '=', item.caseId)
      .execute();
    // Arrange: the person agreed to the referral only; no police organisation on the team.
    expect(consents.map((c) => c.purpose)).toEqual(['identification_referral']);
    expect(teamKinds.map((m) => m.kind)).not.toContain('police');

    const rg = await decider.send('POST', `/api/cases/${item.caseId}/decisions`, {
      stage: 'reasonable_grounds',
      outcome: 'positive',
      reasons: 'Credible account of deceptive recruitment and debt bondage.',
    });
    expect(rg.statusCode, rg.body).toBe(201);
    const periodId = (rg.json() as { recoveryPeriodId: string }).recoveryPeriodId;

    const during = await worker.get(`/api/cases/${item.caseId}/decisions`);
    expect(during.json()).toMatchObject({
      stage: 'recovery_period',
      recoveryPeriod: { status: 'running', noRemoval: true, totalDays: 30, daysLeft: 30 },
    });
    const extended = await decider.send('POST', `/api/recovery-periods/${periodId}/extensions`, {
      days: 15,
      reason: 'Psychological support is ongoing.',
    });
    expect(extended.statusCode, extended.body).toBe(201);

    await backdateRecoveryPeriod(t, periodId, new Date(Date.now() - 50 * DAY), new Date(Date.now() - DAY));
    expect((await settleRecoveryPeriods(t.database.db, new Date())).ended).toContain(periodId);

    const cg = await decider.send('POST', `/api/cases/${item.caseId}/decisions`, {
      stage: 'conclusive_grounds',
      outcome: 'trafficking',
      reasons: 'On the balance of probabilities the person was trafficked for forced labour.',
    });
    expect(cg.statusCode, cg.body).toBe(201);
    expect(cg.json()).toMatchObject({ caseStage: 'identified', positive: true });

    // Still no law-enforcement consent, no police on the team, at the end of the path.
    const after = await t.database.db
      .selectFrom('consents')
      .select('purpose')
      .where('case_id', '=', item.caseId)
      .where('purpose', '=', 'inform_law_enforcement')
      .execute();
    expect(after).toEqual([]);
  });

  it('may have a negative decision reconsidered and overturned without any contact with the police', async () => {
    const item = await createReferredCase(t, {
      referringOrgId: referrerOrg,
      referringUserId: responderId,
      competentOrgId: authorityOrg,
    });
    const negative = await decider.send('POST', `/api/cases/${item.caseId}/decisions`, {
      stage: 'reasonable_grounds',
      outcome: 'negative',
      reasons: 'Insufficient information at this stage.',
    });
    const requested = await worker.send(
      'POST',
      `/api/decisions/${(negative.json() as { id: string }).id}/reconsiderations`,
      {
        grounds: 'The support worker has recorded a fuller account.',
      },
    );
    const reviewer = await signIn(
      t,
      await t.createUser({ organisationId: authorityOrg, roles: ['identification_decision_maker'] }),
    );
    const review = await reviewer.send(
      'POST',
      `/api/reconsiderations/${(requested.json() as { id: string }).id}/review`,
      {
        panel: [
          { organisationId: authorityOrg, role: 'chair' },
          { organisationId: referrerOrg, role: 'member' },
        ],
        notes: 'The fuller account meets the reasonable-grounds threshold.',
        outcome: 'overturned',
      },
    );

    expect(review.json()).toMatchObject({ status: 'overturned', caseStage: 'recovery_period' });
  });
});

/** Property names of a JSON schema, at any depth. */
function propertyNames(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) propertyNames(item, names);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value !== null && typeof value === 'object')
        names.push(...Object.keys(value));
      if (key === 'name' && typeof value === 'string') names.push(value);
      propertyNames(value, names);
    }
  }
  return names;
}

describe('nothing in these flows asks about cooperation with the police', () => {
  it('no request schema of the decisions module has such a field', () => {
    const names = Object.values(DECISION_REQUEST_SCHEMAS).flatMap((schema) =>
      propertyNames(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' })),
    );

    expect(names).toEqual(
      expect.arrayContaining(['stage', 'outcome', 'reasons', 'ground', 'grounds', 'panel']),
    );
    expect(names.filter((name) => COOPERATION.test(name))).toEqual([]);
  });

  it('no route of the decisions module takes such a field in its body, query or path (OpenAPI)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const mine = Object.entries(doc.paths).filter(
      ([path]) =>
        path.startsWith('/api/decisions') ||
        path.startsWith('/api/recovery-periods') ||
        path.startsWith('/api/reconsiderations') ||
        path === '/api/cases/{id}/decisions',
    );
    const requestParts = mine.flatMap(([, operations]) =>
      Object.values(operations).map((operation) => {
        const { parameters, requestBody } = operation as { parameters?: unknown; requestBody?: unknown };
        return { parameters, requestBody };
      }),
    );
    const names = propertyNames(requestParts);

    expect(mine.length).toBeGreaterThanOrEqual(6);
    expect(names).toEqual(expect.arrayContaining(['reasons', 'days', 'ground', 'grounds', 'notes']));
    expect(names.filter((name) => COOPERATION.test(name))).toEqual([]);
  });

  it('no column of the decision tables records it', async () => {
    const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_name in ('decisions', 'recovery_periods', 'recovery_extensions', 'reconsiderations')
    `.execute(t.database.db);

    expect(columns.rows.length).toBeGreaterThan(20);
    expect(columns.rows.map((c) => c.column_name).filter((name) => COOPERATION.test(name))).toEqual([]);
  });

  it('the walker does find such a field when there is one', () => {
    const tainted = z.object({ person: z.object({ willTestifyAgainstTrafficker: z.boolean() }) });
    expect(propertyNames(z.toJSONSchema(tainted)).filter((name) => COOPERATION.test(name))).toEqual([
      'willTestifyAgainstTrafficker',
    ]);
  });
});
