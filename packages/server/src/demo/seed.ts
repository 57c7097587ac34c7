import { randomBytes } from 'node:crypto';
import type { Actor, Role } from '@opennrm/core';
import type { Insertable, Kysely, Transaction } from 'kysely';
import { hashPassword } from '../access/passwords.js';
import { appendAudit } from '../audit/index.js';
import { insertPerson, sealNarrative } from '../cases/person-store.js';
import { createDataKey, type DataKey, encryptField, type Keyring } from '../crypto/index.js';
import type { DB, ScreeningsTable } from '../db/schema.js';
import { seal } from '../decisions/case-context.js';
import { completion } from '../identification/conclusion-values.js';
import { sealAnswers, sealScreeningField } from '../identification/screening-store.js';
import { DEMO_PASSWORD } from './accounts.js';
import { bulkInsert } from './bulk.js';
import { generateDemoDataset } from './generate.js';
import { demoCounts, insertAssistance, updateSpecialNeeds } from './seed-assistance.js';
import type { DemoDataset, DemoScreening } from './types.js';

export const DEMO_SETTING = 'demo_dataset';
const BATCH = 250;
/** Rows per insert for the identification tables (at most ~22 columns: well under the parameter limit). */
const ROWS = 1000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function isDemoSeeded(db: Kysely<DB>): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('key')
    .where('key', '=', DEMO_SETTING)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Inserts the synthetic demo data set. Runs through the system handle (a job, not a
 * request): person fields are encrypted exactly as the API would encrypt them.
 */
export async function seedDemo(
  systemDb: Kysely<DB>,
  keyring: Keyring,
  options: { seed?: number; persons?: number; now?: Date } = {},
): Promise<DemoDataset> {
  const dataset = generateDemoDataset({
    seed: options.seed ?? 2026,
    persons: options.persons ?? 2000,
    now: options.now ?? new Date(),
  });
  const demoHash = await hashPassword(DEMO_PASSWORD);
  // Staff who are not named demo accounts get an unusable password until an admin resets it.
  const lockedHash = await hashPassword(randomBytes(24).toString('base64url'));
  const personById = new Map(dataset.persons.map((p) => [p.id, p]));
  const casesByPerson = new Map<string, DemoDataset['cases'][number][]>();
  for (const c of dataset.cases) casesByPerson.set(c.personId, [...(casesByPerson.get(c.personId) ?? []), c]);
  const personOfCase = new Map(dataset.cases.map((c) => [c.id, c.personId]));
  // Texts about a person (reasons, grounds, how to reach them) are sealed with the
  // person's data key, exactly as the referral and decision routes seal them.
  const personKeys = new Map<string, DataKey>();
  const keyOfCase = (caseId: string): DataKey => {
    const key = personKeys.get(personOfCase.get(caseId) ?? '');
    if (!key) throw new Error('demo record of a case without a person');
    return key;
  };

  await systemDb.transaction().execute(async (trx) => {
    for (const batch of chunks(dataset.organisations, BATCH)) {
      await trx
        .insertInto('organisations')
        .values(
          batch.map((o) => ({
            id: o.id,
            name: o.name,
            kind: o.kind,
            country: o.country,
            region: o.region,
            contact_email: o.contactEmail,
            contact_phone: o.contactPhone,
          })),
        )
        .execute();
    }
    for (const batch of chunks(dataset.users, BATCH)) {
      await trx
        .insertInto('users')
        .values(
          batch.map((u) => ({
            id: u.id,
            organisation_id: u.organisationId,
            email: u.email,
            display_name: u.displayName,
            roles: [...u.roles],
            locale: u.locale,
            password_hash: u.demo ? demoHash : lockedHash,
            password_must_change: !u.demo,
            demo: u.demo,
          })),
        )
        .execute();
    }
    for (const batch of chunks([...casesByPerson.keys()], BATCH)) {
      const caseRows = [];
      for (const personId of batch) {
        const p = personById.get(personId);
        if (!p) continue;
        const { dataKey } = await insertPerson(trx, keyring, {
          id: p.id,
          identity: {
            givenName: p.givenName,
            familyName: p.familyName,
            aliases: [...p.aliases],
            dateOfBirth: p.dateOfBirth,
            contact: p.contact ? { ...p.contact } : null,
            address: p.address,
            identityDocuments: p.identityDocuments.map((d) => ({ ...d })),
          },
          demographics: {
            gender: p.gender,
            birthYear: p.birthYear,
            ageUncertain: p.ageUncertain,
            nationality: p.nationality,
            languages: [...p.languages],
            preferredLanguage: p.preferredLanguage,
          },
          createdByOrgId: p.createdByOrgId,
          createdAt: new Date(casesByPerson.get(personId)?.[0]?.firstContactAt ?? dataset.now),
        });
        personKeys.set(personId, dataKey);
        for (const c of casesByPerson.get(personId) ?? []) {
          caseRows.push({
            id: c.id,
            reference: c.reference,
            person_id: c.personId,
            stage: c.stage,
            is_child: c.isChild,
            exploitation_forms: [...c.exploitationForms],
            exploitation_place: c.exploitationPlace,
            exploitation_countries: [...c.exploitationCountries],
            region: c.region,
            referring_org_id: c.referringOrgId,
            lead_org_id: c.leadOrgId,
            first_contact_at: c.firstContactAt,
            narrative_enc: sealNarrative(dataKey, c.id, c.narrative),
            profile_id: c.profileId,
            profile_version: c.profileVersion,
            created_at: c.firstContactAt,
            updated_at: c.updatedAt,
            closed_at: c.closedAt,
            case_worker_user_id: c.caseWorkerUserId,
          });
        }
      }
      if (caseRows.length) await trx.insertInto('cases').values(caseRows).execute();
    }
    await bulkInsert(trx, 'case_team', dataset.caseTeam, {
      case_id: ['uuid', (t) => t.caseId],
      organisation_id: ['uuid', (t) => t.organisationId],
      purpose: ['text', (t) => t.purpose],
      added_at: ['timestamptz', (t) => t.addedAt],
      removed_at: ['timestamptz', (t) => t.removedAt],
    });
    await updateSpecialNeeds(trx, dataset);
    await insertIdentification(trx, keyring, dataset, keyOfCase);
    await insertAssistance(trx, dataset, keyOfCase);
    await trx
      .insertInto('settings')
      .values({
        key: DEMO_SETTING,
        value: JSON.stringify({ seed: dataset.seed, persons: dataset.persons.length, at: dataset.now }),
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'system',
      action: 'demo.seed',
      resourceType: 'system',
      outcome: 'success',
      details: demoCounts(dataset),
    });
  });
  return dataset;
}

/**
 * A screening row as the routes write it: started with its person and answers (POST
 * /api/screenings, version 1), then completed by its screener (POST
 * /api/screenings/:id/complete, version 2) with the routes' own `completion`, which
 * scores the answers, seals the suggestion and records the conclusion.
 */
function screeningRow(
  s: DemoScreening,
  key: DataKey,
  rolesOf: ReadonlyMap<string, readonly Role[]>,
): Insertable<ScreeningsTable> {
  const started = {
    id: s.id,
    organisation_id: s.organisationId,
    screener_user_id: s.screenerUserId,
    parent_id: s.parentId,
    case_id: s.caseId,
    depth: s.depth,
    mode: s.mode,
    language: s.language,
    indicator_sets: JSON.stringify(s.indicatorSets),
    status: s.status,
    child_status: s.childStatus,
    data_key_id: key.id,
    person_enc: s.person === null ? null : sealScreeningField(key, s.id, 'person_enc', s.person),
    ...sealAnswers(key, s.id, { answers: s.answers, fromParent: s.fromParent }),
    version: 1,
    started_at: s.startedAt,
    created_at: s.startedAt,
    updated_at: s.startedAt,
  };
  if (s.status !== 'completed' || s.completedAt === null) return started;
  const completedAt = new Date(s.completedAt);
  const screener: Actor = {
    userId: s.screenerUserId,
    organisationId: s.organisationId,
    roles: rolesOf.get(s.screenerUserId) ?? [],
    mfaVerified: true,
  };
  const finished = completion(
    key,
    s.id,
    s.answers,
    s.childStatus,
    {
      forms: [...s.concludedForms],
      ...(s.conclusion === 'overridden' ? { concluded: s.concluded, reason: s.overrideReason } : {}),
    },
    screener,
    completedAt,
    '',
  );
  // The data set and the routes must agree on what the indicators suggested and what was concluded.
  if (
    !finished.ok ||
    finished.columns.suggested !== s.suggested ||
    finished.columns.conclusion !== s.conclusion ||
    finished.columns.concluded !== s.concluded
  ) {
    throw new Error(`demo screening ${s.id} does not conclude as the routes would`);
  }
  return { ...started, ...finished.columns, version: 2, updated_at: completedAt };
}

/**
 * The identification records of the demo (issue 3), in foreign-key order. Screenings get
 * a data key of their own (a screening may come before any person is recorded); every
 * other text is sealed with the person's data key, bound to its table, row and column.
 */
async function insertIdentification(
  trx: Transaction<DB>,
  keyring: Keyring,
  dataset: DemoDataset,
  keyOfCase: (caseId: string) => DataKey,
): Promise<void> {
  const rolesOf = new Map(dataset.users.map((u) => [u.id, u.roles]));
  for (const batch of chunks(dataset.screenings, ROWS)) {
    const keys = batch.map(() => createDataKey(keyring));
    await trx
      .insertInto('data_keys')
      .values(keys.map((k) => ({ id: k.id, kek_id: k.kekId, wrapped: k.wrapped })))
      .execute();
    await trx
      .insertInto('screenings')
      .values(batch.map((s, i) => screeningRow(s, (keys[i] as (typeof keys)[number]).key, rolesOf)))
      .execute();
  }
  for (const batch of chunks(dataset.referrals, ROWS)) {
    await trx
      .insertInto('referrals')
      .values(
        batch.map((r) => ({
          id: r.id,
          case_id: r.caseId,
          screening_id: r.screeningId,
          referring_org_id: r.referringOrgId,
          referring_user_id: r.referringUserId,
          competent_org_id: r.competentOrgId,
          profile_id: r.profileId,
          profile_version: r.profileVersion,
          child_status: r.childStatus,
          elements: JSON.stringify(r.elements),
          exploitation_forms: [...r.exploitationForms],
          exploitation_location: r.exploitationLocation,
          events: JSON.stringify(r.events),
          urgent_needs: [...r.urgentNeeds],
          interpreter_needed: r.interpreterNeeded,
          interpreter_language: r.interpreterLanguage,
          safe_contact_enc: r.safeContact
            ? encryptField(
                keyOfCase(r.caseId),
                { table: 'referrals', rowId: r.id, field: 'safe_contact_enc' },
                r.safeContact,
              )
            : null,
          referred_at: r.referredAt,
          reasonable_grounds_due_at: r.reasonableGroundsDueAt,
          created_at: r.referredAt,
        })),
      )
      .execute();
  }
  await bulkInsert(trx, 'consents', dataset.consents, {
    id: ['uuid', (c) => c.id],
    case_id: ['uuid', (c) => c.caseId],
    person_id: ['uuid', (c) => c.personId],
    purpose: ['text', (c) => c.purpose],
    recipient_org_id: ['uuid', (c) => c.recipientOrgId],
    language: ['text', (c) => c.language],
    interpreter_used: ['boolean', (c) => c.interpreterUsed],
    method: ['text', (c) => c.method],
    given_at: ['timestamptz', (c) => c.givenAt],
    recorded_by_user_id: ['uuid', (c) => c.recordedByUserId],
    revoked_at: ['timestamptz', (c) => c.revokedAt],
    revoked_by_user_id: ['uuid', (c) => c.revokedByUserId],
    created_at: ['timestamptz', (c) => c.givenAt],
  });
  for (const batch of chunks(dataset.guardianAppointments, ROWS)) {
    await trx
      .insertInto('guardian_appointments')
      .values(
        batch.map((g) => ({
          id: g.id,
          case_id: g.caseId,
          requested_at: g.requestedAt,
          requested_by_user_id: g.requestedByUserId,
          guardian_user_id: g.guardianUserId,
          appointed_at: g.appointedAt,
          ended_at: g.endedAt,
        })),
      )
      .execute();
  }
  for (const batch of chunks(dataset.decisions, ROWS)) {
    await trx
      .insertInto('decisions')
      .values(
        batch.map((d) => {
          const key = keyOfCase(d.caseId);
          return {
            id: d.id,
            case_id: d.caseId,
            stage: d.stage,
            outcome: d.outcome,
            positive: d.positive,
            standard: d.standard,
            data_key_id: key.id,
            reasons_enc: seal(key, { table: 'decisions', field: 'reasons_enc' }, d.id, d.reasons),
            decided_by_user_id: d.decidedByUserId,
            decided_by_org_id: d.decidedByOrgId,
            decided_at: d.decidedAt,
            due_at: d.dueAt,
            profile_id: d.profileId,
            profile_version: d.profileVersion,
            supersedes_id: d.supersedesId,
            created_at: d.decidedAt,
          };
        }),
      )
      .execute();
  }
  for (const batch of chunks(dataset.recoveryPeriods, ROWS)) {
    await trx
      .insertInto('recovery_periods')
      .values(
        batch.map((p) => {
          const key = keyOfCase(p.caseId);
          return {
            id: p.id,
            case_id: p.caseId,
            decision_id: p.decisionId,
            starts_at: p.startsAt,
            ends_at: p.endsAt,
            minimum_days: p.minimumDays,
            status: p.status,
            no_removal: p.noRemoval,
            data_key_id: key.id,
            withheld_ground: p.withheldGround,
            withheld_reason_enc: p.withheldReason
              ? seal(key, { table: 'recovery_periods', field: 'withheld_reason_enc' }, p.id, p.withheldReason)
              : null,
            withheld_by_user_id: p.withheldByUserId,
            withheld_at: p.withheldAt,
            created_at: p.startsAt,
            updated_at: p.updatedAt,
          };
        }),
      )
      .execute();
  }
  const caseOfPeriod = new Map(dataset.recoveryPeriods.map((p) => [p.id, p.caseId]));
  for (const batch of chunks(dataset.recoveryExtensions, ROWS)) {
    await trx
      .insertInto('recovery_extensions')
      .values(
        batch.map((e) => ({
          id: e.id,
          recovery_period_id: e.recoveryPeriodId,
          days: e.days,
          reason_enc: seal(
            keyOfCase(caseOfPeriod.get(e.recoveryPeriodId) ?? ''),
            { table: 'recovery_extensions', field: 'reason_enc' },
            e.id,
            e.reason,
          ),
          granted_by_user_id: e.grantedByUserId,
          granted_at: e.grantedAt,
        })),
      )
      .execute();
  }
  for (const batch of chunks(dataset.reconsiderations, ROWS)) {
    await trx
      .insertInto('reconsiderations')
      .values(
        batch.map((r) => {
          const key = keyOfCase(r.caseId);
          return {
            id: r.id,
            decision_id: r.decisionId,
            case_id: r.caseId,
            requested_by_org_id: r.requestedByOrgId,
            requested_by_user_id: r.requestedByUserId,
            requested_at: r.requestedAt,
            data_key_id: key.id,
            grounds_enc: seal(key, { table: 'reconsiderations', field: 'grounds_enc' }, r.id, r.grounds),
            status: r.status,
            panel: JSON.stringify(r.panel),
            review_notes_enc: r.reviewNotes
              ? seal(key, { table: 'reconsiderations', field: 'review_notes_enc' }, r.id, r.reviewNotes)
              : null,
            review_outcome: r.reviewOutcome,
            reviewed_by_user_id: r.reviewedByUserId,
            reviewed_at: r.reviewedAt,
            new_decision_id: r.newDecisionId,
          };
        }),
      )
      .execute();
  }
  if (dataset.possibleDuplicates.length > 0) {
    await trx
      .insertInto('possible_duplicates')
      .values(
        dataset.possibleDuplicates.map((d) => ({
          id: d.id,
          case_id: d.caseId,
          matching_case_id: d.matchingCaseId,
          basis: d.basis,
          flagged_at: d.flaggedAt,
        })),
      )
      .execute();
  }
  for (const batch of chunks(dataset.anonymousNotifications, ROWS)) {
    await trx
      .insertInto('anonymous_notifications')
      .values(
        batch.map((n) => ({
          id: n.id,
          organisation_id: n.organisationId,
          notified_on: n.notifiedOn,
          gender: n.gender,
          age_band: n.ageBand,
          nationality: n.nationality,
          exploitation_forms: [...n.exploitationForms],
          region: n.region,
        })),
      )
      .execute();
  }
}
