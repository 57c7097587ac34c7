import { z } from 'zod';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import { personRelationships } from '../cases/relationships.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { LETTER_LANGUAGES, letterLanguage } from '../letters/compose.js';
import { ownDataLetter } from '../letters/own-data/letter.js';
import { loadOwnData } from '../letters/own-data/load.js';
import { renderLetter } from '../letters/pdf.js';

const ZPersonParams = z.object({ id: z.uuid() });
const ZOwnDataQuery = z.object({
  /** Language of the copy; default the person's preferred language, else English. */
  locale: z.enum(LETTER_LANGUAGES).optional(),
});

/**
 * Right of access (GDPR art. 15): a copy of the person's own data, in their language, for
 * the person — printed by a case worker or supervisor on the team (the person rule allows
 * them to read AND update the person's record: they work with the person), or for a child
 * by the appointed guardian. The copy holds only what the printer's organisation may see.
 * Every copy is audited, in the same transaction as the decryption.
 */
export function registerOwnDataRoute(app: App): void {
  const { database, keyring } = app.deps;

  app.get(
    '/api/persons/:id/own-data.pdf',
    {
      config: { policy: { kind: 'resource', resource: 'person', action: 'read' } },
      schema: {
        tags: ['persons', 'letters'],
        summary:
          'The person’s own data (right of access), in their language, as a PDF for them (or a child’s guardian); every copy is audited',
        params: ZPersonParams,
        querystring: ZOwnDataQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const person = await database.db
        .selectFrom('persons')
        .select(['id', 'preferred_language'])
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!person) throw problems.notFound('person');
      const relationships = await personRelationships(database.db, actor, person.id);
      const target = { id: person.id, hideExistence: true, subjectPersonId: person.id };
      const read = await authorizeInstance(req, 'person', 'read', relationships, target);
      // A guardian prints for the child they represent; anyone else must work with the
      // person (update their record), not merely look them up.
      if (!relationships.has('guardian_of')) {
        await authorizeInstance(req, 'person', 'update', relationships, target);
      }

      const { data, language } = await database.db.transaction().execute(async (trx) => {
        const loaded = await loadOwnData(trx, keyring, actor, person.id, read.hiddenFields);
        if (!loaded) throw problems.notFound('person');
        const lang = letterLanguage(req.query.locale, loaded.preferredLanguage);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'person.own_data_export',
          resourceType: 'person',
          resourceId: person.id,
          subjectPersonId: person.id,
          outcome: 'success',
          requestId: req.id,
          details: {
            language: lang,
            cases: loaded.cases.length,
            omitted: loaded.omitted.join(',') || 'none',
            rule: read.ruleId,
          },
        });
        return { data: loaded, language: lang };
      });
      const pdf = await renderLetter(ownDataLetter(data, language));
      const reference = (data.cases[0]?.reference ?? 'person').replace(/[^A-Za-z0-9-]/g, '');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="own-data-${reference}.pdf"`)
        .header('content-language', language)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
