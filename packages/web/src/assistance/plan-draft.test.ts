import { describe, expect, it } from 'vitest';
import {
  actionField,
  draftToInput,
  fieldOfPath,
  goalField,
  newAction,
  planField,
  startingDraft,
} from './plan-draft';
import type { SupportPlan } from './types';

const NGO = '00000000-0000-4000-8000-000000000001';
const SHELTER = '00000000-0000-4000-8000-000000000002';
const TODAY = '2026-03-10';

const current: SupportPlan = {
  id: '00000000-0000-4000-8000-0000000000b1',
  version: 2,
  status: 'current',
  goals: ['Safe housing'],
  actions: [
    {
      id: '00000000-0000-4000-8000-0000000000c1',
      position: 0,
      carriedFromId: null,
      domain: 'accommodation',
      description: 'Shelter place',
      ownerOrganisation: { id: SHELTER, name: 'Shelter' },
      ownerUser: null,
      service: null,
      dueOn: '2026-03-01',
      status: 'done',
      completedOn: '2026-03-02',
      overdue: false,
    },
    {
      id: '00000000-0000-4000-8000-0000000000c2',
      position: 1,
      carriedFromId: null,
      domain: 'employment',
      description: 'Course',
      ownerOrganisation: { id: NGO, name: 'NGO' },
      ownerUser: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Staff' },
      service: null,
      dueOn: '2026-03-05',
      status: 'in_progress',
      completedOn: null,
      overdue: true,
    },
  ],
  agreement: 'agreed',
  agreementNote: null,
  agreedOn: '2026-02-01',
  reviewDueOn: '2026-03-20',
  reviewState: 'due_soon',
  supersedesId: null,
  supersededById: null,
  createdAt: '2026-02-01T10:00:00.000Z',
  createdBy: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Staff' },
  createdByOrganisation: { id: NGO, name: 'NGO' },
};

const context = {
  today: TODAY,
  current,
  teamOrganisationIds: new Set([NGO, SHELTER]),
  serviceIds: new Set<string>(),
};

describe('the support plan form', () => {
  it('starts a review from the open actions, with the named owner kept and the agreement asked again', () => {
    const draft = startingDraft(current);
    expect(draft.supersedesId).toBe(current.id);
    expect(draft.goals.map((g) => g.text)).toEqual(['Safe housing']);
    expect(draft.actions).toHaveLength(1);
    expect(draft.actions[0]).toMatchObject({
      carriedFromId: '00000000-0000-4000-8000-0000000000c2',
      ownerUser: { name: 'Staff' },
      dueOn: '2026-03-05',
      status: 'in_progress',
    });
    expect(draft.agreement).toBeNull();
    expect(draft.reviewDueOn).toBe('');
  });

  it('builds the request when the review is complete (a carried overdue date is kept)', () => {
    const draft = { ...startingDraft(current), reviewDueOn: '2026-06-01', agreement: 'agreed' as const };
    const { input, problems } = draftToInput(draft, context);
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      supersedesId: current.id,
      actions: [
        {
          carriedFromId: '00000000-0000-4000-8000-0000000000c2',
          ownerOrganisationId: NGO,
          dueOn: '2026-03-05',
        },
      ],
      reviewDueOn: '2026-06-01',
    });
  });

  it('reports every problem at once, each at its field on the page', () => {
    const added = {
      ...newAction(null),
      domain: 'safety' as const,
      description: 'Safe phone',
      dueOn: '2026-03-01',
    };
    const draft = { ...startingDraft(null), actions: [added], agreement: 'disagreed' as const };
    const { input, problems } = draftToInput(draft, { ...context, current: null });
    expect(input).toBeNull();
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        actionField(added.key, 'dueOn'),
        actionField(added.key, 'ownerOrganisationId'),
        goalField(draft.goals[0]?.key ?? ''),
        planField('reviewDueOn'),
        planField('agreementNote'),
      ].sort(),
    );
  });

  it('maps a server path to the field id', () => {
    const added = newAction(NGO);
    const draft = { ...startingDraft(null), actions: [added] };
    expect(fieldOfPath(draft, 'actions.0.ownerUserId')).toBe(actionField(added.key, 'ownerOrganisationId'));
    expect(fieldOfPath(draft, 'actions.0.completedOn')).toBe(actionField(added.key, 'status'));
    expect(fieldOfPath(draft, 'agreementNote')).toBe(planField('agreementNote'));
  });
});
