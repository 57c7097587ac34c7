import type { Rng } from '../random.js';
import type { DemoDurableSolution } from '../types-assistance.js';
import { type CaseContext, dateOf } from './context.js';

const RELOCATION_COUNTRIES: readonly string[] = ['DE', 'SE', 'NL', 'CA', 'FR', 'IE', 'NO'];

/**
 * The durable solution decided with the person once identified (CoE art. 16; ODIHR 2014):
 * integration where they are, voluntary return, or relocation. Returns dominate for
 * foreign nationals, as the statistics report; a child returns only after a completed
 * best-interests determination (CoE art. 16(7)).
 */
export function buildSolution(
  rng: Rng,
  ctx: CaseContext,
  host: string,
  determinedAt: Date | null,
  out: DemoDurableSolution[],
): void {
  const { enteredAt, stage } = ctx.plan.timeline;
  const decided = enteredAt.durable_solution;
  if (!decided || decided.getTime() >= ctx.end.getTime()) return;
  const national = ctx.person.nationality === host;
  // For nationals many countries record no formal durable solution (there is no return or
  // residence question): only some reintegration plans are recorded.
  if (national && !rng.chance(0.5)) return;
  let kind = rng.weighted<DemoDurableSolution['kind']>(
    national
      ? [
          ['integration', 96],
          ['relocation', 4],
        ]
      : ctx.person.migrationStatus === 'fleeing_armed_conflict' || ctx.person.migrationStatus === 'refugee'
        ? [
            ['integration', 60],
            ['return', 25],
            ['relocation', 15],
          ]
        : [
            ['return', 80],
            ['integration', 15],
            ['relocation', 5],
          ],
  );
  if (
    kind === 'return' &&
    ctx.record.isChild &&
    (!determinedAt || determinedAt.getTime() > decided.getTime())
  ) {
    kind = 'integration';
  }
  const status = rng.weighted<DemoDurableSolution['status']>(
    stage === 'durable_solution'
      ? [
          ['planned', 45],
          ['in_progress', 55],
        ]
      : stage === 'follow_up'
        ? [
            ['completed', 88],
            ['in_progress', 12],
          ]
        : [
            ['completed', 85],
            ['abandoned', 15],
          ],
  );
  out.push({
    id: rng.uuid(),
    caseId: ctx.record.id,
    kind,
    status,
    decidedOn: dateOf(decided),
    country:
      kind === 'return'
        ? ctx.person.nationality
        : kind === 'relocation'
          ? rng.pick(RELOCATION_COUNTRIES.filter((c) => c !== host && c !== ctx.person.nationality))
          : host,
  });
}
