import { conclusiveGroundsDue, standardFor } from '@opennrm/core';
import type { CasePlan } from './plan.js';
import { DEMO_PROFILE, outcomeOf } from './profile.js';
import type { Rng } from './random.js';
import { DEMO_EMAILS, type Staff } from './staff.js';
import { writeText } from './texts/compose.js';
import type { ReconsiderationEvent } from './timeline.js';
import type {
  DemoCase,
  DemoDecision,
  DemoDecisionStage,
  DemoReconsideration,
  DemoRecoveryExtension,
  DemoRecoveryPeriod,
  DemoReferral,
  DemoUser,
} from './types.js';

export type CaseDecisions = {
  decisions: DemoDecision[];
  period: DemoRecoveryPeriod | null;
  extensions: DemoRecoveryExtension[];
  reconsideration: DemoReconsideration | null;
};

type Input = {
  readonly plan: CasePlan;
  readonly record: DemoCase;
  readonly referral: DemoReferral;
  readonly staff: Staff;
  readonly now: Date;
};

const iso = (at: Date | number): string => new Date(at).toISOString();

/** The competent authority's decision makers; the named one takes about 40 % of decisions. */
function decisionMakers(staff: Staff, competentOrgId: string): DemoUser[] {
  const makers = staff.withRole(competentOrgId, 'identification_decision_maker');
  if (makers.length < 2) throw new Error('the demo needs two decision makers for independent reviews');
  return makers;
}

function pickMaker(rng: Rng, makers: readonly DemoUser[], not?: string): DemoUser {
  const eligible = makers.filter((m) => m.id !== not);
  return rng.weighted(eligible.map((m) => [m, m.demo ? 2 : 1.5] as const));
}

/** A multi-agency panel: the national coordinator in the chair, an NGO, and a service of another kind. */
function reviewPanel(rng: Rng, staff: Staff, record: DemoCase): DemoReconsideration['panel'] {
  const ngo = rng.pick(
    ['ngo-northern-lights', 'ngo-coastal', 'ngo-mountain', 'ngo-open-doors']
      .map((key) => staff.organisation(key))
      .filter((o) => o.id !== record.referringOrgId && o.id !== record.leadOrgId),
  );
  const third = staff.organisation(
    record.isChild ? 'child-protection' : rng.pick(['social-capital', 'health-capital', 'legal-aid']),
  );
  return [
    { organisationId: staff.organisation('national-coordinator').id, role: 'chair' },
    { organisationId: ngo.id, role: 'member' },
    { organisationId: third.id, role: 'member' },
  ];
}

/**
 * The decisions a case has had by `now`, as its timeline says: the reasonable-grounds
 * decision with the recovery period it started (extensions, or withholding), the
 * conclusive decision, and for a negative decision that was contested the request to
 * reconsider it and, for older ones, the independent review (one overturned, with a new
 * decision replacing the negative one). Reasons are short and in the narrative's language.
 */
export function buildDecisions(rng: Rng, input: Input): CaseDecisions {
  const { plan, record, referral, staff, now } = input;
  const { timeline } = plan;
  const out: CaseDecisions = {
    decisions: [],
    period: null,
    extensions: [],
    reconsideration: null,
  };
  const rg = timeline.reasonableGrounds;
  if (!rg) return out;
  const makers = decisionMakers(staff, referral.competentOrgId);
  const language = record.narrativeLanguage;
  const forms = record.exploitationForms;
  const decide = (
    stage: DemoDecisionStage,
    positive: boolean,
    at: Date,
    dueAt: Date | null,
    by: DemoUser,
    reasons: string,
    supersedesId: string | null = null,
  ): DemoDecision => {
    const decision: DemoDecision = {
      id: rng.uuid(),
      caseId: record.id,
      stage,
      outcome: outcomeOf(stage, positive),
      positive,
      standard: standardFor(stage),
      reasons,
      decidedByUserId: by.id,
      decidedByOrgId: referral.competentOrgId,
      decidedAt: iso(at),
      dueAt: dueAt ? iso(dueAt) : null,
      profileId: DEMO_PROFILE.id,
      profileVersion: DEMO_PROFILE.version,
      supersedesId,
    };
    out.decisions.push(decision);
    return decision;
  };

  const rgDecision = decide(
    'reasonable_grounds',
    rg.positive,
    rg.at,
    referral.reasonableGroundsDueAt ? new Date(referral.reasonableGroundsDueAt) : null,
    pickMaker(rng, makers),
    writeText(
      rng,
      language,
      rg.positive
        ? record.isChild
          ? 'reasonableGroundsPositiveChild'
          : 'reasonableGroundsPositive'
        : 'reasonableGroundsNegative',
      { forms },
    ),
  );

  const recovery = timeline.recovery;
  const cg = timeline.conclusiveGrounds;
  if (recovery) {
    const periodId = rng.uuid();
    for (const extension of recovery.extensions) {
      out.extensions.push({
        id: rng.uuid(),
        recoveryPeriodId: periodId,
        days: extension.days,
        reason: writeText(rng, language, 'extensionReasons'),
        grantedByUserId: pickMaker(rng, makers).id,
        grantedAt: iso(extension.grantedAt),
      });
    }
    const withheldBy = recovery.withheldAt ? pickMaker(rng, makers) : null;
    const status: DemoRecoveryPeriod['status'] = recovery.withheldAt
      ? 'withheld'
      : recovery.endsAt.getTime() > now.getTime()
        ? 'running'
        : 'ended';
    const changes = [
      recovery.startsAt.getTime(),
      ...recovery.extensions.map((e) => e.grantedAt.getTime()),
      recovery.withheldAt?.getTime() ?? 0,
      status === 'ended' ? recovery.endsAt.getTime() : 0,
      cg?.at.getTime() ?? 0,
    ];
    out.period = {
      id: periodId,
      caseId: record.id,
      decisionId: rgDecision.id,
      startsAt: iso(recovery.startsAt),
      endsAt: iso(recovery.endsAt),
      minimumDays: recovery.minimumDays,
      status,
      // No removal from the positive reasonable-grounds decision until the conclusive one (CoE art. 10(2)).
      noRemoval: cg === null,
      withheldGround: recovery.withheldAt ? 'public_order' : null,
      withheldReason: recovery.withheldAt ? writeText(rng, language, 'withheldPublicOrder') : null,
      withheldByUserId: withheldBy?.id ?? null,
      withheldAt: recovery.withheldAt ? iso(recovery.withheldAt) : null,
      updatedAt: iso(Math.max(...changes)),
    };
  }

  let negative = rg.positive ? null : rgDecision;
  if (cg) {
    const periodOver = recovery?.withheldAt ?? recovery?.endsAt ?? null;
    const cgDecision = decide(
      'conclusive_grounds',
      cg.positive,
      cg.at,
      conclusiveGroundsDue(periodOver, DEMO_PROFILE),
      pickMaker(rng, makers),
      writeText(rng, language, cg.positive ? 'conclusiveGroundsPositive' : 'conclusiveGroundsNegative', {
        forms,
      }),
    );
    negative = cg.positive ? null : cgDecision;
  }
  if (negative && timeline.reconsideration) {
    out.reconsideration = reconsider(rng, input, negative, timeline.reconsideration, makers, decide);
  }
  return out;
}

function reconsider(
  rng: Rng,
  input: Input,
  negative: DemoDecision,
  timing: ReconsiderationEvent,
  makers: readonly DemoUser[],
  decide: (
    stage: DemoDecisionStage,
    positive: boolean,
    at: Date,
    dueAt: Date | null,
    by: DemoUser,
    reasons: string,
    supersedesId?: string | null,
  ) => DemoDecision,
): DemoReconsideration {
  const { plan, record, staff } = input;
  const language = record.narrativeLanguage;
  // Asked by the referrer or by the provider supporting the person.
  const byProvider = record.leadOrgId !== record.referringOrgId && rng.chance(0.5);
  const requestedByOrgId = byProvider ? record.leadOrgId : record.referringOrgId;
  const requester = byProvider
    ? staff.pick(record.leadOrgId, ['case_worker', 'first_responder'])
    : staff.referrer(record.referringOrgId);
  const request: DemoReconsideration = {
    id: rng.uuid(),
    decisionId: negative.id,
    caseId: record.id,
    requestedByOrgId,
    requestedByUserId: requester.id,
    requestedAt: iso(timing.requestedAt),
    grounds: writeText(rng, language, 'reconsiderationGrounds'),
    status: 'requested',
    panel: [],
    reviewNotes: null,
    reviewOutcome: null,
    reviewedByUserId: null,
    reviewedAt: null,
    newDecisionId: null,
  };
  if (!timing.reviewedAt) return request;
  // Independent: never reviewed by the person who took the decision. The named decision
  // maker reviews the overturned one when they can, so the demo account can show it.
  const named = staff.account(DEMO_EMAILS.decider);
  const reviewer =
    plan.overturned && named.id !== negative.decidedByUserId
      ? named
      : pickMaker(rng, makers, negative.decidedByUserId);
  const reviewed = {
    panel: reviewPanel(rng, staff, record),
    reviewedByUserId: reviewer.id,
    reviewedAt: iso(timing.reviewedAt),
  };
  if (!plan.overturned) {
    return {
      ...request,
      ...reviewed,
      status: 'upheld',
      reviewNotes: writeText(rng, language, 'upheld'),
      reviewOutcome: 'upheld',
    };
  }
  const notes = writeText(rng, language, 'overturned');
  const replacement = decide(negative.stage, true, timing.reviewedAt, null, reviewer, notes, negative.id);
  return {
    ...request,
    ...reviewed,
    status: 'overturned',
    reviewNotes: notes,
    reviewOutcome: 'overturned',
    newDecisionId: replacement.id,
  };
}
