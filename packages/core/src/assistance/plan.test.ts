import { describe, expect, it } from 'vitest';
import {
  changeActionStatus,
  checkSupportPlan,
  type ExistingAction,
  isActionOverdue,
  type PlanContext,
  planReviewState,
  reviewDraft,
} from './plan.js';
import type { SupportPlanInput } from './shapes.js';

const TODAY = '2026-03-10';
const NGO = '00000000-0000-4000-8000-000000000001';
const SHELTER = '00000000-0000-4000-8000-000000000002';
const OUTSIDER = '00000000-0000-4000-8000-000000000003';
const WORKER = '00000000-0000-4000-8000-0000000000a1';
const SERVICE = '00000000-0000-4000-8000-000000000051';
const PLAN_V1 = '00000000-0000-4000-8000-0000000000b1';

const context = (overrides: Partial<PlanContext> = {}): PlanContext => ({
  today: TODAY,
  current: null,
  teamOrganisationIds: new Set([NGO, SHELTER]),
  users: new Map([[WORKER, { organisationId: NGO, active: true }]]),
  services: new Set([SERVICE]),
  ...overrides,
});

const plan = (overrides: Partial<SupportPlanInput> = {}): SupportPlanInput => ({
  goals: ['A safe place to live'],
  actions: [{ domain: 'accommodation', description: 'Shelter place', ownerOrganisationId: SHELTER }],
  reviewDueOn: '2026-06-10',
  agreement: 'agreed',
  ...overrides,
});

const existing = (id: string, overrides: Partial<ExistingAction> = {}): ExistingAction => ({
  id,
  domain: 'employment',
  description: 'Course',
  ownerOrganisationId: NGO,
  ownerUserId: null,
  serviceId: null,
  dueOn: '2026-03-01',
  status: 'planned',
  completedOn: null,
  ...overrides,
});

function problemsOf(result: ReturnType<typeof checkSupportPlan>): string[] {
  return result.ok || result.kind !== 'invalid' ? [] : result.problems.map((p) => `${p.path}:${p.code}`);
}

describe('a first plan', () => {
  it('is accepted with owners on the team, and dated when the person gave their view', () => {
    const result = checkSupportPlan(plan(), context());
    expect(result).toMatchObject({
      ok: true,
      reviewDueOn: '2026-06-10',
      agreedOn: TODAY,
      actions: [{ position: 0, ownerOrganisationId: SHELTER, status: 'planned', completedOn: null }],
      changes: { carried: 0, added: 1, droppedOpen: 0, leftClosed: 0 },
    });
  });

  it('is not dated as agreed while not yet discussed with the person', () => {
    const result = checkSupportPlan(plan({ agreement: 'not_yet_discussed' }), context());
    expect(result).toMatchObject({ ok: true, agreedOn: null });
  });

  it('takes the owner organisation from a named staff member', () => {
    const result = checkSupportPlan(
      plan({ actions: [{ domain: 'family', description: 'Tracing', ownerUserId: WORKER }] }),
      context(),
    );
    expect(result).toMatchObject({ ok: true, actions: [{ ownerOrganisationId: NGO, ownerUserId: WORKER }] });
  });

  it.each([
    ['no owner', { domain: 'safety', description: 'x' }, 'actions.0.ownerOrganisationId:owner_required'],
    [
      'an owner off the team',
      { domain: 'safety', description: 'x', ownerOrganisationId: OUTSIDER },
      'actions.0.ownerOrganisationId:owner_not_on_team',
    ],
    [
      'an unknown staff member',
      { domain: 'safety', description: 'x', ownerUserId: OUTSIDER },
      'actions.0.ownerUserId:owner_user_unknown',
    ],
    [
      'a staff member of another organisation than the one named',
      { domain: 'safety', description: 'x', ownerUserId: WORKER, ownerOrganisationId: SHELTER },
      'actions.0.ownerUserId:owner_user_not_in_organisation',
    ],
    [
      'a due date in the past',
      { domain: 'safety', description: 'x', ownerOrganisationId: NGO, dueOn: '2026-03-09' },
      'actions.0.dueOn:date_in_past',
    ],
    [
      'a service the directory does not have',
      { domain: 'safety', description: 'x', ownerOrganisationId: NGO, serviceId: OUTSIDER },
      'actions.0.serviceId:service_unknown',
    ],
    [
      'a completion date on an open action',
      { domain: 'safety', description: 'x', ownerOrganisationId: NGO, completedOn: TODAY },
      'actions.0.completedOn:completed_without_done',
    ],
    [
      'a completion date in the future',
      {
        domain: 'safety',
        description: 'x',
        ownerOrganisationId: NGO,
        status: 'done',
        completedOn: '2026-03-11',
      },
      'actions.0.completedOn:date_in_future',
    ],
  ] as const)('refuses an action with %s', (_name, action, expected) => {
    expect(problemsOf(checkSupportPlan(plan({ actions: [action] }), context()))).toEqual([expected]);
  });

  it('accepts a due date of today and a done action completed today by default', () => {
    const result = checkSupportPlan(
      plan({
        actions: [
          { domain: 'safety', description: 'a', ownerOrganisationId: NGO, dueOn: TODAY },
          { domain: 'safety', description: 'b', ownerOrganisationId: NGO, status: 'done' },
        ],
      }),
      context(),
    );
    expect(result).toMatchObject({ ok: true, actions: [{ dueOn: TODAY }, { completedOn: TODAY }] });
  });

  it.each([
    [{ reviewDueOn: null }, 'reviewDueOn:review_date_required'],
    [{ reviewDueOn: '2026-03-09' }, 'reviewDueOn:date_in_past'],
    [{ reviewDueOn: '2027-04-01' }, 'reviewDueOn:review_too_far'],
    [{ agreement: 'disagreed' as const }, 'agreementNote:agreement_note_required'],
    [{ agreement: 'partly_agreed' as const }, 'agreementNote:agreement_note_required'],
  ])('refuses %o', (overrides, expected) => {
    expect(problemsOf(checkSupportPlan(plan(overrides), context()))).toEqual([expected]);
  });

  it('cannot claim to review a plan that does not exist', () => {
    expect(checkSupportPlan(plan({ supersedesId: PLAN_V1 }), context())).toEqual({
      ok: false,
      kind: 'conflict',
      reason: 'no_plan_to_review',
    });
  });
});

describe('a review', () => {
  const course = existing('00000000-0000-4000-8000-0000000000c1');
  const room = existing('00000000-0000-4000-8000-0000000000c2', {
    domain: 'accommodation',
    status: 'done',
    completedOn: '2026-03-02',
  });
  const tracing = existing('00000000-0000-4000-8000-0000000000c3', {
    domain: 'family',
    status: 'in_progress',
  });
  const reviewing = context({ current: { id: PLAN_V1, actions: [course, room, tracing] } });

  it('must name the current version: a stale or missing one is a conflict, never an overwrite', () => {
    expect(checkSupportPlan(plan(), reviewing)).toMatchObject({ ok: false, reason: 'plan_changed' });
    expect(checkSupportPlan(plan({ supersedesId: OUTSIDER }), reviewing)).toMatchObject({
      ok: false,
      reason: 'plan_changed',
    });
  });

  it('counts what it carries, adds and drops', () => {
    const result = checkSupportPlan(
      plan({
        supersedesId: PLAN_V1,
        actions: [
          {
            carriedFromId: course.id,
            domain: 'employment',
            description: 'Course',
            ownerOrganisationId: NGO,
            dueOn: course.dueOn,
          },
          { domain: 'documents', description: 'New passport', ownerOrganisationId: NGO },
        ],
      }),
      reviewing,
    );
    expect(result).toMatchObject({
      ok: true,
      changes: { carried: 1, added: 1, droppedOpen: 1, leftClosed: 1 },
      actions: [{ carriedFromId: course.id }, { carriedFromId: null }],
    });
  });

  it('lets a carried action keep its past due date (it shows as overdue), but not move it into the past', () => {
    const keep = {
      carriedFromId: course.id,
      domain: 'employment' as const,
      description: 'Course',
      ownerOrganisationId: NGO,
    };
    expect(
      checkSupportPlan(
        plan({ supersedesId: PLAN_V1, actions: [{ ...keep, dueOn: '2026-03-01' }] }),
        reviewing,
      ).ok,
    ).toBe(true);
    expect(
      problemsOf(
        checkSupportPlan(
          plan({ supersedesId: PLAN_V1, actions: [{ ...keep, dueOn: '2026-03-05' }] }),
          reviewing,
        ),
      ),
    ).toEqual(['actions.0.dueOn:date_in_past']);
  });

  it('keeps the completion date of an action carried as done', () => {
    const result = checkSupportPlan(
      plan({
        supersedesId: PLAN_V1,
        actions: [
          {
            carriedFromId: room.id,
            domain: 'accommodation',
            description: 'Room',
            ownerOrganisationId: SHELTER,
            status: 'done',
          },
        ],
      }),
      reviewing,
    );
    expect(result).toMatchObject({ ok: true, actions: [{ completedOn: '2026-03-02' }] });
  });

  it('refuses to carry an action from elsewhere, or the same one twice', () => {
    const carried = (id: string) => ({
      carriedFromId: id,
      domain: 'safety' as const,
      description: 'x',
      ownerOrganisationId: NGO,
    });
    expect(
      problemsOf(checkSupportPlan(plan({ supersedesId: PLAN_V1, actions: [carried(OUTSIDER)] }), reviewing)),
    ).toEqual(['actions.0.carriedFromId:not_in_previous_version']);
    expect(
      problemsOf(
        checkSupportPlan(
          plan({ supersedesId: PLAN_V1, actions: [carried(course.id), carried(course.id)] }),
          reviewing,
        ),
      ),
    ).toEqual(['actions.1.carriedFromId:carried_twice']);
  });

  it('refuses an action whose owner has left the team since the last version', () => {
    const result = checkSupportPlan(
      plan({
        supersedesId: PLAN_V1,
        actions: [
          { carriedFromId: course.id, domain: 'employment', description: 'Course', ownerOrganisationId: NGO },
        ],
      }),
      { ...reviewing, teamOrganisationIds: new Set([SHELTER]) },
    );
    expect(problemsOf(result)).toEqual(['actions.0.ownerOrganisationId:owner_not_on_team']);
  });

  it('starts from the open actions, the same goals, and asks the person again', () => {
    const draft = reviewDraft({ id: PLAN_V1, goals: ['Work', 'Safety'], actions: [course, room, tracing] });
    expect(draft).toEqual({
      supersedesId: PLAN_V1,
      goals: ['Work', 'Safety'],
      actions: [
        expect.objectContaining({ carriedFromId: course.id, status: 'planned', dueOn: '2026-03-01' }),
        expect.objectContaining({ carriedFromId: tracing.id, status: 'in_progress' }),
      ],
      reviewDueOn: null,
      agreement: 'not_yet_discussed',
      agreementNote: null,
    });
    // The draft, once dated, is itself a valid review.
    expect(checkSupportPlan({ ...draft, reviewDueOn: '2026-05-01' }, reviewing).ok).toBe(true);
  });
});

describe('progress', () => {
  it('marks an action done today by default, keeps an earlier completion date, clears it on reopening', () => {
    expect(changeActionStatus({ status: 'planned', completedOn: null }, { status: 'done' }, TODAY)).toEqual({
      ok: true,
      status: 'done',
      completedOn: TODAY,
    });
    expect(
      changeActionStatus({ status: 'done', completedOn: '2026-03-01' }, { status: 'done' }, TODAY),
    ).toMatchObject({
      completedOn: '2026-03-01',
    });
    expect(
      changeActionStatus({ status: 'done', completedOn: '2026-03-01' }, { status: 'in_progress' }, TODAY),
    ).toMatchObject({
      completedOn: null,
    });
    expect(
      changeActionStatus(
        { status: 'planned', completedOn: null },
        { status: 'done', completedOn: '2026-04-01' },
        TODAY,
      ),
    ).toEqual({
      ok: false,
      path: 'completedOn',
      code: 'date_in_future',
    });
  });

  it('calls an open action past its due date overdue, never a done or cancelled one', () => {
    expect(isActionOverdue({ status: 'planned', dueOn: '2026-03-09' }, TODAY)).toBe(true);
    expect(isActionOverdue({ status: 'in_progress', dueOn: '2026-03-09' }, TODAY)).toBe(true);
    expect(isActionOverdue({ status: 'planned', dueOn: TODAY }, TODAY)).toBe(false);
    expect(isActionOverdue({ status: 'done', dueOn: '2026-03-01' }, TODAY)).toBe(false);
    expect(isActionOverdue({ status: 'cancelled', dueOn: '2026-03-01' }, TODAY)).toBe(false);
    expect(isActionOverdue({ status: 'planned', dueOn: null }, TODAY)).toBe(false);
  });

  it('says where a review date stands', () => {
    expect(planReviewState(null, TODAY)).toBe('none');
    expect(planReviewState('2026-03-09', TODAY)).toBe('overdue');
    expect(planReviewState(TODAY, TODAY)).toBe('due_soon');
    expect(planReviewState('2026-03-24', TODAY)).toBe('due_soon');
    expect(planReviewState('2026-03-25', TODAY)).toBe('scheduled');
  });
});
