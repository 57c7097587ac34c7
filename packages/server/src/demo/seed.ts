import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from '../access/passwords.js';
import { appendAudit } from '../audit/index.js';
import { insertPerson, sealNarrative } from '../cases/person-store.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { DEMO_PASSWORD } from './accounts.js';
import { generateDemoDataset } from './generate.js';
import type { DemoDataset } from './types.js';

export const DEMO_SETTING = 'demo_dataset';
const BATCH = 250;

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
        });
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
            created_at: c.firstContactAt,
            updated_at: c.firstContactAt,
          });
        }
      }
      if (caseRows.length) await trx.insertInto('cases').values(caseRows).execute();
    }
    for (const batch of chunks(dataset.caseTeam, 1000)) {
      await trx
        .insertInto('case_team')
        .values(
          batch.map((t) => ({
            case_id: t.caseId,
            organisation_id: t.organisationId,
            purpose: t.purpose,
            added_at: t.addedAt,
          })),
        )
        .execute();
    }
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
      details: {
        organisations: dataset.organisations.length,
        users: dataset.users.length,
        persons: dataset.persons.length,
        cases: dataset.cases.length,
      },
    });
  });
  return dataset;
}
