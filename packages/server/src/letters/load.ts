import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { OrgContact } from './compose.js';

type Handle = Kysely<DB> | Transaction<DB>;

/** An organisation's name and work contact (stored in clear: it is not personal data). */
export async function orgContact(db: Handle, organisationId: string): Promise<OrgContact> {
  const org = await db
    .selectFrom('organisations')
    .select(['name', 'contact_email', 'contact_phone'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return { name: org.name, email: org.contact_email, phone: org.contact_phone };
}

/** Names of the organisations on the case team today, in the order they joined, each once. */
export async function caseTeamNames(db: Handle, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('case_team as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select(['o.id', 'o.name'])
    .where('t.case_id', '=', caseId)
    .where('t.removed_at', 'is', null)
    .orderBy('t.added_at')
    .orderBy('o.name')
    .execute();
  const seen = new Set<string>();
  const names: string[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    names.push(row.name);
  }
  return names;
}

/** Whether the child has a guardian today (appointed, not ended). */
export async function guardianAppointed(db: Handle, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('guardian_appointments')
    .select('id')
    .where('case_id', '=', caseId)
    .where('guardian_user_id', 'is not', null)
    .where('appointed_at', 'is not', null)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The child protection organisation on the case team, which has the child in its care until a guardian is appointed. */
export async function childProtectionOrgName(db: Handle, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom('case_team as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select('o.name')
    .where('t.case_id', '=', caseId)
    .where('t.removed_at', 'is', null)
    .where((eb) => eb.or([eb('t.purpose', '=', 'child_protection'), eb('o.kind', '=', 'child_protection')]))
    .orderBy('t.added_at')
    .executeTakeFirst();
  return row?.name ?? null;
}
