import type { Rng } from '../random.js';
import type { DemoCase, DemoUser } from '../types.js';

/** The named case workers and the number of open cases each carries in the demo. */
export const DEMO_CASELOADS: Readonly<Record<string, number>> = {
  'caseworker@opennrm.example': 30,
  'shelter@opennrm.example': 20,
};

function isOpen(record: DemoCase): boolean {
  return record.closedAt === null;
}

/**
 * Gives every case whose lead organisation has case workers a named case worker
 * (cases.case_worker_user_id): a named demo account carries its caseload of open cases
 * (DEMO_CASELOADS), the others share the rest; closed cases keep the worker who had them.
 * Cases led by an organisation without case workers (the police before a referral) have none.
 */
export function assignCaseWorkers(
  rng: Rng,
  cases: readonly DemoCase[],
  users: readonly DemoUser[],
  /** Cases the named accounts take before any other (the planted journey cases, journeys.ts). */
  first: ReadonlySet<string> = new Set(),
): DemoCase[] {
  const workersOf = new Map<string, DemoUser[]>();
  for (const user of users) {
    if (!user.roles.includes('case_worker')) continue;
    workersOf.set(user.organisationId, [...(workersOf.get(user.organisationId) ?? []), user]);
  }
  const assigned = new Map<string, string>();
  const byLead = new Map<string, DemoCase[]>();
  for (const record of cases) byLead.set(record.leadOrgId, [...(byLead.get(record.leadOrgId) ?? []), record]);
  for (const [leadId, led] of byLead) {
    const workers = workersOf.get(leadId) ?? [];
    if (workers.length === 0) continue;
    const named = workers.filter((w) => w.demo && DEMO_CASELOADS[w.email] !== undefined);
    const others = workers.filter((w) => !named.includes(w));
    const open = led.filter(isOpen);
    // A deterministic shuffle of the open cases: the named accounts take theirs first.
    const order = open
      .map((record) => {
        const draw = rng.next();
        return [record, first.has(record.id) ? -1 : draw] as const;
      })
      .sort((a, b) => a[1] - b[1]);
    let next = 0;
    for (const worker of named) {
      const load = Math.min(DEMO_CASELOADS[worker.email] ?? 0, order.length - next);
      for (let i = 0; i < load; i++) {
        const item = order[next++];
        if (item) assigned.set(item[0].id, worker.id);
      }
    }
    const pool = others.length > 0 ? others : workers;
    for (; next < order.length; next++) {
      const item = order[next];
      if (item) assigned.set(item[0].id, rng.pick(pool).id);
    }
    for (const record of led) if (!isOpen(record)) assigned.set(record.id, rng.pick(workers).id);
  }
  return cases.map((record) => ({ ...record, caseWorkerUserId: assigned.get(record.id) ?? null }));
}
