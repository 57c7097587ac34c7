import {
  CHILD_STATUSES,
  type ChildStatus,
  isExploitationForm,
  nextQuestions,
  OVERALL_READINGS,
  type OverallReading,
  type ScreeningAnswers,
  type ScreeningSuggestion,
  scoreScreening,
  screeningScreen,
  ZScreeningAnswers,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import {
  type DataKey,
  decryptJson,
  decryptNullableField,
  encryptField,
  encryptJson,
  type Keyring,
  openDataKey,
} from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import {
  type ScreeningDetail,
  type ScreeningPerson,
  type ScreeningSummary,
  ZScreeningPerson,
  ZSuggestion,
} from './schemas.js';

type Handle = Kysely<DB> | Transaction<DB>;

/** Encrypted JSON columns of a screening; the AAD binds each ciphertext to its row and column. */
type SealedColumn = 'answers_enc' | 'inherited_enc' | 'person_enc' | 'suggestion_enc';

export function sealScreeningField(key: DataKey, id: string, field: SealedColumn, value: unknown): string {
  return encryptJson(key, { table: 'screenings', rowId: id, field }, value);
}

function openScreeningField(key: DataKey, id: string, field: SealedColumn, envelope: string): unknown {
  return decryptJson(key, { table: 'screenings', rowId: id, field }, envelope);
}

/** The override reason: free text, sealed as text (like every reason about a person). */
export function sealReason(key: DataKey, id: string, reason: string): string {
  return encryptField(key, { table: 'screenings', rowId: id, field: 'override_reason_enc' }, reason);
}

function openReason(key: DataKey, id: string, envelope: string | null): string | null {
  return decryptNullableField(
    key,
    { table: 'screenings', rowId: id, field: 'override_reason_enc' },
    envelope,
  );
}

/**
 * The answers (`answers_enc`, keyed by question key) and which of them a full screen
 * carried over from the short screen it continues (`inherited_enc`), so that those are
 * never asked again.
 */
export type StoredAnswers = { readonly answers: ScreeningAnswers; readonly fromParent: readonly string[] };

export function sealAnswers(
  key: DataKey,
  id: string,
  stored: StoredAnswers,
): { answers_enc: string; inherited_enc: string | null } {
  return {
    answers_enc: sealScreeningField(key, id, 'answers_enc', stored.answers),
    inherited_enc:
      stored.fromParent.length === 0 ? null : sealScreeningField(key, id, 'inherited_enc', stored.fromParent),
  };
}

export function openAnswers(
  key: DataKey,
  id: string,
  row: { readonly answers_enc: string | null; readonly inherited_enc: string | null },
): StoredAnswers {
  const answers =
    row.answers_enc === null
      ? {}
      : ZScreeningAnswers.parse(openScreeningField(key, id, 'answers_enc', row.answers_enc));
  const inherited =
    row.inherited_enc === null ? [] : openScreeningField(key, id, 'inherited_enc', row.inherited_enc);
  return { answers, fromParent: Array.isArray(inherited) ? inherited.map(String) : [] };
}

export function openPerson(key: DataKey, id: string, envelope: string | null): ScreeningPerson | null {
  return envelope === null
    ? null
    : ZScreeningPerson.parse(openScreeningField(key, id, 'person_enc', envelope));
}

export async function screeningKey(db: Handle, keyring: Keyring, dataKeyId: string): Promise<DataKey> {
  const row = await db
    .selectFrom('data_keys')
    .selectAll()
    .where('id', '=', dataKeyId)
    .executeTakeFirstOrThrow();
  return openDataKey(keyring, row);
}

export type ScreeningRow = NonNullable<Awaited<ReturnType<typeof selectScreening>>>;

function selectScreening(db: Handle, id: string, forUpdate: boolean) {
  let q = db
    .selectFrom('screenings as s')
    .innerJoin('users as u', 'u.id', 's.screener_user_id')
    .leftJoin('users as cu', 'cu.id', 's.concluded_by_user_id')
    .select([
      's.id',
      's.client_ref',
      's.organisation_id',
      's.screener_user_id',
      's.parent_id',
      's.case_id',
      's.depth',
      's.mode',
      's.language',
      's.indicator_sets',
      's.status',
      's.child_status',
      's.data_key_id',
      's.person_enc',
      's.answers_enc',
      's.inherited_enc',
      's.suggested',
      's.suggestion_enc',
      's.conclusion',
      's.concluded',
      's.concluded_by_user_id',
      's.concluded_forms',
      's.override_reason_enc',
      's.version',
      's.started_at',
      's.completed_at',
      's.updated_at',
      'u.display_name as screener_name',
      'cu.display_name as concluded_by_name',
    ])
    .where('s.id', '=', id);
  if (forUpdate) q = q.forUpdate('s');
  return q.executeTakeFirst();
}

/** One screening with the names of its screener and concluder; `forUpdate` locks the row. */
export async function findScreening(
  db: Handle,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ScreeningRow | undefined> {
  return selectScreening(db, id, options.forUpdate ?? false);
}

export async function findScreeningByClientRef(
  db: Handle,
  clientRef: string,
): Promise<ScreeningRow | undefined> {
  const row = await db
    .selectFrom('screenings')
    .select('id')
    .where('client_ref', '=', clientRef)
    .executeTakeFirst();
  return row ? findScreening(db, row.id) : undefined;
}

function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function reading(value: string | null): OverallReading | null {
  return value !== null && (OVERALL_READINGS as readonly string[]).includes(value)
    ? (value as OverallReading)
    : null;
}

export function childStatusOf(row: Pick<ScreeningRow, 'child_status'>): ChildStatus {
  const value = row.child_status;
  return (CHILD_STATUSES as readonly string[]).includes(value) ? (value as ChildStatus) : 'unknown';
}

type SummaryRow = Pick<
  ScreeningRow,
  | 'id'
  | 'client_ref'
  | 'depth'
  | 'mode'
  | 'language'
  | 'status'
  | 'child_status'
  | 'parent_id'
  | 'case_id'
  | 'suggested'
  | 'conclusion'
  | 'concluded'
  | 'screener_user_id'
  | 'screener_name'
  | 'started_at'
  | 'completed_at'
  | 'version'
>;

/** The list view: no answers, no reasons, nothing about the person beyond child status. */
export function screeningSummary(row: SummaryRow): ScreeningSummary {
  return {
    id: row.id,
    clientRef: row.client_ref,
    depth: row.depth as ScreeningSummary['depth'],
    mode: row.mode as ScreeningSummary['mode'],
    language: row.language as ScreeningSummary['language'],
    status: row.status as ScreeningSummary['status'],
    childStatus: childStatusOf(row),
    parentId: row.parent_id,
    caseId: row.case_id,
    suggested: reading(row.suggested),
    conclusion: row.conclusion === 'confirmed' || row.conclusion === 'overridden' ? row.conclusion : null,
    concluded: reading(row.concluded),
    screener: { id: row.screener_user_id, displayName: row.screener_name },
    startedAt: iso(row.started_at) ?? '',
    completedAt: iso(row.completed_at),
    version: row.version,
  };
}

/** The full screening, decrypted. The caller audits the read in the same transaction. */
export function screeningDetail(row: ScreeningRow, key: DataKey): ScreeningDetail {
  const stored = openAnswers(key, row.id, row);
  const status = childStatusOf(row);
  const screen = screeningScreen(row.depth === 'full' ? 'full' : 'short', status);
  const suggestion: ScreeningSuggestion =
    row.suggestion_enc === null
      ? scoreScreening({ answers: stored.answers, childStatus: status })
      : ZSuggestion.parse(openScreeningField(key, row.id, 'suggestion_enc', row.suggestion_enc));
  // Rows written before completion stored the readings (e.g. the demo set) fall back to
  // what the suggestion says now; a confirmation concludes what was suggested.
  const suggested = reading(row.suggested) ?? (row.status === 'completed' ? suggestion.overall : null);
  const concluded = reading(row.concluded) ?? (row.conclusion === 'confirmed' ? suggested : null);
  const reason = openReason(key, row.id, row.override_reason_enc);
  return {
    ...screeningSummary(row),
    organisationId: row.organisation_id,
    indicatorSets: row.indicator_sets,
    person: openPerson(key, row.id, row.person_enc),
    answers: { ...stored.answers },
    questions: {
      all: [...screen.questionKeys],
      remaining: [...nextQuestions(screen, stored.answers)],
      fromParent: [...stored.fromParent],
    },
    suggestion: ZSuggestion.parse(suggestion),
    conclusionDetail:
      (row.conclusion === 'confirmed' || row.conclusion === 'overridden') && suggested !== null
        ? {
            kind: row.conclusion,
            suggested,
            concluded,
            reason,
            forms: row.concluded_forms.filter(isExploitationForm),
            concludedBy:
              row.concluded_by_user_id === null
                ? { id: row.screener_user_id, displayName: row.screener_name }
                : { id: row.concluded_by_user_id, displayName: row.concluded_by_name ?? '' },
            concludedAt: iso(row.completed_at ?? row.updated_at) ?? '',
          }
        : null,
    updatedAt: iso(row.updated_at) ?? '',
  };
}
