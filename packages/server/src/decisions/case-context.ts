import {
  type Actor,
  type CaseStage,
  type CountryProfile,
  isCaseStage,
  mayDecideCase,
  ZOrganisationKind,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import { type DataKey, decryptField, encryptField, type Keyring, openDataKey } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import { countryProfileVersion } from '../profiles/store.js';

export type Handle = Kysely<DB> | Transaction<DB>;

/** What the decision rules need to know about a case; no personal data. */
export type DecisionCase = {
  readonly id: string;
  readonly reference: string;
  readonly stage: CaseStage;
  readonly personId: string;
  /** The person's data key: reasons, grounds and notes about them are sealed with it. */
  readonly dataKeyId: string;
  readonly profileRef: { readonly id: string; readonly version: number } | null;
};

export async function loadDecisionCase(db: Handle, caseId: string): Promise<DecisionCase | null> {
  const row = await db
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([
      'c.id',
      'c.reference',
      'c.stage',
      'c.person_id',
      'c.profile_id',
      'c.profile_version',
      'p.data_key_id',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    reference: row.reference,
    stage: isCaseStage(row.stage) ? row.stage : 'screening',
    personId: row.person_id,
    dataKeyId: row.data_key_id,
    profileRef:
      row.profile_id !== null && row.profile_version !== null
        ? { id: row.profile_id, version: row.profile_version }
        : null,
  };
}

/** The case's stage, read under a row lock so that two decisions cannot race. */
export async function lockCaseStage(trx: Transaction<DB>, caseId: string): Promise<CaseStage> {
  const row = await trx
    .selectFrom('cases')
    .select('stage')
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return isCaseStage(row.stage) ? row.stage : 'screening';
}

/** The exact profile version the case was referred under; a case not referred yet has none. */
export async function profileOf(db: Handle, item: DecisionCase): Promise<CountryProfile | null> {
  return item.profileRef ? countryProfileVersion(db, item.profileRef) : null;
}

export function requireProfile(profile: CountryProfile | null): CountryProfile {
  if (!profile) throw refusal('not_referred', 'The case has not been referred for identification.');
  return profile;
}

/** Whether the actor's organisation is this case's competent authority under its profile. */
export async function isCompetentAuthority(
  db: Handle,
  actor: Actor,
  caseId: string,
  profile: CountryProfile,
): Promise<boolean> {
  const [org, purposes] = await Promise.all([
    db.selectFrom('organisations').select('kind').where('id', '=', actor.organisationId).executeTakeFirst(),
    db
      .selectFrom('case_team')
      .select('purpose')
      .where('case_id', '=', caseId)
      .where('organisation_id', '=', actor.organisationId)
      .where('removed_at', 'is', null)
      .execute(),
  ]);
  const kind = ZOrganisationKind.safeParse(org?.kind);
  if (!kind.success) return false;
  return mayDecideCase({
    profile,
    organisationKind: kind.data,
    teamPurposes: purposes.map((row) => row.purpose),
  });
}

export async function requireCompetentAuthority(
  db: Handle,
  actor: Actor,
  caseId: string,
  profile: CountryProfile,
): Promise<void> {
  if (!(await isCompetentAuthority(db, actor, caseId, profile))) {
    throw problems.forbidden('Only the competent authority the case was referred to decides on it.');
  }
}

// ---- sealing free text with the person's data key ----

export async function personKey(db: Handle, keyring: Keyring, dataKeyId: string): Promise<DataKey> {
  const row = await db
    .selectFrom('data_keys')
    .select(['id', 'kek_id', 'wrapped'])
    .where('id', '=', dataKeyId)
    .executeTakeFirstOrThrow();
  return openDataKey(keyring, row);
}

type SealedColumn =
  | { table: 'decisions'; field: 'reasons_enc' }
  | { table: 'recovery_periods'; field: 'withheld_reason_enc' }
  | { table: 'recovery_extensions'; field: 'reason_enc' }
  | { table: 'reconsiderations'; field: 'grounds_enc' | 'review_notes_enc' };

/** Seals text bound to its table, row and column (AAD), so it cannot be moved elsewhere. */
export function seal(key: DataKey, column: SealedColumn, rowId: string, text: string): string {
  return encryptField(key, { ...column, rowId }, text);
}

export function unseal(key: DataKey, column: SealedColumn, rowId: string, ciphertext: string): string {
  return decryptField(key, { ...column, rowId }, ciphertext);
}
