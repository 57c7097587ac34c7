import { randomInt, randomUUID } from 'node:crypto';
import { GENERIC_COE_EU_PROFILE } from '@opennrm/core';
import { insertPerson, sealNarrative } from '../../src/cases/person-store.js';
import { createDataKey, encryptField } from '../../src/crypto/index.js';
import type { TestApp } from './app.js';

/**
 * Direct inserts for the letters tests: a case with a person, a referral, and decisions
 * with their recovery period, written the way the referral and decision modules store
 * them (personal fields and reasons encrypted). Synthetic data only.
 */

export async function createOrganisationWithContact(
  t: TestApp,
  input: { kind: string; name: string; email?: string | null; phone?: string | null },
): Promise<string> {
  const id = randomUUID();
  await t.database.db
    .insertInto('organisations')
    .values({
      id,
      name: input.name,
      kind: input.kind,
      country: 'AT',
      region: 'capital',
      contact_email: input.email ?? null,
      contact_phone: input.phone ?? null,
    })
    .execute();
  return id;
}

export type LetterCase = {
  caseId: string;
  personId: string;
  referralId: string;
  reference: string;
};

export async function seedReferredCase(
  t: TestApp,
  input: {
    referrerOrgId: string;
    referrerUserId: string;
    authorityOrgId: string;
    /** Further organisations on the team, with their purpose. */
    team?: { organisationId: string; purpose: string }[];
    preferredLanguage?: string | null;
    child?: boolean;
    narrative?: string;
    givenName?: string;
    interpreterLanguage?: string | null;
    referredAt?: Date;
  },
): Promise<LetterCase> {
  const personId = randomUUID();
  const caseId = randomUUID();
  const referralId = randomUUID();
  const reference = `NRM-2026-${String(randomInt(1_000_000)).padStart(6, '0')}`;
  const referredAt = input.referredAt ?? new Date('2026-03-02T09:30:00Z');
  const profile = GENERIC_COE_EU_PROFILE;
  await t.database.db.transaction().execute(async (trx) => {
    const { dataKey } = await insertPerson(trx, t.keyring, {
      id: personId,
      identity: {
        givenName: input.givenName ?? 'Olena',
        familyName: 'Synthetic',
        aliases: [],
        dateOfBirth: input.child ? '2011-05-04' : '1994-05-04',
        contact: { phone: '+000 555 0199' },
        address: '7 Nowhere Lane',
        identityDocuments: [],
      },
      demographics: {
        gender: 'female',
        birthYear: input.child ? 2011 : 1994,
        ageUncertain: false,
        nationality: 'UA',
        languages: input.preferredLanguage ? [input.preferredLanguage] : [],
        preferredLanguage: input.preferredLanguage === undefined ? 'uk' : input.preferredLanguage,
      },
      createdByOrgId: input.referrerOrgId,
    });
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        reference,
        person_id: personId,
        stage: 'awaiting_reasonable_grounds',
        is_child: input.child ?? false,
        exploitation_forms: ['forced_labour', 'domestic_servitude'],
        exploitation_place: 'abroad',
        region: 'capital',
        referring_org_id: input.referrerOrgId,
        lead_org_id: input.referrerOrgId,
        first_contact_at: referredAt,
        narrative_enc: sealNarrative(dataKey, caseId, input.narrative ?? null),
        profile_id: profile.id,
        profile_version: profile.version,
      })
      .execute();
    const team = [
      { organisationId: input.referrerOrgId, purpose: 'referral' },
      { organisationId: input.authorityOrgId, purpose: 'identification' },
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
        referring_org_id: input.referrerOrgId,
        referring_user_id: input.referrerUserId,
        competent_org_id: input.authorityOrgId,
        profile_id: profile.id,
        profile_version: profile.version,
        child_status: input.child ? 'child' : 'adult',
        elements: JSON.stringify({ act: ['recruitment'], means: ['deception'], purpose: ['forced_labour'] }),
        exploitation_location: 'abroad',
        events: JSON.stringify([]),
        urgent_needs: ['accommodation'],
        interpreter_needed: Boolean(input.interpreterLanguage),
        interpreter_language: input.interpreterLanguage ?? null,
        referred_at: referredAt,
        // Monday 2 March 2026 + 5 working days (Brussels) = end of Monday 9 March.
        reasonable_grounds_due_at: new Date('2026-03-09T22:59:59.999Z'),
      })
      .execute();
  });
  return { caseId, personId, referralId, reference };
}

export async function appointGuardian(t: TestApp, caseId: string, guardianUserId: string): Promise<void> {
  await t.database.db
    .insertInto('guardian_appointments')
    .values({
      id: randomUUID(),
      case_id: caseId,
      requested_at: new Date('2026-03-02T10:00:00Z'),
      guardian_user_id: guardianUserId,
      appointed_at: new Date('2026-03-03T10:00:00Z'),
    })
    .execute();
}

export async function seedDecision(
  t: TestApp,
  input: {
    caseId: string;
    authorityOrgId: string;
    deciderUserId: string;
    stage: 'reasonable_grounds' | 'conclusive_grounds';
    outcome: string;
    positive: boolean;
    reasons: string;
    decidedAt?: Date;
    supersedesId?: string;
    /** A recovery period started by this (positive reasonable-grounds) decision. */
    recovery?: {
      startsAt: Date;
      endsAt: Date;
      withheld?: { ground: string; reason: string };
    };
  },
): Promise<{ decisionId: string }> {
  const decisionId = randomUUID();
  const profile = GENERIC_COE_EU_PROFILE;
  await t.database.db.transaction().execute(async (trx) => {
    const dk = createDataKey(t.keyring);
    await trx.insertInto('data_keys').values({ id: dk.id, kek_id: dk.kekId, wrapped: dk.wrapped }).execute();
    await trx
      .insertInto('decisions')
      .values({
        id: decisionId,
        case_id: input.caseId,
        stage: input.stage,
        outcome: input.outcome,
        positive: input.positive,
        standard: input.stage === 'reasonable_grounds' ? 'reasonable_grounds' : 'balance_of_probabilities',
        data_key_id: dk.id,
        reasons_enc: encryptField(
          dk.key,
          { table: 'decisions', rowId: decisionId, field: 'reasons_enc' },
          input.reasons,
        ),
        decided_by_user_id: input.deciderUserId,
        decided_by_org_id: input.authorityOrgId,
        decided_at: input.decidedAt ?? new Date('2026-03-06T14:00:00Z'),
        profile_id: profile.id,
        profile_version: profile.version,
        supersedes_id: input.supersedesId ?? null,
      })
      .execute();
    if (input.recovery) {
      const periodId = randomUUID();
      const withheld = input.recovery.withheld;
      await trx
        .insertInto('recovery_periods')
        .values({
          id: periodId,
          case_id: input.caseId,
          decision_id: decisionId,
          starts_at: input.recovery.startsAt,
          ends_at: input.recovery.endsAt,
          minimum_days: profile.recoveryPeriodDays,
          status: withheld ? 'withheld' : 'running',
          no_removal: !withheld,
          data_key_id: dk.id,
          withheld_ground: withheld?.ground ?? null,
          withheld_reason_enc: withheld
            ? encryptField(
                dk.key,
                { table: 'recovery_periods', rowId: periodId, field: 'withheld_reason_enc' },
                withheld.reason,
              )
            : null,
          withheld_by_user_id: withheld ? input.deciderUserId : null,
          withheld_at: withheld ? (input.decidedAt ?? new Date('2026-03-06T14:00:00Z')) : null,
        })
        .execute();
    }
  });
  return { decisionId };
}
