import type { CaseSection } from '@opennrm/core';
import type { App } from '../http/app.js';
import { authorizeLegal } from './access.js';
import { readCooperation, recordCooperation } from './cooperation.js';
import {
  type AnyLegalKind,
  CHILDREN_KINDS,
  createRecord,
  LEGAL_KINDS,
  listRecords,
  updateRecord,
} from './records.js';
import { listOf, ZCaseParams, ZCooperation, ZCooperationInput, ZRecordParams } from './schemas.js';

const tags = ['legal'];
const LEGAL: readonly CaseSection[] = ['legal'];

/**
 * The legal module (issue 4): what the person chose about criminal justice — recorded
 * here and nowhere else, as their free choice that conditions nothing — and the remedies
 * they pursue (residence, legal aid, compensation, non-punishment), durable solutions,
 * and a child's best-interests procedures and missing episodes.
 */
export function registerLegalRoutes(app: App): void {
  const db = app.deps.database.db;

  app.get(
    '/api/cases/:id/cooperation',
    {
      config: { policy: { kind: 'resource', resource: 'cooperation', action: 'read' } },
      schema: {
        tags,
        summary:
          'The person’s current choice about cooperation with criminal justice and its history (audited); it has no effect on assistance',
        params: ZCaseParams,
        response: { 200: ZCooperation },
      },
    },
    async (req) => {
      const access = await authorizeLegal(req, db, 'cooperation', 'read', req.params.id, LEGAL);
      return readCooperation(db, access, req.id);
    },
  );

  app.post(
    '/api/cases/:id/cooperation',
    {
      config: { policy: { kind: 'resource', resource: 'cooperation', action: 'create' } },
      schema: {
        tags,
        summary:
          'Record the person’s free choice about cooperation with criminal justice (append-only); it changes nothing about assistance',
        params: ZCaseParams,
        body: ZCooperationInput,
        response: { 201: ZCooperation },
      },
    },
    async (req, reply) => {
      const access = await authorizeLegal(req, db, 'cooperation', 'create', req.params.id, LEGAL);
      return reply.code(201).send(await recordCooperation(db, access, req.body, req.id));
    },
  );

  for (const kind of LEGAL_KINDS) registerKind(app, `/api/cases/:id/legal/${kind.path}`, kind);
  for (const kind of CHILDREN_KINDS) registerKind(app, `/api/cases/:id/children/${kind.path}`, kind);
}

function registerKind(app: App, base: string, kind: AnyLegalKind): void {
  const db = app.deps.database.db;
  const ZPatch = kind.input.partial().refine((patch) => Object.keys(patch).length > 0, 'Nothing to change');

  app.get(
    base,
    {
      config: { policy: { kind: 'resource', resource: 'legal_record', action: 'list' } },
      schema: {
        tags,
        summary: `List the ${kind.summary} of a case (audited)`,
        params: ZCaseParams,
        response: { 200: listOf(kind.view) },
      },
    },
    async (req) => {
      const access = await authorizeLegal(req, db, 'legal_record', 'list', req.params.id, kind.sections);
      return listRecords(db, kind, access, req.id);
    },
  );

  app.post(
    base,
    {
      config: { policy: { kind: 'resource', resource: 'legal_record', action: 'create' } },
      schema: {
        tags,
        summary: `Record one of the ${kind.summary}`,
        params: ZCaseParams,
        body: kind.input,
        response: { 201: kind.view },
      },
    },
    async (req, reply) => {
      const access = await authorizeLegal(req, db, 'legal_record', 'create', req.params.id, kind.sections);
      return reply.code(201).send(await createRecord(db, kind, access, req.body as object, req.id));
    },
  );

  app.patch(
    `${base}/:recordId`,
    {
      config: { policy: { kind: 'resource', resource: 'legal_record', action: 'update' } },
      schema: {
        tags,
        summary: `Change one of the ${kind.summary}`,
        params: ZRecordParams,
        body: ZPatch,
        response: { 200: kind.view },
      },
    },
    async (req) => {
      const access = await authorizeLegal(req, db, 'legal_record', 'update', req.params.id, kind.sections);
      return updateRecord(db, kind, access, req.params.recordId, req.body as object, req.id);
    },
  );
}
