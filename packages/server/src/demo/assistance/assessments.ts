import {
  NEED_DOMAINS,
  type NeedDomain,
  type NeedLevel,
  overallRisk,
  RISK_REVIEW_DAYS,
  type RiskLevel,
  suggestedRiskReview,
  type Urgency,
} from '@opennrm/core';
import type { Rng } from '../random.js';
import type { Staff } from '../staff.js';
import { assistanceTexts, needNoteFor, writePriorities } from '../texts/assistance-compose.js';
import type { PriorityTopic } from '../texts/assistance-types.js';
import type { DemoAssessedNeed, DemoNeedsAssessment, DemoRiskAssessment } from '../types-assistance.js';
import { SEXUAL_FORMS } from '../vocabulary.js';
import { type CaseContext, caseStaff, DAY_MS, dateOf, HOUR_MS, later, reviewTimes } from './context.js';

export type Levels = Readonly<Record<NeedDomain, NeedLevel>>;

/** One version of the needs assessment as the rest of the story uses it. */
export type AssessedVersion = { readonly at: Date; readonly levels: Levels };

const LEVELS: readonly NeedLevel[] = ['none', 'low', 'medium', 'high'];

function level(rng: Rng, weights: readonly [number, number, number, number]): NeedLevel {
  return rng.weighted(LEVELS.map((l, i) => [l, weights[i] ?? 0] as const));
}

/** The needs at the first assessment, from what is known of the person and the case. */
function firstLevels(rng: Rng, ctx: CaseContext): Record<NeedDomain, NeedLevel> {
  const { person, record, referral, team } = ctx;
  const urgent = new Set(referral?.urgentNeeds ?? []);
  const vulnerable = new Set(person.vulnerabilities);
  const sexual = record.exploitationForms.some((f) => SEXUAL_FORMS.includes(f));
  const labour = record.exploitationForms.some((f) => f === 'forced_labour' || f === 'servitude');
  const national = person.migrationStatus === 'national';
  const mobile = national || person.migrationStatus === 'eu_citizen';
  const child = record.isChild;
  const sheltered = team.some((t) => t.purpose === 'accommodation');
  const age = ctx.firstContact.getUTCFullYear() - person.birthYear;
  const interpreter =
    referral?.interpreterNeeded ?? !['en', 'de', 'fr', 'it', 'es', 'nl'].includes(person.preferredLanguage);
  return {
    safety: urgent.has('safety') ? 'high' : level(rng, sexual ? [1, 3, 4, 3] : [2, 4, 3, 1]),
    accommodation:
      sheltered || urgent.has('accommodation') || vulnerable.has('homelessness')
        ? rng.chance(0.85)
          ? 'high'
          : 'medium'
        : level(rng, [4, 2, 2, 1]),
    subsistence: urgent.has('food_and_basics') ? 'high' : level(rng, [1, 3, 4, 2]),
    physical_health:
      urgent.has('medical') || vulnerable.has('health_condition') || vulnerable.has('pregnancy')
        ? 'high'
        : level(rng, [2, 4, 3, 1]),
    mental_health:
      urgent.has('psychological') || vulnerable.has('mental_health')
        ? rng.chance(0.7)
          ? 'high'
          : 'medium'
        : level(rng, [1, 3, 4, 2]),
    interpretation: interpreter ? (rng.chance(0.8) ? 'high' : 'medium') : 'none',
    information_on_rights: level(rng, [0, 1, 5, 4]),
    legal_assistance:
      urgent.has('legal') || team.some((t) => t.purpose === 'legal_aid') ? 'high' : level(rng, [1, 3, 4, 2]),
    documents:
      person.identityDocuments.length === 0 ? (mobile ? 'medium' : 'high') : level(rng, [6, 2, 1, 0.5]),
    residence_asylum: mobile
      ? 'none'
      : person.migrationStatus === 'irregular' || person.migrationStatus === 'unknown'
        ? 'high'
        : level(rng, [2, 2, 3, 2]),
    education: child ? (rng.chance(0.7) ? 'high' : 'medium') : level(rng, [5, 3, 1.5, 0.5]),
    employment: child || age < 16 ? (age >= 16 ? 'low' : 'none') : level(rng, [1, 2, 4, 2]),
    family:
      (person.dependants ?? 0) > 0 || (child && !national)
        ? rng.chance(0.6)
          ? 'high'
          : 'medium'
        : level(rng, [4, 3, 2, 1]),
    financial: labour ? level(rng, [1, 2, 4, 3]) : level(rng, [3, 4, 2, 1]),
    digital_safety: record.exploitationForms.includes('sexual_online')
      ? 'high'
      : sexual
        ? level(rng, [2, 3, 3, 1])
        : level(rng, [5, 3, 1, 0.3]),
  };
}

/** A later version: most needs ease with support, some stay, a few grow. */
function nextLevels(rng: Rng, previous: Levels): Record<NeedDomain, NeedLevel> {
  const out = {} as Record<NeedDomain, NeedLevel>;
  for (const domain of NEED_DOMAINS) {
    const now = previous[domain];
    out[domain] =
      now === 'high'
        ? level(rng, [0, 2, 5, 3])
        : now === 'medium'
          ? level(rng, [1, 5, 3.5, 0.5])
          : now === 'low'
            ? level(rng, [4, 5, 1, 0])
            : level(rng, [9, 1, 0, 0]);
  }
  return out;
}

function urgencyOf(rng: Rng, need: NeedLevel): Urgency {
  switch (need) {
    case 'high':
      return rng.chance(0.6) ? 'immediate' : 'within_week';
    case 'medium':
      return rng.chance(0.4) ? 'within_week' : 'within_month';
    case 'low':
      return rng.chance(0.3) ? 'within_month' : 'routine';
    case 'none':
      return 'routine';
    default: {
      const unreachable: never = need;
      throw new Error(`unknown level ${String(unreachable)}`);
    }
  }
}

const TOPIC_OF: Readonly<Partial<Record<NeedDomain, PriorityTopic>>> = {
  safety: 'safety',
  accommodation: 'housing',
  family: 'family',
  financial: 'money',
  documents: 'documents',
  employment: 'work',
  physical_health: 'health',
  mental_health: 'health',
  education: 'school',
};

/** What the person names first: one or two of their most pressing needs, and for some going home or staying. */
function priorityTopics(rng: Rng, ctx: CaseContext, levels: Levels): PriorityTopic[] {
  const pressing = NEED_DOMAINS.filter((d) => levels[d] === 'high' && TOPIC_OF[d] !== undefined);
  const topics = new Set<PriorityTopic>();
  const count = rng.chance(0.55) ? 1 : 2;
  for (let i = 0; i < 6 && topics.size < count && pressing.length > 0; i++) {
    const topic = TOPIC_OF[rng.pick(pressing)];
    if (topic && (topic !== 'work' || !ctx.record.isChild)) topics.add(topic);
  }
  if (ctx.person.migrationStatus !== 'national' && rng.chance(0.3))
    topics.add(rng.chance(0.55) ? 'home' : 'stay');
  if (topics.size === 0) topics.add(ctx.record.isChild ? 'school' : 'safety');
  return [...topics];
}

export type AssessmentsOut = {
  readonly needsAssessments: DemoNeedsAssessment[];
  readonly assessedNeeds: DemoAssessedNeed[];
  readonly riskAssessments: DemoRiskAssessment[];
};

/**
 * The needs assessment (1–3 versions: soon after the referral, again after the conclusive
 * decision or some months on, and later) and the risk and safety assessment made with it,
 * reviewed as its level asks. Nothing before first contact or after the case ended.
 * Returns the versions for the plans and service referrals that follow from them.
 */
export function buildAssessments(
  rng: Rng,
  ctx: CaseContext,
  staff: Staff,
  out: AssessmentsOut,
): AssessedVersion[] {
  if (!ctx.leadAssists) return [];
  const referredAt = ctx.plan.timeline.referredAt;
  const startFrom = referredAt ?? ctx.firstContact;
  // Before a referral, a first assessment only where the person stays in touch for days.
  if (!referredAt && !rng.chance(0.5)) return [];
  const first = later(startFrom, referredAt ? 1 + rng.exponential(4) : 1 + rng.exponential(3));
  if (first.getTime() >= ctx.end.getTime()) return [];
  const cg = ctx.plan.timeline.conclusiveGrounds;
  const times = [first];
  if (cg?.positive && cg.at.getTime() > first.getTime() + 20 * DAY_MS) {
    // The recovery-needs reassessment after a positive conclusive decision.
    const reassessed = later(cg.at, 7 + rng.next() * 23);
    if (reassessed.getTime() < ctx.end.getTime()) times.push(reassessed);
  }
  const last = times[times.length - 1] ?? first;
  for (const at of reviewTimes(rng, last, ctx.end, ctx.closedAt === null, 240, 4 - times.length)) {
    times.push(at);
  }

  const versions: AssessedVersion[] = [];
  let levels: Levels = firstLevels(rng, ctx);
  for (const [index, at] of times.entries()) {
    if (index > 0) levels = nextLevels(rng, levels);
    const assessor = caseStaff(ctx, staff);
    const id = rng.uuid();
    const silent = rng.chance(0.1);
    out.needsAssessments.push({
      id,
      caseId: ctx.record.id,
      version: index + 1,
      priorities: silent ? null : writePriorities(ctx.language, priorityTopics(rng, ctx, levels)),
      prioritiesLanguage: silent ? null : ctx.language,
      assessedByUserId: assessor.id,
      assessedByOrgId: ctx.lead.id,
      assessedAt: at.toISOString(),
    });
    for (const domain of NEED_DOMAINS) {
      const need = levels[domain];
      // Every need is recorded; 'none' is written down for some domains, others are left unassessed.
      if (need === 'none' && !rng.chance(0.1)) continue;
      const note = need === 'high' || need === 'medium' ? needNoteFor(ctx.language, domain) : null;
      out.assessedNeeds.push({
        assessmentId: id,
        caseId: ctx.record.id,
        domain,
        level: need,
        urgency: urgencyOf(rng, need),
        notes: note && rng.chance(0.25) ? note : null,
      });
    }
    versions.push({ at, levels });
  }
  buildRisk(rng, ctx, staff, first, out);
  return versions;
}

const RISKS: readonly RiskLevel[] = ['none', 'low', 'medium', 'high'];

function risk(rng: Rng, weights: readonly [number, number, number, number]): RiskLevel {
  return rng.weighted(RISKS.map((r, i) => [r, weights[i] ?? 0] as const));
}

function ease(rng: Rng, value: RiskLevel): RiskLevel {
  const i = RISKS.indexOf(value);
  return (
    RISKS[Math.max(0, Math.min(3, i - (rng.chance(0.55) ? 1 : 0) + (rng.chance(0.08) ? 1 : 0)))] ?? value
  );
}

function buildRisk(rng: Rng, ctx: CaseContext, staff: Staff, needsAt: Date, out: AssessmentsOut): void {
  const first = new Date(
    Math.max(ctx.firstContact.getTime() + HOUR_MS, needsAt.getTime() - rng.next() * DAY_MS),
  );
  if (first.getTime() >= ctx.end.getTime()) return;
  const { person, record } = ctx;
  const threatened = record.exploitationForms.some(
    (f) => SEXUAL_FORMS.includes(f) || f === 'forced_criminality' || f === 'forced_marriage',
  );
  const exposed = person.vulnerabilities.some((v) => v === 'homelessness' || v === 'substance_use');
  let risks = {
    traffickersRisk: risk(rng, threatened ? [0.5, 2, 4, 3] : [1, 3, 4, 1.5]),
    retraffickingRisk: risk(rng, exposed ? [0.5, 2, 4, 3] : [1, 4, 3, 1]),
    selfHarmRisk: risk(
      rng,
      person.vulnerabilities.includes('mental_health') ? [2, 3, 3, 1.5] : [5, 3, 1, 0.3],
    ),
    familyRisk: risk(rng, (person.dependants ?? 0) > 0 ? [2, 3, 3, 1.5] : [4, 3, 1.5, 0.5]),
  };
  // Reviewed as often as the first level asks (core RISK_REVIEW_DAYS), three versions at most.
  const interval = Math.max(30, RISK_REVIEW_DAYS[overallRisk(risks)] ?? 120);
  const times = [first, ...reviewTimes(rng, first, ctx.end, ctx.closedAt === null, interval, 3)];
  const texts = assistanceTexts(ctx.language);
  for (const [index, at] of times.entries()) {
    if (index > 0) {
      risks = {
        traffickersRisk: ease(rng, risks.traffickersRisk),
        retraffickingRisk: ease(rng, risks.retraffickingRisk),
        selfHarmRisk: ease(rng, risks.selfHarmRisk),
        familyRisk: ease(rng, risks.familyRisk),
      };
    }
    const overall = overallRisk(risks);
    // A medium or high risk always comes with a safety plan (core checkRiskAssessment).
    const planned = overall === 'high' || overall === 'medium' || rng.chance(0.3);
    const assessor = caseStaff(ctx, staff);
    out.riskAssessments.push({
      id: rng.uuid(),
      caseId: record.id,
      version: index + 1,
      ...risks,
      overall,
      safetyPlan: planned ? rng.pick(texts.safetyPlans) : null,
      assessedByUserId: assessor.id,
      assessedByOrgId: ctx.lead.id,
      assessedAt: at.toISOString(),
      reviewDueOn: suggestedRiskReview(overall, dateOf(at)),
    });
  }
}
