import { randomUUID } from 'node:crypto';
import { GENERIC_COE_EU_PROFILE, UK_LIKE_PROFILE } from '@opennrm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleRecoveryPeriods } from '../src/decisions/index.js';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';
import {
  backdateRecoveryPeriod,
  createReferredCase,
  type ReferredCase,
  storeProfile,
} from './helpers/identification-fixtures.js';

type Created = { id: string; caseStage: string; recoveryPeriodId: string | null; positive: boolean };
type View = {
  stage: string;
  due: { stage: string; dueAt: string | null; deadline: string | null } | null;
  mayDecide: boolean;
  decisions: {
    id: string;
    stage: string;
    outcome: string;
    standard: string;
    reasons: string;
    supersedesId: string | null;
    supersededById: string | null;
    reconsiderable: boolean;
    decidedByOrganisation: { id: string };
  }[];
  recoveryPeriod: {
    id: string;
    status: string;
    noRemoval: boolean;
    minimumDays: number;
    totalDays: number;
    daysLeft: number;
    endsAt: string;
    startsAt: string;
    extensions: { days: number; reason: string }[];
    withheld: { ground: string; reason: string } | null;
  } | null;
  reconsiderations: {
    id: string;
    status: string;
    grounds: string;
    reviewNotes: string | null;
    mayReview: boolean;
    newDecisionId: string | null;
    panel: { organisation: { id: string; kind: string }; role: string }[];
  }[];
};
type Inbox = {
  items: {
    caseId: string;
    reference: string;
    isChild: boolean;
    decision: string;
    deadline: string | null;
    dueAt: string | null;
    possibleDuplicates: number;
  }[];
  counts: { total: number; overdue: number; dueSoon: number };
  reviews: { reconsiderationId: string; caseId: string }[];
  total: number;
};

const DAY = 86_400_000;
let t: TestApp;
let referrerOrg: string;
let authorityOrg: string;
let providerOrg: string;
let childProtectionOrg: string;
let responderId: string;
let worker: Client;
let adviser: Client;
let decider: Client;
let secondDecider: Client;

beforeAll(async () => {
  t = await startTestApp();
  referrerOrg = await t.createOrganisation('ngo');
  authorityOrg = await t.createOrganisation('competent_authority');
  providerOrg = await t.createOrganisation('legal_aid_provider');
  childProtectionOrg = await t.createOrganisation('child_protection');
  responderId = (await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] })).id;
  worker = await signIn(t, await t.createUser({ organisationId: referrerOrg, roles: ['case_worker'] }));
  adviser = await signIn(t, await t.createUser({ organisationId: providerOrg, roles: ['legal_adviser'] }));
  decider = await signIn(
    t,
    await t.createUser({ organisationId: authorityOrg, roles: ['identification_decision_maker'] }),
  );
  secondDecider = await signIn(
    t,
    await t.createUser({ organisationId: authorityOrg, roles: ['identification_decision_maker'] }),
  );
});

afterAll(async () => {
  await t?.close();
});

function referred(extra: Partial<Parameters<typeof createReferredCase>[1]> = {}): Promise<ReferredCase> {
  return createReferredCase(t, {
    referringOrgId: referrerOrg,
    referringUserId: responderId,
    competentOrgId: authorityOrg,
    team: [{ organisationId: providerOrg, purpose: 'assistance' }],
    ...extra,
  });
}

async function decide(
  client: Client,
  caseId: string,
  stage: string,
  outcome: string,
  reasons = 'Synthetic reasons for a test decision.',
): Promise<InjectResponse> {
  return client.send('POST', `/api/cases/${caseId}/decisions`, { stage, outcome, reasons });
}

async function created(res: InjectResponse): Promise<Created> {
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Created;
}

async function view(client: Client, caseId: string): Promise<View> {
  const res = await client.get(`/api/cases/${caseId}/decisions`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as View;
}

async function auditOf(res: InjectResponse) {
  return t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('request_id', '=', String(res.headers['x-request-id']))
    .execute();
}

/** Puts a running period's end in the past and lets the sweep end it. */
async function runOutClock(periodId: string): Promise<void> {
  await backdateRecoveryPeriod(t, periodId, new Date(Date.now() - 40 * DAY), new Date(Date.now() - 9 * DAY));
  await settleRecoveryPeriods(t.database.db, new Date());
}

describe('inbox', () => {
  let overdue: ReferredCase;
  let soon: ReferredCase;
  let fresh: ReferredCase;
  let child: ReferredCase;

  beforeAll(async () => {
    fresh = await referred({ identity: { givenName: 'Inboxname' } });
    overdue = await referred({ referredAt: new Date(Date.now() - 20 * DAY) });
    soon = await referred();
    child = await referred({ child: true });
    await t.database.db
      .updateTable('referrals')
      .set({ reasonable_grounds_due_at: new Date(Date.now() + 6 * 3_600_000) })
      .where('id', '=', soon.referralId)
      .execute();
    await t.database.db
      .insertInto('possible_duplicates')
      .values({ id: randomUUID(), case_id: fresh.caseId, matching_case_id: overdue.caseId, basis: 'name' })
      .execute();
  });

  it('lists the cases awaiting a decision overdue first, then by the soonest deadline', async () => {
    const res = await decider.get('/api/decisions/inbox');

    expect(res.statusCode).toBe(200);
    const inbox = res.json() as Inbox;
    const ids = inbox.items.map((item) => item.caseId);
    expect(ids[0]).toBe(overdue.caseId);
    expect(ids[1]).toBe(soon.caseId);
    expect(ids).toEqual(expect.arrayContaining([fresh.caseId, child.caseId]));
    expect(inbox.items[0]).toMatchObject({ decision: 'reasonable_grounds', deadline: 'overdue' });
    expect(inbox.items[1]).toMatchObject({ deadline: 'due_soon' });
    expect(inbox.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(inbox.counts.dueSoon).toBeGreaterThanOrEqual(1);
  });

  it('computes the reasonable-grounds target in working days from the profile', async () => {
    const inbox = (await decider.get('/api/decisions/inbox')).json() as Inbox;
    const item = inbox.items.find((entry) => entry.caseId === fresh.caseId);
    const referral = await t.database.db
      .selectFrom('referrals')
      .select('referred_at')
      .where('id', '=', fresh.referralId)
      .executeTakeFirstOrThrow();
    const due = new Date(item?.dueAt ?? 0).getTime();
    // Five working days: at least a week of calendar days minus the weekend, at most nine days.
    expect(due - new Date(referral.referred_at).getTime()).toBeGreaterThan(4 * DAY);
    expect(due - new Date(referral.referred_at).getTime()).toBeLessThan(10 * DAY);
  });

  it('flags possible duplicates by count only, and shows no names', async () => {
    const res = await decider.get('/api/decisions/inbox');
    const inbox = res.json() as Inbox;

    expect(inbox.items.find((item) => item.caseId === fresh.caseId)?.possibleDuplicates).toBe(1);
    expect(res.body).not.toContain('Inboxname');
    expect(res.body).not.toContain(overdue.personId);
  });

  it('filters by child and by the decision due', async () => {
    const children = (await decider.get('/api/decisions/inbox?child=true')).json() as Inbox;
    const conclusive = (await decider.get('/api/decisions/inbox?stage=conclusive_grounds')).json() as Inbox;

    expect(children.items.map((item) => item.caseId)).toEqual([child.caseId]);
    expect(children.items[0]?.isChild).toBe(true);
    expect(conclusive.items.every((item) => item.decision === 'conclusive_grounds')).toBe(true);
    expect(conclusive.items.map((item) => item.caseId)).not.toContain(child.caseId);
  });
});

describe('reasonable-grounds decision and the recovery period', () => {
  let item: ReferredCase;
  let periodId: string;

  beforeAll(async () => {
    item = await referred();
  });

  it('starts a recovery period of the profile’s length with no removal on a positive decision', async () => {
    const res = await decide(
      decider,
      item.caseId,
      'reasonable_grounds',
      'positive',
      'Credible account, RG-secret.',
    );
    const body = await created(res);

    expect(body).toMatchObject({ caseStage: 'recovery_period', positive: true });
    periodId = body.recoveryPeriodId ?? '';
    const period = await t.database.db
      .selectFrom('recovery_periods')
      .selectAll()
      .where('id', '=', periodId)
      .executeTakeFirstOrThrow();
    expect(period).toMatchObject({ status: 'running', no_removal: true, minimum_days: 30 });
    const stage = await t.database.db
      .selectFrom('cases')
      .select('stage')
      .where('id', '=', item.caseId)
      .executeTakeFirstOrThrow();
    expect(stage.stage).toBe('recovery_period');
  });

  it('stores the reasons encrypted, with the standard and who decided', async () => {
    const row = await t.database.db
      .selectFrom('decisions')
      .selectAll()
      .where('case_id', '=', item.caseId)
      .executeTakeFirstOrThrow();

    expect(row.reasons_enc).not.toContain('RG-secret');
    expect(row.reasons_enc.startsWith('e1.')).toBe(true);
    expect(row).toMatchObject({
      stage: 'reasonable_grounds',
      outcome: 'positive',
      standard: 'reasonable_grounds_to_believe',
      decided_by_org_id: authorityOrg,
      profile_id: GENERIC_COE_EU_PROFILE.id,
    });
    expect(row.due_at).not.toBeNull();
  });

  it('audits the decision in its transaction, with codes and no reasons', async () => {
    const other = await referred();
    const res = await decide(
      decider,
      other.caseId,
      'reasonable_grounds',
      'negative',
      'Audit-secret reasons.',
    );
    await created(res);
    const entries = await auditOf(res);

    expect(entries.map((e) => e.action)).toEqual(['decision.create']);
    expect(entries[0]?.subject_person_id).toBe(other.personId);
    expect(JSON.stringify(entries)).not.toContain('Audit-secret');
  });

  it('shows the team the decision with its reasons and the clock, and audits the read', async () => {
    const res = await worker.get(`/api/cases/${item.caseId}/decisions`);
    const body = res.json() as View;

    expect(res.statusCode).toBe(200);
    expect(body.decisions[0]?.reasons).toBe('Credible account, RG-secret.');
    expect(body.recoveryPeriod).toMatchObject({
      status: 'running',
      noRemoval: true,
      minimumDays: 30,
      totalDays: 30,
      daysLeft: 30,
    });
    expect(body.mayDecide).toBe(false);
    expect((await auditOf(res)).map((e) => e.action)).toEqual(['decision.read']);
  });

  it('refuses the conclusive decision while the period runs', async () => {
    const res = await decide(decider, item.caseId, 'conclusive_grounds', 'trafficking');

    expect(expectProblem(res, 409, 'conflict').reason).toBe('recovery_period_running');
  });

  it('refuses a second reasonable-grounds decision', async () => {
    const res = await decide(decider, item.caseId, 'reasonable_grounds', 'negative');

    expect(expectProblem(res, 409, 'conflict').reason).toBe('not_awaiting_this_decision');
  });

  it('extends the period with reasons, moving its end', async () => {
    const before = await view(decider, item.caseId);
    const res = await decider.send('POST', `/api/recovery-periods/${periodId}/extensions`, {
      days: 14,
      reason: 'Medical treatment continues: extension-secret.',
    });

    expect(res.statusCode, res.body).toBe(201);
    const after = await view(decider, item.caseId);
    expect(after.recoveryPeriod?.totalDays).toBe(44);
    expect(after.recoveryPeriod?.daysLeft).toBe(44);
    expect(after.recoveryPeriod?.extensions).toEqual([
      expect.objectContaining({ days: 14, reason: 'Medical treatment continues: extension-secret.' }),
    ]);
    expect(Date.parse(after.recoveryPeriod?.endsAt ?? '')).toBeGreaterThan(
      Date.parse(before.recoveryPeriod?.endsAt ?? '') + 13 * DAY,
    );
    const raw = await t.database.db.selectFrom('recovery_extensions').selectAll().execute();
    expect(JSON.stringify(raw)).not.toContain('extension-secret');
  });

  it('ends the period by time in the sweep, and the case then awaits the conclusive decision', async () => {
    await backdateRecoveryPeriod(t, periodId, new Date(Date.now() - 50 * DAY), new Date(Date.now() - DAY));
    const first = await settleRecoveryPeriods(t.database.db, new Date());
    const second = await settleRecoveryPeriods(t.database.db, new Date());

    expect(first.ended).toContain(periodId);
    expect(second.ended).toEqual([]);
    const body = await view(decider, item.caseId);
    expect(body.stage).toBe('awaiting_conclusive_grounds');
    expect(body.due?.stage).toBe('conclusive_grounds');
    // CoE art. 10(2): no removal until identification is complete.
    expect(body.recoveryPeriod).toMatchObject({ status: 'ended', noRemoval: true, daysLeft: 0 });
  });

  it('identifies the person on a positive conclusive decision and lifts the pending protection', async () => {
    const body = await created(await decide(decider, item.caseId, 'conclusive_grounds', 'trafficking'));

    expect(body.caseStage).toBe('identified');
    const after = await view(worker, item.caseId);
    expect(after.decisions.map((d) => [d.stage, d.standard])).toEqual([
      ['reasonable_grounds', 'reasonable_grounds_to_believe'],
      ['conclusive_grounds', 'balance_of_probabilities'],
    ]);
    expect(after.recoveryPeriod?.noRemoval).toBe(false);
    expect(after.due).toBeNull();
  });

  it('settles an ended period lazily when the case is read', async () => {
    const other = await referred();
    const rg = await created(await decide(decider, other.caseId, 'reasonable_grounds', 'positive'));
    await backdateRecoveryPeriod(
      t,
      rg.recoveryPeriodId ?? '',
      new Date(Date.now() - 40 * DAY),
      new Date(Date.now() - 2 * DAY),
    );

    expect((await view(worker, other.caseId)).stage).toBe('awaiting_conclusive_grounds');
  });

  it('reopens an ended period that is extended before the conclusive decision', async () => {
    const other = await referred();
    const rg = await created(await decide(decider, other.caseId, 'reasonable_grounds', 'positive'));
    await runOutClock(rg.recoveryPeriodId ?? '');
    const res = await decider.send('POST', `/api/recovery-periods/${rg.recoveryPeriodId}/extensions`, {
      days: 30,
      reason: 'Intimidation by the exploiters reported.',
    });

    expect(res.json()).toMatchObject({ status: 'running', caseStage: 'recovery_period' });
  });
});

describe('withholding the recovery period', () => {
  it('withholds on public-order grounds with reasons; the case then awaits the conclusive decision', async () => {
    const item = await referred();
    const rg = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'positive'));
    const res = await decider.send('POST', `/api/recovery-periods/${rg.recoveryPeriodId}/withhold`, {
      ground: 'public_order',
      reason: 'Withhold-secret stated grounds.',
    });

    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withheld', caseStage: 'awaiting_conclusive_grounds' });
    const body = await view(worker, item.caseId);
    expect(body.recoveryPeriod?.withheld).toMatchObject({
      ground: 'public_order',
      reason: 'Withhold-secret stated grounds.',
    });
    expect(body.recoveryPeriod?.noRemoval).toBe(true);
    const raw = await t.database.db
      .selectFrom('recovery_periods')
      .selectAll()
      .where('id', '=', rg.recoveryPeriodId ?? '')
      .executeTakeFirstOrThrow();
    expect(raw.withheld_reason_enc).not.toContain('Withhold-secret');
    expect(
      (await created(await decide(decider, item.caseId, 'conclusive_grounds', 'not_trafficking'))).caseStage,
    ).toBe('not_identified');
  });

  it('refuses any ground other than public order or an improperly claimed status', async () => {
    const item = await referred();
    const rg = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'positive'));

    for (const ground of ['refused_to_cooperate', 'no_testimony', 'irregular_stay']) {
      const res = await decider.send('POST', `/api/recovery-periods/${rg.recoveryPeriodId}/withhold`, {
        ground,
        reason: 'Stated grounds.',
      });
      expectProblem(res, 400, 'validation');
    }
    expect((await view(decider, item.caseId)).recoveryPeriod?.status).toBe('running');
  });

  it('refuses to withhold twice or to extend a withheld period', async () => {
    const item = await referred();
    const rg = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'positive'));
    const url = `/api/recovery-periods/${rg.recoveryPeriodId}`;
    await decider.send('POST', `${url}/withhold`, { ground: 'improperly_claimed_status', reason: 'Stated.' });

    const again = await decider.send('POST', `${url}/withhold`, {
      ground: 'public_order',
      reason: 'Stated.',
    });
    const extend = await decider.send('POST', `${url}/extensions`, { days: 5, reason: 'Stated.' });
    expect(expectProblem(again, 409, 'conflict').reason).toBe('period_withheld');
    expect(expectProblem(extend, 409, 'conflict').reason).toBe('period_withheld');
  });
});

describe('reconsideration and independent review', () => {
  const panel = () => [
    { organisationId: authorityOrg, role: 'chair' },
    { organisationId: childProtectionOrg, role: 'member' },
    { organisationId: providerOrg, role: 'member' },
  ];

  it('lets the referrer ask for a negative decision to be reconsidered, with grounds encrypted', async () => {
    const item = await referred();
    const negative = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'negative'));
    const res = await worker.send('POST', `/api/decisions/${negative.id}/reconsiderations`, {
      grounds: 'New evidence of debt bondage: grounds-secret.',
    });

    expect(res.statusCode, res.body).toBe(201);
    const raw = await t.database.db
      .selectFrom('reconsiderations')
      .selectAll()
      .where('decision_id', '=', negative.id)
      .executeTakeFirstOrThrow();
    expect(raw.grounds_enc).not.toContain('grounds-secret');
    const body = await view(secondDecider, item.caseId);
    expect(body.reconsiderations).toEqual([
      expect.objectContaining({
        status: 'requested',
        grounds: 'New evidence of debt bondage: grounds-secret.',
        mayReview: true,
      }),
    ]);
    expect((await view(decider, item.caseId)).reconsiderations[0]?.mayReview).toBe(false);
  });

  it('lets the support provider ask too, once at a time, and never for a positive decision', async () => {
    const item = await referred();
    const negative = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'negative'));
    const first = await adviser.send('POST', `/api/decisions/${negative.id}/reconsiderations`, {
      grounds: 'Stated.',
    });
    const second = await worker.send('POST', `/api/decisions/${negative.id}/reconsiderations`, {
      grounds: 'Stated.',
    });
    const other = await referred();
    const positive = await created(await decide(decider, other.caseId, 'reasonable_grounds', 'positive'));
    const onPositive = await worker.send('POST', `/api/decisions/${positive.id}/reconsiderations`, {
      grounds: 'Stated.',
    });

    expect(first.statusCode, first.body).toBe(201);
    expect(expectProblem(second, 409, 'conflict').reason).toBe('reconsideration_open');
    expect(expectProblem(onPositive, 409, 'conflict').reason).toBe('decision_positive');
  });

  it('shows a pending review in the inbox of a decision maker who did not decide, not of the one who did', async () => {
    const item = await referred();
    const negative = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'negative'));
    const requested = (await (
      await worker.send('POST', `/api/decisions/${negative.id}/reconsiderations`, { grounds: 'Stated.' })
    ).json()) as { id: string };

    const mine = (await decider.get('/api/decisions/inbox')).json() as Inbox;
    const theirs = (await secondDecider.get('/api/decisions/inbox')).json() as Inbox;
    expect(mine.reviews.map((r) => r.reconsiderationId)).not.toContain(requested.id);
    expect(theirs.reviews.map((r) => r.reconsiderationId)).toContain(requested.id);
  });

  it('overturns a negative decision with a new positive one that starts the recovery period', async () => {
    const item = await referred();
    const negative = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'negative'));
    const { id } = (
      await worker.send('POST', `/api/decisions/${negative.id}/reconsiderations`, { grounds: 'Stated.' })
    ).json() as { id: string };
    const res = await secondDecider.send('POST', `/api/reconsiderations/${id}/review`, {
      panel: panel(),
      notes: 'The panel finds the account credible: review-secret.',
      outcome: 'overturned',
    });

    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'overturned', caseStage: 'recovery_period' });
    const body = await view(worker, item.caseId);
    expect(body.decisions.map((d) => [d.outcome, d.supersedesId])).toEqual([
      ['negative', null],
      ['positive', negative.id],
    ]);
    expect(body.decisions[0]?.supersededById).toBe(body.decisions[1]?.id);
    expect(body.recoveryPeriod).toMatchObject({ status: 'running', noRemoval: true });
    expect(body.reconsiderations[0]).toMatchObject({
      status: 'overturned',
      reviewNotes: 'The panel finds the account credible: review-secret.',
      newDecisionId: body.decisions[1]?.id,
    });
    expect(body.reconsiderations[0]?.panel.map((m) => m.organisation.kind).sort()).toEqual([
      'child_protection',
      'competent_authority',
      'legal_aid_provider',
    ]);
  });

  it('asks which positive category when a profile has several, and records an upheld review without a new decision', async () => {
    const uk = await referred({ profile: UK_LIKE_PROFILE, stage: 'awaiting_conclusive_grounds' });
    const negative = await created(
      await decide(decider, uk.caseId, 'conclusive_grounds', 'not_modern_slavery'),
    );
    const { id } = (
      await adviser.send('POST', `/api/decisions/${negative.id}/reconsiderations`, { grounds: 'Stated.' })
    ).json() as { id: string };
    const unnamed = await secondDecider.send('POST', `/api/reconsiderations/${id}/review`, {
      panel: panel(),
      notes: 'Stated.',
      outcome: 'overturned',
    });
    const upheld = await secondDecider.send('POST', `/api/reconsiderations/${id}/review`, {
      panel: panel(),
      notes: 'The panel upholds the decision.',
      outcome: 'upheld',
    });
    const again = await secondDecider.send('POST', `/api/reconsiderations/${id}/review`, {
      panel: panel(),
      notes: 'Stated.',
      outcome: 'upheld',
    });

    expectProblem(unnamed, 400, 'validation');
    expect(upheld.json()).toMatchObject({
      status: 'upheld',
      newDecisionId: null,
      caseStage: 'not_identified',
    });
    expect(expectProblem(again, 409, 'conflict').reason).toBe('already_reviewed');
  });

  it('overturns a negative conclusive decision into the category the panel names', async () => {
    const uk = await referred({ profile: UK_LIKE_PROFILE, stage: 'awaiting_conclusive_grounds' });
    const negative = await created(
      await decide(decider, uk.caseId, 'conclusive_grounds', 'not_modern_slavery'),
    );
    const { id } = (
      await worker.send('POST', `/api/decisions/${negative.id}/reconsiderations`, { grounds: 'Stated.' })
    ).json() as { id: string };
    const res = await secondDecider.send('POST', `/api/reconsiderations/${id}/review`, {
      panel: panel(),
      notes: 'Forced labour established.',
      outcome: 'overturned',
      newOutcome: 'modern_slavery_slavery_servitude_forced_labour',
    });

    expect(res.json()).toMatchObject({ status: 'overturned', caseStage: 'identified' });
    const body = await view(worker, uk.caseId);
    expect(body.decisions.at(-1)).toMatchObject({
      outcome: 'modern_slavery_slavery_servitude_forced_labour',
      standard: 'balance_of_probabilities',
    });
  });

  it('requires a multi-agency panel: two organisations of different kinds', async () => {
    const item = await referred();
    const negative = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'negative'));
    const { id } = (
      await worker.send('POST', `/api/decisions/${negative.id}/reconsiderations`, { grounds: 'Stated.' })
    ).json() as { id: string };
    const sameKind = await t.createOrganisation('legal_aid_provider');
    const single = await secondDecider.send('POST', `/api/reconsiderations/${id}/review`, {
      panel: [{ organisationId: providerOrg, role: 'chair' }],
      notes: 'Stated.',
      outcome: 'upheld',
    });
    const oneKind = await secondDecider.send('POST', `/api/reconsiderations/${id}/review`, {
      panel: [
        { organisationId: providerOrg, role: 'chair' },
        { organisationId: sameKind, role: 'member' },
      ],
      notes: 'Stated.',
      outcome: 'upheld',
    });
    const unknown = await secondDecider.send('POST', `/api/reconsiderations/${id}/review`, {
      panel: [
        { organisationId: providerOrg, role: 'chair' },
        { organisationId: randomUUID(), role: 'member' },
      ],
      notes: 'Stated.',
      outcome: 'upheld',
    });

    expectProblem(single, 400, 'validation');
    expectProblem(oneKind, 400, 'validation');
    expectProblem(unknown, 400, 'validation');
  });
});

describe('one-stage profile', () => {
  it('takes the conclusive decision straight after referral and has no reasonable-grounds stage', async () => {
    const oneStage = await storeProfile(t, {
      ...GENERIC_COE_EU_PROFILE,
      id: 'one_stage_test',
      decisionStages: 1,
      outcomeCategories: { conclusiveGrounds: GENERIC_COE_EU_PROFILE.outcomeCategories.conclusiveGrounds },
    });
    const item = await referred({ profile: oneStage });

    const rg = await decide(decider, item.caseId, 'reasonable_grounds', 'positive');
    expectProblem(rg, 400, 'validation');
    const cg = await created(await decide(decider, item.caseId, 'conclusive_grounds', 'trafficking'));
    expect(cg.caseStage).toBe('identified');
    expect(cg.recoveryPeriodId).toBeNull();
  });

  it('keeps the rules a case started with after a new profile version', async () => {
    const item = await referred({ profile: UK_LIKE_PROFILE });
    await storeProfile(t, {
      ...UK_LIKE_PROFILE,
      version: 2,
      recoveryPeriodDays: 60,
    });
    const rg = await created(await decide(decider, item.caseId, 'reasonable_grounds', 'positive'));

    expect((await view(worker, item.caseId)).recoveryPeriod?.minimumDays).toBe(45);
    expect(rg.caseStage).toBe('recovery_period');
  });
});
