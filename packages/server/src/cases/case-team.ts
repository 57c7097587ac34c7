import {
  type Actor,
  CONSENT_BASED_PURPOSES,
  type ConsentBasedPurpose,
  isConsentBasedPurpose,
  isOrganisationKind,
  sharingBasis,
  type TeamAddition,
  teamAdditionRefusal,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import { type AuditInput, appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import { addToTeam, removeFromTeam } from '../referrals/team-store.js';
import { type CaseFileItem, consentRequired } from './case-file-access.js';
import type { CaseStanding } from './relationships.js';

type Handle = Kysely<DB> | Transaction<DB>;

/**
 * The person's consent to share with `organisationId`, in force at `at` (the latest), or
 * null. Only consents to share with a provider are read: what the person chose about
 * the police is no input to anything here (CoE art. 12(6), EU art. 11(3)).
 */
export async function shareConsentInForce(
  db: Handle,
  caseId: string,
  organisationId: string,
  at: Date,
): Promise<string | null> {
  const row = await db
    .selectFrom('consents')
    .select('id')
    .where('case_id', '=', caseId)
    .where('purpose', '=', 'share_with_provider')
    .where('recipient_org_id', '=', organisationId)
    .where('given_at', '<=', at)
    .where((eb) => eb.or([eb('revoked_at', 'is', null), eb('revoked_at', '>', at)]))
    .orderBy('given_at', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The organisations with a consent to share in force on this case, each with its consent. */
export async function consentedOrganisations(db: Handle, caseId: string, at: Date): Promise<Set<string>> {
  const rows = await db
    .selectFrom('consents')
    .select('recipient_org_id')
    .where('case_id', '=', caseId)
    .where('purpose', '=', 'share_with_provider')
    .where('recipient_org_id', 'is not', null)
    .where('given_at', '<=', at)
    .where((eb) => eb.or([eb('revoked_at', 'is', null), eb('revoked_at', '>', at)]))
    .execute();
  return new Set(rows.flatMap((r) => (r.recipient_org_id ? [r.recipient_org_id] : [])));
}

const base = (actor: Actor, item: CaseFileItem, requestId: string) =>
  ({
    actorKind: 'user',
    actorUserId: actor.userId,
    actorOrgId: actor.organisationId,
    subjectPersonId: item.personId,
    outcome: 'success',
    requestId,
  }) as const;

/**
 * Puts a provider on the team for one purpose: an adult's consent to share with it must
 * be in force; for a child, the guardian's consent or the decision of child protection.
 */
export async function addTeamMember(
  db: Kysely<DB>,
  actor: Actor,
  item: CaseFileItem,
  standing: CaseStanding,
  body: TeamAddition,
  requestId: string,
): Promise<{ purposes: string[] }> {
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const org = await trx
      .selectFrom('organisations')
      .select(['id', 'kind', 'active'])
      .where('id', '=', body.organisationId)
      .executeTakeFirst();
    if (!org || !isOrganisationKind(org.kind)) {
      throw problems.validation([{ path: 'body.organisationId', message: 'unknown_organisation' }]);
    }
    const current = await trx
      .selectFrom('case_team')
      .select('purpose')
      .where('case_id', '=', item.id)
      .where('organisation_id', '=', org.id)
      .where('removed_at', 'is', null)
      .execute();
    const wrong = teamAdditionRefusal({
      purpose: body.purpose,
      organisationKind: org.kind,
      active: org.active,
      alreadyOnTeamForPurpose: current.some((r) => r.purpose === body.purpose),
    });
    if (wrong === 'already_on_team')
      throw refusal(wrong, 'The organisation is on the team for this purpose.');
    if (wrong !== null) throw problems.validation([{ path: 'body.organisationId', message: wrong }]);
    const basis = sharingBasis({
      isChild: item.isChild,
      consentId: await shareConsentInForce(trx, item.id, org.id, now),
      actorIsChildProtection: standing.purposes.includes('child_protection'),
    });
    if (!basis.ok) throw consentRequired(basis.reason);
    await addToTeam(trx, item.id, org.id, body.purpose, now);
    await appendAudit(trx, {
      ...base(actor, item, requestId),
      action: 'case_team.add',
      resourceType: 'case',
      resourceId: item.id,
      purpose: body.purpose,
      details: { organisationId: org.id, consentId: basis.consentId ?? undefined },
    });
    return { purposes: [...current.map((r) => r.purpose), body.purpose] };
  });
}

/**
 * Takes a provider off the team (one purpose, or every purpose it joined for with
 * consent). The lead organisation and the identification path (referrer, authority,
 * child protection, guardian) are not removed here. From now on it sees nothing more:
 * when it is off the team altogether, its share of the account ends too.
 */
export async function removeTeamMember(
  db: Kysely<DB>,
  actor: Actor,
  item: CaseFileItem,
  organisationId: string,
  purpose: ConsentBasedPurpose | undefined,
  requestId: string,
): Promise<{ purposes: string[] }> {
  if (organisationId === item.leadOrgId) {
    throw refusal('lead_organisation', 'The lead organisation stays on the team.');
  }
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const current = await trx
      .selectFrom('case_team')
      .select('purpose')
      .where('case_id', '=', item.id)
      .where('organisation_id', '=', organisationId)
      .where('removed_at', 'is', null)
      .execute();
    const removable = current.map((r) => r.purpose).filter(isConsentBasedPurpose);
    const targets = purpose === undefined ? removable : removable.filter((p) => p === purpose);
    if (targets.length === 0) throw problems.notFound('team member');
    const audits = await endTeamPlaces(trx, item.id, organisationId, targets, now);
    const remaining = current.length - audits.length;
    const shares = remaining === 0 ? await endAccountShares(trx, item.id, organisationId, actor, now) : [];
    for (const entry of audits) {
      await appendAudit(trx, {
        ...base(actor, item, requestId),
        action: 'case_team.remove',
        resourceType: 'case',
        resourceId: item.id,
        purpose: entry,
        details: { organisationId },
      });
    }
    for (const shareId of shares) {
      await appendAudit(trx, {
        ...base(actor, item, requestId),
        action: 'account_share.revoke',
        resourceType: 'case_account',
        resourceId: shareId,
        details: { caseId: item.id, organisationId, reason: 'left_team' },
      });
    }
    return {
      purposes: current.map((r) => r.purpose).filter((p) => !targets.includes(p as ConsentBasedPurpose)),
    };
  });
}

async function endTeamPlaces(
  trx: Transaction<DB>,
  caseId: string,
  organisationId: string,
  purposes: readonly ConsentBasedPurpose[],
  at: Date,
): Promise<ConsentBasedPurpose[]> {
  const ended: ConsentBasedPurpose[] = [];
  for (const p of purposes) if (await removeFromTeam(trx, caseId, organisationId, p, at)) ended.push(p);
  return ended;
}

/** Ends the organisation's active shares of the account (only those given on a consent, if asked). */
async function endAccountShares(
  trx: Transaction<DB>,
  caseId: string,
  organisationId: string,
  actor: Actor,
  at: Date,
  onlyConsented = false,
): Promise<string[]> {
  let q = trx
    .updateTable('account_shares')
    .set({ revoked_at: at, revoked_by_user_id: actor.userId })
    .where('case_id', '=', caseId)
    .where('organisation_id', '=', organisationId)
    .where('revoked_at', 'is', null);
  if (onlyConsented) q = q.where('consent_id', 'is not', null);
  const rows = await q.returning('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Called when a consent to share with a provider is revoked and nothing else allows
 * sharing with it any more (referrals/withdraw-consent.ts): from now on the provider is
 * off the team for every purpose it joined with consent, and its share of the account
 * ends. Writes its own audit entries; returns the purposes it was removed from.
 */
export async function endConsentBasedAccess(
  trx: Transaction<DB>,
  input: {
    readonly actor: Actor;
    readonly caseId: string;
    readonly personId: string;
    readonly organisationId: string;
    readonly consentId: string;
    readonly at: Date;
    readonly requestId: string;
  },
): Promise<ConsentBasedPurpose[]> {
  const lead = await trx
    .selectFrom('cases')
    .select('lead_org_id')
    .where('id', '=', input.caseId)
    .executeTakeFirstOrThrow();
  // The lead organisation met the person; it is not on the team by this consent.
  if (lead.lead_org_id === input.organisationId) return [];
  const ended = await endTeamPlaces(
    trx,
    input.caseId,
    input.organisationId,
    CONSENT_BASED_PURPOSES,
    input.at,
  );
  const still = await trx
    .selectFrom('case_team')
    .select('purpose')
    .where('case_id', '=', input.caseId)
    .where('organisation_id', '=', input.organisationId)
    .where('removed_at', 'is', null)
    .execute();
  // A share given on the person's consent ends with it; one child protection decided on
  // ends only when the organisation is off the team altogether.
  const shares = await endAccountShares(
    trx,
    input.caseId,
    input.organisationId,
    input.actor,
    input.at,
    still.length > 0,
  );
  const entry = {
    actorKind: 'user',
    actorUserId: input.actor.userId,
    actorOrgId: input.actor.organisationId,
    subjectPersonId: input.personId,
    outcome: 'success',
    requestId: input.requestId,
  } as const satisfies Partial<AuditInput>;
  for (const purpose of ended) {
    await appendAudit(trx, {
      ...entry,
      action: 'case_team.remove',
      resourceType: 'case',
      resourceId: input.caseId,
      purpose,
      details: { organisationId: input.organisationId, consentId: input.consentId },
    });
  }
  for (const shareId of shares) {
    await appendAudit(trx, {
      ...entry,
      action: 'account_share.revoke',
      resourceType: 'case_account',
      resourceId: shareId,
      details: { caseId: input.caseId, organisationId: input.organisationId, consentId: input.consentId },
    });
  }
  return ended;
}
