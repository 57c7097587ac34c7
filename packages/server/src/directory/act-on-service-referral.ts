import { randomUUID } from 'node:crypto';
import {
  type Actor,
  capacityGapFor,
  type DeclineReason,
  isServiceKind,
  isServiceReferralStatus,
  type ServiceOutcome,
  type ServiceReferralAction,
  type ServiceReferralSide,
  serviceReferralTransition,
  teamPurposeForServiceKind,
  ZNeedDomain,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import { type AuditInput, appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { Problem, problems } from '../http/problem.js';
import { addToTeam } from '../referrals/team-store.js';
import { loadDirectoryCase, profileOf } from './case-context.js';
import { insertGap } from './record-gap.js';
import type { ServiceReferralView } from './schemas.js';
import { sharingBasis } from './send-service-referral.js';
import {
  openKey,
  sealReferralText,
  serviceReferralQuery,
  serviceReferralView,
} from './service-referral-store.js';

export type ActionInput =
  | { readonly action: 'accept' | 'start' | 'withdraw' }
  | { readonly action: 'decline'; readonly reason: DeclineReason; readonly note: string | null }
  | { readonly action: 'end'; readonly outcome: ServiceOutcome };

const PAST: Readonly<Record<ServiceReferralAction, string>> = {
  accept: 'accepted',
  decline: 'declined',
  start: 'started',
  end: 'ended',
  withdraw: 'withdrawn',
};

/**
 * One step of a service referral, by the side the route authorised (the provider:
 * accept / decline / start / end; the sender: withdraw), under the row's lock. Accepting
 * puts the provider on the case team for the purpose its kind of service needs, through
 * the consent already given (checked again: a consent withdrawn since stops it).
 * Declining for capacity records a capacity gap. The other side gets a notice.
 */
export async function actOnServiceReferral(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  input: { readonly id: string; readonly side: ServiceReferralSide; readonly step: ActionInput },
  requestId: string,
): Promise<ServiceReferralView> {
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const { step } = input;
    const locked = await trx
      .selectFrom('service_referrals')
      .select(['id', 'status'])
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!locked || !isServiceReferralStatus(locked.status)) throw problems.notFound('service_referral');
    const transition = serviceReferralTransition(locked.status, step.action, input.side);
    if (!transition.ok) {
      throw problems.conflict(
        `This service referral is ${locked.status}; it cannot be ${PAST[step.action]} now.`,
      );
    }
    const row = await serviceReferralQuery(trx, actor.organisationId)
      .where('r.id', '=', input.id)
      .executeTakeFirstOrThrow();
    if (!isServiceKind(row.service_kind)) throw new Error('stored service has an unknown kind');
    const key = await openKey(trx, keyring, row.data_key_id);
    const audits: AuditInput[] = [];
    const base = {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      subjectPersonId: row.person_id,
      outcome: 'success',
      requestId,
    } as const;

    switch (step.action) {
      case 'accept': {
        const basis = await sharingBasis(trx, {
          caseId: row.case_id,
          isChild: row.is_child,
          providerOrgId: row.provider_org_id,
          at: now,
        });
        if (!basis.ok) {
          throw new Problem(
            409,
            'consent-required',
            'The person no longer agrees to share with this provider.',
            'The consent to share with your organisation was withdrawn after the service referral was sent; it cannot be accepted.',
            { reason: 'share_consent_withdrawn' },
          );
        }
        const purpose = teamPurposeForServiceKind(row.service_kind);
        await trx
          .updateTable('service_referrals')
          .set({ status: transition.to, responded_by_user_id: actor.userId, responded_at: now })
          .where('id', '=', row.id)
          .execute();
        if (await addToTeam(trx, row.case_id, row.provider_org_id, purpose, now)) {
          audits.push({
            ...base,
            action: 'case_team.add',
            resourceType: 'case',
            resourceId: row.case_id,
            purpose,
            details: {
              organisationId: row.provider_org_id,
              serviceReferralId: row.id,
              consentId: basis.consentId,
            },
          });
        }
        break;
      }
      case 'decline': {
        await trx
          .updateTable('service_referrals')
          .set({
            status: transition.to,
            decline_reason: step.reason,
            response_note_enc:
              step.note === null ? null : sealReferralText(key, row.id, 'response_note_enc', step.note),
            responded_by_user_id: actor.userId,
            responded_at: now,
          })
          .where('id', '=', row.id)
          .execute();
        if (step.reason === 'capacity') {
          const item = await loadDirectoryCase(trx, row.case_id);
          if (!item) throw new Error('service referral without its case');
          const gap = capacityGapFor({
            need: ZNeedDomain.parse(row.need_domain),
            person: profileOf(item, now),
            reason: 'declined_capacity',
            kind: row.service_kind,
          });
          const stored = await insertGap(trx, gap, {
            caseId: row.case_id,
            organisationId: actor.organisationId,
            serviceReferralId: row.id,
            at: now,
          });
          audits.push({
            ...base,
            action: 'capacity_gap.create',
            resourceType: 'capacity_gap',
            resourceId: stored.id,
            details: {
              serviceReferralId: row.id,
              need: gap.needDomain,
              kind: gap.serviceKind,
              reason: gap.reason,
            },
          });
        }
        break;
      }
      case 'start':
        await trx
          .updateTable('service_referrals')
          .set({ status: transition.to, started_at: now })
          .where('id', '=', row.id)
          .execute();
        break;
      case 'end':
        await trx
          .updateTable('service_referrals')
          .set({ status: transition.to, ended_at: now, outcome: step.outcome })
          .where('id', '=', row.id)
          .execute();
        break;
      case 'withdraw':
        await trx
          .updateTable('service_referrals')
          .set({ status: transition.to })
          .where('id', '=', row.id)
          .execute();
        break;
      default: {
        const unreachable: never = step;
        throw new Error(`unknown action ${String(unreachable)}`);
      }
    }

    if (step.action === 'accept' || step.action === 'decline') {
      await trx
        .insertInto('notices')
        .values({
          id: randomUUID(),
          organisation_id: row.sent_by_org_id,
          kind: 'service_referral_answered',
          case_id: row.case_id,
          due_at: null,
          dedupe_key: `service_referral_answered:${row.id}:${row.sent_by_org_id}`,
          created_at: now,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .execute();
    }
    await appendAudit(trx, {
      ...base,
      action: `service_referral.${step.action}`,
      resourceType: 'service_referral',
      resourceId: row.id,
      details: {
        caseId: row.case_id,
        from: locked.status,
        to: transition.to,
        side: input.side,
        ...(step.action === 'decline' ? { reason: step.reason } : {}),
        ...(step.action === 'end' ? { outcome: step.outcome } : {}),
      },
    });
    for (const entry of audits) await appendAudit(trx, entry);
    const fresh = await serviceReferralQuery(trx, actor.organisationId)
      .where('r.id', '=', row.id)
      .executeTakeFirstOrThrow();
    return serviceReferralView(fresh, key, actor);
  });
}
