import { z } from 'zod';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import { caseRelationships } from '../cases/relationships.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { LETTER_LANGUAGES, letterLanguage } from './compose.js';
import { decisionLetter, loadDecisionLetter } from './decision-letter.js';
import { renderLetter } from './pdf.js';
import { loadReferralLetter, referralConfirmationLetter } from './referral-confirmation.js';

const tags = ['letters'];

export const ZLetterQuery = z.object({
  /** Language of the letter; default the person's preferred language, else English. */
  lang: z.enum(LETTER_LANGUAGES).optional(),
});

/** A file name from the case reference only: never a name or anything else about the person. */
function pdfFileName(kind: string, reference: string): string {
  return `${kind}-${reference.replace(/[^A-Za-z0-9-]/g, '')}.pdf`;
}

export function registerLetterRoutes(app: App): void {
  const { database, keyring } = app.deps;

  app.get(
    '/api/referrals/:id/confirmation.pdf',
    {
      config: { policy: { kind: 'resource', resource: 'referral', action: 'read' } },
      schema: {
        tags,
        summary:
          'Written confirmation of a referral for the person (or a child’s guardian), in their language (PDF; every generation is audited)',
        params: ZIdParams,
        querystring: ZLetterQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const target = await database.db
        .selectFrom('referrals as r')
        .innerJoin('cases as c', 'c.id', 'r.case_id')
        .select(['r.id', 'r.case_id', 'c.person_id'])
        .where('r.id', '=', req.params.id)
        .executeTakeFirst();
      if (!target) throw problems.notFound('referral');
      await authorizeInstance(
        req,
        'referral',
        'read',
        await caseRelationships(database.db, actor, target.case_id),
        { id: target.id, hideExistence: true, subjectPersonId: target.person_id },
      );
      // The read and its audit entry in one transaction: no letter without its trace.
      const { data, language } = await database.db.transaction().execute(async (trx) => {
        const loaded = await loadReferralLetter(trx, target.id);
        if (!loaded) throw problems.notFound('referral');
        const lang = letterLanguage(req.query.lang, loaded.preferredLanguage);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'referral.confirmation_letter',
          resourceType: 'referral',
          resourceId: target.id,
          subjectPersonId: loaded.personId,
          outcome: 'success',
          requestId: req.id,
          details: { language: lang, child: loaded.isChild },
        });
        return { data: loaded, language: lang };
      });
      const pdf = await renderLetter(referralConfirmationLetter(data, language));
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `inline; filename="${pdfFileName('referral-confirmation', data.reference)}"`,
        )
        .header('content-language', language)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/decisions/:id/letter.pdf',
    {
      config: { policy: { kind: 'resource', resource: 'decision', action: 'read' } },
      schema: {
        tags,
        summary:
          'Decision letter for the person (or a child’s guardian), in their language, with the reasons (PDF; every generation is audited)',
        params: ZIdParams,
        querystring: ZLetterQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const target = await database.db
        .selectFrom('decisions as d')
        .innerJoin('cases as c', 'c.id', 'd.case_id')
        .select(['d.id', 'd.case_id', 'c.person_id'])
        .where('d.id', '=', req.params.id)
        .executeTakeFirst();
      if (!target) throw problems.notFound('decision');
      await authorizeInstance(
        req,
        'decision',
        'read',
        await caseRelationships(database.db, actor, target.case_id),
        { id: target.id, hideExistence: true, subjectPersonId: target.person_id },
      );
      // Decrypting the reasons and auditing it happen in one transaction.
      const { data, language } = await database.db.transaction().execute(async (trx) => {
        const loaded = await loadDecisionLetter(trx, keyring, target.id);
        if (!loaded) throw problems.notFound('decision');
        const lang = letterLanguage(req.query.lang, loaded.preferredLanguage);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'decision.letter',
          resourceType: 'decision',
          resourceId: target.id,
          subjectPersonId: loaded.personId,
          outcome: 'success',
          requestId: req.id,
          details: { language: lang, stage: loaded.stage, child: loaded.isChild },
        });
        return { data: loaded, language: lang };
      });
      const pdf = await renderLetter(decisionLetter(data, language));
      const kind =
        data.stage === 'reasonable_grounds' ? 'decision-reasonable-grounds' : 'decision-conclusive-grounds';
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${pdfFileName(kind, data.reference)}"`)
        .header('content-language', language)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
