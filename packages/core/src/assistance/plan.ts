import { addCalendarDays, type LocalDate } from '../identification/local-time.js';
import type {
  ActionStatusChange,
  AssistanceFieldProblem,
  PlanActionInput,
  SupportPlanInput,
} from './shapes.js';
import type { ActionStatus, NeedDomain, PlanAgreement } from './vocabulary.js';

/**
 * The individual support plan is versioned: every review writes a new version and the
 * old one is kept, read-only ('superseded'). These are the rules of a version and of
 * what a review changes; the server applies them, the web app uses them to prefill a
 * review.
 */

/** How far ahead a review may be set: a plan is looked at again with the person at least yearly. */
export const PLAN_MAX_REVIEW_DAYS = 366;
/** A review is "due soon" this many days before its date. */
export const PLAN_REVIEW_SOON_DAYS = 14;

const OPEN: ReadonlySet<ActionStatus> = new Set(['planned', 'in_progress']);

export function isOpenPlanAction(status: ActionStatus): boolean {
  return OPEN.has(status);
}

/** An action of a stored plan version, as far as the rules need it. */
export type ExistingAction = {
  readonly id: string;
  readonly domain: NeedDomain;
  readonly description: string;
  readonly ownerOrganisationId: string | null;
  readonly ownerUserId: string | null;
  readonly serviceId: string | null;
  readonly dueOn: LocalDate | null;
  readonly status: ActionStatus;
  readonly completedOn: LocalDate | null;
};

/** What the server knows when a version is written; nothing about the person. */
export type PlanContext = {
  readonly today: LocalDate;
  /** The current version, when this is a review. */
  readonly current: {
    readonly id: string;
    readonly actions: readonly Pick<ExistingAction, 'id' | 'status' | 'dueOn' | 'completedOn'>[];
  } | null;
  /** Organisations on the case team now: only they can own an action. */
  readonly teamOrganisationIds: ReadonlySet<string>;
  /** Staff named as owners, by id (unknown ids are absent). */
  readonly users: ReadonlyMap<string, { readonly organisationId: string; readonly active: boolean }>;
  /** Services of the directory named by actions that exist and are active. */
  readonly services: ReadonlySet<string>;
};

/** An action ready to be stored in the new version. */
export type PlannedAction = {
  readonly position: number;
  readonly carriedFromId: string | null;
  readonly domain: NeedDomain;
  readonly description: string;
  readonly ownerOrganisationId: string;
  readonly ownerUserId: string | null;
  readonly serviceId: string | null;
  readonly dueOn: LocalDate | null;
  readonly status: ActionStatus;
  readonly completedOn: LocalDate | null;
};

/** What a review changed, counted (for the audit trail and the version history). */
export type PlanChanges = {
  /** Actions continued from the previous version. */
  readonly carried: number;
  /** Actions that are new in this version. */
  readonly added: number;
  /** Open actions of the previous version that this one no longer has. */
  readonly droppedOpen: number;
  /** Closed (done or cancelled) actions left behind in the previous version. */
  readonly leftClosed: number;
};

export type PlanCheck =
  | {
      readonly ok: true;
      readonly actions: readonly PlannedAction[];
      readonly reviewDueOn: LocalDate;
      /** The date the person's view was recorded; none while the plan is not yet discussed. */
      readonly agreedOn: LocalDate | null;
      readonly changes: PlanChanges;
    }
  | { readonly ok: false; readonly kind: 'conflict'; readonly reason: 'plan_changed' | 'no_plan_to_review' }
  | { readonly ok: false; readonly kind: 'invalid'; readonly problems: readonly AssistanceFieldProblem[] };

/**
 * Checks a new version of the plan (a first plan or a review):
 * - a review names the current version it reviews (`supersedesId`); a stale one is a
 *   conflict, so two reviewers never overwrite each other;
 * - a carried action continues an action of the current version, at most once;
 * - every action has an owner: an organisation on the case team now, or a staff member
 *   of one (their organisation is then the owner);
 * - a new or moved due date is not in the past (a carried action keeps its date, and
 *   so shows as overdue);
 * - 'done' goes with a completion date, today or before (today when omitted); other
 *   statuses have none;
 * - a named service exists in the directory;
 * - the plan has a review date, from today up to a year ahead;
 * - when the person disagrees, wholly or partly, their note says with what.
 * The person's agreement never carries over: each version is agreed anew.
 */
export function checkSupportPlan(input: SupportPlanInput, context: PlanContext): PlanCheck {
  const supersedesId = input.supersedesId ?? null;
  if (context.current === null && supersedesId !== null) {
    return { ok: false, kind: 'conflict', reason: 'no_plan_to_review' };
  }
  if (context.current !== null && supersedesId !== context.current.id) {
    return { ok: false, kind: 'conflict', reason: 'plan_changed' };
  }
  const previous = new Map((context.current?.actions ?? []).map((action) => [action.id, action]));
  const problems: AssistanceFieldProblem[] = [];
  const carriedIds = new Set<string>();
  const actions: PlannedAction[] = [];

  input.actions.forEach((action, index) => {
    const at = (field: string): string => `actions.${index}.${field}`;
    const carriedFromId = action.carriedFromId ?? null;
    let before: Pick<ExistingAction, 'dueOn' | 'status' | 'completedOn'> | null = null;
    if (carriedFromId !== null) {
      before = previous.get(carriedFromId) ?? null;
      if (before === null) problems.push({ path: at('carriedFromId'), code: 'not_in_previous_version' });
      else if (carriedIds.has(carriedFromId))
        problems.push({ path: at('carriedFromId'), code: 'carried_twice' });
      carriedIds.add(carriedFromId);
    }
    const owner = resolveOwner(action, context);
    if ('code' in owner) problems.push({ path: at(owner.field), code: owner.code });

    const status = action.status ?? 'planned';
    const dueOn = action.dueOn ?? null;
    const movedOrNew = before === null || before.dueOn !== dueOn;
    if (dueOn !== null && movedOrNew && isOpenPlanAction(status) && dueOn < context.today) {
      problems.push({ path: at('dueOn'), code: 'date_in_past' });
    }
    const completion = completionFor(status, action.completedOn, before, context.today);
    if ('code' in completion) problems.push({ path: at('completedOn'), code: completion.code });

    const serviceId = action.serviceId ?? null;
    if (serviceId !== null && !context.services.has(serviceId)) {
      problems.push({ path: at('serviceId'), code: 'service_unknown' });
    }
    if ('organisationId' in owner && 'completedOn' in completion) {
      actions.push({
        position: index,
        carriedFromId,
        domain: action.domain,
        description: action.description,
        ownerOrganisationId: owner.organisationId,
        ownerUserId: owner.userId,
        serviceId,
        dueOn,
        status,
        completedOn: completion.completedOn,
      });
    }
  });

  const reviewDueOn = input.reviewDueOn ?? null;
  if (reviewDueOn === null) problems.push({ path: 'reviewDueOn', code: 'review_date_required' });
  else if (reviewDueOn < context.today) problems.push({ path: 'reviewDueOn', code: 'date_in_past' });
  else if (reviewDueOn > addCalendarDays(context.today, PLAN_MAX_REVIEW_DAYS)) {
    problems.push({ path: 'reviewDueOn', code: 'review_too_far' });
  }
  const note = input.agreementNote ?? null;
  if ((input.agreement === 'disagreed' || input.agreement === 'partly_agreed') && note === null) {
    problems.push({ path: 'agreementNote', code: 'agreement_note_required' });
  }

  if (problems.length > 0 || reviewDueOn === null) return { ok: false, kind: 'invalid', problems };
  const previousActions = context.current?.actions ?? [];
  return {
    ok: true,
    actions,
    reviewDueOn,
    agreedOn: input.agreement === 'not_yet_discussed' ? null : context.today,
    changes: {
      carried: carriedIds.size,
      added: actions.filter((a) => a.carriedFromId === null).length,
      droppedOpen: previousActions.filter((a) => isOpenPlanAction(a.status) && !carriedIds.has(a.id)).length,
      leftClosed: previousActions.filter((a) => !isOpenPlanAction(a.status) && !carriedIds.has(a.id)).length,
    },
  };
}

type Owner =
  | { readonly organisationId: string; readonly userId: string | null }
  | { readonly field: 'ownerOrganisationId' | 'ownerUserId'; readonly code: string };

function resolveOwner(action: PlanActionInput, context: PlanContext): Owner {
  const organisationId = action.ownerOrganisationId ?? null;
  const userId = action.ownerUserId ?? null;
  if (userId !== null) {
    const user = context.users.get(userId);
    if (!user?.active) return { field: 'ownerUserId', code: 'owner_user_unknown' };
    if (organisationId !== null && organisationId !== user.organisationId) {
      return { field: 'ownerUserId', code: 'owner_user_not_in_organisation' };
    }
    if (!context.teamOrganisationIds.has(user.organisationId)) {
      return { field: 'ownerUserId', code: 'owner_not_on_team' };
    }
    return { organisationId: user.organisationId, userId };
  }
  if (organisationId === null) return { field: 'ownerOrganisationId', code: 'owner_required' };
  if (!context.teamOrganisationIds.has(organisationId)) {
    return { field: 'ownerOrganisationId', code: 'owner_not_on_team' };
  }
  return { organisationId, userId: null };
}

function completionFor(
  status: ActionStatus,
  completedOn: LocalDate | null | undefined,
  before: Pick<ExistingAction, 'status' | 'completedOn'> | null,
  today: LocalDate,
): { readonly completedOn: LocalDate | null } | { readonly code: string } {
  const given = completedOn ?? null;
  if (status !== 'done') return given === null ? { completedOn: null } : { code: 'completed_without_done' };
  if (given !== null && given > today) return { code: 'date_in_future' };
  const kept = before?.status === 'done' ? before.completedOn : null;
  return { completedOn: given ?? kept ?? today };
}

export type StatusChangeResult =
  | { readonly ok: true; readonly status: ActionStatus; readonly completedOn: LocalDate | null }
  | { readonly ok: false; readonly path: 'completedOn'; readonly code: string };

/** Changing an action's status on the current plan: 'done' records when (today by default). */
export function changeActionStatus(
  current: Pick<ExistingAction, 'status' | 'completedOn'>,
  change: ActionStatusChange,
  today: LocalDate,
): StatusChangeResult {
  const result = completionFor(change.status, change.completedOn, current, today);
  return 'code' in result
    ? { ok: false, path: 'completedOn', code: result.code }
    : { ok: true, status: change.status, completedOn: result.completedOn };
}

/** An open action past its due date. */
export function isActionOverdue(
  action: { readonly status: ActionStatus; readonly dueOn: LocalDate | null },
  today: LocalDate,
): boolean {
  return isOpenPlanAction(action.status) && action.dueOn !== null && action.dueOn < today;
}

export const PLAN_REVIEW_STATES = ['none', 'scheduled', 'due_soon', 'overdue'] as const;
export type PlanReviewState = (typeof PLAN_REVIEW_STATES)[number];

/** Where a review date stands today: overdue after the date, due soon within two weeks. */
export function planReviewState(reviewDueOn: LocalDate | null, today: LocalDate): PlanReviewState {
  if (reviewDueOn === null) return 'none';
  if (reviewDueOn < today) return 'overdue';
  if (reviewDueOn <= addCalendarDays(today, PLAN_REVIEW_SOON_DAYS)) return 'due_soon';
  return 'scheduled';
}

/**
 * The starting point of a review: the same goals, the open actions carried over (with
 * their owners, services and due dates), closed actions left in the old version where
 * they are kept, and the person's agreement to be asked again — a changed plan is
 * agreed anew. The review date is set again by the reviewer.
 */
export function reviewDraft(plan: {
  readonly id: string;
  readonly goals: readonly string[];
  readonly actions: readonly ExistingAction[];
}): SupportPlanInput {
  return {
    supersedesId: plan.id,
    goals: [...plan.goals],
    actions: plan.actions
      .filter((action) => isOpenPlanAction(action.status))
      .map((action) => ({
        carriedFromId: action.id,
        domain: action.domain,
        description: action.description,
        ownerOrganisationId: action.ownerOrganisationId,
        ownerUserId: action.ownerUserId,
        serviceId: action.serviceId,
        dueOn: action.dueOn,
        status: action.status,
        completedOn: null,
      })),
    reviewDueOn: null,
    agreement: 'not_yet_discussed' satisfies PlanAgreement,
    agreementNote: null,
  };
}
