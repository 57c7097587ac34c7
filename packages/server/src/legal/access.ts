import {
  type Actor,
  type CaseSection,
  type LegalFinding,
  type LocalDate,
  localDateOf,
  type Resource,
} from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { caseRelationships, requireSection } from '../cases/relationships.js';
import type { DB } from '../db/schema.js';
import { type Problem, problems } from '../http/problem.js';
import { currentCountryProfile } from '../profiles/store.js';

export type Handle = Kysely<DB> | Transaction<DB>;

/** What the legal module needs of a case: no personal data. */
export type LegalCase = { readonly id: string; readonly personId: string; readonly isChild: boolean };

export type LegalAccess = { readonly actor: Actor; readonly item: LegalCase };

type LegalAction = 'list' | 'read' | 'create' | 'update';

/**
 * The two checks of every route of the legal module: the role rule on the case (shared
 * evaluator) AND the part of the case file the organisation's purpose on the team lets it
 * see. A shelter, a referrer or a coordinator without a legal purpose does not see what
 * the person chose about criminal justice. Either refusal is audited and answered "not
 * found", as for a case the caller cannot see.
 */
export async function authorizeLegal(
  req: FastifyRequest,
  db: Handle,
  resource: Resource,
  action: LegalAction,
  caseId: string,
  sections: readonly CaseSection[],
): Promise<LegalAccess> {
  const actor = requireActor(req);
  const row = await db
    .selectFrom('cases')
    .select(['id', 'person_id', 'is_child'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw problems.notFound(resource);
  const item: LegalCase = { id: row.id, personId: row.person_id, isChild: row.is_child };
  await authorizeInstance(req, resource, action, await caseRelationships(db, actor, item.id), {
    id: item.id,
    hideExistence: true,
    subjectPersonId: item.personId,
  });
  await requireSection(req, item.id, sections, { resource, action, subjectPersonId: item.personId }, db);
  return { actor, item };
}

/** A 400 naming the fields a rule refused, by path and code (core legal/rules.ts). */
export function invalid(found: readonly LegalFinding[]): Problem {
  return problems.validation(found.map((f) => ({ path: `body.${f.path}`, message: f.code })));
}

/** Today in the country's time zone. */
export async function today(db: Handle): Promise<LocalDate> {
  const profile = await currentCountryProfile(db);
  return localDateOf(new Date(), profile.calendar.timeZone);
}

/** 'YYYY-MM-DD' of a `date` column (read as UTC midnight by both drivers). */
export function localDate(value: Date | string): LocalDate {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function localDateOrNull(value: Date | string | null): LocalDate | null {
  return value === null ? null : localDate(value);
}

/** numeric(14,2) as the API's decimal string, without trailing zeros of the fraction. */
export function money(value: string | number | null): string | null {
  if (value === null) return null;
  const text = typeof value === 'number' ? value.toFixed(2) : value;
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
