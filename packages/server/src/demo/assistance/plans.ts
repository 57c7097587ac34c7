import {
  type ActionStatus,
  addCalendarDays,
  NEED_DOMAINS,
  type NeedDomain,
  type PlanAgreement,
} from '@opennrm/core';
import type { Rng } from '../random.js';
import type { Staff } from '../staff.js';
import { actionFor, assistanceTexts, goalFor } from '../texts/assistance-compose.js';
import type { DemoPlanAction, DemoServiceReferral, DemoSupportPlan } from '../types-assistance.js';
import type { AssessedVersion, Levels } from './assessments.js';
import { type CaseContext, caseStaff, DAY_MS, dateOf, later, reviewTimes } from './context.js';
import type { ServiceUse } from './services.js';

export type PlansOut = {
  readonly supportPlans: DemoSupportPlan[];
  readonly planActions: DemoPlanAction[];
};

const ORDER: readonly string[] = ['high', 'medium', 'low', 'none'];

function levelsAt(versions: readonly AssessedVersion[], at: Date): Levels | null {
  let found: Levels | null = null;
  for (const v of versions) if (v.at.getTime() <= at.getTime()) found = v.levels;
  return found;
}

/** The needs a plan acts on: high first, at most four. */
function pressing(levels: Levels): NeedDomain[] {
  return NEED_DOMAINS.filter((d) => levels[d] === 'high' || levels[d] === 'medium')
    .sort((a, b) => ORDER.indexOf(levels[a]) - ORDER.indexOf(levels[b]))
    .slice(0, 4);
}

function agreementOf(rng: Rng, createdAt: Date, now: Date): PlanAgreement {
  if (now.getTime() - createdAt.getTime() < 7 * DAY_MS && rng.chance(0.4)) return 'not_yet_discussed';
  return rng.weighted<PlanAgreement>([
    ['agreed', 75],
    ['partly_agreed', 15],
    ['disagreed', 6],
    ['not_yet_discussed', 4],
  ]);
}

function dateBetween(rng: Rng, from: Date, to: Date): string {
  const span = Math.max(0, to.getTime() - from.getTime());
  return dateOf(new Date(from.getTime() + rng.next() * span));
}

type Status = { readonly status: ActionStatus; readonly completedOn: string | null };

/** Where an action stands at `at`, when it follows a service referral: as the referral went. */
function statusFromReferral(rng: Rng, referral: DemoServiceReferral, at: Date): Status | null {
  const t = at.getTime();
  if (Date.parse(referral.sentAt) > t) return { status: 'planned', completedOn: null };
  const responded = referral.respondedAt ? Date.parse(referral.respondedAt) : null;
  if (referral.status === 'declined' || referral.status === 'withdrawn') {
    if (responded !== null && responded > t) return { status: 'in_progress', completedOn: null };
    // Still open: the need is there, another way is being looked for (or the action was dropped).
    return { status: rng.chance(0.4) ? 'planned' : 'cancelled', completedOn: null };
  }
  if (responded === null || responded > t) return { status: 'in_progress', completedOn: null };
  // The action arranged the service: done once the service began (or, if it never began, as it ended).
  const started = referral.startedAt ? Date.parse(referral.startedAt) : null;
  if (started !== null && started <= t) return { status: 'done', completedOn: dateOf(new Date(started)) };
  const ended = referral.endedAt ? Date.parse(referral.endedAt) : null;
  if (ended !== null && ended <= t) return { status: 'cancelled', completedOn: null };
  return { status: 'in_progress', completedOn: null };
}

function genericStatus(rng: Rng, createdAt: Date, dueOn: string, at: Date): Status {
  const atDate = dateOf(at);
  if (dueOn <= atDate) {
    const s = rng.weighted<ActionStatus>([
      ['done', 76],
      ['in_progress', 7],
      ['planned', 5],
      ['cancelled', 12],
    ]);
    if (s !== 'done') return { status: s, completedOn: null };
    const last = new Date(Math.min(at.getTime(), Date.parse(`${dueOn}T12:00:00Z`) + 14 * DAY_MS));
    const from = new Date(Math.min(later(createdAt, 1).getTime(), last.getTime()));
    return { status: 'done', completedOn: dateBetween(rng, from, last) };
  }
  const s = rng.weighted<ActionStatus>([
    ['done', 20],
    ['in_progress', 45],
    ['planned', 35],
  ]);
  return s === 'done'
    ? { status: 'done', completedOn: dateBetween(rng, createdAt, at) }
    : { status: s, completedOn: null };
}

/**
 * The individual support plan: a first version some days after the needs assessment,
 * reviewed (a new version, the old one superseded and kept) up to three times; each
 * version's goals and actions follow the latest needs assessment, open actions carry
 * over with their due dates, and each is agreed with the person anew. Actions that follow
 * a service referral stand as the referral went. Links each referral to the action of
 * the version in force when it was sent.
 */
export function buildPlans(
  rng: Rng,
  ctx: CaseContext,
  staff: Staff,
  versions: readonly AssessedVersion[],
  uses: readonly ServiceUse[],
  referrals: DemoServiceReferral[],
  out: PlansOut,
): void {
  const firstNeeds = versions[0];
  if (!ctx.leadAssists || !firstNeeds || !ctx.plan.timeline.referredAt) return;
  const first = later(firstNeeds.at, 2 + rng.exponential(6));
  if (first.getTime() >= ctx.end.getTime()) return;
  const open = ctx.closedAt === null;
  const interval = ctx.record.isChild ? 90 : 120;
  const times = [first, ...reviewTimes(rng, first, ctx.end, open, interval, 4)];
  const texts = assistanceTexts(ctx.language);
  const teamAt = (at: Date) =>
    ctx.team.filter(
      (t) =>
        Date.parse(t.addedAt) <= at.getTime() &&
        (t.removedAt === null || Date.parse(t.removedAt) > at.getTime()),
    );

  const plans: DemoSupportPlan[] = [];
  const actionsOf: DemoPlanAction[][] = [];
  let previous: DemoPlanAction[] = [];
  for (const [k, createdAt] of times.entries()) {
    const next = times[k + 1];
    const isLast = next === undefined;
    const evalAt = next ?? ctx.end;
    const levels = levelsAt(versions, createdAt) ?? firstNeeds.levels;
    const author = caseStaff(ctx, staff);
    const id = rng.uuid();
    const created = dateOf(createdAt);
    const reviewDays = isLast
      ? ctx.record.isChild
        ? 45 + rng.int(0, 60)
        : 45 + rng.int(0, 90)
      : Math.round((next.getTime() - createdAt.getTime()) / DAY_MS - 5 + rng.next() * 20);
    const agreement = agreementOf(rng, createdAt, ctx.now);
    const domains = pressing(levels);
    const goalDomains = domains.slice(0, 4);
    plans.push({
      id,
      caseId: ctx.record.id,
      version: k + 1,
      status: isLast ? 'current' : 'superseded',
      goals:
        goalDomains.length > 0
          ? goalDomains.map((d) => goalFor(ctx.language, d))
          : [goalFor(ctx.language, 'information_on_rights')],
      agreement,
      agreementNote:
        agreement === 'partly_agreed'
          ? rng.pick(texts.partlyAgreed)
          : agreement === 'disagreed'
            ? rng.pick(texts.disagreed)
            : null,
      agreedOn: agreement === 'not_yet_discussed' ? null : created,
      reviewDueOn: addCalendarDays(created, Math.max(14, Math.min(366, reviewDays))),
      supersedesId: plans[k - 1]?.id ?? null,
      createdByUserId: author.id,
      createdByOrgId: ctx.lead.id,
      createdAt: createdAt.toISOString(),
    });

    const team = teamAt(createdAt);
    const legalAid = team.find((t) => t.purpose === 'legal_aid');
    const childProtection = team.find((t) => t.purpose === 'child_protection');
    const actions: DemoPlanAction[] = [];
    const add = (
      fields: Omit<DemoPlanAction, 'id' | 'planId' | 'caseId' | 'position' | 'status' | 'completedOn'>,
    ) => {
      const use = [...uses]
        .reverse()
        .find((u) => u.domain === fields.domain && u.at.getTime() <= createdAt.getTime() + 5 * DAY_MS);
      const referral = use?.referralIndex == null ? null : (referrals[use.referralIndex] ?? null);
      let status: Status =
        (referral && statusFromReferral(rng, referral, evalAt)) ??
        genericStatus(rng, createdAt, fields.dueOn ?? dateOf(later(createdAt, 30)), evalAt);
      if (status.completedOn !== null && status.completedOn < created)
        status = { ...status, completedOn: created };
      if (
        isLast &&
        ctx.closedAt !== null &&
        (status.status === 'planned' || status.status === 'in_progress')
      ) {
        // Closing the case closes its open actions.
        status = rng.chance(0.5)
          ? { status: 'done', completedOn: dateBetween(rng, createdAt, ctx.closedAt) }
          : { status: 'cancelled', completedOn: null };
      }
      actions.push({
        id: rng.uuid(),
        planId: id,
        caseId: ctx.record.id,
        position: actions.length,
        ...fields,
        serviceId: fields.serviceId ?? use?.serviceId ?? null,
        ...status,
      });
    };
    for (const action of previous) {
      if (action.status !== 'planned' && action.status !== 'in_progress') continue;
      add({
        domain: action.domain,
        description: action.description,
        ownerOrgId: action.ownerOrgId,
        ownerUserId: action.ownerUserId,
        serviceId: action.serviceId,
        dueOn: action.dueOn,
        carriedFromId: action.id,
      });
    }
    for (const domain of domains) {
      if (actions.some((a) => a.domain === domain)) continue;
      const legal = domain === 'legal_assistance' || domain === 'residence_asylum';
      const owner =
        legal && legalAid
          ? { ownerOrgId: legalAid.organisationId, ownerUserId: null }
          : ctx.record.isChild &&
              childProtection &&
              domain === 'family' &&
              childProtection.organisationId !== ctx.lead.id
            ? { ownerOrgId: childProtection.organisationId, ownerUserId: null }
            : { ownerOrgId: ctx.lead.id, ownerUserId: ctx.worker?.id ?? null };
      const urgent = levels[domain] === 'high';
      add({
        domain,
        description: actionFor(ctx.language, domain),
        ...owner,
        serviceId: null,
        dueOn: dateOf(later(createdAt, urgent ? 3 + rng.int(0, 11) : 14 + rng.int(0, 46))),
        carriedFromId: null,
      });
    }
    out.planActions.push(...actions);
    actionsOf.push(actions);
    previous = actions;
  }
  out.supportPlans.push(...plans);

  // A referral belongs to the action of the version in force when it was sent.
  for (const use of uses) {
    if (use.referralIndex === null) continue;
    const referral = referrals[use.referralIndex];
    if (!referral) continue;
    const sentAt = Date.parse(referral.sentAt);
    let k = -1;
    for (const [i, plan] of plans.entries()) if (Date.parse(plan.createdAt) <= sentAt) k = i;
    const action = actionsOf[k]?.find((a) => a.domain === referral.needDomain);
    if (action) referrals[use.referralIndex] = { ...referral, planActionId: action.id };
  }
}
