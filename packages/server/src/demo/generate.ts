import { childStatus } from '@opennrm/core';
import { generateUsers } from './accounts.js';
import { ANONYMOUS_SHARE, generateAnonymousNotifications } from './anonymous.js';
import { assignCaseWorkers } from './assistance/caseload.js';
import { buildAssistance } from './assistance/index.js';
import { generateAssistanceStaff } from './assistance-staff.js';
import { buildCase } from './cases.js';
import { generateDirectory } from './directory.js';
import { plantDuplicates } from './duplicates.js';
import { pickExploitationForms } from './exploitation.js';
import { buildIdentification } from './identification.js';
import { plantShelterSearches } from './journeys.js';
import { FakerPool, HOST_LOCALES } from './names/fakers.js';
import { nationalityProfiles } from './nationalities.js';
import { generateOrganisations } from './organisations.js';
import { draftPerson } from './persons.js';
import { Placement, REGION_WEIGHTS } from './placement.js';
import type { CasePlan } from './plan.js';
import { plantOverturn, plantWithholding, shapeDecisionQueue } from './queue.js';
import { Rng } from './random.js';
import { pickSpecialNeeds } from './special-needs.js';
import { Staff } from './staff.js';
import { closeTimelineBefore, walkTimeline } from './timeline.js';
import type {
  DemoCase,
  DemoChildStatus,
  DemoDataset,
  DemoDatasetOptions,
  DemoPerson,
  DemoTeamMember,
} from './types.js';
import { DEMO_REGIONS } from './vocabulary.js';

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 3 * 365;
/** Share of persons met again in a new situation of exploitation after their first case. */
const RETRAFFICKED_SHARE = 0.025;

const isChildStatus = (status: DemoChildStatus): boolean => status === 'child' || status === 'presumed_child';

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Spread over the last three years, denser towards now (identifications have been rising). */
function pickFirstContact(rng: Rng, now: Date): Date {
  // Density falls linearly with age: twice the average today, none three years ago.
  const daysAgo = Math.floor(HISTORY_DAYS * (1 - Math.sqrt(1 - rng.next())));
  const day = startOfUtcDay(new Date(now.getTime() - daysAgo * DAY_MS)).getTime();
  // Met during the working day, 07:00–20:00 UTC; never after `now`.
  const at = day + rng.int(7 * 60, 20 * 60) * 60_000;
  return new Date(at <= now.getTime() ? at : at - DAY_MS);
}

/** 'NRM-<year>-<6 digits>', numbered per year in order of first contact, with small gaps. */
function assignReferences(rng: Rng, plans: readonly CasePlan[]): Map<string, string> {
  const ordered = [...plans].sort(
    (a, b) => a.firstContact.getTime() - b.firstContact.getTime() || a.id.localeCompare(b.id),
  );
  const counters = new Map<number, number>();
  const references = new Map<string, string>();
  for (const plan of ordered) {
    const year = plan.firstContact.getUTCFullYear();
    // Gaps: numbers also go to anonymous notifications, which are not in this dataset.
    const next = (counters.get(year) ?? 0) + (rng.chance(0.1) ? 2 : 1);
    counters.set(year, next);
    references.set(plan.id, `NRM-${year}-${String(next).padStart(6, '0')}`);
  }
  return references;
}

/**
 * Builds the synthetic demo dataset: organisations, staff, persons with their cases and the
 * case teams. Pure and deterministic: the same options give a deep-equal result. Every name,
 * number and address is invented; e-mail domains are reserved (.example, example.org).
 */
export function generateDemoDataset(options: DemoDatasetOptions): DemoDataset {
  const count = options.persons ?? 2000;
  if (!Number.isInteger(count) || count < 0) throw new Error('persons must be a non-negative integer');
  const now = options.now ?? startOfUtcDay(new Date());
  const host = (options.country ?? 'AT').toUpperCase();
  if (!/^[A-Z]{2}$/.test(host)) throw new Error('country must be an ISO 3166-1 alpha-2 code');
  const hostLocale = HOST_LOCALES[host];
  const hostLanguage = { country: host, language: hostLocale?.language ?? 'en' };

  // Separate streams: changing the number of persons leaves organisations and users unchanged.
  const organisations = generateOrganisations(Rng.forSection(options.seed, 'organisations'), host);
  const userRng = Rng.forSection(options.seed, 'users');
  const users = generateUsers(
    userRng,
    new FakerPool(userRng).get(hostLocale?.locale ?? 'en_GB'),
    organisations,
  );

  const rng = Rng.forSection(options.seed, 'persons');
  // Special needs from a stream of their own: the persons and cases stay as they were.
  const needsRng = Rng.forSection(options.seed, 'special-needs');
  const fakers = new FakerPool(rng);
  const placement = new Placement(rng, organisations);
  const profiles = nationalityProfiles(host).map((p) => [p, p.weight] as const);

  const persons: DemoPerson[] = [];
  const plans: CasePlan[] = [];
  for (let i = 0; i < count; i++) {
    const firstContact = pickFirstContact(rng, now);
    const region = rng.weighted(REGION_WEIGHTS);
    const profile = rng.weighted(profiles);
    const { isChild: exploitedAsChild, ...draft } = draftPerson(
      rng,
      fakers,
      profile,
      hostLanguage,
      region,
      firstContact,
    );
    // As a referral records it: a child by the lowest possible age, or presumed one (core rule).
    const status = childStatus(
      {
        birthYear: draft.birthYear,
        ageUncertain: draft.ageUncertain,
        reasonsToBelieveChild: exploitedAsChild,
      },
      firstContact,
    );
    const isChild = isChildStatus(status);
    const forms = pickExploitationForms(rng, draft.gender, isChild, profile.formBoost);
    const referrer = placement.referrer(region, isChild, forms);
    const personId = rng.uuid();
    const needs = pickSpecialNeeds(needsRng, {
      gender: draft.gender,
      nationality: draft.nationality,
      languages: draft.languages,
      birthYear: draft.birthYear,
      isChild,
      forms,
      host,
      firstContact,
    });
    persons.push({ id: personId, ...draft, ...needs, createdByOrgId: referrer.id });

    const base = {
      personId,
      gender: draft.gender,
      nationality: draft.nationality,
      preferredLanguage: draft.preferredLanguage,
      region,
    };
    const daysKnown = (now.getTime() - firstContact.getTime()) / DAY_MS;
    if (daysKnown > 500 && rng.chance(RETRAFFICKED_SHARE)) {
      // Met again later: the first case closed shortly before the new one opened.
      const secondContact = new Date(
        firstContact.getTime() + (300 + rng.next() * (daysKnown - 330)) * DAY_MS,
      );
      const closedAt = new Date(secondContact.getTime() - 10 * DAY_MS);
      const first = closeTimelineBefore(walkTimeline(rng, firstContact, closedAt, isChild), closedAt);
      plans.push({
        id: rng.uuid(),
        ...base,
        isChild,
        childStatus: status,
        forms,
        referringOrgId: referrer.id,
        firstContact,
        timeline: first,
        superseded: true,
        overturned: false,
      });
      const statusAgain = childStatus(
        { birthYear: draft.birthYear, ageUncertain: draft.ageUncertain, reasonsToBelieveChild: false },
        secondContact,
      );
      const childAgain = isChildStatus(statusAgain);
      const formsAgain = pickExploitationForms(rng, draft.gender, childAgain, profile.formBoost);
      plans.push({
        id: rng.uuid(),
        ...base,
        isChild: childAgain,
        childStatus: statusAgain,
        forms: formsAgain,
        referringOrgId: placement.referrer(region, childAgain, formsAgain).id,
        firstContact: secondContact,
        timeline: walkTimeline(rng, secondContact, now, childAgain),
        superseded: false,
        overturned: false,
      });
    } else {
      const timeline = walkTimeline(rng, firstContact, now, isChild);
      plans.push({
        id: rng.uuid(),
        ...base,
        isChild,
        childStatus: status,
        forms,
        referringOrgId: referrer.id,
        firstContact,
        timeline,
        superseded: false,
        overturned: false,
      });
    }
  }

  // The decision maker's inbox must look right on any day: overdue and due-soon items,
  // children, a withheld recovery period, an overturned decision, duplicates (own streams).
  const queueRng = Rng.forSection(options.seed, 'decision-queue');
  shapeDecisionQueue(queueRng, plans, now);
  plantWithholding(queueRng, plans, now);
  plantOverturn(queueRng, plans, now);
  const possibleDuplicates = plantDuplicates(Rng.forSection(options.seed, 'duplicates'), plans, persons);
  // The case worker's shelter search of issue 4 (journeys.ts), from a stream of its own.
  const shelterSearches = plantShelterSearches(
    Rng.forSection(options.seed, 'shelter-searches'),
    plans,
    organisations,
  );

  const references = assignReferences(rng, plans);
  const cases: DemoCase[] = [];
  const builtTeam: DemoTeamMember[] = [];
  for (const plan of plans) {
    const { record, team } = buildCase(
      rng,
      placement,
      { ...plan, host, reference: references.get(plan.id) ?? '' },
      now,
    );
    cases.push(record);
    builtTeam.push(...team);
  }

  const identificationRng = Rng.forSection(options.seed, 'identification');
  const { caseTeam, ...identification } = buildIdentification(
    identificationRng,
    Rng.forSection(options.seed, 'screenings'),
    {
      plans,
      cases,
      caseTeam: builtTeam,
      persons,
      organisations,
      staff: new Staff(identificationRng, users, organisations),
      host: hostLanguage,
      now,
    },
  );
  const anonymousNotifications = generateAnonymousNotifications(
    Rng.forSection(options.seed, 'anonymous'),
    organisations,
    host,
    Math.round(identification.referrals.length * ANONYMOUS_SHARE),
    now,
  );

  // Assistance (issue 4) and what stock-taking counts (issue 5), each from streams of its own.
  const staffRng = Rng.forSection(options.seed, 'assistance-staff');
  const allUsers = [
    ...users,
    ...generateAssistanceStaff(
      staffRng,
      new FakerPool(staffRng).get(hostLocale?.locale ?? 'en_GB'),
      organisations,
      users,
    ),
  ];
  const directory = generateDirectory(
    Rng.forSection(options.seed, 'directory'),
    organisations,
    new Staff(Rng.forSection(options.seed, 'directory-staff'), allUsers, organisations),
    hostLanguage.language,
    now,
  );
  const assignedCases = assignCaseWorkers(
    Rng.forSection(options.seed, 'caseload'),
    cases,
    allUsers,
    new Set(shelterSearches.map((p) => p.id)),
  );
  const {
    caseTeam: assistedTeam,
    consents,
    ...assistance
  } = buildAssistance({
    seed: options.seed,
    plans,
    cases: assignedCases,
    persons,
    organisations,
    users: allUsers,
    caseTeam,
    consents: identification.consents,
    referrals: identification.referrals,
    guardianAppointments: identification.guardianAppointments,
    directory,
    host,
    now,
  });

  return {
    seed: options.seed,
    now: now.toISOString(),
    hostCountry: host,
    regions: DEMO_REGIONS,
    organisations,
    users: allUsers,
    persons,
    cases: assignedCases,
    caseTeam: assistedTeam,
    ...identification,
    consents,
    possibleDuplicates,
    anonymousNotifications,
    services: directory.services,
    serviceCapacityLog: directory.capacityLog,
    ...assistance,
  };
}
