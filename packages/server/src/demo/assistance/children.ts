import type { Rng } from '../random.js';
import type { DemoBestInterestsProcedure, DemoMissingEpisode } from '../types-assistance.js';
import { type CaseContext, dateOf, later } from './context.js';

export type ChildrenOut = {
  readonly bestInterestsProcedures: DemoBestInterestsProcedure[];
  readonly missingEpisodes: DemoMissingEpisode[];
};

/** Children from these countries go missing from care more often (Vietnamese, Afghan, Moroccan, Albanian boys). */
const MISSING_ORIGINS: ReadonlySet<string> = new Set(['VN', 'AF', 'MA', 'AL']);

/**
 * A child's best-interests procedures (UNHCR): an assessment soon after the guardian is
 * appointed, and a formal determination for most foreign children, which a durable
 * solution such as return waits for. Returns when the determination was completed.
 */
function bestInterests(rng: Rng, ctx: CaseContext, out: ChildrenOut): Date | null {
  const appointedAt = ctx.guardian?.appointedAt ? new Date(ctx.guardian.appointedAt) : null;
  if (!appointedAt) return null;
  const started = later(appointedAt, rng.next() * 14);
  if (started.getTime() >= ctx.end.getTime()) return null;
  const completed = later(started, 10 + rng.exponential(30));
  const assessmentDone = completed.getTime() < ctx.end.getTime();
  out.bestInterestsProcedures.push({
    id: rng.uuid(),
    caseId: ctx.record.id,
    kind: 'assessment',
    startedOn: dateOf(started),
    completedOn: assessmentDone ? dateOf(completed) : null,
  });
  if (!assessmentDone || ctx.person.migrationStatus === 'national' || !rng.chance(0.8)) return null;
  const determinationStarted = later(completed, 5 + rng.next() * 16);
  if (determinationStarted.getTime() >= ctx.end.getTime()) return null;
  const determined = later(determinationStarted, 20 + rng.exponential(30));
  const done = determined.getTime() < ctx.end.getTime();
  out.bestInterestsProcedures.push({
    id: rng.uuid(),
    caseId: ctx.record.id,
    kind: 'determination',
    startedOn: dateOf(determinationStarted),
    completedOn: done ? dateOf(determined) : null,
  });
  return done ? determined : null;
}

/** A few children go missing from care; most are found, some days or weeks later. */
function missing(rng: Rng, ctx: CaseContext, out: ChildrenOut): void {
  const referredAt = ctx.plan.timeline.referredAt;
  if (!referredAt) return;
  const boy = ctx.person.gender === 'male';
  const chance = MISSING_ORIGINS.has(ctx.person.nationality) ? (boy ? 0.14 : 0.08) : 0.03;
  if (!rng.chance(chance)) return;
  const wentMissing = later(referredAt, 2 + rng.exponential(40));
  if (wentMissing.getTime() >= ctx.end.getTime()) return;
  const found = later(wentMissing, 0.5 + rng.exponential(12));
  const isFound = rng.chance(0.65) && found.getTime() < ctx.now.getTime();
  const carer =
    ctx.team.find((t) => t.purpose === 'accommodation' && Date.parse(t.addedAt) < wentMissing.getTime()) ??
    ctx.team.find((t) => t.purpose === 'child_protection');
  out.missingEpisodes.push({
    id: rng.uuid(),
    caseId: ctx.record.id,
    wentMissingAt: wentMissing.toISOString(),
    foundAt: isFound ? found.toISOString() : null,
    reportedByOrgId: carer?.organisationId ?? null,
  });
}

/** Best-interests procedures and missing episodes of a referred child. */
export function buildChildren(rng: Rng, ctx: CaseContext, out: ChildrenOut): Date | null {
  if (!ctx.record.isChild) return null;
  const determined = bestInterests(rng, ctx, out);
  missing(rng, ctx, out);
  return determined;
}
