import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  type Consent,
  type ConsentMethod,
  type ConsentPurpose,
  isConsentInForce,
} from '@opennrm/core';
import type { Handle } from './candidates.js';
import type { ConsentView } from './schemas.js';

function isPurpose(value: string): value is ConsentPurpose {
  return (CONSENT_PURPOSES as readonly string[]).includes(value);
}
function isMethod(value: string): value is ConsentMethod {
  return (CONSENT_METHODS as readonly string[]).includes(value);
}

const consentColumns = [
  'k.id',
  'k.case_id',
  'k.person_id',
  'k.purpose',
  'k.recipient_org_id',
  'k.language',
  'k.interpreter_used',
  'k.method',
  'k.given_at',
  'k.revoked_at',
  'o.name as recipient_name',
] as const;

function consentQuery(db: Handle) {
  return db
    .selectFrom('consents as k')
    .leftJoin('organisations as o', 'o.id', 'k.recipient_org_id')
    .select(consentColumns);
}
export type ConsentRow = Awaited<ReturnType<ReturnType<typeof consentQuery>['executeTakeFirstOrThrow']>>;

/** The core shape of a stored consent, for the consent rules. */
export function toConsent(row: ConsentRow): Consent | null {
  if (!isPurpose(row.purpose) || !isMethod(row.method)) return null;
  return {
    purpose: row.purpose,
    recipientOrgId: row.recipient_org_id,
    // The language was validated when the consent was recorded.
    language: row.language as Consent['language'],
    interpreterUsed: row.interpreter_used,
    method: row.method,
    givenAt: new Date(row.given_at),
    revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
  };
}

export function consentView(row: ConsentRow, now: Date): ConsentView | null {
  const consent = toConsent(row);
  if (!consent) return null;
  return {
    id: row.id,
    caseId: row.case_id,
    purpose: consent.purpose,
    recipientOrganisation:
      row.recipient_org_id && row.recipient_name
        ? { id: row.recipient_org_id, name: row.recipient_name }
        : null,
    language: row.language,
    interpreterUsed: row.interpreter_used,
    method: consent.method,
    givenAt: consent.givenAt.toISOString(),
    revokedAt: consent.revokedAt?.toISOString() ?? null,
    inForce: isConsentInForce(consent, now),
  };
}

export async function consentById(db: Handle, id: string): Promise<ConsentRow | undefined> {
  return consentQuery(db).where('k.id', '=', id).executeTakeFirst();
}

/** A case's consents, oldest first; consents given together in the order of the purposes. */
export async function consentsOfCase(db: Handle, caseId: string): Promise<ConsentRow[]> {
  const rows = await consentQuery(db).where('k.case_id', '=', caseId).orderBy('k.id').execute();
  const rank = (purpose: string): number => (CONSENT_PURPOSES as readonly string[]).indexOf(purpose);
  return rows.sort(
    (a, b) =>
      new Date(a.given_at).getTime() - new Date(b.given_at).getTime() || rank(a.purpose) - rank(b.purpose),
  );
}
