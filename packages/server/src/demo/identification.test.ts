import {
  AGE_BANDS,
  ANONYMOUS_NOTIFICATION_FIELDS,
  concludeScreening,
  deadlineStatus,
  GENERIC_COE_EU_PROFILE,
  isAssistanceProviderKind,
  isChildAgeBand,
  isLawEnforcementKind,
  isPersonLanguage,
  panelProblem,
  reasonableGroundsDue,
  recoveryPeriodEnd,
  SCREENING_LANGUAGES,
  scoreScreening,
  screeningChildStatus,
  screeningScreen,
  URGENT_NEEDS,
  ZExploitationEvent,
  ZTraffickingElements,
} from '@opennrm/core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemoDataset } from './generate.js';
import { nextDeadlines, QUEUE_TARGETS } from './queue.js';
import { recordedSets } from './screenings.js';
import type { DemoCase, DemoDataset, DemoDecision, DemoTeamMember } from './types.js';

const DAY_MS = 86_400_000;
const PROFILE = GENERIC_COE_EU_PROFILE;
const ZONE = PROFILE.calendar.timeZone;
/** A Friday morning, a Sunday evening and a Wednesday at noon: the inbox must look right on any day. */
const NOWS = [
  new Date('2026-05-01T07:30:00.000Z'),
  new Date('2026-05-03T19:45:00.000Z'),
  new Date('2026-11-18T11:00:00.000Z'),
] as const;
const NOW = NOWS[0];
/** Generating 2000 persons takes seconds, more on a busy machine. */
const SLOW = 120_000;
vi.setConfig({ testTimeout: SLOW });
const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff]/;

let data: DemoDataset;
let caseById: Map<string, DemoCase>;
let teamOf: Map<string, DemoTeamMember[]>;
let decisionsOf: Map<string, DemoDecision[]>;
let competentOrgId: string;

beforeAll(() => {
  data = generateDemoDataset({ seed: 2026, now: NOW });
  caseById = new Map(data.cases.map((c) => [c.id, c]));
  teamOf = new Map();
  for (const t of data.caseTeam) teamOf.set(t.caseId, [...(teamOf.get(t.caseId) ?? []), t]);
  decisionsOf = new Map();
  for (const d of data.decisions) decisionsOf.set(d.caseId, [...(decisionsOf.get(d.caseId) ?? []), d]);
  competentOrgId = data.organisations.find((o) => o.key === 'competent-authority')?.id ?? '';
}, SLOW);

const userId = (email: string): string => data.users.find((u) => u.email === email)?.id ?? '';
const kindOf = (organisationId: string) => data.organisations.find((o) => o.id === organisationId)?.kind;

/** The decision in force of a stage: the latest one that no other decision replaced. */
function inForce(caseId: string, stage: DemoDecision['stage']): DemoDecision | undefined {
  const decisions = (decisionsOf.get(caseId) ?? []).filter((d) => d.stage === stage);
  const replaced = new Set(decisions.flatMap((d) => (d.supersedesId ? [d.supersedesId] : [])));
  return decisions.filter((d) => !replaced.has(d.id)).at(-1);
}

describe('demo referrals', () => {
  it('refers every case from referral on, once, as the referral route would have', () => {
    const byCase = new Map(data.referrals.map((r) => [r.caseId, r]));
    expect(byCase.size).toBe(data.referrals.length);
    for (const c of data.cases) {
      const referral = byCase.get(c.id);
      if (c.stage === 'screening') {
        expect(referral).toBeUndefined();
        expect(c.profileId).toBeNull();
        continue;
      }
      if (!referral) {
        // Only a person who left during screening has a case that never was referred.
        expect(c.stage).toBe('closed');
        expect(decisionsOf.get(c.id)).toBeUndefined();
        continue;
      }
      expect(referral.referringOrgId).toBe(c.referringOrgId);
      expect(referral.competentOrgId).toBe(competentOrgId);
      expect(referral.childStatus).toBe(c.childStatus);
      expect(referral.exploitationForms).toEqual(c.exploitationForms);
      expect(referral.elements.purposes).toEqual(c.exploitationForms);
      expect(referral.exploitationLocation).toBe(c.exploitationPlace);
      expect([referral.profileId, referral.profileVersion]).toEqual([PROFILE.id, PROFILE.version]);
      expect([c.profileId, c.profileVersion]).toEqual([PROFILE.id, PROFILE.version]);
      const referredAt = new Date(referral.referredAt);
      expect(referredAt.getTime()).toBeGreaterThan(Date.parse(c.firstContactAt));
      expect(referral.reasonableGroundsDueAt).toBe(reasonableGroundsDue(referredAt, PROFILE).toISOString());
      ZTraffickingElements.parse(referral.elements);
      for (const event of referral.events) ZExploitationEvent.parse(event);
      const exploitedIn = referral.events.filter((e) => e.kind === 'exploitation').map((e) => e.country);
      expect(exploitedIn).toEqual(c.exploitationCountries);
      if (!c.isChild) expect(referral.elements.means.length).toBeGreaterThan(0);
      for (const need of referral.urgentNeeds) expect(URGENT_NEEDS).toContain(need);
      expect(referral.interpreterLanguage !== null).toBe(referral.interpreterNeeded);
      if (referral.interpreterLanguage) expect(isPersonLanguage(referral.interpreterLanguage)).toBe(true);
      // Conventions: the referrer and the competent authority join the team at referral.
      const team = teamOf.get(c.id) ?? [];
      expect(team).toContainEqual(
        expect.objectContaining({
          organisationId: c.referringOrgId,
          purpose: 'referral',
          addedAt: referral.referredAt,
        }),
      );
      expect(team).toContainEqual(
        expect.objectContaining({
          organisationId: competentOrgId,
          purpose: 'identification',
          removedAt: null,
        }),
      );
    }
    expect(data.referrals.filter((r) => r.safeContact !== null).length).toBeGreaterThan(
      data.referrals.length / 2,
    );
    expect(data.referrals.filter((r) => r.interpreterNeeded).length).toBeGreaterThan(200);
    expect(data.referrals.filter((r) => r.events.some((e) => e.kind === 'transit')).length).toBeGreaterThan(
      50,
    );
  });

  it('records an adult’s consents per purpose and recipient, and none for a child', () => {
    const referredUnder = new Set(data.serviceReferrals.map((r) => r.consentId));
    const consentsOf = new Map<string, DemoDataset['consents'][number][]>();
    for (const c of data.consents) consentsOf.set(c.caseId, [...(consentsOf.get(c.caseId) ?? []), c]);
    let adults = 0;
    for (const referral of data.referrals) {
      const consents = consentsOf.get(referral.caseId) ?? [];
      if (referral.childStatus === 'child' || referral.childStatus === 'presumed_child') {
        expect(consents).toEqual([]);
        continue;
      }
      adults++;
      // No referral of an adult without consent to it, given before the referral.
      const identification = consents.filter((c) => c.purpose === 'identification_referral');
      expect(identification).toHaveLength(1);
      expect(identification[0]?.recipientOrgId).toBe(competentOrgId);
      expect(Date.parse(identification[0]?.givenAt ?? '')).toBeLessThanOrEqual(
        Date.parse(referral.referredAt),
      );
      for (const consent of consents) {
        expect(isPersonLanguage(consent.language)).toBe(true);
        expect(consent.personId).toBe(caseById.get(consent.caseId)?.personId);
        if (consent.revokedAt) expect(consent.revokedAt > consent.givenAt).toBe(true);
        if (consent.purpose === 'share_with_provider') {
          const kind = kindOf(consent.recipientOrgId ?? '');
          expect(kind && isAssistanceProviderKind(kind)).toBe(true);
          // Withdrawn: the provider leaves the team from that moment; else it is on it — or
          // it was sent a service referral under this consent that it has not (yet) accepted.
          const rows = (teamOf.get(consent.caseId) ?? []).filter(
            (t) => t.organisationId === consent.recipientOrgId,
          );
          if (rows.length === 0) expect(referredUnder.has(consent.id), consent.id).toBe(true);
          for (const row of rows) expect(row.removedAt).toBe(consent.revokedAt);
        }
        if (consent.purpose === 'inform_law_enforcement' && consent.recipientOrgId !== null) {
          const kind = kindOf(consent.recipientOrgId);
          expect(kind && isLawEnforcementKind(kind)).toBe(true);
        }
      }
    }
    const share = (purpose: string) => data.consents.filter((c) => c.purpose === purpose);
    expect(share('share_with_provider').length).toBeGreaterThan(adults);
    // Informing the police: separate, for a minority only; some withdrew it later.
    expect(share('inform_law_enforcement').length).toBeGreaterThan(adults * 0.1);
    expect(share('inform_law_enforcement').length).toBeLessThan(adults * 0.35);
    expect(share('inform_law_enforcement').some((c) => c.revokedAt !== null)).toBe(true);
    expect(share('share_with_provider').filter((c) => c.revokedAt !== null).length).toBeGreaterThan(20);
    expect(new Set(data.consents.map((c) => c.language)).size).toBeGreaterThan(10);
  });

  it('involves child protection and a guardian for every child referred', () => {
    const children = data.referrals.filter(
      (r) => r.childStatus === 'child' || r.childStatus === 'presumed_child',
    );
    expect(children.length).toBeGreaterThan(400);
    expect(children.some((r) => r.childStatus === 'presumed_child')).toBe(true);
    const appointmentOf = new Map(data.guardianAppointments.map((g) => [g.caseId, g]));
    expect(appointmentOf.size).toBe(children.length);
    const guardians = new Set(data.users.filter((u) => u.roles.includes('guardian')).map((u) => u.id));
    for (const referral of children) {
      const team = teamOf.get(referral.caseId) ?? [];
      const service = team.find((t) => t.purpose === 'child_protection');
      expect(service?.addedAt).toBe(referral.referredAt);
      expect(kindOf(service?.organisationId ?? '')).toBe('child_protection');
      const appointment = appointmentOf.get(referral.caseId);
      expect(appointment?.requestedAt).toBe(referral.referredAt);
      const guardianship = team.filter((t) => t.purpose === 'guardianship');
      if (appointment?.appointedAt) {
        expect(guardians.has(appointment.guardianUserId ?? '')).toBe(true);
        const guardian = data.users.find((u) => u.id === appointment.guardianUserId);
        expect(guardianship).toEqual([
          expect.objectContaining({
            organisationId: guardian?.organisationId,
            addedAt: appointment.appointedAt,
          }),
        ]);
      } else {
        expect(appointment?.guardianUserId).toBeNull();
        expect(guardianship).toEqual([]);
      }
    }
    const open = data.guardianAppointments.filter((g) => g.endedAt === null);
    expect(open.filter((g) => g.appointedAt !== null).length / open.length).toBeGreaterThan(0.9);
    expect(open.some((g) => g.appointedAt === null)).toBe(true);
    const mine = open.filter((g) => g.guardianUserId === userId('guardian@opennrm.example'));
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(mine.length).toBeLessThan(60);
  });
});

describe('demo decisions', () => {
  it('gives every stage the decisions it implies', () => {
    const periodOf = new Map(data.recoveryPeriods.map((p) => [p.caseId, p]));
    const counts: Record<string, number> = {};
    for (const c of data.cases) {
      counts[c.stage] = (counts[c.stage] ?? 0) + 1;
      const rg = inForce(c.id, 'reasonable_grounds');
      const cg = inForce(c.id, 'conclusive_grounds');
      const period = periodOf.get(c.id);
      switch (c.stage) {
        case 'screening':
        case 'awaiting_reasonable_grounds':
          expect(decisionsOf.get(c.id), c.stage).toBeUndefined();
          break;
        case 'recovery_period':
          expect(rg?.positive).toBe(true);
          expect(cg).toBeUndefined();
          expect(period?.status).toBe('running');
          expect(Date.parse(period?.endsAt ?? '')).toBeGreaterThan(NOW.getTime());
          expect(period?.noRemoval).toBe(true);
          break;
        case 'awaiting_conclusive_grounds':
          expect(rg?.positive).toBe(true);
          expect(cg).toBeUndefined();
          expect(['ended', 'withheld']).toContain(period?.status);
          expect(period?.noRemoval).toBe(true);
          break;
        case 'identified':
        case 'durable_solution':
        case 'follow_up':
          expect(rg?.positive).toBe(true);
          expect(cg?.positive).toBe(true);
          expect(period?.noRemoval).toBe(false);
          break;
        case 'not_identified':
          expect(cg ? cg.positive : rg?.positive).toBe(false);
          break;
        default:
          break;
      }
    }
    for (const d of data.decisions) {
      expect(d.decidedByOrgId).toBe(competentOrgId);
      expect(kindOf(data.users.find((u) => u.id === d.decidedByUserId)?.organisationId ?? '')).toBe(
        'competent_authority',
      );
      expect(d.standard).toBe(
        d.stage === 'reasonable_grounds' ? 'reasonable_grounds_to_believe' : 'balance_of_probabilities',
      );
      const categories =
        d.stage === 'reasonable_grounds'
          ? PROFILE.outcomeCategories.reasonableGrounds
          : PROFILE.outcomeCategories.conclusiveGrounds;
      expect(categories?.find((o) => o.id === d.outcome)?.positive).toBe(d.positive);
      expect(d.reasons.length).toBeGreaterThan(40);
    }
    expect(counts.recovery_period).toBeGreaterThan(60);
    expect(
      data.decisions.filter((d) => d.decidedByUserId === userId('decider@opennrm.example')).length,
    ).toBeGreaterThan(data.decisions.length / 4);
  });

  it('writes decision reasons in the language of the case narrative', () => {
    const languages = new Set<string>();
    for (const d of data.decisions) {
      const c = caseById.get(d.caseId);
      languages.add(c?.narrativeLanguage ?? '');
      if (c?.narrativeLanguage === 'uk' || c?.narrativeLanguage === 'ru') expect(d.reasons).toMatch(CYRILLIC);
      if (c?.narrativeLanguage === 'ar') expect(d.reasons).toMatch(ARABIC);
      if (c?.narrativeLanguage === 'en') expect(d.reasons).toMatch(/^[\x20-\x7e’]+$/);
    }
    for (const lang of ['en', 'uk', 'ru', 'ro', 'ar', 'vi']) expect(languages).toContain(lang);
  });

  it('runs recovery-period clocks with various days left, extended and withheld ones', () => {
    const running = data.recoveryPeriods.filter((p) => p.status === 'running');
    const daysLeft = running.map((p) => (Date.parse(p.endsAt) - NOW.getTime()) / DAY_MS);
    expect(daysLeft.filter((d) => d < 5).length).toBeGreaterThanOrEqual(3);
    expect(daysLeft.filter((d) => d > 20).length).toBeGreaterThanOrEqual(10);
    const extensionsOf = new Map<string, DemoDataset['recoveryExtensions'][number][]>();
    for (const e of data.recoveryExtensions)
      extensionsOf.set(e.recoveryPeriodId, [...(extensionsOf.get(e.recoveryPeriodId) ?? []), e]);
    expect(running.filter((p) => extensionsOf.has(p.id)).length).toBeGreaterThanOrEqual(2);
    for (const p of data.recoveryPeriods) {
      const extensions = extensionsOf.get(p.id) ?? [];
      expect(p.minimumDays).toBe(30);
      expect(p.startsAt).toBe(data.decisions.find((d) => d.id === p.decisionId)?.decidedAt);
      const endsAt = recoveryPeriodEnd(new Date(p.startsAt), p.minimumDays, extensions, ZONE);
      expect(p.endsAt).toBe(endsAt.toISOString());
      for (const e of extensions) {
        expect(e.grantedAt >= p.startsAt).toBe(true);
        expect(e.reason.length).toBeGreaterThan(20);
      }
    }
    const withheld = data.recoveryPeriods.filter((p) => p.status === 'withheld');
    expect(withheld).toHaveLength(1);
    expect(withheld[0]).toMatchObject({ withheldGround: 'public_order', noRemoval: true });
    expect(withheld[0]?.withheldReason?.length).toBeGreaterThan(40);
    expect(caseById.get(withheld[0]?.caseId ?? '')?.stage).toBe('awaiting_conclusive_grounds');
  });

  it('reconsiders some negative decisions; one is overturned by another decision maker on a multi-agency panel', () => {
    for (const r of data.reconsiderations) {
      const decision = data.decisions.find((d) => d.id === r.decisionId);
      expect(decision?.positive).toBe(false);
      expect(r.requestedAt > (decision?.decidedAt ?? '')).toBe(true);
      if (r.status !== 'requested') {
        expect(r.reviewedByUserId).not.toBe(decision?.decidedByUserId);
        const panel = r.panel.map((m) => ({ ...m, kind: kindOf(m.organisationId) ?? 'other' }));
        expect(panelProblem(panel)).toBeNull();
        expect(r.reviewNotes?.length).toBeGreaterThan(40);
      }
    }
    const requested = data.reconsiderations.filter((r) => r.status === 'requested');
    expect(requested.length).toBeGreaterThanOrEqual(2);
    expect(requested.length).toBeLessThanOrEqual(20);
    const overturned = data.reconsiderations.filter((r) => r.status === 'overturned');
    expect(overturned).toHaveLength(1);
    const replacement = data.decisions.find((d) => d.id === overturned[0]?.newDecisionId);
    expect(replacement).toMatchObject({ positive: true, supersedesId: overturned[0]?.decisionId });
    expect(replacement?.decidedByUserId).toBe(overturned[0]?.reviewedByUserId);
    expect(caseById.get(overturned[0]?.caseId ?? '')?.stage).toBe('identified');
  });
});

describe('the decision maker’s inbox', () => {
  for (const now of NOWS) {
    it(
      `has overdue, due-soon and child items and duplicates on ${now.toISOString()}`,
      () => {
        const dataset = now === NOW ? data : generateDemoDataset({ seed: 2026, now });
        const waiting = dataset.cases.filter((c) => c.stage === 'awaiting_reasonable_grounds');
        expect(waiting.length).toBeGreaterThanOrEqual(15);
        expect(waiting.length).toBeLessThanOrEqual(45);
        const referralOf = new Map(dataset.referrals.map((r) => [r.caseId, r]));
        const dues = waiting.map((c) => Date.parse(referralOf.get(c.id)?.reasonableGroundsDueAt ?? ''));
        const overdue = dues.filter(
          (due) => deadlineStatus(new Date(due), now, PROFILE.reminderDaysBefore) === 'overdue',
        );
        expect(overdue.length).toBeGreaterThanOrEqual(QUEUE_TARGETS.overdue);
        expect(overdue.length).toBeLessThan(waiting.length / 2);
        for (const deadline of nextDeadlines(now, 2)) {
          expect(dues.filter((due) => due === deadline.getTime()).length).toBeGreaterThanOrEqual(
            QUEUE_TARGETS.duePerNextDeadline,
          );
        }
        // On a working day the first of those deadlines is today's: due soon.
        const first = nextDeadlines(now, 1)[0];
        if (first && first.getTime() - now.getTime() <= DAY_MS) {
          const dueSoon = dues.filter((due) => deadlineStatus(new Date(due), now, 1) === 'due_soon');
          expect(dueSoon.length).toBeGreaterThanOrEqual(QUEUE_TARGETS.duePerNextDeadline);
        }
        expect(waiting.filter((c) => c.isChild).length).toBeGreaterThanOrEqual(QUEUE_TARGETS.children);
        expect(dataset.possibleDuplicates.length).toBeGreaterThanOrEqual(3);
        expect(dataset.possibleDuplicates.length).toBeLessThanOrEqual(5);
      },
      SLOW,
    );
  }

  it('flags persons referred twice by different organisations, with the same name and birth date', () => {
    const personOf = new Map(data.persons.map((p) => [p.id, p]));
    for (const flag of data.possibleDuplicates) {
      const later = caseById.get(flag.caseId);
      const earlier = caseById.get(flag.matchingCaseId);
      if (!later || !earlier) throw new Error('flag of an unknown case');
      expect(later.stage).toBe('awaiting_reasonable_grounds');
      expect(later.personId).not.toBe(earlier.personId);
      expect(later.referringOrgId).not.toBe(earlier.referringOrgId);
      const [a, b] = [personOf.get(later.personId), personOf.get(earlier.personId)];
      // What the blind indexes are computed from (persons/person-store.ts) is the same.
      expect(a?.givenName).toBe(b?.givenName);
      expect(a?.familyName).toBe(b?.familyName);
      expect(a?.dateOfBirth).toBe(b?.dateOfBirth);
      expect(a?.dateOfBirth).not.toBeNull();
      expect(flag.basis).toBe('name_and_birth_date');
      const laterReferral = data.referrals.find((r) => r.caseId === later.id);
      const earlierReferral = data.referrals.find((r) => r.caseId === earlier.id);
      expect(flag.flaggedAt).toBe(laterReferral?.referredAt);
      expect((earlierReferral?.referredAt ?? '') < flag.flaggedAt).toBe(true);
    }
  });
});

describe('demo screenings', () => {
  it('links completed screenings to most referrals, consistent with the screen and the forms', () => {
    const screeningById = new Map(data.screenings.map((s) => [s.id, s]));
    const linked = data.referrals.filter((r) => r.screeningId !== null);
    expect(linked.length / data.referrals.length).toBeGreaterThan(0.5);
    for (const referral of linked) {
      const s = screeningById.get(referral.screeningId ?? '');
      expect(s?.status).toBe('completed');
      expect(s?.depth).toBe('short');
      expect(s?.caseId).toBe(referral.caseId);
      expect(s?.organisationId).toBe(referral.referringOrgId);
      expect(s?.screenerUserId).toBe(referral.referringUserId);
      expect((s?.completedAt ?? '') < referral.referredAt).toBe(true);
    }
    let related = 0;
    let relatedYes = 0;
    for (const s of data.screenings) {
      const c = s.caseId ? caseById.get(s.caseId) : undefined;
      // The child status the route would derive from what the screener recorded of the person.
      expect(s.childStatus).toBe(screeningChildStatus(s.person, new Date(s.startedAt)));
      // A case's first screening, minutes after first contact, sees the person as the case does.
      if (c && s.depth === 'short') expect(s.childStatus).toBe(c.childStatus);
      const screen = screeningScreen(s.depth, s.childStatus);
      for (const key of Object.keys(s.answers)) expect(screen.questionKeys).toContain(key);
      expect(s.indicatorSets).toEqual(recordedSets(screen));
      if (s.status === 'completed') {
        expect(Object.keys(s.answers).length).toBe(screen.questionKeys.length);
        expect(s.overrideReason !== null).toBe(s.conclusion === 'overridden');
        const suggestion = scoreScreening({ answers: s.answers, childStatus: s.childStatus });
        expect(s.suggested).toBe(suggestion.overall);
        expect(s.conclusion).toBe(suggestion.overall === 'insufficient' ? 'overridden' : 'confirmed');
        // The conclusion core accepts: an override concludes differently, with its reason.
        const concluded = concludeScreening(suggestion, {
          concludedBy: s.screenerUserId,
          concludedAt: new Date(s.completedAt ?? ''),
          ...(s.conclusion === 'overridden'
            ? { concluded: s.concluded ?? undefined, reason: s.overrideReason ?? '' }
            : {}),
        });
        expect(concluded.ok && concluded.conclusion.kind).toBe(s.conclusion);
        expect(s.concluded).toBe(s.conclusion === 'confirmed' ? s.suggested : 'indication');
        expect(s.concludedByUserId).toBe(s.screenerUserId);
        if (c) expect(s.concludedForms).toEqual(c.exploitationForms);
        // Questions about the person's own form of exploitation are mostly answered "yes".
        if (c?.exploitationForms.includes('forced_begging') && s.answers.fb_begging) {
          related++;
          if (s.answers.fb_begging === 'yes') relatedYes++;
        }
      } else {
        expect(s.suggested).toBeNull();
        expect(s.conclusion).toBeNull();
        expect(s.concluded).toBeNull();
        expect(s.concludedByUserId).toBeNull();
        expect(s.completedAt).toBeNull();
      }
      if (s.parentId) {
        const parent = screeningById.get(s.parentId);
        expect(s.depth).toBe('full');
        expect(parent?.caseId).toBe(s.caseId);
        // The full screen never asks again what the short one asked (of what it asks too).
        const carried = Object.keys(parent?.answers ?? {}).filter((key) => screen.questionKeys.includes(key));
        expect([...s.fromParent].sort()).toEqual(carried.sort());
        for (const key of carried) expect(s.answers[key]).toBe(parent?.answers[key]);
      } else {
        expect(s.fromParent).toEqual([]);
      }
    }
    expect(related).toBeGreaterThan(10);
    expect(relatedYes / related).toBeGreaterThan(0.6);
    // Children are screened as children: some of them have finished screenings.
    expect(
      data.screenings.filter((s) => s.status === 'completed' && s.childStatus === 'child').length,
    ).toBeGreaterThan(10);
    const overridden = data.screenings.filter((s) => s.conclusion === 'overridden').length;
    expect(overridden / data.screenings.length).toBeLessThan(0.35);
    expect(overridden).toBeGreaterThan(0);
  });

  it('has screenings in progress for the demo first responders, in several languages, some person-facing', () => {
    for (const email of ['outreach@opennrm.example', 'inspector@opennrm.example', 'police@opennrm.example']) {
      const mine = data.screenings.filter((s) => s.screenerUserId === userId(email));
      expect(
        mine.some((s) => s.status === 'in_progress'),
        email,
      ).toBe(true);
      expect(
        mine.some((s) => s.status === 'completed' && s.caseId === null),
        email,
      ).toBe(true);
    }
    const languages = new Set(data.screenings.map((s) => s.language));
    for (const language of languages) expect(SCREENING_LANGUAGES).toContain(language);
    expect(languages.size).toBeGreaterThanOrEqual(6);
    expect(data.screenings.some((s) => s.mode === 'person_facing' && s.language === 'uk')).toBe(true);
    expect(data.screenings.filter((s) => s.mode === 'person_facing').length).toBeGreaterThan(50);
    expect(data.screenings.filter((s) => s.depth === 'full').length).toBeGreaterThan(50);
  });
});

describe('demo anonymous notifications', () => {
  it('counts adults who did not consent with the allowed fields only, over the years', () => {
    const notifications = data.anonymousNotifications;
    expect(notifications.length / data.referrals.length).toBeGreaterThanOrEqual(0.1);
    expect(notifications.length / data.referrals.length).toBeLessThanOrEqual(0.2);
    const allowed = ['id', 'organisationId', 'notifiedOn', ...ANONYMOUS_NOTIFICATION_FIELDS];
    const orgIds = new Set(data.organisations.map((o) => o.id));
    for (const n of notifications) {
      expect(Object.keys(n).sort()).toEqual([...allowed].sort());
      expect(n.notifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.notifiedOn <= NOW.toISOString().slice(0, 10)).toBe(true);
      expect(AGE_BANDS).toContain(n.ageBand);
      expect(isChildAgeBand(n.ageBand as (typeof AGE_BANDS)[number])).toBe(false);
      expect(orgIds.has(n.organisationId)).toBe(true);
    }
    expect(new Set(notifications.map((n) => n.notifiedOn.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    expect(new Set(notifications.map((n) => n.gender)).size).toBeGreaterThanOrEqual(3);
  });
});
