import { isAssistanceProviderKind, isLawEnforcementKind, isPersonLanguage } from '@opennrm/core';
import type { Rng } from './random.js';
import type { Staff } from './staff.js';
import type {
  DemoCase,
  DemoConsent,
  DemoOrganisation,
  DemoPerson,
  DemoReferral,
  DemoTeamMember,
} from './types.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export function isAdultReferral(referral: Pick<DemoReferral, 'childStatus'>): boolean {
  return referral.childStatus === 'adult' || referral.childStatus === 'unknown';
}

type Input = {
  readonly record: DemoCase;
  readonly person: DemoPerson;
  readonly referral: DemoReferral;
  /** The case's team; providers the person declined are dropped, withdrawn ones marked removed. */
  readonly team: DemoTeamMember[];
  readonly organisations: ReadonlyMap<string, DemoOrganisation>;
  readonly staff: Staff;
  readonly now: Date;
};

/**
 * An adult's consents, each for one purpose and recipient (domain.md, "Privacy"): the
 * identification referral always (there is no referral without it); sharing with each
 * assistance provider on the team, given when that provider joined (a few declined, and
 * that provider never joined); informing law enforcement only for some, always on its
 * own. Some are withdrawn later: a provider then leaves the team from that moment.
 * A child is referred without their consent (CoE art. 10(3)); none is recorded here.
 */
export function buildConsents(rng: Rng, input: Input): DemoConsent[] {
  const { record, person, referral, team, organisations, staff, now } = input;
  if (!isAdultReferral(referral)) return [];
  const language = isPersonLanguage(person.preferredLanguage) ? person.preferredLanguage : 'en';
  const method = (): DemoConsent['method'] =>
    rng.weighted<DemoConsent['method']>([
      ['verbal', 35],
      ['written', 30],
      ['signed', 30],
      ['recorded', 5],
    ]);
  const referredAt = Date.parse(referral.referredAt);
  const consents: DemoConsent[] = [];
  const consent = (
    purpose: DemoConsent['purpose'],
    recipientOrgId: string | null,
    givenAt: number,
    recordedByUserId: string,
  ): DemoConsent => {
    const item: DemoConsent = {
      id: rng.uuid(),
      caseId: record.id,
      personId: record.personId,
      purpose,
      recipientOrgId,
      language,
      interpreterUsed: referral.interpreterNeeded,
      method: method(),
      givenAt: new Date(givenAt).toISOString(),
      recordedByUserId,
      revokedAt: null,
      revokedByUserId: null,
    };
    consents.push(item);
    return item;
  };
  /** Withdrawn at a random moment at least a week after it was given, if that is before `now`. */
  const withdraw = (index: number, byUserId: string): Date | null => {
    const item = consents[index];
    if (!item) return null;
    const from = Date.parse(item.givenAt) + 7 * DAY_MS;
    if (from >= now.getTime()) return null;
    const at = new Date(from + rng.next() * (now.getTime() - from));
    consents[index] = { ...item, revokedAt: at.toISOString(), revokedByUserId: byUserId };
    return at;
  };

  consent(
    'identification_referral',
    referral.competentOrgId,
    referredAt - rng.int(5, 40) * MINUTE_MS,
    referral.referringUserId,
  );

  // One consent per assistance provider the referral shares with, given when it joined.
  const providers = new Map<string, number>();
  for (const member of team) {
    if (member.organisationId === record.referringOrgId) continue;
    const kind = organisations.get(member.organisationId)?.kind;
    if (!kind || !isAssistanceProviderKind(kind)) continue;
    const at = Date.parse(member.addedAt);
    providers.set(member.organisationId, Math.min(providers.get(member.organisationId) ?? at, at));
  }
  const declined = new Set<string>();
  for (const [organisationId, joinedAt] of providers) {
    // The lead provider always has consent; another provider is sometimes declined.
    if (organisationId !== record.leadOrgId && rng.chance(0.12)) {
      declined.add(organisationId);
      continue;
    }
    const byUserId =
      joinedAt <= referredAt + 60 * MINUTE_MS
        ? referral.referringUserId
        : staff.pick(record.leadOrgId, ['case_worker', 'first_responder']).id;
    consent(
      'share_with_provider',
      organisationId,
      Math.min(joinedAt, now.getTime()) - rng.int(2, 30) * MINUTE_MS,
      byUserId,
    );
    if (organisationId !== record.leadOrgId && rng.chance(0.07)) {
      const at = withdraw(consents.length - 1, byUserId);
      if (at) {
        for (const [i, member] of team.entries()) {
          if (member.organisationId === organisationId && member.removedAt === null)
            team[i] = { ...member, removedAt: at.toISOString() };
        }
      }
    }
  }
  for (let i = team.length - 1; i >= 0; i--) {
    if (declined.has(team[i]?.organisationId ?? '')) team.splice(i, 1);
  }

  // Informing law enforcement: separate, optional, never a condition for anything else.
  if (rng.chance(0.22)) {
    const referrerKind = organisations.get(record.referringOrgId)?.kind;
    const police = referrerKind && isLawEnforcementKind(referrerKind) ? record.referringOrgId : null;
    consent(
      'inform_law_enforcement',
      police,
      referredAt - rng.int(1, 4) * MINUTE_MS,
      referral.referringUserId,
    );
    if (rng.chance(0.15)) withdraw(consents.length - 1, referral.referringUserId);
  }
  return consents;
}
