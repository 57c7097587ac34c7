import { buildConsents } from './consents.js';
import { buildDecisions } from './decisions.js';
import { buildGuardianAppointment, ensureDemoGuardianCaseload } from './guardians.js';
import type { CasePlan } from './plan.js';
import type { Rng } from './random.js';
import { buildReferral, pickUrgentNeeds } from './referrals.js';
import { buildScreening, type ScreeningSubject } from './screenings.js';
import { DEMO_EMAILS, type Staff } from './staff.js';
import type {
  DemoCase,
  DemoConsent,
  DemoDecision,
  DemoGuardianAppointment,
  DemoOrganisation,
  DemoPerson,
  DemoReconsideration,
  DemoRecoveryExtension,
  DemoRecoveryPeriod,
  DemoReferral,
  DemoScreening,
  DemoTeamMember,
} from './types.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export type IdentificationRecords = {
  readonly screenings: DemoScreening[];
  readonly referrals: DemoReferral[];
  readonly consents: DemoConsent[];
  readonly guardianAppointments: DemoGuardianAppointment[];
  readonly decisions: DemoDecision[];
  readonly recoveryPeriods: DemoRecoveryPeriod[];
  readonly recoveryExtensions: DemoRecoveryExtension[];
  readonly reconsiderations: DemoReconsideration[];
  readonly caseTeam: DemoTeamMember[];
};

type Input = {
  readonly plans: readonly CasePlan[];
  /** The built cases, in the order of `plans`. */
  readonly cases: readonly DemoCase[];
  readonly caseTeam: readonly DemoTeamMember[];
  readonly persons: readonly DemoPerson[];
  readonly organisations: readonly DemoOrganisation[];
  readonly staff: Staff;
  readonly host: { readonly country: string; readonly language: string };
  readonly now: Date;
};

/**
 * Everything the identification story adds to the cases: screenings, referrals with
 * their consents and guardian requests, decisions and recovery periods, and
 * reconsiderations, each consistent with the case's timeline. `rng` drives the
 * referral records, `screeningRng` the screenings, so one can change without the other.
 */
export function buildIdentification(rng: Rng, screeningRng: Rng, input: Input): IdentificationRecords {
  const { plans, cases, persons, organisations, staff, host, now } = input;
  const personById = new Map(persons.map((p) => [p.id, p]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const teams = new Map<string, DemoTeamMember[]>();
  for (const member of input.caseTeam)
    teams.set(member.caseId, [...(teams.get(member.caseId) ?? []), member]);
  const competent = staff.organisation('competent-authority');
  const out: IdentificationRecords = {
    screenings: [],
    referrals: [],
    consents: [],
    guardianAppointments: [],
    decisions: [],
    recoveryPeriods: [],
    recoveryExtensions: [],
    reconsiderations: [],
    caseTeam: [],
  };

  for (const [index, plan] of plans.entries()) {
    const record = cases[index];
    const person = personById.get(plan.personId);
    if (!record || record.id !== plan.id || !person) throw new Error('cases and plans out of step');
    const team = [...(teams.get(record.id) ?? [])];
    const screener = staff.referrer(record.referringOrgId);
    const closedAt = plan.timeline.enteredAt.closed?.getTime() ?? Number.POSITIVE_INFINITY;
    const subject = (urgentNeeds: readonly string[]): ScreeningSubject => ({
      // What the screener records of the person: with the case's reasons to believe a
      // child, the screening's child status is the case's at first contact.
      person: {
        birthYear: person.birthYear,
        ageUncertain: person.ageUncertain,
        reasonsToBelieveChild: record.childStatus === 'child' || record.childStatus === 'presumed_child',
        gender: person.gender,
      },
      forms: record.exploitationForms,
      urgentNeeds,
      preferredLanguage: person.preferredLanguage,
      textLanguage: record.narrativeLanguage,
    });
    const screen = (
      urgentNeeds: readonly string[],
      options: Partial<Parameters<typeof buildScreening>[1]> = {},
    ): DemoScreening => {
      const startedAt =
        options.startedAt ?? new Date(plan.firstContact.getTime() + screeningRng.int(5, 40) * MINUTE_MS);
      const built = buildScreening(screeningRng, {
        subject: subject(urgentNeeds),
        depth: 'short',
        caseId: record.id,
        organisationId: record.referringOrgId,
        screenerUserId: screener.id,
        ...options,
        startedAt,
      });
      // Not finished yet if it would have finished after `now`.
      const screening: DemoScreening =
        built.completedAt && Date.parse(built.completedAt) > now.getTime()
          ? {
              ...built,
              status: 'in_progress',
              suggested: null,
              conclusion: null,
              concluded: null,
              concludedByUserId: null,
              concludedForms: [],
              overrideReason: null,
              completedAt: null,
            }
          : built;
      out.screenings.push(screening);
      return screening;
    };

    const referredAt = plan.timeline.referredAt;
    if (!referredAt) {
      // Not referred (yet): being screened now, or the person chose not to go on.
      if (plan.timeline.stage === 'screening') {
        const needs = pickUrgentNeeds(screeningRng, plan);
        screen(needs, screeningRng.chance(0.5) ? { progress: 0.3 + screeningRng.next() * 0.6 } : {});
      } else if (screeningRng.chance(0.7)) {
        screen(pickUrgentNeeds(screeningRng, plan));
      }
      out.caseTeam.push(...team);
      continue;
    }

    const lead = orgById.get(record.leadOrgId);
    let referral = buildReferral(rng, {
      plan,
      record,
      person,
      host,
      referringUserId: screener.id,
      competentOrgId: competent.id,
      contactOrgName: lead?.name ?? '',
      screeningId: null,
    });
    if (screeningRng.chance(0.65)) {
      const short = screen(referral.urgentNeeds);
      if (short.status === 'completed') {
        referral = { ...referral, screeningId: short.id };
        // A full screen some days after the referral, by the organisation supporting the person.
        const fullAt = referredAt.getTime() + (2 + screeningRng.next() * 18) * DAY_MS;
        if (screeningRng.chance(0.15) && fullAt < Math.min(now.getTime() - HOUR_MS * 3, closedAt)) {
          screen(referral.urgentNeeds, {
            depth: 'full',
            parent: short,
            organisationId: record.leadOrgId,
            screenerUserId: staff.pick(record.leadOrgId, ['case_worker', 'first_responder']).id,
            startedAt: new Date(fullAt),
          });
        }
      }
    }
    out.referrals.push(referral);
    out.consents.push(
      ...buildConsents(rng, { record, person, referral, team, organisations: orgById, staff, now }),
    );
    const guardian = buildGuardianAppointment(rng, { plan, record, referral, team, staff, now });
    if (guardian) out.guardianAppointments.push(guardian);
    const decided = buildDecisions(rng, { plan, record, referral, staff, now });
    out.decisions.push(...decided.decisions);
    if (decided.period) out.recoveryPeriods.push(decided.period);
    out.recoveryExtensions.push(...decided.extensions);
    if (decided.reconsideration) out.reconsiderations.push(decided.reconsideration);
    out.caseTeam.push(...team);
  }
  ensureDemoGuardianCaseload(out.guardianAppointments, staff);
  out.screenings.push(...frontLineWork(screeningRng, staff, now));
  return out;
}

/**
 * Screenings the named first responders have on the go when they sign in: some in
 * progress (one held out to the person in Ukrainian, one in Arabic), and one finished
 * but not referred yet, ready for the next step. Not linked to a case.
 */
function frontLineWork(rng: Rng, staff: Staff, now: Date): DemoScreening[] {
  const hoursAgo = (hours: number): Date => new Date(now.getTime() - hours * HOUR_MS);
  const year = now.getUTCFullYear();
  const adult = (
    forms: ScreeningSubject['forms'],
    language: string,
    person: { age: number; gender: 'female' | 'male' },
    needs: string[] = [],
  ): ScreeningSubject => ({
    person: {
      birthYear: year - person.age,
      ageUncertain: false,
      reasonsToBelieveChild: false,
      gender: person.gender,
    },
    forms,
    urgentNeeds: needs,
    preferredLanguage: language,
    textLanguage: language,
  });
  const work: {
    email: string;
    subject: ScreeningSubject;
    mode: DemoScreening['mode'];
    language: string;
    startedAt: Date;
    progress?: number;
  }[] = [
    {
      email: DEMO_EMAILS.outreach,
      subject: adult(['sexual_prostitution'], 'uk', { age: 23, gender: 'female' }, ['accommodation']),
      mode: 'person_facing',
      language: 'uk',
      startedAt: hoursAgo(2),
      progress: 0.5,
    },
    {
      email: DEMO_EMAILS.outreach,
      subject: {
        // A boy without papers who says he is 14: a child by any reading of his age.
        person: { birthYear: year - 14, ageUncertain: true, reasonsToBelieveChild: true, gender: 'male' },
        forms: ['forced_begging'],
        urgentNeeds: ['food_and_basics'],
        preferredLanguage: 'ro',
        textLanguage: 'ro',
      },
      mode: 'worker',
      language: 'ro',
      startedAt: hoursAgo(26),
      progress: 0.3,
    },
    {
      email: DEMO_EMAILS.outreach,
      subject: adult(['domestic_servitude'], 'en', { age: 41, gender: 'female' }),
      mode: 'worker',
      language: 'en',
      startedAt: hoursAgo(30),
    },
    {
      email: DEMO_EMAILS.inspector,
      subject: adult(['forced_labour'], 'ro', { age: 36, gender: 'male' }, ['legal']),
      mode: 'worker',
      language: 'ro',
      startedAt: hoursAgo(4),
      progress: 0.6,
    },
    {
      email: DEMO_EMAILS.inspector,
      subject: adult(['forced_labour'], 'vi', { age: 29, gender: 'male' }),
      mode: 'person_facing',
      language: 'vi',
      startedAt: hoursAgo(50),
    },
    {
      email: DEMO_EMAILS.police,
      subject: adult(['forced_criminality'], 'ar', { age: 19, gender: 'male' }, ['safety']),
      mode: 'person_facing',
      language: 'ar',
      startedAt: hoursAgo(3),
      progress: 0.4,
    },
    {
      email: DEMO_EMAILS.police,
      subject: adult(['sexual_prostitution', 'forced_criminality'], 'ru', { age: 27, gender: 'female' }, [
        'psychological',
      ]),
      mode: 'worker',
      language: 'ru',
      startedAt: hoursAgo(70),
    },
  ];
  return work.map((item) => {
    const user = staff.account(item.email);
    return buildScreening(rng, {
      subject: item.subject,
      depth: 'short',
      caseId: null,
      organisationId: user.organisationId,
      screenerUserId: user.id,
      startedAt: item.startedAt,
      mode: item.mode,
      language: item.language,
      ...(item.progress === undefined ? {} : { progress: item.progress }),
    });
  });
}
