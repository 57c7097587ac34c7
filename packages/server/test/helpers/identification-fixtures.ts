import { randomUUID } from 'node:crypto';
import {
  type CaseStage,
  type CountryProfile,
  type CountryProfileInput,
  GENERIC_COE_EU_PROFILE,
  reasonableGroundsDue,
  ZCountryProfile,
} from '@opennrm/core';
import { sql } from 'kysely';
import { insertPerson } from '../../src/cases/person-store.js';
import type { TestApp } from './app.js';

/**
 * Referred cases for tests, written as a referral writes them (contract of issue 3):
 * the case carries the profile version it was referred under and waits for the first
 * decision of that profile; the referring organisation is on the team for `referral`,
 * the competent authority for `identification`; a `referrals` row holds the
 * reasonable-grounds target counted in working days on the profile's calendar; an
 * adult's consent to the referral is recorded. Nothing about law enforcement is
 * written unless a test asks for it.
 */
export type ReferredCase = { caseId: string; personId: string; referralId: string; reference: string };

export async function createReferredCase(
  t: TestApp,
  input: {
    referringOrgId: string;
    referringUserId: string;
    competentOrgId: string;
    profile?: CountryProfile;
    referredAt?: Date;
    /** Default: the first decision stage of the profile. */
    stage?: CaseStage;
    child?: boolean;
    /** More organisations on the team, e.g. a support provider with consent. */
    team?: readonly { organisationId: string; purpose: string }[];
    identity?: { givenName?: string; familyName?: string };
    /** Consent purposes recorded beyond the referral itself (never law enforcement by default). */
    extraConsents?: readonly ('share_with_provider' | 'inform_law_enforcement')[];
  },
): Promise<ReferredCase> {
  const profile = input.profile ?? GENERIC_COE_EU_PROFILE;
  const referredAt = input.referredAt ?? new Date();
  const child = input.child ?? false;
  const personId = randomUUID();
  const caseId = randomUUID();
  const referralId = randomUUID();
  const reference = `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const stage: CaseStage =
    input.stage ??
    (profile.decisionStages === 2 ? 'awaiting_reasonable_grounds' : 'awaiting_conclusive_grounds');
  const birthYear = child ? referredAt.getUTCFullYear() - 15 : 1992;

  await t.database.db.transaction().execute(async (trx) => {
    await insertPerson(trx, t.keyring, {
      id: personId,
      identity: {
        givenName: input.identity?.givenName ?? 'Synthetic',
        familyName: input.identity?.familyName ?? 'Person',
        aliases: [],
        dateOfBirth: null,
        contact: null,
        address: null,
        identityDocuments: [],
      },
      demographics: {
        gender: 'female',
        birthYear,
        ageUncertain: false,
        nationality: 'MD',
        languages: ['ro'],
        preferredLanguage: 'ro',
      },
      createdByOrgId: input.referringOrgId,
    });
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        reference,
        person_id: personId,
        stage,
        is_child: child,
        exploitation_forms: ['forced_labour'],
        exploitation_place: 'in_country',
        region: 'capital',
        referring_org_id: input.referringOrgId,
        lead_org_id: input.referringOrgId,
        first_contact_at: referredAt,
        profile_id: profile.id,
        profile_version: profile.version,
      })
      .execute();
    const team = [
      { organisationId: input.referringOrgId, purpose: 'referral' },
      { organisationId: input.competentOrgId, purpose: 'identification' },
      ...(input.team ?? []),
    ];
    for (const member of team) {
      await trx
        .insertInto('case_team')
        .values({ case_id: caseId, organisation_id: member.organisationId, purpose: member.purpose })
        .execute();
    }
    await trx
      .insertInto('referrals')
      .values({
        id: referralId,
        case_id: caseId,
        referring_org_id: input.referringOrgId,
        referring_user_id: input.referringUserId,
        competent_org_id: input.competentOrgId,
        profile_id: profile.id,
        profile_version: profile.version,
        child_status: child ? 'child' : 'adult',
        elements: JSON.stringify({
          act: ['recruitment'],
          means: child ? [] : ['deception'],
          purpose: ['forced_labour'],
        }),
        exploitation_location: 'in_country',
        events: JSON.stringify([]),
        referred_at: referredAt,
        reasonable_grounds_due_at:
          profile.decisionStages === 2 ? reasonableGroundsDue(referredAt, profile) : null,
      })
      .execute();
    const purposes = [...(child ? [] : ['identification_referral']), ...(input.extraConsents ?? [])];
    for (const purpose of purposes) {
      await trx
        .insertInto('consents')
        .values({
          id: randomUUID(),
          case_id: caseId,
          person_id: personId,
          purpose,
          recipient_org_id: purpose === 'identification_referral' ? input.competentOrgId : null,
          language: 'ro',
          interpreter_used: false,
          method: 'written',
          given_at: referredAt,
          recorded_by_user_id: input.referringUserId,
        })
        .execute();
    }
  });
  return { caseId, personId, referralId, reference };
}

/** Stores a profile version (e.g. a one-stage system) as an administrator would publish it. */
export async function storeProfile(t: TestApp, input: CountryProfileInput): Promise<CountryProfile> {
  const profile = ZCountryProfile.parse(input);
  await sql`insert into country_profiles (id, version, definition)
    values (${profile.id}, ${profile.version}, ${JSON.stringify(profile)}::jsonb)`.execute(t.database.db);
  return profile;
}

/** Moves a recovery period's clock, e.g. into the past so that its time is up. */
export async function backdateRecoveryPeriod(
  t: TestApp,
  periodId: string,
  startsAt: Date,
  endsAt: Date,
): Promise<void> {
  await t.database.db
    .updateTable('recovery_periods')
    .set({ starts_at: startsAt, ends_at: endsAt })
    .where('id', '=', periodId)
    .execute();
}
