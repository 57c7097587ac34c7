import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type AnonymousNotification,
  anonymousNotificationRefusal,
  localDateOf,
  type SupportWithoutReferral,
  supportStillOffered,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { Problem } from '../http/problem.js';
import { currentCountryProfile } from '../profiles/store.js';

export type NotifyOutcome =
  | {
      readonly kind: 'created';
      readonly id: string;
      readonly notifiedOn: string;
      readonly stored: AnonymousNotification;
      readonly support: readonly SupportWithoutReferral[];
    }
  | { readonly kind: 'refused'; readonly problem: Problem };

/**
 * Counts an adult who did not consent to a referral (UK "duty to notify"). The row
 * holds the five allowed fields, the organisation that notified and the date (not the
 * time): no person, case, user, free text or client reference that could lead back to
 * a draft. The answer lists the support that can still be offered.
 */
export async function notifyAnonymously(
  db: Kysely<DB>,
  actor: Actor,
  notification: AnonymousNotification,
  requestId: string,
): Promise<NotifyOutcome> {
  if (anonymousNotificationRefusal(notification) === 'child') {
    return {
      kind: 'refused',
      problem: new Problem(
        422,
        'validation',
        'A child is referred, not only counted.',
        'A child’s consent is not required for a referral: refer the child (POST /api/referrals); child protection and a guardian are involved.',
        { reason: 'child', errors: [{ path: 'body.ageBand', message: 'child_age_band' }] },
      ),
    };
  }
  return db.transaction().execute(async (trx) => {
    const profile = await currentCountryProfile(trx);
    const id = randomUUID();
    const notifiedOn = localDateOf(new Date(), profile.calendar.timeZone);
    await trx
      .insertInto('anonymous_notifications')
      .values({
        id,
        organisation_id: actor.organisationId,
        notified_on: notifiedOn,
        gender: notification.gender,
        age_band: notification.ageBand,
        nationality: notification.nationality,
        exploitation_forms: notification.exploitationForms,
        region: notification.region,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'anonymous_notification.create',
      resourceType: 'anonymous_notification',
      resourceId: id,
      outcome: 'success',
      requestId,
    });
    return {
      kind: 'created',
      id,
      notifiedOn,
      stored: notification,
      support: supportStillOffered(notification),
    };
  });
}
