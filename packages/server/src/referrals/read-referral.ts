import {
  CHILD_STATUSES,
  EXPLOITATION_LOCATIONS,
  isExploitationForm,
  URGENT_NEEDS,
  ZExploitationEvent,
  ZTraffickingElements,
} from '@opennrm/core';
import { z } from 'zod';
import { decryptField, type Keyring, openDataKey } from '../crypto/index.js';
import type { Handle } from './candidates.js';
import type { ReferralView } from './schemas.js';

function referralQuery(db: Handle) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('organisations as ref', 'ref.id', 'r.referring_org_id')
    .innerJoin('organisations as comp', 'comp.id', 'r.competent_org_id')
    .innerJoin('users as u', 'u.id', 'r.referring_user_id')
    .select([
      'r.id',
      'r.case_id',
      'r.screening_id',
      'r.profile_id',
      'r.profile_version',
      'r.child_status',
      'r.elements',
      'r.exploitation_forms',
      'r.exploitation_location',
      'r.events',
      'r.urgent_needs',
      'r.interpreter_needed',
      'r.interpreter_language',
      'r.safe_contact_enc',
      'r.referred_at',
      'r.reasonable_grounds_due_at',
      'c.reference',
      'c.person_id',
      'c.narrative_enc',
      'p.data_key_id',
      'ref.id as ref_id',
      'ref.name as ref_name',
      'ref.kind as ref_kind',
      'comp.id as comp_id',
      'comp.name as comp_name',
      'u.display_name as referred_by',
    ]);
}
export type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralQuery>['executeTakeFirstOrThrow']>>;

export async function referralById(db: Handle, id: string): Promise<ReferralRow | undefined> {
  return referralQuery(db).where('r.id', '=', id).executeTakeFirst();
}

/** The case's latest referral. */
export async function referralOfCase(db: Handle, caseId: string): Promise<ReferralRow | undefined> {
  return referralQuery(db)
    .where('r.case_id', '=', caseId)
    .orderBy('r.referred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

const ZStoredEvents = z.array(ZExploitationEvent);
const ZChildStatus = z.enum(CHILD_STATUSES);
const ZLocation = z.enum(EXPLOITATION_LOCATIONS);
const ZNeeds = z.array(z.enum(URGENT_NEEDS));

export type ReferralField = 'narrative' | 'safeContact';

/**
 * The referral as a reader sees it. Only the fields in `visible` are decrypted (with
 * the person's data key); the caller audits the read in the same transaction.
 */
export async function referralView(
  db: Handle,
  keyring: Keyring,
  row: ReferralRow,
  visible: ReadonlySet<ReferralField>,
): Promise<ReferralView> {
  const needsKey =
    (visible.has('narrative') && row.narrative_enc !== null) ||
    (visible.has('safeContact') && row.safe_contact_enc !== null);
  let narrative: string | null = null;
  let safeContact: string | null = null;
  if (needsKey) {
    const keyRow = await db
      .selectFrom('data_keys')
      .selectAll()
      .where('id', '=', row.data_key_id)
      .executeTakeFirstOrThrow();
    const key = openDataKey(keyring, keyRow);
    if (visible.has('narrative') && row.narrative_enc !== null)
      narrative = decryptField(
        key,
        { table: 'cases', rowId: row.case_id, field: 'narrative_enc' },
        row.narrative_enc,
      );
    if (visible.has('safeContact') && row.safe_contact_enc !== null)
      safeContact = decryptField(
        key,
        { table: 'referrals', rowId: row.id, field: 'safe_contact_enc' },
        row.safe_contact_enc,
      );
  }
  const hidden = (['narrative', 'safeContact'] as const).filter((field) => !visible.has(field));
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.reference,
    referredAt: new Date(row.referred_at).toISOString(),
    referringOrganisation: { id: row.ref_id, name: row.ref_name, kind: row.ref_kind },
    referredBy: row.referred_by,
    competentOrganisation: { id: row.comp_id, name: row.comp_name },
    profile: { id: row.profile_id, version: row.profile_version },
    childStatus: ZChildStatus.parse(row.child_status),
    elements: ZTraffickingElements.parse(row.elements),
    exploitationForms: row.exploitation_forms.filter(isExploitationForm),
    exploitationLocation: ZLocation.parse(row.exploitation_location),
    events: ZStoredEvents.parse(row.events),
    urgentNeeds: ZNeeds.parse(row.urgent_needs),
    interpreterNeeded: row.interpreter_needed,
    interpreterLanguage: row.interpreter_language,
    reasonableGroundsDueAt: row.reasonable_grounds_due_at
      ? new Date(row.reasonable_grounds_due_at).toISOString()
      : null,
    screeningId: row.screening_id,
    ...(visible.has('narrative') ? { narrative } : {}),
    ...(visible.has('safeContact') ? { safeContact } : {}),
    hiddenFields: hidden,
  };
}
