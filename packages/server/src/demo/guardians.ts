import type { CasePlan } from './plan.js';
import type { Rng } from './random.js';
import { DEMO_EMAILS, type Staff } from './staff.js';
import { inOfficeHours } from './timeline.js';
import type { DemoCase, DemoGuardianAppointment, DemoReferral, DemoTeamMember } from './types.js';

const DAY_MS = 86_400_000;

/** The named guardian has at least this many children whose appointment runs at `now`. */
export const DEMO_GUARDIAN_MIN_CHILDREN = 4;

/**
 * CoE art. 10(4), EU art. 14(2): a guardian for a child from the moment the child is
 * referred. Requested with the referral; appointed days later by the child protection
 * service on the team (a few still waiting); ended when the case closes. The guardian's
 * organisation joins the team (`guardianship`) when the guardian is appointed.
 */
export function buildGuardianAppointment(
  rng: Rng,
  input: {
    readonly plan: CasePlan;
    readonly record: DemoCase;
    readonly referral: DemoReferral;
    readonly team: DemoTeamMember[];
    readonly staff: Staff;
    readonly now: Date;
  },
): DemoGuardianAppointment | null {
  const { plan, record, referral, team, staff, now } = input;
  if (referral.childStatus !== 'child' && referral.childStatus !== 'presumed_child') return null;
  const service = team.find((t) => t.purpose === 'child_protection');
  if (!service) throw new Error('a referred child has child protection on the team');
  const requestedAt = Date.parse(referral.referredAt);
  const delay = rng.chance(0.92) ? 0.5 + rng.exponential(5) : 20 + rng.exponential(30);
  const appointedAt = inOfficeHours(rng, new Date(requestedAt + delay * DAY_MS)).getTime();
  const closedAt = plan.timeline.enteredAt.closed?.getTime() ?? null;
  const appointed = appointedAt <= now.getTime() && (closedAt === null || appointedAt < closedAt);

  let guardianUserId: string | null = null;
  if (appointed) {
    const guardians = staff.withRole(service.organisationId, 'guardian');
    if (guardians.length === 0) throw new Error('a child protection service without guardians');
    // The named demo guardian carries a smaller caseload than the service's other guardians.
    guardianUserId = rng.weighted(guardians.map((g) => [g.id, g.demo ? 0.15 : 1] as const));
    team.push({
      caseId: record.id,
      organisationId: service.organisationId,
      purpose: 'guardianship',
      addedAt: new Date(appointedAt).toISOString(),
      removedAt: closedAt === null ? null : new Date(closedAt).toISOString(),
    });
  }
  return {
    id: rng.uuid(),
    caseId: record.id,
    requestedAt: referral.referredAt,
    requestedByUserId: referral.referringUserId,
    guardianUserId,
    appointedAt: appointed ? new Date(appointedAt).toISOString() : null,
    // A request that lapsed (case closed before anyone was appointed) ends too.
    endedAt: closedAt === null ? null : new Date(closedAt).toISOString(),
  };
}

/**
 * Gives the named demo guardian at least DEMO_GUARDIAN_MIN_CHILDREN running appointments,
 * taking over the most recent ones of colleagues in the same service if needed.
 */
export function ensureDemoGuardianCaseload(appointments: DemoGuardianAppointment[], staff: Staff): void {
  const guardian = staff.account(DEMO_EMAILS.guardian);
  const colleagues = new Set(
    staff
      .withRole(guardian.organisationId, 'guardian')
      .filter((g) => g.id !== guardian.id)
      .map((g) => g.id),
  );
  const running = (a: DemoGuardianAppointment): boolean => a.appointedAt !== null && a.endedAt === null;
  let have = appointments.filter((a) => running(a) && a.guardianUserId === guardian.id).length;
  const order = appointments
    .map((a, i) => [a, i] as const)
    .filter(([a]) => running(a) && colleagues.has(a.guardianUserId ?? ''))
    .sort(([a], [b]) => (b.appointedAt ?? '').localeCompare(a.appointedAt ?? ''));
  for (const [appointment, index] of order) {
    if (have >= DEMO_GUARDIAN_MIN_CHILDREN) break;
    appointments[index] = { ...appointment, guardianUserId: guardian.id };
    have++;
  }
}
