import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../src/jobs/deadline-sweep.js';
import { signIn, startTestApp, type TestApp, type TestUser } from './helpers/app.js';
import {
  day,
  type SeededCase,
  seedCase,
  seedPlan,
  seedService,
  seedServiceReferral,
} from './helpers/caseload-fixtures.js';

/**
 * Reminders and escalations of assistance work, written by the deadline sweep (the job
 * queue runs it): plan actions, plan reviews, unanswered service referrals, stale capacity.
 */

let t: TestApp;
let lead: string;
let shelter: string;
let coordinator: string;
let worker: TestUser;
let c: SeededCase;
let closed: SeededCase;
let dueSoonAction: string;
let overdueAction: string;
let unowned: string;
let staleService: string;
let referral: string;

async function noticesOf(where: { caseId?: string; organisationId?: string }) {
  let q = t.database.db
    .selectFrom('notices')
    .select(['kind', 'organisation_id', 'case_id', 'dedupe_key', 'due_at']);
  if (where.caseId) q = q.where('case_id', '=', where.caseId);
  if (where.organisationId) q = q.where('organisation_id', '=', where.organisationId);
  return q.orderBy('kind').orderBy('organisation_id').execute();
}

beforeAll(async () => {
  t = await startTestApp();
  lead = await t.createOrganisation('ngo', 'Reminder NGO');
  shelter = await t.createOrganisation('shelter', 'Reminder Shelter');
  coordinator = await t.createOrganisation('national_coordinator', 'Reminder Coordinator');
  worker = await t.createUser({ organisationId: lead, roles: ['case_worker'] });
  const by = { byUserId: worker.id, byOrgId: lead };

  c = await seedCase(t, {
    leadOrgId: lead,
    workerUserId: worker.id,
    team: [
      { organisationId: lead, purpose: 'assistance' },
      { organisationId: shelter, purpose: 'accommodation' },
      { organisationId: coordinator, purpose: 'coordination' },
    ],
  });
  const plan = await seedPlan(t, c, {
    ...by,
    // Overdue for more than the escalation period (14 days).
    reviewDueOn: day(-20),
    actions: [
      { domain: 'accommodation', dueOn: day(2), status: 'planned', ownerOrgId: shelter },
      { domain: 'legal_assistance', dueOn: day(-3), status: 'in_progress', ownerOrgId: lead },
      { domain: 'documents', dueOn: day(-2), status: 'planned', ownerOrgId: null },
      { domain: 'education', dueOn: day(-2), status: 'done', ownerOrgId: lead },
      { domain: 'employment', dueOn: day(30), status: 'planned', ownerOrgId: lead },
    ],
  });
  [dueSoonAction = '', overdueAction = '', unowned = ''] = plan.actionIds;
  // A superseded version's action is not followed any more.
  await seedPlan(t, c, {
    ...by,
    status: 'superseded',
    version: 0,
    actions: [{ domain: 'safety', dueOn: day(-1), status: 'planned' }],
  });

  closed = await seedCase(t, { leadOrgId: lead, closed: true });
  await seedPlan(t, closed, {
    ...by,
    reviewDueOn: day(-1),
    actions: [{ domain: 'safety', dueOn: day(-1), status: 'planned' }],
  });

  const fresh = await seedService(t, { organisationId: shelter, kind: 'shelter', name: 'Fresh beds' });
  staleService = await seedService(t, {
    organisationId: shelter,
    kind: 'shelter',
    name: 'Stale beds',
    capacityUpdatedAt: new Date(Date.now() - 9 * 86_400_000),
  });
  referral = await seedServiceReferral(t, c, {
    serviceId: fresh,
    providerOrgId: shelter,
    senderOrgId: lead,
    senderUserId: worker.id,
    needDomain: 'accommodation',
    sentAt: new Date(Date.now() - 8 * 86_400_000),
  });
  // Answered in time: no reminder.
  await seedServiceReferral(t, c, {
    serviceId: fresh,
    providerOrgId: shelter,
    senderOrgId: lead,
    senderUserId: worker.id,
    needDomain: 'accommodation',
    sentAt: new Date(Date.now() - 8 * 86_400_000),
    status: 'accepted',
  });
});

afterAll(async () => {
  await t?.close();
});

describe('assistance reminders in the deadline sweep', () => {
  it('reminds owners of actions due soon, and tells them of overdue ones (the lead when nobody owns it)', async () => {
    const result = await sweepDeadlines(t.database.systemDb, new Date());
    expect(result.noticesCreated.plan_action_due_soon).toBe(1);
    expect(result.noticesCreated.plan_action_overdue).toBe(2);
    const notices = await noticesOf({ caseId: c.caseId });
    const actions = notices.filter((n) => n.kind.startsWith('plan_action'));
    expect(actions.map((n) => [n.kind, n.organisation_id, n.dedupe_key.split(':')[1]]).sort()).toEqual(
      [
        ['plan_action_due_soon', shelter, dueSoonAction],
        ['plan_action_overdue', lead, overdueAction],
        ['plan_action_overdue', lead, unowned],
      ].sort(),
    );
  });

  it('tells the lead a review is overdue and escalates it to the supervising organisations', async () => {
    const notices = await noticesOf({ caseId: c.caseId });
    expect(
      notices
        .filter((n) => n.kind.startsWith('plan_review'))
        .map((n) => [n.kind, n.organisation_id])
        .sort(),
    ).toEqual(
      [
        ['plan_review_overdue', lead],
        ['plan_review_escalated', lead],
        ['plan_review_escalated', coordinator],
      ].sort(),
    );
  });

  it('reminds the provider of an unanswered service referral and escalates to the sender', async () => {
    const notices = (await noticesOf({ caseId: c.caseId })).filter((n) =>
      n.kind.startsWith('service_referral'),
    );
    expect(notices.map((n) => [n.kind, n.organisation_id]).sort()).toEqual(
      [
        ['service_referral_escalated', lead],
        ['service_referral_unanswered', shelter],
      ].sort(),
    );
    expect(notices.every((n) => n.dedupe_key.includes(referral))).toBe(true);
  });

  it('reminds a provider whose capacity is stale, about no case', async () => {
    const notices = (await noticesOf({ organisationId: shelter })).filter((n) => n.kind === 'capacity_stale');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ case_id: null, due_at: null });
    expect(notices[0]?.dedupe_key).toContain(staleService);
  });

  it('leaves closed cases alone and writes nothing twice', async () => {
    expect(await noticesOf({ caseId: closed.caseId })).toEqual([]);
    const again = await sweepDeadlines(t.database.systemDb, new Date());
    expect(Object.values(again.noticesCreated).every((n) => n === 0)).toBe(true);
  });

  it('shows the new notices to the organisation through the notices API', async () => {
    const client = await signIn(t, worker);
    const res = await client.get('/api/notices?pageSize=50');
    expect(res.statusCode).toBe(200);
    const kinds = (res.json() as { items: { kind: string; caseId: string | null }[] }).items.map(
      (n) => n.kind,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['plan_action_overdue', 'plan_review_escalated', 'service_referral_escalated']),
    );
    const shelterWorker = await signIn(
      t,
      await t.createUser({ organisationId: shelter, roles: ['case_worker'] }),
    );
    const shelterNotices = (await shelterWorker.get('/api/notices?pageSize=50')).json() as {
      items: { kind: string; caseId: string | null }[];
    };
    expect(shelterNotices.items.find((n) => n.kind === 'capacity_stale')).toMatchObject({ caseId: null });
  });
});
