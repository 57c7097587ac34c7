import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type Consent,
  isServiceKind,
  type NeedDomain,
  SERVICE_KINDS_FOR_NEED,
  serviceReferralBasis,
} from '@opennrm/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { Problem, problems } from '../http/problem.js';
import { consentsOfCase, toConsent } from '../referrals/consent-store.js';
import type { DirectoryCase } from './case-context.js';
import type { ServiceReferralView } from './schemas.js';
import {
  openKey,
  sealReferralText,
  serviceReferralQuery,
  serviceReferralView,
} from './service-referral-store.js';
import { serviceQuery } from './service-store.js';

export type SendOutcome =
  | { readonly kind: 'sent'; readonly referral: ServiceReferralView }
  /** Refused by a rule; nothing was written, the caller audits the refusal. */
  | { readonly kind: 'refused'; readonly problem: Problem; readonly reason: string };

/** The person's consents to share with a provider, with their ids (only that purpose is read). */
async function shareConsents(
  trx: Transaction<DB>,
  caseId: string,
): Promise<{ id: string; consent: Consent }[]> {
  const rows = await consentsOfCase(trx, caseId);
  return rows.flatMap((row) => {
    const consent = row.purpose === 'share_with_provider' ? toConsent(row) : null;
    return consent ? [{ id: row.id, consent }] : [];
  });
}

/** The consent (or, for a child, the child protection path) that lets this case's needs go to `providerOrgId`. */
export async function sharingBasis(
  trx: Transaction<DB>,
  input: {
    readonly caseId: string;
    readonly isChild: boolean;
    readonly providerOrgId: string;
    readonly at: Date;
  },
): Promise<{ ok: true; consentId: string | null } | { ok: false }> {
  const consents = await shareConsents(trx, input.caseId);
  const basis = serviceReferralBasis({
    isChild: input.isChild,
    providerOrgId: input.providerOrgId,
    consents: consents.map((c) => c.consent),
    at: input.at,
  });
  if (!basis.ok) return { ok: false };
  return {
    ok: true,
    consentId: basis.consentIndex === null ? null : (consents[basis.consentIndex]?.id ?? null),
  };
}

function invalid(reason: string, path: string, message: string): SendOutcome {
  return { kind: 'refused', reason, problem: problems.validation([{ path, message }]) };
}

/**
 * Sends a service referral (one use case per file). In one transaction: the service must
 * be active and answer the need; the plan action, if named, must be of this case; one
 * open referral per case and service; an adult's consent to share with that provider
 * must be in force (a child's case goes through child protection). Writes the referral
 * (the message sealed with the person's key), a notice to the provider and the audit.
 */
export async function sendServiceReferral(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  item: DirectoryCase,
  input: {
    readonly serviceId: string;
    readonly needDomain: NeedDomain;
    readonly planActionId: string | null;
    readonly message: string | null;
  },
  requestId: string,
): Promise<SendOutcome> {
  return db.transaction().execute(async (trx): Promise<SendOutcome> => {
    const now = new Date();
    const service = await serviceQuery(trx).where('s.id', '=', input.serviceId).executeTakeFirst();
    if (!service?.active || !isServiceKind(service.kind))
      return invalid('unknown_service', 'body.serviceId', 'No service in the directory has this id.');
    if (!SERVICE_KINDS_FOR_NEED[input.needDomain].includes(service.kind))
      return invalid(
        'service_does_not_answer_need',
        'body.needDomain',
        'This kind of service does not answer this need.',
      );
    if (input.planActionId !== null) {
      const action = await trx
        .selectFrom('plan_actions')
        .select('id')
        .where('id', '=', input.planActionId)
        .where('case_id', '=', item.id)
        .executeTakeFirst();
      if (!action)
        return invalid(
          'unknown_plan_action',
          'body.planActionId',
          'No action of this case’s support plan has this id.',
        );
    }

    // Two sends of the same service for the same case take turns; the second finds the first.
    await sql`select pg_advisory_xact_lock(hashtextextended(${`service_referral:${item.id}:${service.id}`}, 0))`.execute(
      trx,
    );
    const open = await trx
      .selectFrom('service_referrals')
      .select('id')
      .where('case_id', '=', item.id)
      .where('service_id', '=', service.id)
      .where('status', 'in', ['sent', 'accepted', 'started'])
      .executeTakeFirst();
    if (open) {
      return {
        kind: 'refused',
        reason: 'already_open',
        problem: problems.conflict('A service referral to this service is already open for this case.'),
      };
    }

    const basis = await sharingBasis(trx, {
      caseId: item.id,
      isChild: item.is_child,
      providerOrgId: service.organisation_id,
      at: now,
    });
    if (!basis.ok) {
      return {
        kind: 'refused',
        reason: 'share_consent_missing',
        problem: new Problem(
          422,
          'consent-required',
          'The person has not agreed to share with this provider.',
          `Record the person’s consent to share with ${service.organisation_name} first (purpose "share_with_provider", naming that organisation), then send the service referral.`,
          { reason: 'share_consent_missing', providerOrganisationId: service.organisation_id },
        ),
      };
    }

    const id = randomUUID();
    const key = await openKey(trx, keyring, item.data_key_id);
    await trx
      .insertInto('service_referrals')
      .values({
        id,
        case_id: item.id,
        service_id: service.id,
        provider_org_id: service.organisation_id,
        need_domain: input.needDomain,
        plan_action_id: input.planActionId,
        consent_id: basis.consentId,
        data_key_id: item.data_key_id,
        message_enc: input.message === null ? null : sealReferralText(key, id, 'message_enc', input.message),
        sent_by_user_id: actor.userId,
        sent_by_org_id: actor.organisationId,
        sent_at: now,
        status: 'sent',
      })
      .execute();
    await trx
      .insertInto('notices')
      .values({
        id: randomUUID(),
        organisation_id: service.organisation_id,
        kind: 'service_referral_received',
        case_id: item.id,
        due_at: null,
        dedupe_key: `service_referral_received:${id}:${service.organisation_id}`,
        created_at: now,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'service_referral.create',
      resourceType: 'service_referral',
      resourceId: id,
      subjectPersonId: item.person_id,
      purpose: item.is_child ? 'child_protection' : 'share_with_provider',
      outcome: 'success',
      requestId,
      details: {
        caseId: item.id,
        serviceId: service.id,
        providerOrgId: service.organisation_id,
        need: input.needDomain,
        basis: item.is_child ? 'child_protection' : 'consent',
        consentId: basis.consentId,
      },
    });
    const row = await serviceReferralQuery(trx, actor.organisationId)
      .where('r.id', '=', id)
      .executeTakeFirstOrThrow();
    return { kind: 'sent', referral: serviceReferralView(row, key, actor) };
  });
}
