import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import {
  blindIndex,
  createDataKey,
  type DataKey,
  decryptField,
  encryptField,
  type Keyring,
  openDataKey,
} from '../crypto/index.js';
import type { DB, PersonRow } from '../db/schema.js';

type Handle = Kysely<DB> | Transaction<DB>;

/** Identifying data of a person. Only ever stored encrypted, field by field. */
export const ZPersonIdentity = z.object({
  givenName: z.string().trim().max(200).nullable(),
  familyName: z.string().trim().max(200).nullable(),
  aliases: z.array(z.string().trim().max(200)).max(20),
  dateOfBirth: z.iso.date().nullable(),
  contact: z
    .object({ phone: z.string().max(40).optional(), email: z.string().max(254).optional() })
    .nullable(),
  address: z.string().max(500).nullable(),
  identityDocuments: z
    .array(z.object({ type: z.string().max(40), number: z.string().max(60), country: z.string().max(2) }))
    .max(10),
});
export type PersonIdentity = z.infer<typeof ZPersonIdentity>;
export const PERSON_IDENTITY_FIELDS = [
  'givenName',
  'familyName',
  'aliases',
  'dateOfBirth',
  'contact',
  'address',
  'identityDocuments',
] as const satisfies readonly (keyof PersonIdentity)[];

export type PersonDemographics = {
  gender: string;
  birthYear: number | null;
  ageUncertain: boolean;
  nationality: string | null;
  languages: string[];
  preferredLanguage: string | null;
};

const COLUMN = {
  givenName: 'given_name_enc',
  familyName: 'family_name_enc',
  aliases: 'aliases_enc',
  dateOfBirth: 'date_of_birth_enc',
  contact: 'contact_enc',
  address: 'address_enc',
  identityDocuments: 'identity_documents_enc',
} as const satisfies Record<keyof PersonIdentity, keyof PersonRow>;

function seal(key: DataKey, rowId: string, field: keyof PersonIdentity, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return encryptField(key, { table: 'persons', rowId, field: COLUMN[field] }, JSON.stringify(value));
}

export function personBlindIndexes(
  keyring: Keyring,
  identity: Pick<PersonIdentity, 'givenName' | 'familyName' | 'dateOfBirth'>,
): { name_bidx: string | null; name_dob_bidx: string | null } {
  const name = [identity.givenName, identity.familyName].filter(Boolean).join(' ');
  if (!name) return { name_bidx: null, name_dob_bidx: null };
  return {
    name_bidx: blindIndex(keyring, 'person.name', name),
    name_dob_bidx: identity.dateOfBirth
      ? blindIndex(keyring, 'person.name_dob', `${name}|${identity.dateOfBirth}`)
      : null,
  };
}

/** Inserts a person: a fresh data key, each identifying field sealed with AAD persons:<id>:<column>. */
export async function insertPerson(
  trx: Handle,
  keyring: Keyring,
  input: {
    id: string;
    identity: PersonIdentity;
    demographics: PersonDemographics;
    createdByOrgId: string;
    createdAt?: Date;
  },
): Promise<{ dataKey: DataKey }> {
  const dk = createDataKey(keyring);
  await trx.insertInto('data_keys').values({ id: dk.id, kek_id: dk.kekId, wrapped: dk.wrapped }).execute();
  const { identity: p, demographics: d, id } = input;
  await trx
    .insertInto('persons')
    .values({
      id,
      data_key_id: dk.id,
      given_name_enc: seal(dk.key, id, 'givenName', p.givenName),
      family_name_enc: seal(dk.key, id, 'familyName', p.familyName),
      aliases_enc: seal(dk.key, id, 'aliases', p.aliases),
      date_of_birth_enc: seal(dk.key, id, 'dateOfBirth', p.dateOfBirth),
      contact_enc: seal(dk.key, id, 'contact', p.contact),
      address_enc: seal(dk.key, id, 'address', p.address),
      identity_documents_enc: seal(dk.key, id, 'identityDocuments', p.identityDocuments),
      ...personBlindIndexes(keyring, p),
      gender: d.gender,
      birth_year: d.birthYear,
      age_uncertain: d.ageUncertain,
      nationality: d.nationality,
      languages: d.languages,
      preferred_language: d.preferredLanguage,
      created_by_org_id: input.createdByOrgId,
      ...(input.createdAt ? { created_at: input.createdAt, updated_at: input.createdAt } : {}),
    })
    .execute();
  return { dataKey: dk.key };
}

/** A case narrative is sealed with the person's data key, bound to the case row. */
export function sealNarrative(key: DataKey, caseId: string, narrative: string | null): string | null {
  if (!narrative) return null;
  return encryptField(key, { table: 'cases', rowId: caseId, field: 'narrative_enc' }, narrative);
}

/** Decrypts only the fields asked for; hidden fields are never decrypted at all. */
export async function openPersonIdentity(
  db: Handle,
  keyring: Keyring,
  row: PersonRow,
  fields: readonly (keyof PersonIdentity)[],
): Promise<Partial<PersonIdentity>> {
  const keyRow = await db
    .selectFrom('data_keys')
    .selectAll()
    .where('id', '=', row.data_key_id)
    .executeTakeFirstOrThrow();
  const key = openDataKey(keyring, keyRow);
  const out: Partial<Record<keyof PersonIdentity, unknown>> = {};
  for (const field of fields) {
    const ciphertext = row[COLUMN[field]];
    if (ciphertext === null) {
      out[field] = field === 'aliases' || field === 'identityDocuments' ? [] : null;
      continue;
    }
    out[field] = JSON.parse(
      decryptField(key, { table: 'persons', rowId: row.id, field: COLUMN[field] }, ciphertext),
    );
  }
  return out as Partial<PersonIdentity>;
}
