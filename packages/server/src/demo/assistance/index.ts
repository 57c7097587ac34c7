import type { Directory } from '../directory.js';
import type { CasePlan } from '../plan.js';
import { Rng } from '../random.js';
import { Staff } from '../staff.js';
import type {
  DemoCase,
  DemoConsent,
  DemoGuardianAppointment,
  DemoOrganisation,
  DemoPerson,
  DemoReferral,
  DemoTeamMember,
  DemoUser,
} from '../types.js';
import type { DemoAssistanceRecords, DemoDurableSolution } from '../types-assistance.js';
import { type AssessmentsOut, buildAssessments } from './assessments.js';
import { buildCaseFile, type CaseFileOut } from './case-file.js';
import { buildChildren, type ChildrenOut } from './children.js';
import { buildContext, type CaseContext } from './context.js';
import { buildLegal, type LegalOut, serviceStopsByCase } from './legal.js';
import { buildPlans, type PlansOut } from './plans.js';
import {
  buildServiceReferrals,
  eligibilityView,
  plantPendingReferrals,
  type ServicesOut,
} from './services.js';
import { buildSolution } from './solutions.js';

type Input = {
  readonly seed: number;
  readonly plans: readonly CasePlan[];
  /** The cases in the order of `plans`, with their case workers. */
  readonly cases: readonly DemoCase[];
  readonly persons: readonly DemoPerson[];
  readonly organisations: readonly DemoOrganisation[];
  readonly users: readonly DemoUser[];
  readonly caseTeam: readonly DemoTeamMember[];
  readonly consents: readonly DemoConsent[];
  readonly referrals: readonly DemoReferral[];
  readonly guardianAppointments: readonly DemoGuardianAppointment[];
  readonly directory: Directory;
  readonly host: string;
  readonly now: Date;
};

export type AssistanceResult = Omit<DemoAssistanceRecords, 'services' | 'serviceCapacityLog'> & {
  /** The case team with the providers and advocates who joined through assistance. */
  readonly caseTeam: DemoTeamMember[];
  /** The consents with those given to share with them. */
  readonly consents: DemoConsent[];
};

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * What happens to each person after first contact (issue 4), and the legal, children's
 * and solutions records stock-taking counts (issue 5), consistent with each case's
 * timeline. Each part draws from a stream of its own: needs, plans and services from
 * 'assistance'; the case file, legal records, children and solutions from theirs. The
 * legal stream runs after assistance and assistance never reads it.
 */
export function buildAssistance(input: Input): AssistanceResult {
  const { plans, cases, now } = input;
  const personById = new Map(input.persons.map((p) => [p.id, p]));
  const orgById = new Map(input.organisations.map((o) => [o.id, o]));
  const userById = new Map(input.users.map((u) => [u.id, u]));
  const teams = groupBy(input.caseTeam, (t) => t.caseId);
  const consentsOf = groupBy(input.consents, (c) => c.caseId);
  const referralOf = new Map(input.referrals.map((r) => [r.caseId, r]));
  const guardianOf = new Map(input.guardianAppointments.map((g) => [g.caseId, g]));
  const staff = new Staff(
    Rng.forSection(input.seed, 'assistance-staff-picks'),
    input.users,
    input.organisations,
  );
  const view = eligibilityView(input.directory, now);
  const serviceById = new Map(input.directory.services.map((s) => [s.id, s]));

  const contexts: CaseContext[] = plans.map((plan, index) => {
    const record = cases[index];
    const person = personById.get(plan.personId);
    const lead = orgById.get(record?.leadOrgId ?? '');
    if (!record || record.id !== plan.id || !person || !lead) throw new Error('cases and plans out of step');
    return buildContext({
      record,
      plan,
      person,
      referral: referralOf.get(record.id) ?? null,
      team: [...(teams.get(record.id) ?? [])],
      consents: [...(consentsOf.get(record.id) ?? [])],
      guardian: guardianOf.get(record.id) ?? null,
      lead,
      worker: record.caseWorkerUserId ? (userById.get(record.caseWorkerUserId) ?? null) : null,
      now,
    });
  });

  const assessments: AssessmentsOut = { needsAssessments: [], assessedNeeds: [], riskAssessments: [] };
  const services: ServicesOut = { serviceReferrals: [], capacityGaps: [], consents: [] };
  const planned: PlansOut = { supportPlans: [], planActions: [] };
  const rng = Rng.forSection(input.seed, 'assistance');
  for (const ctx of contexts) {
    const versions = buildAssessments(rng, ctx, staff, assessments);
    const uses = buildServiceReferrals(
      rng,
      ctx,
      staff,
      input.directory,
      view,
      serviceById,
      versions,
      services,
    );
    buildPlans(rng, ctx, staff, versions, uses, services.serviceReferrals, planned);
  }
  plantPendingReferrals(
    Rng.forSection(input.seed, 'assistance-inbox'),
    contexts,
    staff,
    input.directory,
    view,
    serviceById,
    services,
  );

  const caseFile: CaseFileOut = {
    caseAccounts: [],
    accountShares: [],
    accountRequests: [],
    caseNotes: [],
    advocates: [],
    consents: [],
  };
  const fileRng = Rng.forSection(input.seed, 'case-file');
  for (const ctx of contexts) buildCaseFile(fileRng, ctx, staff, orgById, caseFile);

  const legal: LegalOut = {
    cooperationRecords: [],
    residencePermits: [],
    legalAid: [],
    compensationClaims: [],
    nonPunishmentAssessments: [],
  };
  const legalRng = Rng.forSection(input.seed, 'legal');
  // The person's decisions are recorded away from services declined or ended (see placeAwayFromStops).
  const stops = serviceStopsByCase(services.serviceReferrals);
  for (const ctx of contexts) {
    buildLegal(legalRng, ctx, staff, input.host, stops.get(ctx.record.id) ?? [], legal);
  }

  const children: ChildrenOut = { bestInterestsProcedures: [], missingEpisodes: [] };
  const durableSolutions: DemoDurableSolution[] = [];
  const childRng = Rng.forSection(input.seed, 'children');
  const solutionRng = Rng.forSection(input.seed, 'solutions');
  for (const ctx of contexts) {
    const determinedAt = buildChildren(childRng, ctx, children);
    buildSolution(solutionRng, ctx, input.host, determinedAt, durableSolutions);
  }

  return {
    ...assessments,
    ...planned,
    serviceReferrals: services.serviceReferrals,
    capacityGaps: services.capacityGaps,
    caseAccounts: caseFile.caseAccounts,
    accountShares: caseFile.accountShares,
    accountRequests: caseFile.accountRequests,
    caseNotes: caseFile.caseNotes,
    advocates: caseFile.advocates,
    ...legal,
    ...children,
    durableSolutions,
    caseTeam: contexts.flatMap((ctx) => ctx.team),
    consents: contexts.flatMap((ctx) => ctx.consents),
  };
}
