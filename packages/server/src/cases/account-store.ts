import { type Actor, canReadAccount } from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import { type DataKey, decryptField, encryptField, type Keyring, openDataKey } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { caseRelationships } from './relationships.js';

type Handle = Kysely<DB> | Transaction<DB>;

/**
 * One source of truth for the person's account. The narrative a referral carried
 * (`cases.narrative_enc`, sealed when the case was referred) IS version 1, recorded by
 * the referring organisation; later versions live in `case_accounts` (2, 3, …). A stored
 * version 1 (a case opened without a narrative) takes its place. Nothing copies the
 * ciphertext: it stays bound to the row it was sealed for.
 */
export type AccountVersion = {
  readonly version: number;
  readonly source: 'referral' | 'account';
  /** The row the text is sealed to: the case (referral narrative) or the case_accounts row. */
  readonly rowId: string;
  readonly ciphertext: string;
  readonly dataKeyId: string;
  readonly language: string | null;
  readonly interpreterUsed: boolean | null;
  readonly recordedByOrgId: string;
  readonly recordedByUserId: string | null;
  readonly recordedAt: Date;
};

export async function accountVersions(db: Handle, caseId: string): Promise<AccountVersion[]> {
  const [stored, item, referral] = await Promise.all([
    db.selectFrom('case_accounts').selectAll().where('case_id', '=', caseId).orderBy('version').execute(),
    db
      .selectFrom('cases as c')
      .innerJoin('persons as p', 'p.id', 'c.person_id')
      .select(['c.narrative_enc', 'c.referring_org_id', 'c.first_contact_at', 'p.data_key_id'])
      .where('c.id', '=', caseId)
      .executeTakeFirst(),
    db
      .selectFrom('referrals')
      .select(['referring_org_id', 'referring_user_id', 'referred_at'])
      .where('case_id', '=', caseId)
      .orderBy('referred_at')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const versions: AccountVersion[] = stored.map((row) => ({
    version: row.version,
    source: 'account',
    rowId: row.id,
    ciphertext: row.account_enc,
    dataKeyId: row.data_key_id,
    language: row.language,
    interpreterUsed: row.interpreter_used,
    recordedByOrgId: row.recorded_by_org_id,
    recordedByUserId: row.recorded_by_user_id,
    recordedAt: new Date(row.recorded_at),
  }));
  if (item?.narrative_enc && !versions.some((v) => v.version === 1)) {
    versions.unshift({
      version: 1,
      source: 'referral',
      rowId: caseId,
      ciphertext: item.narrative_enc,
      dataKeyId: item.data_key_id,
      language: null,
      interpreterUsed: null,
      recordedByOrgId: referral?.referring_org_id ?? item.referring_org_id,
      recordedByUserId: referral?.referring_user_id ?? null,
      recordedAt: new Date(referral?.referred_at ?? item.first_contact_at),
    });
  }
  return versions;
}

export type AccountShare = {
  readonly id: string;
  readonly organisationId: string;
  readonly consentId: string | null;
  readonly grantedAt: Date;
  readonly revokedAt: Date | null;
};

export async function accountShares(db: Handle, caseId: string): Promise<AccountShare[]> {
  const rows = await db
    .selectFrom('account_shares')
    .select(['id', 'organisation_id', 'consent_id', 'granted_at', 'revoked_at'])
    .where('case_id', '=', caseId)
    .orderBy('granted_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    consentId: r.consent_id,
    grantedAt: new Date(r.granted_at),
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
  }));
}

/** Who reads the account: its recorders, and those it is shared with now. */
export type AccountReaders = {
  readonly recordedByOrgIds: readonly string[];
  /**
   * Active shares, and the competent authority each referral went to: the referral shared
   * the account with the authority deciding on it (under the identification-referral
   * consent, or for a child without needing one).
   */
  readonly sharedWithOrgIds: readonly string[];
};

export async function accountReaders(
  db: Handle,
  caseId: string,
  versions: readonly AccountVersion[],
): Promise<AccountReaders> {
  const [shares, referrals] = await Promise.all([
    accountShares(db, caseId),
    db.selectFrom('referrals').select('competent_org_id').where('case_id', '=', caseId).execute(),
  ]);
  return {
    recordedByOrgIds: [...new Set(versions.map((v) => v.recordedByOrgId))],
    sharedWithOrgIds: [
      ...new Set([
        ...shares.filter((s) => s.revokedAt === null).map((s) => s.organisationId),
        ...referrals.map((r) => r.competent_org_id),
      ]),
    ],
  };
}

export type AccountAccess = {
  readonly versions: readonly AccountVersion[];
  readonly readers: AccountReaders;
  readonly canRead: boolean;
  readonly isGuardian: boolean;
};

/**
 * Whether the actor may read this case's account (core `canReadAccount`). Only an answer
 * about who reads: the role rule (case_account read) is checked by the route.
 */
export async function accountAccess(db: Handle, actor: Actor, caseId: string): Promise<AccountAccess> {
  const versions = await accountVersions(db, caseId);
  const [readers, relationships] = await Promise.all([
    accountReaders(db, caseId, versions),
    caseRelationships(db, actor, caseId),
  ]);
  const isGuardian = relationships.has('guardian_of');
  const onCase = isGuardian || relationships.has('case_team');
  return {
    versions,
    readers,
    isGuardian,
    canRead:
      onCase &&
      canReadAccount({
        actorOrganisationId: actor.organisationId,
        recordedByOrgIds: readers.recordedByOrgIds,
        sharedWithOrgIds: readers.sharedWithOrgIds,
        isGuardian,
      }),
  };
}

// ---- sealing with the person's data key

export async function personDataKey(db: Handle, keyring: Keyring, dataKeyId: string): Promise<DataKey> {
  const row = await db
    .selectFrom('data_keys')
    .select(['id', 'kek_id', 'wrapped'])
    .where('id', '=', dataKeyId)
    .executeTakeFirstOrThrow();
  return openDataKey(keyring, row);
}

export function openAccountVersion(key: DataKey, version: AccountVersion): string {
  return version.source === 'referral'
    ? decryptField(key, { table: 'cases', rowId: version.rowId, field: 'narrative_enc' }, version.ciphertext)
    : decryptField(
        key,
        { table: 'case_accounts', rowId: version.rowId, field: 'account_enc' },
        version.ciphertext,
      );
}

type SealedColumn =
  | { table: 'case_accounts'; field: 'account_enc' }
  | { table: 'account_requests'; field: 'reason_enc' }
  | { table: 'case_notes'; field: 'body_enc' };

export function seal(key: DataKey, column: SealedColumn, rowId: string, text: string): string {
  return encryptField(key, { ...column, rowId }, text);
}

export function unseal(key: DataKey, column: SealedColumn, rowId: string, ciphertext: string): string {
  return decryptField(key, { ...column, rowId }, ciphertext);
}
