import {
  type ActionStatus,
  checkSupportPlan,
  type NeedDomain,
  type PlanAgreement,
  reviewDraft,
  type SupportPlanInput,
} from '@opennrm/core';
import type { SupportPlan } from './types';

/** One action being edited; `key` keeps React's identity while actions move. */
export type ActionDraft = {
  readonly key: string;
  readonly carriedFromId: string | null;
  readonly domain: NeedDomain | null;
  readonly description: string;
  readonly ownerOrganisationId: string | null;
  /** A named staff member carried from the previous version (shown, kept unless the owner changes). */
  readonly ownerUser: { readonly id: string; readonly name: string } | null;
  readonly serviceId: string | null;
  readonly dueOn: string;
  readonly status: ActionStatus;
};

export type GoalDraft = { readonly key: string; readonly text: string };

export type PlanDraft = {
  readonly supersedesId: string | null;
  readonly goals: readonly GoalDraft[];
  readonly actions: readonly ActionDraft[];
  readonly reviewDueOn: string;
  readonly agreement: PlanAgreement | null;
  readonly agreementNote: string;
};

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `k${counter}`;
}

export function newAction(ownerOrganisationId: string | null): ActionDraft {
  return {
    key: newKey(),
    carriedFromId: null,
    domain: null,
    description: '',
    ownerOrganisationId,
    ownerUser: null,
    serviceId: null,
    dueOn: '',
    status: 'planned',
  };
}

/**
 * Where editing starts: for a first plan, one empty goal; for a review, the core
 * `reviewDraft` of the current version (same goals, open actions carried over, the
 * person's agreement asked again, a new review date to set).
 */
export function startingDraft(current: SupportPlan | null): PlanDraft {
  if (!current) {
    return {
      supersedesId: null,
      goals: [{ key: newKey(), text: '' }],
      actions: [],
      reviewDueOn: '',
      agreement: null,
      agreementNote: '',
    };
  }
  const draft = reviewDraft({
    id: current.id,
    goals: current.goals,
    actions: current.actions.map((a) => ({
      id: a.id,
      domain: a.domain,
      description: a.description,
      ownerOrganisationId: a.ownerOrganisation?.id ?? null,
      ownerUserId: a.ownerUser?.id ?? null,
      serviceId: a.service?.id ?? null,
      dueOn: a.dueOn,
      status: a.status,
      completedOn: a.completedOn,
    })),
  });
  const byId = new Map(current.actions.map((a) => [a.id, a]));
  return {
    supersedesId: current.id,
    goals: draft.goals.map((text) => ({ key: newKey(), text })),
    actions: draft.actions.map((a) => {
      const before = a.carriedFromId ? byId.get(a.carriedFromId) : undefined;
      return {
        key: newKey(),
        carriedFromId: a.carriedFromId ?? null,
        domain: a.domain,
        description: a.description,
        ownerOrganisationId: a.ownerOrganisationId ?? null,
        ownerUser: before?.ownerUser ?? null,
        serviceId: a.serviceId ?? null,
        dueOn: a.dueOn ?? '',
        status: a.status ?? 'planned',
      };
    }),
    reviewDueOn: '',
    agreement: null,
    agreementNote: '',
  };
}

export type DraftProblem = { readonly field: string; readonly code: string };

/** Field ids of the plan form. */
export const planField = (name: string): string => `plan-${name}`;
export const actionField = (key: string, name: string): string => `plan-action-${key}-${name}`;
export const goalField = (key: string): string => `plan-goal-${key}`;

/**
 * The request for a draft, or the problems that stop it, by field id. The same core
 * rules as the server (checkSupportPlan) run here first, with what the page knows:
 * the team, the services it could load, the current version.
 */
export function draftToInput(
  draft: PlanDraft,
  context: {
    readonly today: string;
    readonly current: SupportPlan | null;
    readonly teamOrganisationIds: ReadonlySet<string>;
    readonly serviceIds: ReadonlySet<string>;
  },
): { readonly input: SupportPlanInput | null; readonly problems: readonly DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const goals = draft.goals.filter((g) => g.text.trim() !== '');
  if (goals.length === 0)
    problems.push({ field: goalField(draft.goals[0]?.key ?? ''), code: 'goal_required' });
  draft.actions.forEach((a) => {
    if (!a.domain) problems.push({ field: actionField(a.key, 'domain'), code: 'domain_required' });
    if (a.description.trim() === '')
      problems.push({ field: actionField(a.key, 'description'), code: 'description_required' });
  });
  if (!draft.agreement) problems.push({ field: planField('agreement'), code: 'agreement_required' });

  // The request as it would be sent; what is still missing is stood in for so that the
  // core rules can report everything else at once (the stand-ins are never sent).
  const input: SupportPlanInput = {
    supersedesId: draft.supersedesId,
    goals: goals.length > 0 ? goals.map((g) => g.text.trim()) : ['-'],
    actions: draft.actions.map((a) => ({
      carriedFromId: a.carriedFromId,
      domain: a.domain ?? 'safety',
      description: a.description.trim() === '' ? '-' : a.description.trim(),
      ownerOrganisationId: a.ownerOrganisationId,
      ownerUserId: a.ownerUser?.id ?? null,
      serviceId: a.serviceId,
      dueOn: a.dueOn === '' ? null : a.dueOn,
      status: a.status,
    })),
    reviewDueOn: draft.reviewDueOn === '' ? null : draft.reviewDueOn,
    agreement: draft.agreement ?? 'not_yet_discussed',
    agreementNote: draft.agreementNote.trim() === '' ? null : draft.agreementNote.trim(),
  };
  const current = context.current;
  const users = new Map(
    (current?.actions ?? []).flatMap((a) =>
      a.ownerUser && a.ownerOrganisation
        ? [[a.ownerUser.id, { organisationId: a.ownerOrganisation.id, active: true }] as const]
        : [],
    ),
  );
  const services = new Set([
    ...context.serviceIds,
    ...(current?.actions ?? []).flatMap((a) => (a.service ? [a.service.id] : [])),
  ]);
  const check = checkSupportPlan(input, {
    today: context.today,
    current: current
      ? {
          id: current.id,
          actions: current.actions.map((a) => ({
            id: a.id,
            status: a.status,
            dueOn: a.dueOn,
            completedOn: a.completedOn,
          })),
        }
      : null,
    teamOrganisationIds: context.teamOrganisationIds,
    users,
    services,
  });
  if (!check.ok && check.kind === 'invalid') {
    const seen = new Set(problems.map((p) => p.field));
    for (const p of check.problems) {
      const field = fieldOfPath(draft, p.path);
      if (!seen.has(field)) problems.push({ field, code: p.code });
      seen.add(field);
    }
  }
  return problems.length > 0 ? { input: null, problems } : { input, problems: [] };
}

/** A rule's path ('actions.2.dueOn', 'reviewDueOn') to the id of the field on the page. */
export function fieldOfPath(draft: PlanDraft, path: string): string {
  const action = /^actions\.(\d+)\.(\w+)$/.exec(path);
  if (action) {
    const key = draft.actions[Number(action[1])]?.key ?? '';
    const name =
      action[2] === 'ownerUserId'
        ? 'ownerOrganisationId'
        : action[2] === 'carriedFromId'
          ? 'domain'
          : (action[2] ?? '');
    return actionField(key, name === 'completedOn' ? 'status' : name);
  }
  const goal = /^goals\.(\d+)$/.exec(path);
  if (goal) return goalField(draft.goals[Number(goal[1])]?.key ?? '');
  return planField(path.split('.')[0] ?? path);
}
