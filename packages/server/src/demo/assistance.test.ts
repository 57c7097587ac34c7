import {
  AGE_BANDS,
  DISABILITY_TYPES,
  isPersonLanguage,
  matchServices,
  NEED_DOMAINS,
  overallRisk,
  SERVICE_KINDS,
} from '@opennrm/core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CASELOADS } from './assistance/caseload.js';
import { PENDING_AT_MENS_SHELTER } from './assistance/services.js';
import { localDate } from './clock.js';
import { generateDemoDataset } from './generate.js';
import type { DemoCase, DemoDataset, DemoPerson } from './types.js';

const NOW = new Date('2026-05-01T00:00:00.000Z');
const TODAY = localDate(NOW);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLOW = 120_000;
vi.setConfig({ testTimeout: SLOW });

let data: DemoDataset;
let caseById: Map<string, DemoCase>;
let personOf: (caseId: string) => DemoPerson;
let referred: Set<string>;

beforeAll(() => {
  data = generateDemoDataset({ seed: 2026, now: NOW });
  caseById = new Map(data.cases.map((c) => [c.id, c]));
  const personById = new Map(data.persons.map((p) => [p.id, p]));
  personOf = (caseId) => {
    const person = personById.get(caseById.get(caseId)?.personId ?? '');
    if (!person) throw new Error('a record of a case without a person');
    return person;
  };
  referred = new Set(data.referrals.map((r) => r.caseId));
}, SLOW);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** An instant of a case's story: not before first contact, not after now, nor after the case closed. */
function expectWithinCase(caseId: string, at: string | null, what: string): void {
  if (at === null) return;
  const record = caseById.get(caseId);
  if (!record) throw new Error(`${what}: unknown case`);
  const t = Date.parse(at);
  expect(t, `${what} before first contact`).toBeGreaterThanOrEqual(Date.parse(record.firstContactAt));
  expect(t, `${what} after now`).toBeLessThanOrEqual(NOW.getTime());
  if (record.closedAt) expect(t, `${what} after closing`).toBeLessThanOrEqual(Date.parse(record.closedAt));
}

/** A date column of something that happened: from the local day of first contact to today. */
function expectDateWithinCase(caseId: string, date: string | null, what: string): void {
  if (date === null) return;
  expect(date, what).toMatch(DATE);
  const record = caseById.get(caseId);
  expect(date >= localDate(new Date(record?.firstContactAt ?? 0)), `${what} before first contact`).toBe(true);
  expect(date <= TODAY, `${what} after today`).toBe(true);
}

describe('the demo assistance records', () => {
  it('fills every table of migration 0006 with unique, well-formed ids', () => {
    const tables = [
      data.services,
      data.serviceCapacityLog,
      data.caseAccounts,
      data.accountShares,
      data.accountRequests,
      data.caseNotes,
      data.needsAssessments,
      data.assessedNeeds,
      data.riskAssessments,
      data.supportPlans,
      data.planActions,
      data.advocates,
      data.serviceReferrals,
      data.capacityGaps,
      data.cooperationRecords,
      data.residencePermits,
      data.legalAid,
      data.compensationClaims,
      data.nonPunishmentAssessments,
      data.bestInterestsProcedures,
      data.missingEpisodes,
      data.durableSolutions,
    ];
    for (const [i, rows] of tables.entries()) expect(rows.length, `table ${i}`).toBeGreaterThan(0);
    const ids = tables
      .filter((rows) => rows !== data.assessedNeeds)
      .flatMap((rows) => rows.map((r) => (r as { id: string }).id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(data.cases.some((c) => c.caseWorkerUserId !== null)).toBe(true);
    expect(data.persons.some((p) => p.disabilities.length > 0)).toBe(true);
  });

  it('keeps every record inside its case’s timeline: nothing before first contact, after now or after closing', () => {
    for (const a of data.caseAccounts) expectWithinCase(a.caseId, a.recordedAt, 'account');
    for (const s of data.accountShares) expectWithinCase(s.caseId, s.grantedAt, 'share');
    for (const r of data.accountRequests) {
      expectWithinCase(r.caseId, r.requestedAt, 'account request');
      expectWithinCase(r.caseId, r.decidedAt, 'account request decided');
      if (r.decidedAt) expect(r.decidedAt > r.requestedAt).toBe(true);
    }
    for (const n of data.caseNotes) expectWithinCase(n.caseId, n.writtenAt, 'note');
    for (const a of data.needsAssessments) expectWithinCase(a.caseId, a.assessedAt, 'needs assessment');
    for (const r of data.riskAssessments) expectWithinCase(r.caseId, r.assessedAt, 'risk assessment');
    for (const p of data.supportPlans) expectWithinCase(p.caseId, p.createdAt, 'support plan');
    for (const a of data.advocates) {
      expectWithinCase(a.caseId, a.assignedAt, 'advocate');
      if (a.endedAt) expect(a.endedAt > a.assignedAt).toBe(true);
    }
    for (const r of data.serviceReferrals) {
      for (const at of [r.sentAt, r.respondedAt, r.startedAt, r.endedAt])
        expectWithinCase(r.caseId, at, 'referral');
    }
    for (const g of data.capacityGaps) expectWithinCase(g.caseId ?? '', g.recordedAt, 'gap');
    for (const c of data.cooperationRecords) expectWithinCase(c.caseId, c.recordedAt, 'cooperation');
    for (const m of data.missingEpisodes) {
      expectWithinCase(m.caseId, m.wentMissingAt, 'missing');
      if (m.foundAt) expect(m.foundAt > m.wentMissingAt).toBe(true);
    }
    for (const p of data.residencePermits) {
      expectDateWithinCase(p.caseId, p.appliedOn, 'permit applied');
      expectDateWithinCase(p.caseId, p.decidedOn, 'permit decided');
      if (p.decidedOn) expect(p.decidedOn >= p.appliedOn).toBe(true);
      expect(p.validUntil !== null).toBe(p.status === 'granted');
    }
    for (const l of data.legalAid) {
      expectDateWithinCase(l.caseId, l.requestedOn, 'legal aid requested');
      expectDateWithinCase(l.caseId, l.grantedOn, 'legal aid granted');
      expect(l.grantedOn !== null).toBe(l.status === 'granted');
    }
    for (const c of data.compensationClaims) {
      expectDateWithinCase(c.caseId, c.claimedOn, 'claim');
      expectDateWithinCase(c.caseId, c.decidedOn, 'claim decided');
      expect(c.decidedOn === null).toBe(c.status === 'pending');
    }
    for (const n of data.nonPunishmentAssessments)
      expectDateWithinCase(n.caseId, n.assessedOn, 'non-punishment');
    for (const b of data.bestInterestsProcedures) {
      expectDateWithinCase(b.caseId, b.startedOn, 'best interests');
      expectDateWithinCase(b.caseId, b.completedOn, 'best interests completed');
    }
    for (const s of data.durableSolutions) expectDateWithinCase(s.caseId, s.decidedOn, 'solution');
    for (const l of data.serviceCapacityLog)
      expect(Date.parse(l.updatedAt)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('closes a case with a date and names a case worker of the lead organisation', () => {
    const userById = new Map(data.users.map((u) => [u.id, u]));
    for (const c of data.cases) {
      expect(c.closedAt !== null).toBe(c.stage === 'closed');
      if (c.caseWorkerUserId === null) continue;
      const worker = userById.get(c.caseWorkerUserId);
      expect(worker?.organisationId).toBe(c.leadOrgId);
      expect(worker?.roles).toContain('case_worker');
    }
    const open = data.cases.filter((c) => c.closedAt === null && referred.has(c.id));
    expect(open.filter((c) => c.caseWorkerUserId !== null).length / open.length).toBeGreaterThan(0.9);
  });

  it('gives the demo case workers a realistic caseload with overdue actions and reviews due', () => {
    for (const [email, load] of Object.entries(DEMO_CASELOADS)) {
      const worker = data.users.find((u) => u.email === email);
      const mine = data.cases.filter((c) => c.caseWorkerUserId === worker?.id && c.closedAt === null);
      expect(mine.length, email).toBe(load);
    }
    const worker = data.users.find((u) => u.email === 'caseworker@opennrm.example');
    const mine = new Set(
      data.cases.filter((c) => c.caseWorkerUserId === worker?.id && c.closedAt === null).map((c) => c.id),
    );
    expect(mine.size).toBeGreaterThanOrEqual(20);
    expect(mine.size).toBeLessThanOrEqual(40);
    const current = data.supportPlans.filter((p) => p.status === 'current' && mine.has(p.caseId));
    const soon = localDate(new Date(NOW.getTime() + 14 * 86_400_000));
    const reviewsDue = current.filter((p) => (p.reviewDueOn ?? '9999') <= soon);
    expect(reviewsDue.length).toBeGreaterThanOrEqual(3);
    expect(reviewsDue.length).toBeLessThan(current.length / 2);
    const currentIds = new Set(current.map((p) => p.id));
    const overdue = data.planActions.filter(
      (a) =>
        currentIds.has(a.planId) &&
        (a.status === 'planned' || a.status === 'in_progress') &&
        (a.dueOn ?? '9999') < TODAY,
    );
    const casesWithOverdue = new Set(overdue.map((a) => a.caseId)).size;
    expect(casesWithOverdue).toBeGreaterThanOrEqual(2);
    expect(casesWithOverdue).toBeLessThan(mine.size / 2);
  });

  it('versions support plans: consecutive versions, each superseding the one before, exactly one current', () => {
    const plansOf = groupBy(data.supportPlans, (p) => p.caseId);
    const actionsOf = groupBy(data.planActions, (a) => a.planId);
    const actionById = new Map(data.planActions.map((a) => [a.id, a]));
    const planById = new Map(data.supportPlans.map((p) => [p.id, p]));
    let reviewed = 0;
    for (const plans of plansOf.values()) {
      const sorted = [...plans].sort((a, b) => a.version - b.version);
      expect(sorted.map((p) => p.version)).toEqual(sorted.map((_, i) => i + 1));
      expect(sorted.filter((p) => p.status === 'current')).toEqual([sorted[sorted.length - 1]]);
      for (const [i, plan] of sorted.entries()) {
        expect(plan.supersedesId).toBe(i === 0 ? null : sorted[i - 1]?.id);
        if (i > 0) expect(plan.createdAt > (sorted[i - 1]?.createdAt ?? '')).toBe(true);
        expect(plan.goals.length).toBeGreaterThan(0);
        // Agreed with the person, not for them: a disagreement always says with what.
        if (plan.agreement === 'disagreed' || plan.agreement === 'partly_agreed') {
          expect(plan.agreementNote).not.toBeNull();
        }
        expect(plan.agreedOn === null).toBe(plan.agreement === 'not_yet_discussed');
        expect(plan.reviewDueOn && plan.reviewDueOn > localDate(new Date(plan.createdAt))).toBe(true);
        for (const action of actionsOf.get(plan.id) ?? []) {
          expect(action.caseId).toBe(plan.caseId);
          expect(action.completedOn !== null).toBe(action.status === 'done');
          if (action.completedOn) expect(action.completedOn <= TODAY).toBe(true);
          if (action.carriedFromId === null) continue;
          // A review carries over an open action of the version it supersedes.
          const from = actionById.get(action.carriedFromId);
          expect(from?.planId).toBe(plan.supersedesId);
          expect(['planned', 'in_progress']).toContain(from?.status);
          reviewed++;
        }
      }
    }
    expect(reviewed).toBeGreaterThan(100);
    expect(new Set(data.supportPlans.map((p) => p.agreement))).toEqual(
      new Set(['agreed', 'partly_agreed', 'disagreed', 'not_yet_discussed']),
    );
    // Owners are organisations on the team when the version was made.
    const teamOf = groupBy(data.caseTeam, (t) => t.caseId);
    for (const action of data.planActions.filter((_, i) => i % 7 === 0)) {
      const at = Date.parse(planById.get(action.planId)?.createdAt ?? '');
      const onTeam = (teamOf.get(action.caseId) ?? []).some(
        (t) => t.organisationId === action.ownerOrgId && Date.parse(t.addedAt) <= at,
      );
      expect(onTeam, action.id).toBe(true);
    }
  });

  it('assesses needs domain by domain, with the person’s own priorities in several languages', () => {
    const needsOf = groupBy(data.assessedNeeds, (n) => n.assessmentId);
    for (const assessment of data.needsAssessments) {
      const needs = needsOf.get(assessment.id) ?? [];
      expect(needs.length > 0 || assessment.priorities !== null).toBe(true);
      expect(new Set(needs.map((n) => n.domain)).size).toBe(needs.length);
      expect(assessment.prioritiesLanguage === null).toBe(assessment.priorities === null);
      if (assessment.prioritiesLanguage) expect(isPersonLanguage(assessment.prioritiesLanguage)).toBe(true);
      for (const need of needs) if (need.level === 'none') expect(need.urgency).toBe('routine');
    }
    const versions = groupBy(data.needsAssessments, (a) => a.caseId);
    for (const list of versions.values()) {
      expect(list.map((a) => a.version).sort()).toEqual(list.map((_, i) => i + 1));
      expect(list.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(data.assessedNeeds.map((n) => n.domain))).toEqual(new Set(NEED_DOMAINS));
    expect(new Set(data.needsAssessments.map((a) => a.prioritiesLanguage)).size).toBeGreaterThanOrEqual(6);
    expect(data.needsAssessments.some((a) => /[\u0400-\u04ff]/.test(a.priorities ?? ''))).toBe(true);
    expect(data.needsAssessments.some((a) => /[\u0600-\u06ff]/.test(a.priorities ?? ''))).toBe(true);
  });

  it('assesses risk with a safety plan whenever the overall risk is medium or high', () => {
    for (const r of data.riskAssessments) {
      expect(r.overall).toBe(overallRisk(r));
      if (r.overall === 'medium' || r.overall === 'high') expect(r.safetyPlan).not.toBeNull();
      if (r.reviewDueOn) expect(r.reviewDueOn > localDate(new Date(r.assessedAt))).toBe(true);
    }
  });

  it('gives adults, never children, an independent advocate from an organisation on the team', () => {
    const teamOf = groupBy(data.caseTeam, (t) => t.caseId);
    for (const a of data.advocates) {
      expect(caseById.get(a.caseId)?.isChild, 'a child has a guardian').toBe(false);
      const advocate = data.users.find((u) => u.id === a.advocateUserId);
      expect(advocate?.organisationId).toBe(a.advocateOrgId);
      expect(
        (teamOf.get(a.caseId) ?? []).some(
          (t) => t.organisationId === a.advocateOrgId && t.purpose === 'advocacy',
        ),
      ).toBe(true);
    }
  });

  it('runs service referrals through their life: a reason for every decline, a start only after acceptance', () => {
    const consentById = new Map(data.consents.map((c) => [c.id, c]));
    const teamOf = groupBy(data.caseTeam, (t) => t.caseId);
    for (const r of data.serviceReferrals) {
      expect(r.declineReason !== null, r.id).toBe(r.status === 'declined');
      if (r.startedAt) {
        expect(r.respondedAt).not.toBeNull();
        expect(r.respondedByUserId).not.toBeNull();
        expect(r.startedAt >= (r.respondedAt ?? '')).toBe(true);
      }
      if (r.status === 'started') expect(r.startedAt).not.toBeNull();
      if (r.status === 'ended') expect(r.outcome).not.toBeNull();
      if (r.endedAt) expect(r.endedAt >= (r.startedAt ?? r.respondedAt ?? '')).toBe(true);
      if (r.status === 'sent' || r.status === 'withdrawn') expect(r.respondedAt).toBeNull();
      if (r.respondedAt) expect(r.respondedAt >= r.sentAt).toBe(true);
      // An adult's needs go to a provider only with their consent to share with that provider.
      if (caseById.get(r.caseId)?.isChild) expect(r.consentId).toBeNull();
      else {
        const consent = consentById.get(r.consentId ?? '');
        expect(consent?.recipientOrgId, r.id).toBe(r.providerOrgId);
        expect(Date.parse(consent?.givenAt ?? '')).toBeLessThanOrEqual(Date.parse(r.sentAt));
      }
      // Accepted: the provider joins the case team.
      if (r.status === 'accepted' || r.status === 'started' || (r.status === 'ended' && r.startedAt)) {
        expect((teamOf.get(r.caseId) ?? []).some((t) => t.organisationId === r.providerOrgId)).toBe(true);
      }
    }
    const statuses = new Set(data.serviceReferrals.map((r) => r.status));
    for (const s of ['sent', 'accepted', 'declined', 'started', 'ended', 'withdrawn'])
      expect(statuses).toContain(s);
    expect(new Set(data.serviceReferrals.map((r) => r.declineReason))).toEqual(
      new Set([null, 'capacity', 'eligibility', 'other']),
    );
    expect(data.serviceReferrals.filter((r) => r.planActionId !== null).length).toBeGreaterThan(500);
  });

  it('records capacity gaps with nothing that identifies anyone', () => {
    const allowed = [
      'id',
      'caseId',
      'needDomain',
      'serviceKind',
      'region',
      'reason',
      'gender',
      'ageBand',
      'isChild',
      'disabilities',
      'language',
      'withoutStatus',
      'lgbti',
      'serviceReferralId',
      'recordedByOrgId',
      'recordedAt',
    ].sort();
    const referralById = new Map(data.serviceReferrals.map((r) => [r.id, r]));
    for (const gap of data.capacityGaps) {
      expect(Object.keys(gap).sort()).toEqual(allowed);
      expect(AGE_BANDS).toContain(gap.ageBand);
      for (const d of gap.disabilities) expect(DISABILITY_TYPES).toContain(d);
      const person = personOf(gap.caseId ?? '');
      const values = Object.values(gap).flat().map(String);
      for (const secret of [
        person.givenName,
        person.familyName,
        person.dateOfBirth,
        String(person.birthYear),
      ]) {
        if (secret) expect(values).not.toContain(secret);
      }
      if (gap.reason === 'declined_capacity') {
        const referral = referralById.get(gap.serviceReferralId ?? '');
        expect(referral?.declineReason).toBe('capacity');
      } else expect(gap.serviceReferralId).toBeNull();
    }
    // Every referral declined for lack of places is a gap (issue 4).
    const declined = data.serviceReferrals.filter((r) => r.declineReason === 'capacity');
    expect(data.capacityGaps.filter((g) => g.reason === 'declined_capacity')).toHaveLength(declined.length);
  });

  it('concentrates gaps where the field lacks services: men, boys, disabilities, no status, LGBTI', () => {
    type Group = (c: DemoCase, p: DemoPerson) => boolean;
    /** Of the cases that looked for accommodation, the share that met a gap. */
    const gapRate = (group: Group): number => {
      const ids = new Set(data.cases.filter((c) => group(c, personOf(c.id))).map((c) => c.id));
      const gaps = new Set(
        data.capacityGaps
          .filter((g) => ids.has(g.caseId ?? '') && g.needDomain === 'accommodation')
          .map((g) => g.caseId),
      );
      const looked = new Set([
        ...gaps,
        ...data.serviceReferrals
          .filter((r) => ids.has(r.caseId) && r.needDomain === 'accommodation')
          .map((r) => r.caseId),
      ]);
      return gaps.size / looked.size;
    };
    const adult =
      (gender: string): Group =>
      (c, p) =>
        !c.isChild && p.gender === gender;
    const child =
      (gender: string): Group =>
      (c, p) =>
        c.isChild && p.gender === gender;
    expect(gapRate(adult('male'))).toBeGreaterThan(gapRate(adult('female')) * 1.3);
    expect(gapRate(child('male'))).toBeGreaterThan(gapRate(child('female')) * 1.3);
    expect(gapRate((_, p) => p.disabilities.length > 0)).toBeGreaterThan(
      gapRate((_, p) => p.disabilities.length === 0),
    );
    // Without residence status the gaps are in work, courses and allowances: any gap, any need.
    const anyGap = (group: Group): number => {
      const ids = data.cases.filter((c) => referred.has(c.id) && group(c, personOf(c.id))).map((c) => c.id);
      const gaps = new Set(data.capacityGaps.map((g) => g.caseId));
      return ids.filter((id) => gaps.has(id)).length / ids.length;
    };
    expect(anyGap((_, p) => p.migrationStatus === 'irregular')).toBeGreaterThan(
      anyGap((_, p) => p.migrationStatus !== 'irregular') * 1.2,
    );
    expect(gapRate((_, p) => p.vulnerabilities.includes('lgbti'))).toBeGreaterThan(
      gapRate((_, p) => !p.vulnerabilities.includes('lgbti')),
    );
  });

  it('never makes assistance depend on cooperation with criminal justice', () => {
    const latest = new Map<string, string>();
    for (const r of [...data.cooperationRecords].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
      latest.set(r.caseId, r.status);
    }
    const planned = new Set(data.supportPlans.map((p) => p.caseId));
    const served = new Set(data.serviceReferrals.filter((r) => r.startedAt !== null).map((r) => r.caseId));
    const rate = (
      statuses: readonly string[],
      assisted: ReadonlySet<string>,
    ): { n: number; share: number } => {
      const ids = [...latest].filter(([, s]) => statuses.includes(s)).map(([id]) => id);
      return { n: ids.length, share: ids.filter((id) => assisted.has(id)).length / ids.length };
    };
    const NOT_COOPERATING = ['declines_contact', 'reported_no_further_contact', 'withdrew'];
    // Many persons do not cooperate, and they have a plan and receive services as often as those who do.
    for (const assisted of [planned, served]) {
      const notCooperating = rate(NOT_COOPERATING, assisted);
      const cooperating = rate(['cooperating'], assisted);
      expect(notCooperating.n).toBeGreaterThan(cooperating.n);
      expect(notCooperating.share).toBeGreaterThan(0.6);
      expect(Math.abs(notCooperating.share - cooperating.share)).toBeLessThan(0.06);
    }
  });

  it('never declines or ends a service in the 14 days after a change of cooperation status (stock-taking: none)', () => {
    // Computed here, apart from the generator and the insights SQL: a change is a record whose
    // status differs from the case's previous one (a first 'not_discussed' is no change); a
    // service stops when it is declined (answered) or ended. Any reason counts, which is
    // stricter than the measure; an hour more than 14 days allows for daylight saving time.
    const WINDOW = 14 * 86_400_000 + 3_600_000;
    const changes = new Map<string, number[]>();
    const byCase = groupBy(data.cooperationRecords, (r) => r.caseId);
    for (const [caseId, records] of byCase) {
      let previous: string | null = null;
      const times: number[] = [];
      for (const r of [...records].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
        if (r.status !== previous && !(previous === null && r.status === 'not_discussed')) {
          times.push(Date.parse(r.recordedAt));
        }
        previous = r.status;
      }
      changes.set(caseId, times);
    }
    const stops = data.serviceReferrals.flatMap((r) => {
      const at = r.status === 'ended' ? r.endedAt : r.status === 'declined' ? r.respondedAt : null;
      return at ? [{ caseId: r.caseId, at: Date.parse(at) }] : [];
    });
    const coincidences = stops.filter((s) =>
      (changes.get(s.caseId) ?? []).some((c) => s.at >= c && s.at <= c + WINDOW),
    );
    expect(coincidences).toEqual([]);
    // Not by leaving things out: many services stop, and many cases change status.
    expect(stops.length).toBeGreaterThan(1000);
    const changed = [...changes.values()].filter((t) => t.length > 0);
    expect(changed.length).toBeGreaterThan(byCase.size * 0.9);
    expect(changed.filter((t) => t.length > 1).length).toBeGreaterThan(100);
  });

  it('shares the account only under a consent (or the child protection path) and versions it after the referral’s narrative', () => {
    const consentById = new Map(data.consents.map((c) => [c.id, c]));
    for (const share of data.accountShares) {
      if (caseById.get(share.caseId)?.isChild) {
        expect(share.consentId).toBeNull();
        continue;
      }
      const consent = consentById.get(share.consentId ?? '');
      expect(consent?.recipientOrgId).toBe(share.organisationId);
      expect(consent?.caseId).toBe(share.caseId);
      expect(share.revokedAt).toBe(consent?.revokedAt ?? null);
    }
    for (const accounts of groupBy(data.caseAccounts, (a) => a.caseId).values()) {
      // Version 1 is the referral's narrative (cases.narrative_enc).
      expect(accounts.map((a) => a.version)).toEqual(accounts.map((_, i) => i + 2));
      const narrative = caseById.get(accounts[0]?.caseId ?? '')?.narrative ?? '';
      for (const a of accounts) expect(a.text.startsWith(narrative)).toBe(true);
    }
    const statuses = new Set(data.accountRequests.map((r) => r.status));
    expect(statuses).toEqual(new Set(['requested', 'granted', 'refused']));
    expect(new Set(data.caseNotes.map((n) => n.visibility))).toEqual(new Set(['team', 'own_organisation']));
  });

  it('builds a directory with the gaps of the field and current capacity for the men’s shelter', () => {
    expect(new Set(data.services.map((s) => s.kind))).toEqual(new Set(SERVICE_KINDS));
    const shelters = data.services.filter((s) => s.kind === 'shelter' && s.active);
    const forMen = shelters.filter((s) => s.genders.includes('male') && (s.minAge ?? 0) >= 18);
    expect(forMen.length).toBeLessThanOrEqual(2);
    expect(shelters.filter((s) => s.genders.includes('male') && s.maxAge === 17)).toHaveLength(1);
    expect(
      data.services.filter((s) => s.kind === 'safe_house').every((s) => !s.genders.includes('male')),
    ).toBe(true);
    expect(data.services.filter((s) => s.accessibility.length === 4).length).toBeLessThanOrEqual(5);
    expect(data.services.some((s) => s.capacityFree === 0)).toBe(true);
    const stale = data.services.filter(
      (s) => s.capacityUpdatedAt && NOW.getTime() - Date.parse(s.capacityUpdatedAt) > 7 * 86_400_000,
    );
    expect(stale.length).toBeGreaterThan(0);
    for (const service of data.services) {
      const log = data.serviceCapacityLog.filter((l) => l.serviceId === service.id);
      const last = log[log.length - 1];
      if (!last) continue;
      expect(last.updatedAt).toBe(service.capacityUpdatedAt);
      expect(last.capacityFree).toBe(service.capacityFree);
    }

    // The journey of issue 4: a man who uses a wheelchair and speaks Romanian finds a fitting shelter.
    const shelter = data.services.find((s) => s.key === 'shelter-men/mens-shelter');
    const org = data.organisations.find((o) => o.key === 'shelter-men');
    expect(shelter?.organisationId).toBe(org?.id);
    expect(shelter?.accessibility).toContain('physical');
    expect(shelter?.languages).toContain('ro');
    expect(shelter?.capacityFree).toBeGreaterThan(0);
    const matchable = data.services.map((s) => ({
      ...s,
      capacityUpdatedAt: s.capacityUpdatedAt ? new Date(s.capacityUpdatedAt) : null,
    }));
    const person = (over: object) => ({
      gender: 'male' as const,
      age: 34,
      isChild: false,
      languages: ['ro'],
      disabilities: ['physical' as const],
      region: 'capital',
      withoutResidenceStatus: false,
      lgbti: false,
      ...over,
    });
    for (const region of ['capital', 'coast', 'mountains']) {
      const found = matchServices({
        need: 'accommodation',
        person: person({ region }),
        services: matchable,
        at: NOW,
      });
      expect(found.candidates[0]?.serviceId, region).toBe(shelter?.id);
      expect(found.candidates[0]?.verdict).toBe('fits');
    }
    // …and other needs find nothing: work for a person without residence status, a home for a boy in a wheelchair.
    const work = matchServices({
      need: 'employment',
      person: person({ disabilities: [], withoutResidenceStatus: true }),
      services: matchable,
      at: NOW,
    });
    expect(work.nothingFits).toBe(true);
    const boy = matchServices({
      need: 'accommodation',
      person: person({ age: 15, isChild: true }),
      services: matchable,
      at: NOW,
    });
    expect(boy.nothingFits).toBe(true);

    const pending = data.serviceReferrals.filter((r) => r.serviceId === shelter?.id && r.status === 'sent');
    expect(pending.length).toBeGreaterThanOrEqual(PENDING_AT_MENS_SHELTER);
  });

  it('records special needs with plausible prevalence', () => {
    const share = (test: (p: DemoPerson) => boolean): number =>
      data.persons.filter(test).length / data.persons.length;
    for (const p of data.persons) {
      if (p.nationality === data.hostCountry) expect(p.migrationStatus).toBe('national');
      if (p.gender === 'transgender' || p.gender === 'gender_nonconforming')
        expect(p.vulnerabilities).toContain('lgbti');
      expect(p.vulnerabilities.includes('dependants')).toBe((p.dependants ?? 0) > 0);
    }
    expect(share((p) => p.disabilities.length > 0)).toBeGreaterThan(0.05);
    expect(share((p) => p.disabilities.length > 0)).toBeLessThan(0.2);
    for (const type of DISABILITY_TYPES)
      expect(share((p) => p.disabilities.includes(type))).toBeGreaterThan(0.005);
    expect(share((p) => p.migrationStatus === 'irregular')).toBeGreaterThan(0.08);
    expect(share((p) => p.vulnerabilities.includes('pregnancy'))).toBeLessThan(0.05);
  });

  it('shows the known biases in remedies and solutions', () => {
    const kinds = groupBy(data.durableSolutions, (s) => s.kind);
    const n = (k: string): number => kinds.get(k)?.length ?? 0;
    expect(n('return')).toBeGreaterThan(n('integration'));
    expect(n('integration')).toBeGreaterThan(n('relocation'));
    for (const s of data.durableSolutions) {
      if (s.kind === 'return') expect(s.country).toBe(personOf(s.caseId).nationality);
      if (s.kind === 'return' && caseById.get(s.caseId)?.isChild) {
        // A child returns only after a completed best-interests determination (CoE art. 16(7)).
        const done = data.bestInterestsProcedures.some(
          (b) => b.caseId === s.caseId && b.kind === 'determination' && b.completedOn !== null,
        );
        expect(done).toBe(true);
      }
    }
    const foreignIdentified = data.cases.filter(
      (c) => !['national', 'eu_citizen'].includes(personOf(c.id).migrationStatus) && referred.has(c.id),
    );
    expect(data.residencePermits.length).toBeLessThan(foreignIdentified.length * 0.15);
    expect(data.residencePermits.some((p) => p.status === 'granted')).toBe(true);
    const sum = (pick: (c: DemoDataset['compensationClaims'][number]) => number | null): number =>
      data.compensationClaims.reduce((total, c) => total + (pick(c) ?? 0), 0);
    expect(sum((c) => c.amountClaimed)).toBeGreaterThan(sum((c) => c.amountAwarded) * 2);
    expect(sum((c) => c.amountAwarded)).toBeGreaterThan(sum((c) => c.amountPaid) * 1.3);
    for (const c of data.compensationClaims) {
      expect((c.amountPaid ?? 0) <= (c.amountAwarded ?? 0)).toBe(true);
      expect((c.amountAwarded ?? 0) <= (c.amountClaimed ?? 0)).toBe(true);
    }
    expect(new Set(data.nonPunishmentAssessments.map((a) => a.outcome)).size).toBeGreaterThanOrEqual(4);
    for (const b of data.bestInterestsProcedures) expect(caseById.get(b.caseId)?.isChild).toBe(true);
    for (const m of data.missingEpisodes) expect(caseById.get(m.caseId)?.isChild).toBe(true);
  });
});
