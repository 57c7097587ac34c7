import { randomUUID } from 'node:crypto';
import {
  type Actor,
  consentRecipientProblems,
  exploitationCountriesOf,
  isChildStatus,
  isOrganisationKind,
  mayReferUnder,
  pickChildProtectionOrganisation,
  pickCompetentOrganisation,
  providersSharedWith,
  type ReferralSubmission,
  reasonableGroundsDueAfterReferral,
  referralPath,
  referralTeam,
  stageAfterReferral,
} from '@opennrm/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import { type AuditInput, appendAudit } from '../audit/index.js';
import { newCaseReference } from '../cases/case-reference.js';
import { insertPerson, personBlindIndexes, sealNarrative } from '../cases/person-store.js';
import { encryptField, type Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { type FieldError, Problem, problems } from '../http/problem.js';
import { currentCountryProfile } from '../profiles/store.js';
import { activeOrganisations, isUuid, type NamedCandidate } from './candidates.js';
import { flagPossibleDuplicates } from './duplicates.js';
import type { ReferralCreated } from './schemas.js';

export type ReferralOutcome =
  | { readonly kind: 'created' | 'existing'; readonly referral: ReferralCreated }
  /** Refused by a rule; the refusal is audited after the (empty) transaction ends. */
  | { readonly kind: 'refused'; readonly problem: Problem; readonly reason: string };

/** A person's name as one text, whitespace collapsed, so that the blind index compares like with like. */
function tidyName(name: string | null): string | null {
  const tidy = name?.replace(/\s+/gu, ' ').trim() ?? '';
  return tidy.length > 0 ? tidy : null;
}

async function existingReferral(
  trx: Transaction<DB>,
  clientRef: string,
  actor: Actor,
): Promise<ReferralOutcome | null> {
  const row = await trx
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('organisations as comp', 'comp.id', 'r.competent_org_id')
    .select([
      'r.id',
      'r.case_id',
      'r.referring_org_id',
      'r.child_status',
      'r.referred_at',
      'r.reasonable_grounds_due_at',
      'c.reference',
      'c.stage',
      'comp.id as comp_id',
      'comp.name as comp_name',
    ])
    .where('r.client_ref', '=', clientRef)
    .executeTakeFirst();
  if (!row) return null;
  // Another organisation's reference: say nothing about what it names.
  if (row.referring_org_id !== actor.organisationId) {
    return {
      kind: 'refused',
      reason: 'client_ref_in_use',
      problem: problems.conflict('This client reference was already used; start a new draft.'),
    };
  }
  const protection = await trx
    .selectFrom('case_team as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select(['o.id', 'o.name'])
    .where('t.case_id', '=', row.case_id)
    .where('t.purpose', '=', 'child_protection')
    .orderBy('t.added_at')
    .executeTakeFirst();
  const guardian = await trx
    .selectFrom('guardian_appointments')
    .select('id')
    .where('case_id', '=', row.case_id)
    .executeTakeFirst();
  return {
    kind: 'existing',
    referral: {
      id: row.id,
      caseId: row.case_id,
      caseReference: row.reference,
      stage: row.stage,
      childStatus: row.child_status as ReferralCreated['childStatus'],
      referredAt: new Date(row.referred_at).toISOString(),
      reasonableGroundsDueAt: row.reasonable_grounds_due_at
        ? new Date(row.reasonable_grounds_due_at).toISOString()
        : null,
      competentOrganisation: { id: row.comp_id, name: row.comp_name },
      childProtectionOrganisation: protection ? { id: protection.id, name: protection.name } : null,
      guardianRequested: guardian !== undefined,
    },
  };
}

function validationRefusal(reason: string, errors: FieldError[]): ReferralOutcome {
  return { kind: 'refused', reason, problem: problems.validation(errors) };
}

/**
 * Makes a referral (style: one use case per file). In one transaction: checks the
 * profile lets the caller's organisation refer, applies the presumption of childhood
 * and the consent rule, then records the person (encrypted), the case, the referral,
 * its consents and case team, a guardian request for a child, and possible duplicates,
 * each audited. Sending the same `clientRef` again returns the first referral.
 */
export async function referCase(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  submission: ReferralSubmission,
  requestId: string,
): Promise<ReferralOutcome> {
  return db.transaction().execute(async (trx): Promise<ReferralOutcome> => {
    // Two sends of one draft take turns; the second finds the first's referral.
    await sql`select pg_advisory_xact_lock(hashtextextended(${submission.clientRef}, 0))`.execute(trx);
    const known = await existingReferral(trx, submission.clientRef, actor);
    if (known) return known;

    const now = new Date();
    const profile = await currentCountryProfile(trx);
    const own = await trx
      .selectFrom('organisations')
      .select(['kind', 'region'])
      .where('id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
    if (!isOrganisationKind(own.kind) || !mayReferUnder(profile, own.kind)) {
      return {
        kind: 'refused',
        reason: 'kind_does_not_refer',
        problem: problems.forbidden(
          `Under the country profile "${profile.name}" (version ${profile.version}), organisations of kind "${own.kind}" do not refer into the NRM. Ask an organisation that refers to do so, or make an anonymous notification.`,
        ),
      };
    }

    const path = referralPath(submission.person, submission.consents, now);
    if (path.route !== 'referral') {
      return {
        kind: 'refused',
        reason: 'identification_consent_missing',
        problem: new Problem(
          422,
          'consent-required',
          'An adult is referred only with their consent.',
          'Without the person’s consent to an identification referral, nothing identifying may be sent. Make an anonymous notification instead (POST /api/anonymous-notifications): it holds no identifying data and is still counted, and support can still be offered.',
          { reason: 'identification_consent_missing', alternative: '/api/anonymous-notifications' },
        ),
      };
    }
    const child = isChildStatus(path.childStatus);

    const organisations = await activeOrganisations(trx);
    const byId = new Map<string, NamedCandidate>(organisations.map((org) => [org.id, org]));
    const competent = pickCompetentOrganisation(organisations, profile, submission.competentOrgId ?? null);
    if (!competent.ok) {
      return competent.reason === 'not_deciding'
        ? validationRefusal('competent_not_deciding', [
            {
              path: 'body.competentOrgId',
              message: 'Choose an active organisation that takes identification decisions.',
            },
          ])
        : {
            kind: 'refused',
            reason: 'no_competent_authority',
            problem: problems.conflict('No organisation that takes identification decisions is registered.'),
          };
    }
    const recipientProblems = consentRecipientProblems(submission.consents, {
      competentOrgId: competent.organisation.id,
      kindOf: (id) => (isUuid(id) ? byId.get(id)?.kind : undefined),
    });
    if (recipientProblems.length > 0) {
      return validationRefusal(
        'consent_recipient',
        recipientProblems.map(({ index, problem }) => ({
          path: `body.consents.${index}.recipientOrgId`,
          message: problem,
        })),
      );
    }
    if (submission.consents.some((consent) => consent.givenAt.getTime() > now.getTime())) {
      return validationRefusal('consent_in_future', [
        { path: 'body.consents', message: 'A consent cannot be given in the future.' },
      ]);
    }

    if (submission.screeningId !== null) {
      const screening = await trx
        .selectFrom('screenings')
        .select(['organisation_id', 'case_id'])
        .where('id', '=', submission.screeningId)
        .executeTakeFirst();
      if (!screening || screening.organisation_id !== actor.organisationId) {
        return validationRefusal('unknown_screening', [
          { path: 'body.screeningId', message: 'No screening of your organisation has this id.' },
        ]);
      }
      if (screening.case_id !== null) {
        return {
          kind: 'refused',
          reason: 'screening_already_referred',
          problem: problems.conflict('This screening already belongs to a case.'),
        };
      }
    }

    const region = submission.region ?? own.region;
    const protection = child ? pickChildProtectionOrganisation(organisations, region) : null;
    const providers = providersSharedWith(submission.consents);
    const personId = randomUUID();
    const caseId = randomUUID();
    const referralId = randomUUID();
    const reference = newCaseReference(now);
    const stage = stageAfterReferral(profile);
    const rgDue = reasonableGroundsDueAfterReferral(now, profile);
    const identity = {
      givenName: tidyName(submission.person.name),
      familyName: null,
      aliases: [],
      dateOfBirth: null,
      contact: null,
      address: null,
      identityDocuments: [],
    };
    const p = submission.person;

    const { dataKey } = await insertPerson(trx, keyring, {
      id: personId,
      identity,
      demographics: {
        gender: p.gender,
        birthYear: p.birthYear,
        ageUncertain: p.ageUncertain,
        nationality: p.nationality,
        languages: p.preferredLanguage ? [p.preferredLanguage] : [],
        preferredLanguage: p.preferredLanguage,
      },
      createdByOrgId: actor.organisationId,
      createdAt: now,
    });
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        reference,
        person_id: personId,
        stage,
        is_child: child,
        exploitation_forms: submission.exploitationForms,
        exploitation_place: submission.exploitationLocation,
        exploitation_countries: exploitationCountriesOf(submission.events),
        region,
        referring_org_id: actor.organisationId,
        lead_org_id: actor.organisationId,
        first_contact_at: now,
        narrative_enc: sealNarrative(dataKey, caseId, submission.narrative),
        profile_id: profile.id,
        profile_version: profile.version,
      })
      .execute();
    await trx
      .insertInto('referrals')
      .values({
        id: referralId,
        case_id: caseId,
        screening_id: submission.screeningId,
        referring_org_id: actor.organisationId,
        referring_user_id: actor.userId,
        competent_org_id: competent.organisation.id,
        profile_id: profile.id,
        profile_version: profile.version,
        child_status: path.childStatus,
        elements: JSON.stringify(submission.elements),
        exploitation_forms: submission.exploitationForms,
        exploitation_location: submission.exploitationLocation,
        events: JSON.stringify(submission.events),
        urgent_needs: submission.urgentNeeds,
        interpreter_needed: submission.interpreterNeeded,
        interpreter_language: submission.interpreterNeeded ? p.preferredLanguage : null,
        safe_contact_enc: p.contact
          ? encryptField(
              dataKey,
              { table: 'referrals', rowId: referralId, field: 'safe_contact_enc' },
              p.contact,
            )
          : null,
        referred_at: now,
        reasonable_grounds_due_at: rgDue,
        client_ref: submission.clientRef,
      })
      .execute();
    if (submission.screeningId !== null) {
      await trx
        .updateTable('screenings')
        .set({ case_id: caseId, updated_at: now })
        .where('id', '=', submission.screeningId)
        .execute();
    }

    const audits: AuditInput[] = [];
    const audit = (
      entry: Omit<AuditInput, 'actorKind' | 'actorUserId' | 'actorOrgId' | 'requestId' | 'outcome'>,
    ) =>
      audits.push({
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        outcome: 'success',
        requestId,
        subjectPersonId: personId,
        ...entry,
      });
    audit({ action: 'person.create', resourceType: 'person', resourceId: personId, purpose: 'referral' });
    audit({
      action: 'case.create',
      resourceType: 'case',
      resourceId: caseId,
      purpose: 'referral',
      details: { stage, child, profile: profile.id, profileVersion: profile.version },
    });
    audit({
      action: 'referral.create',
      resourceType: 'referral',
      resourceId: referralId,
      purpose: 'referral',
      details: {
        caseId,
        childStatus: path.childStatus,
        competentOrgId: competent.organisation.id,
        consents: submission.consents.length,
        screeningId: submission.screeningId,
      },
    });

    for (const consent of submission.consents) {
      const consentId = randomUUID();
      await trx
        .insertInto('consents')
        .values({
          id: consentId,
          case_id: caseId,
          person_id: personId,
          purpose: consent.purpose,
          recipient_org_id: consent.recipientOrgId,
          language: consent.language,
          interpreter_used: consent.interpreterUsed,
          method: consent.method,
          given_at: consent.givenAt,
          recorded_by_user_id: actor.userId,
        })
        .execute();
      audit({
        action: 'consent.create',
        resourceType: 'consent',
        resourceId: consentId,
        purpose: consent.purpose,
        details: { caseId, recipientOrgId: consent.recipientOrgId, method: consent.method },
      });
    }

    const team = referralTeam({
      referrerOrgId: actor.organisationId,
      competentOrgId: competent.organisation.id,
      childProtectionOrgId: protection?.id ?? null,
      providers: providers.map((id) => ({
        id,
        kind: organisations.find((o) => o.id === id)?.kind ?? 'other',
      })),
    });
    for (const member of team) {
      await trx
        .insertInto('case_team')
        .values({
          case_id: caseId,
          organisation_id: member.organisationId,
          purpose: member.purpose,
          added_at: now,
        })
        .execute();
      audit({
        action: 'case_team.add',
        resourceType: 'case',
        resourceId: caseId,
        purpose: member.purpose,
        details: { organisationId: member.organisationId },
      });
    }

    if (child) {
      const appointmentId = randomUUID();
      // CoE art. 10(4), EU art. 14(2): a guardian from the moment the child is identified.
      await trx
        .insertInto('guardian_appointments')
        .values({ id: appointmentId, case_id: caseId, requested_at: now, requested_by_user_id: actor.userId })
        .execute();
      audit({
        action: 'guardian.request',
        resourceType: 'guardian_appointment',
        resourceId: appointmentId,
        purpose: 'child_protection',
        details: { caseId },
      });
    }

    const flagged = await flagPossibleDuplicates(trx, {
      caseId,
      personId,
      indexes: personBlindIndexes(keyring, identity),
      at: now,
    });
    if (flagged > 0) {
      audit({
        action: 'possible_duplicate.flag',
        resourceType: 'case',
        resourceId: caseId,
        purpose: 'identification',
        details: { matches: flagged },
      });
    }

    // Audit last: the chain's lock is then held for the shortest time.
    for (const entry of audits) await appendAudit(trx, entry);

    return {
      kind: 'created',
      referral: {
        id: referralId,
        caseId,
        caseReference: reference,
        stage,
        childStatus: path.childStatus,
        referredAt: now.toISOString(),
        reasonableGroundsDueAt: rgDue?.toISOString() ?? null,
        competentOrganisation: { id: competent.organisation.id, name: competent.organisation.name },
        childProtectionOrganisation: protection ? { id: protection.id, name: protection.name } : null,
        guardianRequested: child,
      },
    };
  });
}
