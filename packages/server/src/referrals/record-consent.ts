import { randomUUID } from 'node:crypto';
import { type Actor, type ConsentGiven, consentRecipientProblems, providerPurpose } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { type Problem, problems } from '../http/problem.js';
import { activeOrganisations, isUuid } from './candidates.js';
import { consentById, consentView } from './consent-store.js';
import type { ConsentView } from './schemas.js';
import { addToTeam } from './team-store.js';

export type RecordConsentOutcome =
  | { readonly kind: 'created'; readonly consent: ConsentView }
  | { readonly kind: 'refused'; readonly problem: Problem };

/**
 * Records a consent the person (or a child's guardian) gave after the referral. Sharing
 * with a named provider puts that provider on the case team from now on, for the purpose
 * its kind needs (`providerPurpose`: a shelter for accommodation, ...).
 */
export async function recordConsent(
  db: Kysely<DB>,
  actor: Actor,
  input: { readonly caseId: string; readonly personId: string; readonly consent: ConsentGiven },
  requestId: string,
): Promise<RecordConsentOutcome> {
  return db.transaction().execute(async (trx): Promise<RecordConsentOutcome> => {
    const now = new Date();
    const { consent } = input;
    if (consent.givenAt.getTime() > now.getTime()) {
      return {
        kind: 'refused',
        problem: problems.validation([
          { path: 'body.givenAt', message: 'A consent cannot be given in the future.' },
        ]),
      };
    }
    const referral = await trx
      .selectFrom('referrals')
      .select('competent_org_id')
      .where('case_id', '=', input.caseId)
      .orderBy('referred_at', 'desc')
      .executeTakeFirst();
    const organisations = new Map((await activeOrganisations(trx)).map((org) => [org.id, org]));
    const wrong = consentRecipientProblems([consent], {
      competentOrgId: referral?.competent_org_id ?? null,
      kindOf: (id) => (isUuid(id) ? organisations.get(id)?.kind : undefined),
    });
    if (wrong.length > 0) {
      return {
        kind: 'refused',
        problem: problems.validation(
          wrong.map(({ problem }) => ({ path: 'body.recipientOrgId', message: problem })),
        ),
      };
    }
    const id = randomUUID();
    await trx
      .insertInto('consents')
      .values({
        id,
        case_id: input.caseId,
        person_id: input.personId,
        purpose: consent.purpose,
        recipient_org_id: consent.recipientOrgId,
        language: consent.language,
        interpreter_used: consent.interpreterUsed,
        method: consent.method,
        given_at: consent.givenAt,
        recorded_by_user_id: actor.userId,
      })
      .execute();
    const base = {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      subjectPersonId: input.personId,
      outcome: 'success',
      requestId,
    } as const;
    const recipient = consent.recipientOrgId !== null ? organisations.get(consent.recipientOrgId) : undefined;
    const teamPurpose = recipient ? providerPurpose(recipient.kind) : 'assistance';
    const added =
      consent.purpose === 'share_with_provider' && consent.recipientOrgId !== null
        ? await addToTeam(trx, input.caseId, consent.recipientOrgId, teamPurpose, now)
        : false;
    await appendAudit(trx, {
      ...base,
      action: 'consent.create',
      resourceType: 'consent',
      resourceId: id,
      purpose: consent.purpose,
      details: { caseId: input.caseId, recipientOrgId: consent.recipientOrgId, method: consent.method },
    });
    if (added && consent.recipientOrgId !== null) {
      await appendAudit(trx, {
        ...base,
        action: 'case_team.add',
        resourceType: 'case',
        resourceId: input.caseId,
        purpose: teamPurpose,
        details: { organisationId: consent.recipientOrgId, consentId: id },
      });
    }
    const row = await consentById(trx, id);
    const view = row ? consentView(row, now) : null;
    if (!view) throw new Error('consent just recorded could not be read back');
    return { kind: 'created', consent: view };
  });
}
