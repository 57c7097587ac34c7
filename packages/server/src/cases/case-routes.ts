import { randomUUID } from 'node:crypto';
import { ageBand, CASE_SECTIONS, type CaseSection, isChild } from '@opennrm/core';
import { sql } from 'kysely';
import { authorizeInstance, listScopes, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { ZIdParams } from '../organisations/schemas.js';
import { newCaseReference } from './case-reference.js';
import { insertPerson } from './person-store.js';
import { caseRelationships, readableSectionsOfCases } from './relationships.js';
import { ZCaseCreate, ZCaseDetail, ZCaseList, ZCaseQuery } from './schemas.js';
import { migrationStatusOf, specialNeedsOf } from './special-needs.js';

const tags = ['cases'];

export function registerCaseListRoutes(app: App): void {
  const { database, keyring } = app.deps;

  const summaryQuery = () =>
    database.db
      .selectFrom('cases as c')
      .innerJoin('persons as p', 'p.id', 'c.person_id')
      .innerJoin('organisations as lead', 'lead.id', 'c.lead_org_id')
      .select([
        'c.id',
        'c.reference',
        'c.stage',
        'c.is_child',
        'c.exploitation_forms',
        'c.region',
        'c.first_contact_at',
        'p.gender',
        'p.birth_year',
        'p.nationality',
        'lead.id as lead_id',
        'lead.name as lead_name',
      ]);
  type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;
  /** A case's summary; the exploitation forms only where the caller's sections show them. */
  const summary = (r: SummaryRow, sections: ReadonlySet<CaseSection> | undefined) => ({
    id: r.id,
    reference: r.reference,
    stage: r.stage,
    isChild: r.is_child,
    gender: r.gender,
    ageBand: ageBand(r.birth_year, new Date(r.first_contact_at)),
    nationality: r.nationality,
    ...(sections?.has('exploitation') ? { exploitationForms: r.exploitation_forms } : {}),
    region: r.region,
    leadOrganisation: { id: r.lead_id, name: r.lead_name },
    firstContactAt: new Date(r.first_contact_at).toISOString(),
  });

  app.get(
    '/api/cases',
    {
      config: { policy: { kind: 'resource', resource: 'case', action: 'list' } },
      schema: {
        tags,
        summary: 'Cases my organisation works on (no personal data)',
        querystring: ZCaseQuery,
        response: { 200: ZCaseList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const scopes = listScopes(actor, 'case');
      const { page, pageSize, stage, child, sort } = req.query;
      let q = summaryQuery();
      if (!scopes.includes('any')) {
        const byTeam = scopes.includes('case_team');
        const byGuardianship = scopes.includes('guardian_of');
        if (!byTeam && !byGuardianship) return { items: [], total: 0, page, pageSize };
        q = q.where((eb) =>
          eb.or([
            ...(byTeam
              ? [
                  eb.exists(
                    eb
                      .selectFrom('case_team as t')
                      .select('t.case_id')
                      .whereRef('t.case_id', '=', 'c.id')
                      .where('t.organisation_id', '=', actor.organisationId)
                      .where('t.removed_at', 'is', null),
                  ),
                ]
              : []),
            // A guardian sees the case of the child they are appointed for (CoE art. 10(4)).
            ...(byGuardianship
              ? [
                  eb.exists(
                    eb
                      .selectFrom('guardian_appointments as g')
                      .select('g.case_id')
                      .whereRef('g.case_id', '=', 'c.id')
                      .where('g.guardian_user_id', '=', actor.userId)
                      .where('g.ended_at', 'is', null),
                  ),
                ]
              : []),
          ]),
        );
      }
      if (stage) q = q.where('c.stage', '=', stage);
      if (child) q = q.where('c.is_child', '=', child === 'true');
      const total = await q
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      const ordered =
        sort === 'reference'
          ? q.orderBy('c.reference')
          : q.orderBy('c.first_contact_at', sort === 'first_contact_asc' ? 'asc' : 'desc').orderBy('c.id');
      const rows = await ordered
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const sections = await readableSectionsOfCases(
        database.db,
        actor,
        rows.map((r) => ({ id: r.id, leadOrgId: r.lead_id })),
      );
      return { items: rows.map((r) => summary(r, sections.get(r.id))), total: total.n, page, pageSize };
    },
  );

  app.get(
    '/api/cases/:id',
    {
      config: { policy: { kind: 'resource', resource: 'case', action: 'read' } },
      schema: {
        tags,
        summary: 'One case: summary and team (no personal data)',
        params: ZIdParams,
        response: { 200: ZCaseDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await summaryQuery()
        .innerJoin('organisations as ref', 'ref.id', 'c.referring_org_id')
        .select([
          'c.person_id',
          'c.exploitation_place',
          'c.exploitation_countries',
          'p.languages',
          'p.preferred_language',
          'p.migration_status',
          'p.vulnerabilities',
          'p.disabilities',
          'p.dependants',
          'ref.id as ref_id',
          'ref.name as ref_name',
          'ref.kind as ref_kind',
        ])
        .where('c.id', '=', req.params.id)
        .executeTakeFirst();
      if (!row) throw problems.notFound('case');
      await authorizeInstance(req, 'case', 'read', await caseRelationships(database.db, actor, row.id), {
        id: row.id,
        hideExistence: true,
        subjectPersonId: row.person_id,
      });
      const team = await database.db
        .selectFrom('case_team as t')
        .innerJoin('organisations as o', 'o.id', 't.organisation_id')
        .select(['o.id', 'o.name', 'o.kind', 't.purpose', 't.added_at'])
        .where('t.case_id', '=', row.id)
        .where('t.removed_at', 'is', null)
        .orderBy('t.added_at')
        .execute();
      // Data minimisation: only the sections the organisation's purposes (and role) show.
      const sections =
        (await readableSectionsOfCases(database.db, actor, [{ id: row.id, leadOrgId: row.lead_id }])).get(
          row.id,
        ) ?? new Set<CaseSection>();
      return {
        ...summary(row, sections),
        personId: row.person_id,
        ...(sections.has('exploitation')
          ? { exploitationPlace: row.exploitation_place, exploitationCountries: row.exploitation_countries }
          : {}),
        ...(sections.has('demographics')
          ? {
              languages: row.languages,
              preferredLanguage: row.preferred_language,
              migrationStatus: migrationStatusOf(row),
            }
          : {}),
        ...(sections.has('special_needs') ? specialNeedsOf(row) : {}),
        hiddenSections: CASE_SECTIONS.filter((section) => !sections.has(section)),
        referringOrganisation: { id: row.ref_id, name: row.ref_name, kind: row.ref_kind },
        team: team.map((t) => ({
          organisation: { id: t.id, name: t.name, kind: t.kind },
          purpose: t.purpose,
          addedAt: new Date(t.added_at).toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/cases',
    {
      config: { policy: { kind: 'resource', resource: 'case', action: 'create' } },
      schema: {
        tags,
        summary: 'Open a case for a person met at first contact',
        body: ZCaseCreate,
        response: { 201: ZCaseDetail.pick({ id: true, reference: true, personId: true }) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'case', 'create', new Set(['any']), { id: 'new' });
      await authorizeInstance(req, 'person', 'create', new Set(['any']), { id: 'new' });
      const b = req.body;
      const now = new Date();
      const personId = randomUUID();
      const caseId = randomUUID();
      const reference = newCaseReference(now);
      const child = isChild(
        {
          birthYear: b.person.birthYear,
          ageUncertain: b.person.ageUncertain,
          reasonsToBelieveChild: b.person.reasonsToBelieveChild,
        },
        now,
      );
      await database.db.transaction().execute(async (trx) => {
        await insertPerson(trx, keyring, {
          id: personId,
          identity: {
            givenName: b.person.givenName ?? null,
            familyName: b.person.familyName ?? null,
            aliases: b.person.aliases ?? [],
            dateOfBirth: b.person.dateOfBirth ?? null,
            contact: b.person.contact ?? null,
            address: b.person.address ?? null,
            identityDocuments: b.person.identityDocuments ?? [],
          },
          demographics: {
            gender: b.person.gender,
            birthYear: b.person.birthYear,
            ageUncertain: b.person.ageUncertain,
            nationality: b.person.nationality,
            languages: b.person.languages,
            preferredLanguage: b.person.preferredLanguage,
          },
          createdByOrgId: actor.organisationId,
        });
        await trx
          .insertInto('cases')
          .values({
            id: caseId,
            reference,
            person_id: personId,
            stage: 'screening',
            is_child: child,
            exploitation_forms: b.exploitationForms,
            exploitation_place: b.exploitationPlace,
            region: b.region,
            referring_org_id: actor.organisationId,
            lead_org_id: actor.organisationId,
            first_contact_at: now,
          })
          .execute();
        await trx
          .insertInto('case_team')
          .values({ case_id: caseId, organisation_id: actor.organisationId, purpose: 'assistance' })
          .execute();
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'case.create',
          resourceType: 'case',
          resourceId: caseId,
          subjectPersonId: personId,
          outcome: 'success',
          requestId: req.id,
        });
      });
      return reply.code(201).send({ id: caseId, reference, personId });
    },
  );
}
