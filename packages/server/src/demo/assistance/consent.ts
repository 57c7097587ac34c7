import { isPersonLanguage } from '@opennrm/core';
import type { Rng } from '../random.js';
import type { DemoConsent } from '../types.js';
import { type CaseContext, MINUTE_MS } from './context.js';

/**
 * The adult's consent to share with an organisation at `at`: the one in force, or a new
 * one given just before (recorded by `byUserId`, added to the case and to `sink`);
 * 'unusable' when the person withdrew it, or it was given only later. A child is helped on
 * the child protection path, without a consent of their own: null.
 */
export function consentToShare(
  rng: Rng,
  ctx: CaseContext,
  organisationId: string,
  at: Date,
  byUserId: string,
  sink: DemoConsent[],
): DemoConsent | 'unusable' | null {
  if (ctx.record.isChild) return null;
  const existing = ctx.consents.find(
    (c) => c.purpose === 'share_with_provider' && c.recipientOrgId === organisationId,
  );
  if (existing) {
    const revoked = existing.revokedAt !== null && Date.parse(existing.revokedAt) <= at.getTime();
    return revoked || Date.parse(existing.givenAt) > at.getTime() ? 'unusable' : existing;
  }
  const consent: DemoConsent = {
    id: rng.uuid(),
    caseId: ctx.record.id,
    personId: ctx.record.personId,
    purpose: 'share_with_provider',
    recipientOrgId: organisationId,
    language: isPersonLanguage(ctx.person.preferredLanguage) ? ctx.person.preferredLanguage : 'en',
    interpreterUsed: ctx.referral?.interpreterNeeded ?? false,
    method: rng.weighted<DemoConsent['method']>([
      ['verbal', 35],
      ['written', 30],
      ['signed', 30],
      ['recorded', 5],
    ]),
    givenAt: new Date(
      Math.max(ctx.firstContact.getTime(), at.getTime() - rng.int(5, 40) * MINUTE_MS),
    ).toISOString(),
    recordedByUserId: byUserId,
    revokedAt: null,
    revokedByUserId: null,
  };
  ctx.consents.push(consent);
  sink.push(consent);
  return consent;
}
