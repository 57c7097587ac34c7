import {
  type Action,
  type Actor,
  type CaseSection,
  type LocalDate,
  localDateOf,
  type Resource,
} from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { caseRelationships, requireSection } from '../cases/relationships.js';
import {
  type DataKey,
  decryptField,
  decryptJson,
  encryptField,
  encryptJson,
  type Keyring,
  openDataKey,
} from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { type Problem, problems } from '../http/problem.js';
import { currentCountryProfile } from '../profiles/store.js';

export type Handle = Kysely<DB> | Transaction<DB>;

/**
 * What the assistance module needs to know about a case: no personal data, and nothing
 * about identification decisions or criminal justice — assistance starts at first
 * contact, whatever has (or has not) been decided, for every person.
 */
export type AssistanceCase = {
  readonly id: string;
  readonly personId: string;
  /** The person's data key: free text about them is sealed with it. */
  readonly dataKeyId: string;
  readonly isChild: boolean;
};

export type CaseAccess = {
  readonly actor: Actor;
  readonly item: AssistanceCase;
  readonly sections: ReadonlySet<CaseSection>;
};

export async function loadAssistanceCase(db: Handle, caseId: string): Promise<AssistanceCase | null> {
  const row = await db
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select(['c.id', 'c.person_id', 'c.is_child', 'p.data_key_id'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  return row
    ? { id: row.id, personId: row.person_id, dataKeyId: row.data_key_id, isChild: row.is_child }
    : null;
}

/**
 * The two checks of every case-scoped assistance route: the role rule on the instance
 * (through the shared evaluator) AND the part of the case file this organisation's
 * purpose on the team lets it see (data minimisation, core cases/minimisation.ts) — one
 * of `sections`. Either refusal is audited and answered "not found", as for a case the
 * caller cannot see.
 */
export async function authorizeCase(
  req: FastifyRequest,
  db: Handle,
  resource: Resource,
  action: Action,
  caseId: string,
  sections: readonly CaseSection[],
): Promise<CaseAccess> {
  const actor = requireActor(req);
  const item = await loadAssistanceCase(db, caseId);
  if (!item) throw problems.notFound(resource);
  await authorizeInstance(req, resource, action, await caseRelationships(db, actor, item.id), {
    id: item.id,
    hideExistence: true,
    subjectPersonId: item.personId,
  });
  const visible = await requireSection(
    req,
    item.id,
    sections,
    { resource, action, subjectPersonId: item.personId },
    db,
  );
  return { actor, item, sections: visible };
}

/** A 400 naming the fields a domain rule refused, by path and code. */
export function invalid(found: readonly { path: string; code: string }[]): Problem {
  return problems.validation(found.map((p) => ({ path: `body.${p.path}`, message: p.code })));
}

/** Today in the country's time zone: due dates and review dates are calendar dates there. */
export async function today(db: Handle): Promise<LocalDate> {
  const profile = await currentCountryProfile(db);
  return localDateOf(new Date(), profile.calendar.timeZone);
}

/** 'YYYY-MM-DD' of a `date` column (read as UTC midnight by both drivers). */
export function localDate(value: Date | string | null): LocalDate | null {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  return value.toISOString().slice(0, 10);
}

export const iso = (value: Date | string): string => new Date(value).toISOString();

// ---- sealing free text about the person with their data key ----

export async function personKey(db: Handle, keyring: Keyring, dataKeyId: string): Promise<DataKey> {
  const row = await db
    .selectFrom('data_keys')
    .select(['id', 'kek_id', 'wrapped'])
    .where('id', '=', dataKeyId)
    .executeTakeFirstOrThrow();
  return openDataKey(keyring, row);
}

type SealedColumn =
  | { table: 'needs_assessments'; field: 'priorities_enc' }
  | { table: 'assessed_needs'; field: 'notes_enc' }
  | { table: 'risk_assessments'; field: 'safety_plan_enc' }
  | { table: 'support_plans'; field: 'goals_enc' | 'agreement_note_enc' }
  | { table: 'plan_actions'; field: 'description_enc' };

/** Seals text bound to its table, row and column (AAD), so it cannot be moved elsewhere. */
export function seal(key: DataKey, column: SealedColumn, rowId: string, text: string): string {
  return encryptField(key, { ...column, rowId }, text);
}

export function sealNullable(
  key: DataKey,
  column: SealedColumn,
  rowId: string,
  text: string | null | undefined,
): string | null {
  return text === null || text === undefined ? null : seal(key, column, rowId, text);
}

export function unseal(key: DataKey, column: SealedColumn, rowId: string, ciphertext: string): string {
  return decryptField(key, { ...column, rowId }, ciphertext);
}

export function unsealNullable(
  key: DataKey,
  column: SealedColumn,
  rowId: string,
  ciphertext: string | null,
): string | null {
  return ciphertext === null ? null : unseal(key, column, rowId, ciphertext);
}

export function sealJson(key: DataKey, column: SealedColumn, rowId: string, value: unknown): string {
  return encryptJson(key, { ...column, rowId }, value);
}

export function unsealJson(key: DataKey, column: SealedColumn, rowId: string, ciphertext: string): unknown {
  return decryptJson(key, { ...column, rowId }, ciphertext);
}

/** Names of staff and organisations shown with a record (work contact data, not the person's). */
export async function names(
  db: Handle,
  ids: { readonly users: Iterable<string>; readonly organisations: Iterable<string> },
): Promise<{
  user: (id: string) => { id: string; name: string };
  organisation: (id: string) => { id: string; name: string };
}> {
  const userIds = [...new Set(ids.users)];
  const orgIds = [...new Set(ids.organisations)];
  const [users, orgs] = await Promise.all([
    userIds.length
      ? db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()
      : [],
    orgIds.length
      ? db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute()
      : [],
  ]);
  const userById = new Map(users.map((u) => [u.id, u.display_name]));
  const orgById = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    user: (id) => ({ id, name: userById.get(id) ?? '' }),
    organisation: (id) => ({ id, name: orgById.get(id) ?? '' }),
  };
}

/**
 * Serialises versioned writes on one case: the case row is locked for the rest of the
 * transaction, so two assessments never get the same version number.
 */
export async function lockCase(trx: Transaction<DB>, caseId: string): Promise<void> {
  await trx.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().executeTakeFirstOrThrow();
}
