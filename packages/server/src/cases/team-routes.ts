import {
  isAssistanceProviderKind,
  isOrganisationKind,
  mayManageTeam,
  sharingBasis,
  ZTeamAddition,
} from '@opennrm/core';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { authorizeCaseFile, type CaseFileAccess } from './case-file-access.js';
import {
  ZCaseParams,
  ZTeamCandidates,
  ZTeamChange,
  ZTeamRemoveParams,
  ZTeamRemoveQuery,
} from './case-file-schemas.js';
import { addTeamMember, consentedOrganisations, removeTeamMember } from './case-team.js';

const tags = ['case file'];

/** Changing the team is for the lead, a coordinator, and for a child child protection. */
function requireTeamManager(access: CaseFileAccess): void {
  const { standing, item } = access;
  if (!mayManageTeam({ leadsCase: standing.leadsCase, purposes: standing.purposes, isChild: item.isChild })) {
    throw problems.forbidden(
      'The lead organisation (or a coordinator, or child protection for a child) changes the team.',
    );
  }
}

export function registerTeamRoutes(app: App): void {
  const db = app.deps.database.db;

  app.get(
    '/api/cases/:id/team/candidates',
    {
      config: { policy: { kind: 'resource', resource: 'case', action: 'update' } },
      schema: {
        tags,
        summary: 'Providers that could join the team: those the person consented to share with',
        params: ZCaseParams,
        response: { 200: ZTeamCandidates },
      },
    },
    async (req) => {
      const access = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case',
        action: 'update',
      });
      requireTeamManager(access);
      const { item, standing } = access;
      const [orgs, team, consented] = await Promise.all([
        db
          .selectFrom('organisations')
          .select(['id', 'name', 'kind'])
          .where('active', '=', true)
          .orderBy('name')
          .execute(),
        db
          .selectFrom('case_team')
          .select(['organisation_id', 'purpose'])
          .where('case_id', '=', item.id)
          .where('removed_at', 'is', null)
          .execute(),
        consentedOrganisations(db, item.id, new Date()),
      ]);
      const items = orgs
        .filter((o) => isOrganisationKind(o.kind) && isAssistanceProviderKind(o.kind))
        .map((o) => {
          const basis = sharingBasis({
            isChild: item.isChild,
            consentId: consented.has(o.id) ? 'in-force' : null,
            actorIsChildProtection: standing.purposes.includes('child_protection'),
          });
          return {
            organisation: { id: o.id, name: o.name, kind: o.kind },
            addable: basis.ok,
            reason: basis.ok ? null : basis.reason,
            purposes: team.filter((t) => t.organisation_id === o.id).map((t) => t.purpose),
          };
        })
        // Those that can be added first: the dialog lists them, then says why the others cannot.
        .sort((a, b) => Number(b.addable) - Number(a.addable));
      return { items };
    },
  );

  app.post(
    '/api/cases/:id/team',
    {
      config: { policy: { kind: 'resource', resource: 'case', action: 'update' } },
      schema: {
        tags,
        summary: 'Add a provider to the team for a purpose, with the person’s consent to share with it',
        params: ZCaseParams,
        body: ZTeamAddition,
        response: { 201: ZTeamChange },
      },
    },
    async (req, reply) => {
      const access = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case',
        action: 'update',
      });
      requireTeamManager(access);
      const { actor, item, standing } = access;
      const result = await addTeamMember(db, actor, item, standing, req.body, req.id);
      return reply
        .code(201)
        .send({ caseId: item.id, organisationId: req.body.organisationId, purposes: result.purposes });
    },
  );

  app.delete(
    '/api/cases/:id/team/:organisationId',
    {
      config: { policy: { kind: 'resource', resource: 'case', action: 'update' } },
      schema: {
        tags,
        summary: 'Take a provider off the team (one purpose, or all it joined with consent), from now on',
        params: ZTeamRemoveParams,
        querystring: ZTeamRemoveQuery,
        response: { 200: ZTeamChange },
      },
    },
    async (req) => {
      const access = await authorizeCaseFile(req, db, {
        caseId: req.params.id,
        resource: 'case',
        action: 'update',
      });
      requireTeamManager(access);
      const { actor, item } = access;
      const result = await removeTeamMember(
        db,
        actor,
        item,
        req.params.organisationId,
        req.query.purpose,
        req.id,
      );
      return { caseId: item.id, organisationId: req.params.organisationId, purposes: result.purposes };
    },
  );
}
