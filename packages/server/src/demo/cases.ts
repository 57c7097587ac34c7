import { composeNarrative } from './narratives/compose.js';
import { TRANSIT_COUNTRIES } from './nationalities.js';
import type { Placement } from './placement.js';
import { DEMO_PROFILE } from './profile.js';
import type { Rng } from './random.js';
import type { Timeline } from './timeline.js';
import type { DemoCase, DemoChildStatus, DemoTeamMember } from './types.js';
import type { DemoRegion, ExploitationForm, ExploitationPlace, Gender, TeamPurpose } from './vocabulary.js';

const HOUR_MS = 3_600_000;

export type CaseInput = {
  readonly id: string;
  readonly reference: string;
  readonly personId: string;
  readonly gender: Gender;
  readonly nationality: string;
  readonly preferredLanguage: string;
  readonly host: string;
  readonly isChild: boolean;
  readonly childStatus: DemoChildStatus;
  readonly forms: readonly ExploitationForm[];
  readonly region: DemoRegion;
  readonly referringOrgId: string;
  readonly firstContact: Date;
  readonly timeline: Timeline;
  /** A planted journey case (journeys.ts): its lead, and an organisation kept off its team. */
  readonly planted?: { readonly leadOrgId: string; readonly awayFromOrgId: string } | undefined;
};

/** Host nationals are mostly exploited at home; foreign nationals often also on the way. */
export function pickPlace(
  rng: Rng,
  nationality: string,
  host: string,
): { place: ExploitationPlace; countries: string[] } {
  const place = rng.weighted<ExploitationPlace>(
    nationality === host
      ? [
          ['in_country', 85],
          ['abroad', 5],
          ['both', 10],
        ]
      : [
          ['in_country', 55],
          ['abroad', 15],
          ['both', 30],
        ],
  );
  const elsewhere =
    nationality !== host && rng.chance(0.4)
      ? nationality
      : rng.pick(TRANSIT_COUNTRIES.filter((c) => c !== host));
  switch (place) {
    case 'in_country':
      return { place, countries: [host] };
    case 'abroad':
      return { place, countries: [elsewhere] };
    case 'both':
      return { place, countries: [elsewhere, host] };
    default: {
      const unreachable: never = place;
      throw new Error(`unknown place ${String(unreachable)}`);
    }
  }
}

/** The case and the organisations on its team, with the date each joined. */
export function buildCase(
  rng: Rng,
  placement: Placement,
  input: CaseInput,
  now: Date,
): { readonly record: DemoCase; readonly team: DemoTeamMember[] } {
  const { timeline, firstContact } = input;
  const stage = timeline.stage;
  const { place, countries } = pickPlace(rng, input.nationality, input.host);
  const referred = timeline.enteredAt.referred;
  // Before referral only the organisation that met the person knows of the case.
  // A planted case keeps its lead; the draw is still made so that the stream stays in step.
  const drawn = referred ? placement.lead(input.region, input.gender, input.isChild) : undefined;
  const lead = drawn && input.planted ? { id: input.planted.leadOrgId } : drawn;
  const leadOrgId = lead?.id ?? input.referringOrgId;

  const team = new Map<string, DemoTeamMember>();
  const add = (organisationId: string, purpose: TeamPurpose, at: Date | undefined): void => {
    if (!at || at.getTime() > now.getTime()) return;
    const key = `${organisationId}|${purpose}`;
    if (!team.has(key)) {
      team.set(key, {
        caseId: input.id,
        organisationId,
        purpose,
        addedAt: at.toISOString(),
        removedAt: null,
      });
    }
  };
  const later = (at: Date | undefined, maxHours: number): Date | undefined =>
    at ? new Date(Math.min(now.getTime(), at.getTime() + rng.next() * maxHours * HOUR_MS)) : undefined;

  // Issue 3 conventions: the referrer (`referral`) and the competent authority
  // (`identification`) join when the case is referred, and for a child child protection
  // at once; the guardian's organisation joins when a guardian is appointed (guardians.ts).
  add(input.referringOrgId, 'referral', referred);
  add(leadOrgId, 'assistance', referred ?? firstContact);
  if (lead) add(lead.id, 'coordination', referred);

  const rgQueue = timeline.enteredAt.awaiting_reasonable_grounds;
  add(placement.byKey('competent-authority').id, 'identification', rgQueue);

  if (input.isChild) add(placement.childProtection(input.region).id, 'child_protection', referred);
  const recovery = timeline.enteredAt.recovery_period;
  if (rgQueue && rng.chance(input.isChild ? 0.5 : 0.55)) {
    const shelter = placement.shelter(input.gender, input.isChild).id;
    const at = later(rgQueue, 24);
    if (shelter !== input.planted?.awayFromOrgId) add(shelter, 'accommodation', at);
  }
  if (referred && rng.chance(0.3))
    add(placement.ofKind('health_service', input.region).id, 'health', later(referred, 24 * 20));
  if (recovery && rng.chance(0.35)) {
    add(placement.ofKind('legal_aid_provider', input.region).id, 'legal_aid', later(recovery, 24 * 30));
  }
  const solution = timeline.enteredAt.durable_solution;
  if (solution && input.nationality !== input.host && rng.chance(0.3)) {
    // Voluntary return is organised with the international organisation.
    add(placement.byKey('international').id, 'assistance', later(solution, 24 * 14));
  }

  const narrative = composeNarrative(rng, input.preferredLanguage, input.forms, place, firstContact);
  const record: DemoCase = {
    id: input.id,
    reference: input.reference,
    personId: input.personId,
    stage,
    isChild: input.isChild,
    childStatus: input.childStatus,
    exploitationForms: input.forms,
    exploitationPlace: place,
    exploitationCountries: countries,
    region: input.region,
    referringOrgId: input.referringOrgId,
    leadOrgId,
    firstContactAt: firstContact.toISOString(),
    narrative: narrative.text,
    narrativeLanguage: narrative.language,
    profileId: referred ? DEMO_PROFILE.id : null,
    profileVersion: referred ? DEMO_PROFILE.version : null,
    updatedAt: new Date(
      Math.max(...Object.values(timeline.enteredAt).map((at) => at.getTime())),
    ).toISOString(),
    closedAt: stage === 'closed' ? (timeline.enteredAt.closed?.toISOString() ?? null) : null,
    // Named when the case load is shared out (assistance/caseload.ts).
    caseWorkerUserId: null,
  };
  return { record, team: [...team.values()] };
}
