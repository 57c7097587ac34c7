import { ZCountryProfile } from '@opennrm/core';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { activateProfile, publishProfileVersion } from './publish.js';
import {
  ZActivateProfile,
  ZProfileList,
  ZProfileParams,
  ZProfileVersionParams,
  ZProfileVersionView,
} from './schemas.js';
import { activeProfileId } from './store.js';
import { listProfileVersions, newestVersion, readProfileVersion } from './versions.js';

const tags = ['country profiles'];
const ANY = new Set(['any'] as const);

/**
 * Country profiles: the NRM's rules (who refers, who decides, stages, deadlines,
 * recovery period, outcomes, working-day calendar). Everyone may read them; system
 * administrators publish new versions and choose the active profile. A change applies
 * to new cases only: a case keeps the profile version it started with.
 */
export function registerProfileRoutes(app: App): void {
  const { database } = app.deps;

  app.get(
    '/api/country-profiles',
    {
      config: { policy: { kind: 'resource', resource: 'country_profile', action: 'list' } },
      schema: {
        tags,
        summary: 'Every stored profile version and the active profile id',
        response: { 200: ZProfileList },
      },
    },
    async (req) => {
      await authorizeInstance(req, 'country_profile', 'list', ANY, { id: 'all' });
      const { activeId, items } = await listProfileVersions(database.db);
      return { activeId, items: items.map(({ definition: _definition, ...summary }) => summary) };
    },
  );

  app.get(
    '/api/country-profiles/current',
    {
      config: { policy: { kind: 'resource', resource: 'country_profile', action: 'read' } },
      schema: {
        tags,
        summary: 'The rules new cases start under: the newest version of the active profile',
        response: { 200: ZProfileVersionView },
      },
    },
    async (req) => {
      await authorizeInstance(req, 'country_profile', 'read', ANY, { id: 'current' });
      const id = await activeProfileId(database.db);
      const view = await readProfileVersion(database.db, {
        id,
        version: await newestVersion(database.db, id),
      });
      if (!view) throw problems.notFound('country profile');
      return view;
    },
  );

  app.get(
    '/api/country-profiles/:id/versions/:version',
    {
      config: { policy: { kind: 'resource', resource: 'country_profile', action: 'read' } },
      schema: {
        tags,
        summary: 'One stored version of a profile (e.g. the one a case started with)',
        params: ZProfileVersionParams,
        response: { 200: ZProfileVersionView },
      },
    },
    async (req) => {
      await authorizeInstance(req, 'country_profile', 'read', ANY, { id: req.params.id });
      const view = await readProfileVersion(database.db, req.params);
      if (!view) throw problems.notFound('country profile version');
      return view;
    },
  );

  app.post(
    '/api/country-profiles/:id/versions',
    {
      config: { policy: { kind: 'resource', resource: 'country_profile', action: 'create' } },
      schema: {
        tags,
        summary:
          'Publish a new version from a full definition; `version` must be the next one (newest + 1, 1 for a new id). Applies to new cases only.',
        params: ZProfileParams,
        body: ZCountryProfile,
        response: { 201: ZProfileVersionView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'country_profile', 'create', ANY, { id: req.params.id });
      if (req.body.id !== req.params.id) {
        throw problems.validation([
          { path: 'body.id', message: 'The profile id must be the one in the address' },
        ]);
      }
      const view = await publishProfileVersion(database.db, actor, req.body, req.ctx.requestId);
      req.log.info({ profile: view.id, version: view.version }, 'country profile version published');
      return reply.code(201).send(view);
    },
  );

  app.put(
    '/api/country-profiles/active',
    {
      config: { policy: { kind: 'resource', resource: 'country_profile', action: 'update' } },
      schema: {
        tags,
        summary: 'Choose the profile new cases start under (its newest version)',
        body: ZActivateProfile,
        response: { 200: ZProfileVersionView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'country_profile', 'update', ANY, { id: req.body.id });
      const view = await activateProfile(database.db, actor, req.body.id, req.ctx.requestId);
      req.log.info({ profile: view.id, version: view.version }, 'country profile activated');
      return view;
    },
  );
}
